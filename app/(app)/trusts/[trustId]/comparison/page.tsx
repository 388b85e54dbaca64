import type { Metadata } from 'next';
import Link from 'next/link';
import { PageContainer } from '@/components/layout/page-container';
import { HeatMapLegend } from '@/components/trust-overview/heat-map-legend';
import { heatMapTable } from '@/components/trust-overview/heat-map-table';
import { CommonGapsTable, MovementList, TrendTable } from '@/components/trust-overview/trends';
import { buttonClasses } from '@/components/ui/button';
import { HtmlOnce } from '@/components/ui/html-once';
import { SelectField } from '@/components/ui/field';
import { EmptyState, PageHeader } from '@/components/ui/page-header';
import { loadTrustPage } from '@/lib/http/load-page';
import { PHASE_LABEL, type SchoolPhase } from '@/lib/schools/school-options';
import { filterRows, sortRows, STATUS_LABEL, standardAverages, overallAverage } from '@/lib/trust-overview/aggregate';
import { getTrustOverview, TOP_COMMON_GAPS } from '@/lib/trust-overview/get-trust-overview';
import { londonToday } from '@/lib/dates/format';
import { parseViewParams, viewQuery } from '@/lib/trust-overview/view-params';

export const metadata: Metadata = { title: 'Compare schools' };

export default async function TrustComparisonPage({
  params,
  searchParams,
}: {
  params: Promise<{ trustId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const view = parseViewParams(await searchParams);
  const { actor, trust, can } = await loadTrustPage(params);
  const overview = await getTrustOverview(actor, trust.id, { includeDrafts: view.includeDrafts });
  const { columns, rows: allRows, strategies, spends } = overview;
  const canAct = can.has('trust:update');
  const basePath = `/trusts/${trust.id}/comparison`;

  const rows = sortRows(filterRows(allRows, view.filter), view.sort, view.dir);
  const filtered = rows.length !== allRows.length;
  // The summary row describes the schools on screen, so a filter gives e.g. the primary average.
  const averages = filtered ? standardAverages(rows, columns) : overview.averages;
  const overall = filtered ? overallAverage(rows) : overview.overall;

  const phases = [...new Set(allRows.map((r) => r.phase))].sort();
  const authorities = [...new Set(allRows.map((r) => r.localAuthority))].sort((a, b) => a.localeCompare(b, 'en-GB'));
  const downloads = (
    <>
      <a href={`${basePath}/matrix.csv${viewQuery(view)}`} className={buttonClasses.secondary} download>
        Download table (CSV)
      </a>
      <a href={`${basePath}/gaps.csv`} className={buttonClasses.secondary} download>
        Download common gaps (CSV)
      </a>
      <a href={`/trusts/${trust.id}/board-report.pdf`} className={buttonClasses.secondary}>
        Download board report (PDF)
      </a>
      <a href={`/trusts/${trust.id}/strategies.zip`} className={buttonClasses.secondary}>
        Download published strategies (ZIP, {strategies.size} of {allRows.length} schools)
      </a>
    </>
  );

  if (allRows.length === 0) {
    return (
      <PageContainer>
        <PageHeader title="Compare schools" />
        <EmptyState title="No schools to compare yet">
          Once schools are added to {trust.name} and complete a self-assessment, they appear here side by side.
        </EmptyState>
      </PageContainer>
    );
  }

  return (
    <PageContainer>
      <PageHeader
        title="Compare schools"
        description={
          view.includeDrafts
            ? `Each school’s self-assessment in progress where it has one (scores marked as drafts), otherwise its latest completed one: ${overview.assessedSchools} of ${allRows.length} schools have completed one.`
            : `Each school’s latest completed self-assessment against the DfE digital and technology standards: ${overview.assessedSchools} of ${allRows.length} schools have completed one.`
        }
        actions={downloads}
      />

      <form
        method="get"
        action={basePath}
        className="mb-6 flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
        aria-label="Filter schools"
      >
        {view.sort !== 'name' ? <input type="hidden" name="sort" value={view.sort} /> : null}
        {view.dir !== 'asc' ? <input type="hidden" name="dir" value={view.dir} /> : null}
        <div className="w-48">
          <SelectField
            label="Phase"
            name="phase"
            defaultValue={view.filter.phase ?? ''}
            placeholder="All phases"
            options={phases.map((p) => ({ value: p, label: PHASE_LABEL[p as SchoolPhase] ?? p }))}
          />
        </div>
        <div className="w-56">
          <SelectField
            label="Local authority"
            name="la"
            defaultValue={view.filter.localAuthority ?? ''}
            placeholder="All local authorities"
            options={authorities.map((la) => ({ value: la, label: la }))}
          />
        </div>
        <div className="w-48">
          <SelectField
            label="Assessment status"
            name="status"
            defaultValue={view.filter.status ?? ''}
            placeholder="Any status"
            options={Object.entries(STATUS_LABEL).map(([value, label]) => ({ value, label }))}
          />
        </div>
        <div className="w-64">
          <SelectField
            label="Scores from"
            name="wip"
            defaultValue={view.includeDrafts ? '1' : ''}
            options={[
              { value: '', label: 'Latest completed cycles' },
              { value: '1', label: 'Including work in progress' },
            ]}
          />
        </div>
        <button type="submit" className={buttonClasses.primary}>
          Apply filters
        </button>
        {filtered || Object.keys(view.filter).length > 0 ? (
          <Link href={`${basePath}${viewQuery({ ...view, filter: {} })}`} className="self-center text-sm font-semibold">
            Clear filters
          </Link>
        ) : null}
      </form>

      <p className="mb-3 text-sm text-slate-700" role="status">
        Showing {rows.length} of {allRows.length} schools{filtered ? ' that match the filters' : ''}. Select a column heading to sort; select a score to open
        that school’s answers.
      </p>

      {rows.length === 0 ? (
        <EmptyState title="No schools match these filters">
          <Link href={`${basePath}${viewQuery({ ...view, filter: {} })}`}>Clear the filters</Link> to see every school.
        </EmptyState>
      ) : (
        // A string of HTML, built in a millisecond (components/trust-overview/heat-map-table.ts) and sent once.
        <HtmlOnce
          html={heatMapTable({
            rows,
            columns,
            averages,
            overall,
            view,
            basePath,
            caption: `Schools in ${trust.name} by standard: score out of 100 and maturity level (L1 emerging to L4 meets the standard)`,
            strategies,
            spends,
            today: londonToday(),
          })}
          loading="Loading the comparison table…"
        />
      )}
      <div className="mt-3">
        <HeatMapLegend />
      </div>

      <section className="mt-12" aria-labelledby="trends-heading">
        <h2 id="trends-heading" className="text-xl font-bold text-slate-900">
          Progress over cycles
        </h2>
        {overview.trends.length === 0 ? (
          <p className="mt-2 text-slate-700">No school has completed a cycle yet.</p>
        ) : (
          <>
            <p className="mt-1 mb-4 text-sm text-slate-700">
              Trust average per standard in each academic year, with the number of schools averaged in brackets.
            </p>
            <TrendTable trends={overview.trends} columns={columns} />
            <div className="mt-6 grid gap-6 md:grid-cols-2">
              <MovementList
                title="Improved since their last cycle"
                rows={overview.movements.improved}
                empty="No school has raised its overall score since its previous cycle yet."
              />
              <MovementList
                title="Fell back since their last cycle"
                rows={overview.movements.fellBack}
                empty="No school’s overall score has fallen since its previous cycle."
              />
            </div>
          </>
        )}
      </section>

      <section className="mt-12" aria-labelledby="gaps-heading">
        <h2 id="gaps-heading" className="text-xl font-bold text-slate-900">
          Common gaps
        </h2>
        <p className="mt-1 mb-4 max-w-3xl text-sm text-slate-700">
          Requirements that the most schools have not yet met, on their latest completed cycle. Shared gaps are where trust-wide buying, training and support go
          furthest.
        </p>
        {overview.gaps.length === 0 ? (
          <EmptyState title="No common gaps">No completed assessment in the trust has a requirement short of met.</EmptyState>
        ) : (
          <>
            <CommonGapsTable
              gaps={overview.gaps.slice(0, TOP_COMMON_GAPS)}
              assessedSchools={overview.assessedSchools}
              schools={overview.gapSchools}
              actionHref={canAct ? (code) => `/trusts/${trust.id}/actions/new?code=${encodeURIComponent(code)}` : undefined}
            />
            {overview.gaps.length > TOP_COMMON_GAPS ? (
              <p className="mt-3 text-sm text-slate-700">
                Showing the top {TOP_COMMON_GAPS} of {overview.gaps.length}. <a href={`${basePath}/gaps.csv`}>Download every gap as CSV</a>.
              </p>
            ) : null}
          </>
        )}
      </section>
    </PageContainer>
  );
}
