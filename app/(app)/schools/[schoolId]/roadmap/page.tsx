import type { Metadata } from 'next';
import Link from 'next/link';
import { PageContainer } from '@/components/layout/page-container';
import { RoadmapTimeline } from '@/components/roadmap/roadmap-timeline';
import { BudgetTable, RoadmapEntryTable } from '@/components/roadmap/roadmap-tables';
import { SelectField } from '@/components/ui/field';
import { EmptyState, PageHeader } from '@/components/ui/page-header';
import { loadSchoolPage } from '@/lib/http/load-page';
import { getSchoolRoadmap, ROADMAP_HORIZON } from '@/lib/roadmap/get-school-roadmap';

export const metadata: Metadata = { title: 'Roadmap' };

const ROADMAP_PAGE_ENTRIES = 30;

export default async function RoadmapPage({
  params,
  searchParams,
}: {
  params: Promise<{ schoolId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { actor, school, can } = await loadSchoolPage(params, 'register:read');
  const { standard, all } = await searchParams;
  const roadmap = await getSchoolRoadmap(actor, school);
  const titles = new Map(roadmap.standards.map((s) => [s.slug, s.title]));
  const filter = typeof standard === 'string' && titles.has(standard) ? standard : undefined;
  const entries = filter ? roadmap.entries.filter((e) => e.standardSlugs.includes(filter)) : roadmap.entries;
  const missing = entries.filter((e) => e.kind === 'MISSING_FACT').length;
  // The soonest first; the rest a click away, so a school with a long list gets a quick page.
  const shown = all === '1' ? entries : entries.slice(0, ROADMAP_PAGE_ENTRIES);
  const allHref = `/schools/${school.id}/roadmap?${new URLSearchParams({ ...(filter ? { standard: filter } : {}), all: '1' })}#entries`;
  const canPlan = can.has('plan:edit');
  return (
    <PageContainer>
      <PageHeader
        title="Roadmap"
        description="When each standard not yet met falls due, and what it costs, from the self-assessment and the registers. DfE ties most of the standards to events: a contract ending, kit losing support, the next purchase. The six core standards are expected by 2030."
      />
      {!roadmap.current ? (
        <EmptyState title="No self-assessment yet">The roadmap starts from what is not yet met. Answer the self-assessment first.</EmptyState>
      ) : (
        <>
          <form method="get" className="mb-6 flex flex-wrap items-end gap-3">
            <SelectField
              label="Standard"
              name="standard"
              placeholder="All standards"
              options={roadmap.standards.map((s) => ({ value: s.slug, label: s.title }))}
              defaultValue={filter ?? ''}
            />
            <button type="submit" className="rounded-md border border-slate-400 bg-white px-4 py-2 font-semibold">
              Show
            </button>
            {filter ? <Link href={`/schools/${school.id}/roadmap`}>Show all</Link> : null}
          </form>
          {missing ? (
            <p className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
              {missing === 1 ? 'One entry waits' : `${missing} entries wait`} for facts the registers do not have yet.{' '}
              <Link href={`/schools/${school.id}/registers`}>Add them to the registers</Link> to date them.
            </p>
          ) : null}
          {roadmap.contradictions.length ? (
            <section className="mb-6 rounded-md border border-red-300 bg-red-50 p-4" aria-labelledby="contradictions">
              <h2 id="contradictions" className="text-base font-bold text-red-900">
                The registers disagree with some answers
              </h2>
              <ul className="mt-2 list-disc pl-5 text-sm">
                {roadmap.contradictions.map((c) => (
                  <li key={c.requirementCode}>
                    {c.requirementCode}: {c.message}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <RoadmapTimeline entries={entries} today={roadmap.today} until={ROADMAP_HORIZON} />
          <h2 className="mb-3 mt-8 text-xl font-bold text-slate-900">Budget by financial year</h2>
          <BudgetTable budget={roadmap.budget} startMonth={roadmap.financialYearStart} />
          <h2 id="entries" className="mb-3 mt-8 text-xl font-bold text-slate-900">
            What to do, by when
          </h2>
          {shown.length < entries.length ? (
            <p className="mb-3 text-sm text-slate-700">
              The {shown.length} soonest of {entries.length}. <Link href={allHref}>Show all {entries.length}</Link>
            </p>
          ) : null}
          {entries.length ? (
            <RoadmapEntryTable
              entries={shown}
              standardTitle={(slug) => titles.get(slug) ?? slug}
              actionHref={
                canPlan
                  ? (entry) =>
                      `/schools/${school.id}/plan/new?requirement=${encodeURIComponent(entry.requirementCodes[0]!)}${entry.decisionDate ? `&due=${entry.decisionDate}` : ''}`
                  : undefined
              }
            />
          ) : (
            <EmptyState title="Nothing to schedule">Everything in this cycle is met.</EmptyState>
          )}
        </>
      )}
    </PageContainer>
  );
}
