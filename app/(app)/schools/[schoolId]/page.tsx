import type { Metadata } from 'next';
import Link from 'next/link';
import { PlanItemTable } from '@/components/plan/plan-item-table';
import { PriorityList } from '@/components/assessment/priority-list';
import { ScoreChart } from '@/components/assessment/score-chart';
import { ScoreSummary } from '@/components/assessment/score-summary';
import { PageContainer } from '@/components/layout/page-container';
import { SuccessNotice } from '@/components/ui/notice';
import { Badge, Card, EmptyState, PageHeader } from '@/components/ui/page-header';
import { isOverdue } from '@/lib/plan/plan-item-options';
import { listPlanItems } from '@/lib/plan/manage-plan-items';
import { getCurrentEvaluation } from '@/lib/assessment/current-evaluation';
import { nextStep } from '@/lib/assessment/missing-answers';
import { NextStepPanel } from '@/components/assessment/next-step-panel';
import { PHASE_LABEL, TYPE_LABEL } from '@/lib/schools/school-options';
import { loadSchoolPage } from '@/lib/http/load-page';
import { londonToday } from '@/lib/dates/format';
import { ExpiredEvidenceNotice } from '@/components/evidence/expired-evidence-notice';
import { expiredAnswers } from '@/lib/evidence/answer-evidence';
import { getDigitalRoles } from '@/lib/schools/digital-roles';

export const metadata: Metadata = { title: 'School overview' };

export default async function SchoolOverviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ schoolId: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const { created } = await searchParams;
  const { actor, school, can } = await loadSchoolPage(params);
  const readsDrafts = can.has('assessment:read');
  const [{ current, detail, lastCompleted }, actions, roles] = await Promise.all([
    can.has('assessment:read-completed') ? getCurrentEvaluation(actor, school.id) : Promise.resolve({ current: null, detail: null, lastCompleted: null }),
    readsDrafts ? listPlanItems(actor, school.id) : Promise.resolve([]),
    getDigitalRoles(actor, school.id),
  ]);
  const overdue = actions.filter((a) => isOverdue(a));
  const expired =
    current && detail && can.has('evidence:read')
      ? await expiredAnswers(actor, school.id, { id: current.id, catalogue: detail.catalogue, values: detail.values }, londonToday())
      : [];
  const previousScores = new Map((lastCompleted?.summary?.standards ?? []).map((s) => [s.slug, s.score]));
  const previousOverall = lastCompleted?.summary?.overall.score ?? null;
  const requirements = new Map(detail?.catalogue.flatMap((s) => s.requirements.map((r) => [r.code, r] as const)) ?? []);
  const topPriorities = (detail?.evaluation.priorities ?? []).slice(0, 5).map((gap) => ({
    ...gap,
    nextSteps: requirements.get(gap.code)?.nextSteps ?? [],
    question: requirements.get(gap.code)?.question ?? '',
  }));
  // The draft's main call to action, for the people who can move it on.
  const step = current?.status === 'DRAFT' && detail && can.has('assessment:edit') ? nextStep(detail.catalogue, detail.values) : null;
  const details: Array<[string, string]> = [
    ['URN', school.urn],
    ['Phase', PHASE_LABEL[school.phase]],
    ['Type', TYPE_LABEL[school.type]],
    ['Local authority', school.localAuthority],
    ['Trust', school.trust?.name ?? 'None (standalone school)'],
  ];

  return (
    <PageContainer>
      {created ? <SuccessNotice>{school.name} has been added. Next, invite its leaders from the People tab.</SuccessNotice> : null}
      <PageHeader
        title="Overview"
        description={
          current ? (
            <>
              {current.status === 'DRAFT' ? (
                <Badge tone="amber">{current.cycleLabel} cycle in progress</Badge>
              ) : (
                <Badge tone="green">{current.cycleLabel} cycle completed</Badge>
              )}{' '}
              Where the school stands against the DfE digital and technology standards.
            </>
          ) : (
            'Where the school stands against the DfE digital and technology standards, and what it plans to do next.'
          )
        }
      />

      <ExpiredEvidenceNotice answers={expired} evidenceHref={`/schools/${school.id}/evidence?state=expired`} />
      {!detail || !current ? (
        <EmptyState title={readsDrafts ? 'No self-assessment yet' : 'No completed self-assessment yet'}>
          {can.has('assessment:submit') ? (
            <Link href={`/schools/${school.id}/assessments`}>Start the school’s first self-assessment</Link>
          ) : readsDrafts ? (
            'A school leader can start the self-assessment.'
          ) : (
            'A summary appears here once the school’s leaders complete a self-assessment.'
          )}
        </EmptyState>
      ) : (
        <div className="space-y-10">
          {step ? (
            <NextStepPanel
              step={step}
              cycleLabel={current.cycleLabel}
              base={`/schools/${school.id}/assessments/${current.id}`}
              canComplete={can.has('assessment:submit')}
            />
          ) : null}
          <ScoreSummary
            overall={detail.evaluation.overall}
            label={current.status === 'DRAFT' ? 'Overall score so far' : 'Overall score'}
            change={
              lastCompleted && detail.evaluation.overall.score !== null && previousOverall !== null ? detail.evaluation.overall.score - previousOverall : null
            }
          />
          <section aria-labelledby="standards-heading">
            <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
              <h2 id="standards-heading" className="text-xl font-bold text-slate-900">
                Score per standard
              </h2>
              <Link href={`/schools/${school.id}/assessments/${current.id}`} className="text-sm font-semibold">
                {current.status === 'DRAFT' && can.has('assessment:edit') ? 'Continue the self-assessment' : 'See the full assessment'}
              </Link>
            </div>
            <ScoreChart
              caption="Score and maturity per standard"
              rows={detail.evaluation.standards.map((s) => ({
                slug: s.slug,
                title: s.title,
                core: s.core,
                score: s.result.score,
                maturity: s.result.maturity,
                previousScore: lastCompleted ? (previousScores.get(s.slug) ?? null) : undefined,
                href: `/schools/${school.id}/assessments/${current.id}/${s.slug}`,
              }))}
            />
          </section>
          {readsDrafts ? (
            <section aria-labelledby="priorities-heading">
              <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
                <h2 id="priorities-heading" className="text-xl font-bold text-slate-900">
                  Top priorities
                </h2>
                <Link href={`/schools/${school.id}/priorities`} className="text-sm font-semibold">
                  See all {detail.evaluation.priorities.length} priorities
                </Link>
              </div>
              {topPriorities.length ? (
                <PriorityList
                  items={topPriorities}
                  addActionHref={can.has('plan:edit') ? (code) => `/schools/${school.id}/plan/new?requirement=${encodeURIComponent(code)}` : undefined}
                />
              ) : (
                <p className="text-slate-700">No gaps among the answers so far.</p>
              )}
            </section>
          ) : null}
        </div>
      )}

      {readsDrafts ? (
        <section aria-labelledby="overdue-heading" className="mt-10">
          <h2 id="overdue-heading" className="mb-3 text-xl font-bold text-slate-900">
            Overdue actions
          </h2>
          {overdue.length ? (
            <PlanItemTable
              actions={overdue}
              caption="Overdue actions"
              editHref={can.has('plan:edit') ? (id) => `/schools/${school.id}/plan/${id}` : undefined}
            />
          ) : (
            <p className="text-slate-700">
              Nothing is overdue. <Link href={`/schools/${school.id}/plan`}>See the action plan</Link>.
            </p>
          )}
        </section>
      ) : null}

      <div className="mt-10 grid max-w-5xl gap-6 md:grid-cols-2">
        <Card title="Digital leadership">
          <dl className="divide-y divide-slate-100">
            {(
              [
                ['Digital lead', roles.lead],
                ['Governor with digital oversight', roles.governor],
              ] as const
            ).map(([term, person]) => (
              <div key={term} className="grid grid-cols-3 gap-4 py-2 text-sm">
                <dt className="font-semibold text-slate-700">{term}</dt>
                <dd className="col-span-2 text-slate-900">{person ? person.name : <span className="text-slate-700">Not named yet</span>}</dd>
              </div>
            ))}
          </dl>
          {can.has('school:update') ? (
            <p className="mt-3 text-sm">
              <Link href={`/schools/${school.id}/digital-leadership`} className="font-semibold">
                {roles.lead && roles.governor ? 'Change who leads digital' : 'Name who leads digital'}
              </Link>
            </p>
          ) : null}
        </Card>
        <Card title="School details">
          <dl className="divide-y divide-slate-100">
            {details.map(([term, value]) => (
              <div key={term} className="grid grid-cols-3 gap-4 py-2 text-sm">
                <dt className="font-semibold text-slate-700">{term}</dt>
                <dd className="col-span-2 text-slate-900">{value}</dd>
              </div>
            ))}
          </dl>
        </Card>
      </div>
    </PageContainer>
  );
}
