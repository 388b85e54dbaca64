import Link from 'next/link';
import { formatPence } from '@/lib/plan/plan-item-options';
import type { RoadmapSummary } from '@/lib/roadmap/roadmap-summary';

// In the strategy editor: the roadmap's budget, as the PDF will print it when published.
export function RoadmapBudgetPreview({ roadmap, href }: { roadmap: RoadmapSummary; href: string }) {
  return (
    <div className="rounded-md border border-slate-200 bg-slate-50 p-4 text-sm">
      <h3 className="font-bold text-slate-900">From the roadmap</h3>
      <p className="mt-1 text-slate-700">
        {roadmap.total} entries: {roadmap.overdue} overdue, {roadmap.undated} without a date yet. The PDF prints this budget, a chart of decisions per term and
        the next {roadmap.entries.length} entries. <Link href={href}>Open the roadmap</Link>
      </p>
      <div className="relative mt-3 overflow-x-auto">
        <table className="min-w-full text-left">
          <caption className="sr-only">Budget by financial year, from the roadmap</caption>
          <thead>
            <tr>
              <th scope="col" className="py-1 pr-4 font-semibold">
                Financial year
              </th>
              <th scope="col" className="py-1 pr-4 text-right font-semibold">
                One-off
              </th>
              <th scope="col" className="py-1 text-right font-semibold">
                Contracts a year
              </th>
            </tr>
          </thead>
          <tbody>
            {roadmap.years.map((year) => (
              <tr key={year.label}>
                <th scope="row" className="py-1 pr-4 font-normal">
                  {year.label}
                </th>
                <td className="py-1 pr-4 text-right tabular-nums">{formatPence(year.oneOffPence)}</td>
                <td className="py-1 text-right tabular-nums">{formatPence(year.recurringPence)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
