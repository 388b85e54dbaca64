import type { Metadata } from 'next';
import Link from 'next/link';
import { PageContainer } from '@/components/layout/page-container';
import { EmptyState, PageHeader } from '@/components/ui/page-header';
import { TABLE_SCROLL } from '@/components/ui/table-scroll';
import { formatDate, parseIsoDate } from '@/lib/dates/format';
import { loadTrustPage } from '@/lib/http/load-page';
import { formatPence } from '@/lib/plan/plan-item-options';
import { getTrustRoadmap } from '@/lib/roadmap/get-trust-roadmap';

export const metadata: Metadata = { title: 'Trust roadmap' };

const th = 'px-4 py-3 font-semibold';
const td = 'px-4 py-3 align-top';

export default async function TrustRoadmapPage({ params }: { params: Promise<{ trustId: string }> }) {
  const { actor, trust } = await loadTrustPage(params, 'register:read');
  const roadmap = await getTrustRoadmap(actor, trust.id);
  const yearTotals = roadmap.years.map((year) => roadmap.spend.reduce((sum, row) => sum + (row.years[year] ?? 0), 0));
  return (
    <PageContainer>
      <PageHeader
        title="Roadmap across the trust"
        description={`Every school’s roadmap rolled up: what the registers say the trust will spend each financial year (from ${roadmap.startMonth === 9 ? 'September' : 'April'}), and where schools decide about the same thing at the same time and could buy together.`}
      />
      <h2 className="mb-3 text-xl font-bold text-slate-900">Buying together</h2>
      {roadmap.opportunities.length ? (
        <ul className="mb-8 space-y-3">
          {roadmap.opportunities.map((o) => (
            <li key={`${o.kind}-${o.what}`} className="rounded-lg border border-brand-100 bg-brand-50 p-4">
              <p className="font-semibold">{o.sentence}</p>
              <p className="mt-1 text-sm text-slate-700">{o.schools.join(', ')}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mb-8 text-slate-700">
          No two schools decide about the same kind of contract or kit within six months of each other yet. Opportunities show here as schools fill in their
          registers.
        </p>
      )}
      <h2 className="mb-3 text-xl font-bold text-slate-900">Spend by financial year and category</h2>
      {roadmap.spend.length ? (
        <div className={`${TABLE_SCROLL} mb-8`}>
          <table className="min-w-full text-left text-sm">
            <caption className="px-4 py-2 text-left text-sm text-slate-700">
              One-off replacements fall in the year they are decided; contracts recur every year at their current price. Trust-wide items count once.
            </caption>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className={th}>
                  Category
                </th>
                {roadmap.years.map((y) => (
                  <th key={y} scope="col" className={`${th} text-right`}>
                    {y}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {roadmap.spend.map((row) => (
                <tr key={row.category}>
                  <th scope="row" className={`${td} font-semibold`}>
                    {row.category}
                  </th>
                  {roadmap.years.map((y) => (
                    <td key={y} className={`${td} text-right tabular-nums`}>
                      {formatPence(row.years[y] ?? 0)}
                    </td>
                  ))}
                </tr>
              ))}
              <tr className="bg-slate-50">
                <th scope="row" className={`${td} font-bold`}>
                  Total
                </th>
                {yearTotals.map((total, i) => (
                  <td key={roadmap.years[i]} className={`${td} text-right font-bold tabular-nums`}>
                    {formatPence(total)}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
      ) : (
        <EmptyState title="No costs in the registers yet">Costs appear as schools and the trust add contracts and kit with their prices.</EmptyState>
      )}
      <h2 className="mb-3 mt-8 text-xl font-bold text-slate-900">Schools</h2>
      <div className={TABLE_SCROLL}>
        <table className="min-w-full text-left text-sm">
          <caption className="sr-only">Each school’s roadmap</caption>
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className={th}>
                School
              </th>
              <th scope="col" className={`${th} text-right`}>
                Overdue
              </th>
              <th scope="col" className={`${th} text-right`}>
                Missing from the registers
              </th>
              <th scope="col" className={th}>
                Next decision
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {roadmap.schools.map((s) => (
              <tr key={s.schoolId}>
                <th scope="row" className={`${td} font-semibold`}>
                  <Link href={`/schools/${s.schoolId}/roadmap`}>{s.schoolName}</Link>
                </th>
                <td className={`${td} text-right tabular-nums`}>{s.overdue}</td>
                <td className={`${td} text-right tabular-nums`}>{s.missing}</td>
                <td className={td}>{s.next ? `${formatDate(parseIsoDate(s.next.day))}: ${s.next.title}` : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </PageContainer>
  );
}
