import type { Metadata } from 'next';
import Link from 'next/link';
import { MaturityBadge, ScoreText } from '@/components/assessment/maturity-badge';
import { ActionButtonForm } from '@/components/forms/action-button-form';
import { PageContainer } from '@/components/layout/page-container';
import { Badge, EmptyState, PageHeader } from '@/components/ui/page-header';
import { getAssessment, listAssessments } from '@/lib/assessment/get-assessments';
import { getCatalogue } from '@/lib/assessment/get-catalogue';
import { coreQuestionCount } from '@/lib/assessment/missing-answers';
import { latestCatalogueVersionId } from '@/lib/assessment/start-assessment';
import { formatDate } from '@/lib/dates/format';
import { startAssessmentAction } from './actions';
import { loadSchoolPage } from '@/lib/http/load-page';
import { TABLE_SCROLL } from '@/components/ui/table-scroll';

export const metadata: Metadata = { title: 'Self-assessment' };

export default async function AssessmentsPage({ params }: { params: Promise<{ schoolId: string }> }) {
  const { actor, school, can } = await loadSchoolPage(params, 'assessment:read-completed');
  const { cycles, open } = await listAssessments(actor, school.id);
  const canStart = can.has('assessment:submit') && !open;
  // The draft's score so far, labelled as a draft in the list; and, for a first cycle, how long each path is.
  const draftScore = open ? (await getAssessment(actor, school.id, open.id)).evaluation.overall : null;
  // A completed cycle's frozen scores, or the open draft's so far.
  const overallOf = (cycle: (typeof cycles)[number]) => cycle.summary?.overall ?? (cycle.status === 'DRAFT' ? draftScore : null);
  const firstRun = canStart && cycles.length === 0 ? await firstRunSizes() : null;

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
      {firstRun ? (
        <div className="mb-8 rounded-lg border border-brand-600 bg-brand-50 p-6">
          <h2 className="text-lg font-bold text-slate-900">Start your first self-assessment</h2>
          <p className="mt-1 text-slate-800">Waypoint runs your technology planning as a loop, a little better each year:</p>
          <ol className="mt-2 mb-4 list-decimal space-y-1 pl-6 text-slate-800">
            <li>
              <strong>Assess</strong>: answer what the school does today against DfE’s standards.
            </li>
            <li>
              <strong>Prioritise</strong>: Waypoint ranks the gaps, foundations first (safeguarding, leadership, the network).
            </li>
            <li>
              <strong>Act</strong>: turn priorities into actions with owners and dates, and write the strategy governors read.
            </li>
            <li>
              <strong>Review</strong>: next year’s cycle starts from these answers, so you only update what changed.
            </li>
          </ol>
          <div className="grid gap-4 md:grid-cols-2">
            <div className="rounded-md border border-slate-300 bg-white p-4">
              <h3 className="font-bold text-slate-900">Start with the six core standards</h3>
              <p className="mt-1 mb-3 text-sm text-slate-700">
                About {firstRun.core} questions: the standards DfE expects every school to meet by 2030. Add the others when you are ready.
              </p>
              <ActionButtonForm
                action={startAssessmentAction}
                hidden={{ schoolId: school.id, start: 'core' }}
                label="Start with the core standards"
                pendingLabel="Starting…"
              />
            </div>
            <div className="rounded-md border border-slate-300 bg-white p-4">
              <h3 className="font-bold text-slate-900">Assess everything</h3>
              <p className="mt-1 mb-3 text-sm text-slate-700">All {firstRun.all} questions across the 12 standards, in any order. Answers save as you go.</p>
              <ActionButtonForm
                action={startAssessmentAction}
                hidden={{ schoolId: school.id, start: 'all' }}
                label="Start a new cycle"
                pendingLabel="Starting…"
              />
            </div>
          </div>
        </div>
      ) : canStart ? (
        <div className="mb-8 rounded-lg border border-brand-600 bg-brand-50 p-6">
          <h2 className="text-lg font-bold text-slate-900">Start this year’s review</h2>
          <p className="mt-1 mb-4 text-sm text-slate-800">
            The new cycle begins with your previous answers. Requirements DfE has added or changed are flagged.
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
        <div className={TABLE_SCROLL}>
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
                  <td className="px-4 py-3">
                    {overallOf(cycle) ? <ScoreText score={overallOf(cycle)!.score} /> : '—'}
                    {!cycle.summary && overallOf(cycle) ? <span className="text-slate-700"> (draft so far)</span> : null}
                  </td>
                  <td className="px-4 py-3">{overallOf(cycle) ? <MaturityBadge maturity={overallOf(cycle)!.maturity} /> : '—'}</td>
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

async function firstRunSizes() {
  const versionId = await latestCatalogueVersionId();
  const catalogue = versionId ? await getCatalogue(versionId) : [];
  return { core: coreQuestionCount(catalogue), all: catalogue.reduce((sum, s) => sum + s.requirements.length, 0) };
}
