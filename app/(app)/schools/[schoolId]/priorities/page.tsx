import type { Metadata } from 'next';
import Link from 'next/link';
import { PriorityList } from '@/components/assessment/priority-list';
import { FailingAiToolsNotice } from '@/components/ai-tools/failing-tools-notice';
import { ExpiredEvidenceNotice } from '@/components/evidence/expired-evidence-notice';
import { listAiTools } from '@/lib/ai-tools/manage-ai-tools';
import { expiredAnswers } from '@/lib/evidence/answer-evidence';
import { PageContainer } from '@/components/layout/page-container';
import { SelectField } from '@/components/ui/field';
import { SuccessNotice } from '@/components/ui/notice';
import { EmptyState, PageHeader } from '@/components/ui/page-header';
import { ANSWER_LABEL } from '@/lib/assessment/answer-options';
import { getCurrentEvaluation } from '@/lib/assessment/current-evaluation';
import { filterPriorities, planCoverage, PriorityFiltersSchema, TOP_PRIORITIES } from '@/lib/assessment/filter-priorities';
import { formatDate } from '@/lib/dates/format';
import { loadSchoolPage } from '@/lib/http/load-page';
import { listPlanItems } from '@/lib/plan/manage-plan-items';
import { londonToday } from '@/lib/dates/format';
import { findContradictions } from '@/lib/roadmap/contradictions';
import { toRoadmapKit } from '@/lib/roadmap/get-school-roadmap';
import { listSchoolRegisters } from '@/lib/registers/list-registers';

export const metadata: Metadata = { title: 'Priorities' };

export default async function PrioritiesPage({
  params,
  searchParams,
}: {
  params: Promise<{ schoolId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { actor, school, can } = await loadSchoolPage(params, 'assessment:read');
  const raw = await searchParams;
  const filters = PriorityFiltersSchema.parse({ standard: raw.standard, expectation: raw.expectation, answer: raw.answer, all: raw.all });
  const added = typeof raw.added === 'string' ? raw.added : undefined;
  const [{ current, detail }, planItems, registers, aiTools] = await Promise.all([
    getCurrentEvaluation(actor, school.id),
    listPlanItems(actor, school.id),
    listSchoolRegisters(actor, school.id),
    can.has('register:read') ? listAiTools(actor, school.id) : Promise.resolve([]),
  ]);
  const expired =
    current && detail && can.has('evidence:read')
      ? await expiredAnswers(actor, school.id, { id: current.id, catalogue: detail.catalogue, values: detail.values }, londonToday())
      : [];
  // "Met" answers that the registers contradict: a hidden gap, so they lead the list.
  const contradictions = detail ? findContradictions(detail.values, registers.kit.map(toRoadmapKit), londonToday()) : [];
  const standardOf = (code: string) => detail?.catalogue.find((st) => st.requirements.some((r) => r.code === code));
  const requirements = new Map(detail?.catalogue.flatMap((s) => s.requirements.map((r) => [r.code, r] as const)) ?? []);
  const items = (detail?.evaluation.priorities ?? []).map((gap) => ({
    ...gap,
    nextSteps: requirements.get(gap.code)?.nextSteps ?? [],
    question: requirements.get(gap.code)?.question ?? '',
  }));
  const { matching, shown } = filterPriorities(items, filters);
  const cover = planCoverage(planItems);
  const base = `/schools/${school.id}/priorities`;
  const query = (extra: Record<string, string>) => {
    const params = new URLSearchParams(
      Object.entries({ standard: filters.standard, expectation: filters.expectation, answer: filters.answer, ...extra }).filter(
        (entry): entry is [string, string] => Boolean(entry[1]),
      ),
    );
    return params.size ? `${base}?${params}` : base;
  };
  const filtered = Boolean(filters.standard || filters.expectation || filters.answer);

  return (
    <PageContainer>
      {added ? <SuccessNotice>Action added to the plan. It is marked below.</SuccessNotice> : null}
      <PageHeader
        title="Priorities"
        description={
          current
            ? `Everything not yet met in the ${current.cycleLabel} cycle, foundations first: safeguarding and legal duties, then leadership, then the network, then devices and cloud. Within each, what DfE says you must do comes before what you should do, and the nearest deadline first.`
            : 'Priorities appear once you have answered some of the self-assessment.'
        }
      />
      {contradictions.length && current ? (
        <section className="mb-6 rounded-md border-l-4 border-red-700 bg-red-50 p-4" aria-labelledby="register-contradictions">
          <h2 id="register-contradictions" className="font-bold text-red-900">
            Answers the registers disagree with
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
            {contradictions.map((c) => {
              const st = standardOf(c.requirementCode);
              const requirement = st?.requirements.find((r) => r.code === c.requirementCode);
              return (
                <li key={c.requirementCode}>
                  {st ? (
                    <Link href={`/schools/${school.id}/assessments/${current.id}/${st.slug}#${c.requirementCode}`}>
                      {requirement?.title ?? c.requirementCode}
                    </Link>
                  ) : (
                    c.requirementCode
                  )}
                  : {c.message}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      <ExpiredEvidenceNotice answers={expired} evidenceHref={`/schools/${school.id}/evidence?state=expired`} />
      <FailingAiToolsNotice tools={aiTools} base={`/schools/${school.id}/ai-tools`} />
      {!current ? (
        <EmptyState title="No self-assessment yet">
          <Link href={`/schools/${school.id}/assessments`}>Go to the self-assessment</Link> to start.
        </EmptyState>
      ) : items.length === 0 ? (
        <EmptyState title="No gaps found">Every requirement answered so far is met or does not apply.</EmptyState>
      ) : (
        <>
          <form method="get" action={base} className="mb-6 flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4">
            <SelectField
              label="Standard"
              name="standard"
              placeholder="All standards"
              options={(detail?.catalogue ?? []).map((st) => ({ value: st.slug, label: st.title }))}
              defaultValue={filters.standard ?? ''}
            />
            <SelectField
              label="DfE says"
              name="expectation"
              placeholder="Must or should"
              options={[
                { value: 'MUST', label: 'Must' },
                { value: 'SHOULD', label: 'Should' },
              ]}
              defaultValue={filters.expectation ?? ''}
            />
            <SelectField
              label="Your answer"
              name="answer"
              placeholder="Any gap"
              options={(['NOT_MET', 'PARTLY_MET', 'NOT_SURE'] as const).map((value) => ({ value, label: ANSWER_LABEL[value] }))}
              defaultValue={filters.answer ?? ''}
            />
            <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
              Apply filters
            </button>
            {filtered ? (
              <Link href={base} className="self-center text-sm font-semibold">
                Clear filters
              </Link>
            ) : null}
          </form>
          <p className="mb-4 text-sm text-slate-700" role="status">
            {matching === 0
              ? 'No priorities match these filters.'
              : shown.length < matching
                ? `The top ${shown.length} of ${matching} ${filtered ? 'matching ' : ''}priorities, ranked.`
                : `${matching} ${filtered ? 'matching ' : ''}${matching === 1 ? 'priority' : 'priorities'}, ranked.`}
          </p>
          <PriorityList
            items={shown}
            addActionHref={
              can.has('plan:edit') ? (code) => `/schools/${school.id}/plan/new?requirement=${encodeURIComponent(code)}&from=priorities` : undefined
            }
            covered={(code) => {
              const item = cover.get(code);
              return item
                ? {
                    href: `/schools/${school.id}/plan/${item.id}`,
                    label: `In the plan${item.dueDate ? `: due ${formatDate(item.dueDate)}` : ''}`,
                    title: item.title,
                  }
                : null;
            }}
            highlight={added}
          />
          {shown.length < matching ? (
            <p className="mt-6">
              <Link href={query({ all: '1' })} className="font-semibold">
                Show all {matching} priorities
              </Link>
            </p>
          ) : filters.all && matching > TOP_PRIORITIES ? (
            <p className="mt-6">
              <Link href={query({})}>Show the top {TOP_PRIORITIES} only</Link>
            </p>
          ) : null}
        </>
      )}
    </PageContainer>
  );
}
