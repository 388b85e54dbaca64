import type { Metadata } from 'next';
import Link from 'next/link';
import { MaturityBadge, ScoreText } from '@/components/assessment/maturity-badge';
import { ActionButtonForm } from '@/components/forms/action-button-form';
import { PageContainer } from '@/components/layout/page-container';
import { Badge, EmptyState, PageHeader } from '@/components/ui/page-header';
import { listAssessments } from '@/lib/assessment/get-assessments';
import { formatDate } from '@/lib/dates/format';
import { startAssessmentAction } from './actions';
import { loadSchoolPage } from '@/lib/http/load-page';

export const metadata: Metadata = { title: 'Self-assessment' };

export default async function AssessmentsPage({ params }: { params: Promise<{ schoolId: string }> }) {
  const { actor, school, can } = await loadSchoolPage(params, 'assessment:read-completed');
  const [{ cycles, open }] = await Promise.all([listAssessments(actor, school.id)]);
  const canStart = can.has('assessment:submit') && !open;

  return (
    <PageContainer>
      <PageHeader
        title="Self-assessment"
        description="Each cycle checks the school against every DfE digital and technology standard. A new cycle starts from the last one’s answers, so you only update what changed."
        actions={
          open ? (
            <Link
              href={`/schools/${school.id}/assessments/${open.id}`}
              className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white no-underline hover:bg-brand-800 hover:text-white"
            >
              Continue the {open.cycleLabel} cycle
            </Link>
          ) : null
        }
      />
      {canStart ? (
        <div className="mb-8 rounded-lg border border-brand-600 bg-brand-50 p-6">
          <h2 className="text-lg font-bold text-slate-900">{cycles.length === 0 ? 'Start your first self-assessment' : 'Start this year’s review'}</h2>
          <p className="mb-4 mt-1 text-sm text-slate-800">
            {cycles.length === 0
              ? 'Work through the standards in any order and save as you go. Colleagues with access can answer questions too.'
              : 'The new cycle begins with your previous answers. Requirements DfE has added or changed are flagged.'}
          </p>
          <ActionButtonForm action={startAssessmentAction} hidden={{ schoolId: school.id }} label="Start a new cycle" pendingLabel="Starting…" />
        </div>
      ) : null}
      <h2 className="mb-3 text-xl font-bold text-slate-900">Cycles</h2>
      {cycles.length === 0 ? (
        <EmptyState title={can.has('assessment:read') ? 'No self-assessment yet' : 'No completed self-assessment yet'}>
          {can.has('assessment:submit') ? 'Start a cycle above.' : 'The school’s leaders have not completed a self-assessment yet.'}
        </EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">Self-assessment cycles</caption>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Cycle
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Status
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Overall score
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Maturity
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Standards version
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {cycles.map((cycle) => (
                <tr key={cycle.id}>
                  <th scope="row" className="px-4 py-3 font-semibold">
                    <Link href={`/schools/${school.id}/assessments/${cycle.id}`}>{cycle.cycleLabel}</Link>
                  </th>
                  <td className="px-4 py-3">
                    {cycle.status === 'DRAFT' ? (
                      <Badge tone="amber">In progress since {formatDate(cycle.startedAt)}</Badge>
                    ) : (
                      <Badge tone="green">Completed {cycle.completedAt ? formatDate(cycle.completedAt) : ''}</Badge>
                    )}
                  </td>
                  <td className="px-4 py-3">{cycle.summary ? <ScoreText score={cycle.summary.overall.score} /> : '—'}</td>
                  <td className="px-4 py-3">{cycle.summary ? <MaturityBadge maturity={cycle.summary.overall.maturity} /> : '—'}</td>
                  <td className="px-4 py-3 text-slate-700">{cycle.catalogueVersion.version}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </PageContainer>
  );
}
