import type { Metadata } from 'next';
import Link from 'next/link';
import { PageContainer } from '@/components/layout/page-container';
import { EmptyState, PageHeader } from '@/components/ui/page-header';
import { TABLE_SCROLL } from '@/components/ui/table-scroll';
import { CROSSWALK } from '@/lib/frameworks/crosswalk';
import { getTrustReadiness } from '@/lib/frameworks/get-trust-readiness';
import { readinessSentence } from '@/lib/frameworks/readiness';
import { loadTrustPage } from '@/lib/http/load-page';

export const metadata: Metadata = { title: 'Readiness across the trust' };

const tone = (evidenced: number, total: number) =>
  evidenced === total ? 'bg-green-50 text-green-900' : evidenced === 0 ? 'bg-red-50 text-red-900' : 'bg-amber-50 text-amber-900';

export default async function TrustReadinessPage({ params }: { params: Promise<{ trustId: string }> }) {
  const { actor, trust } = await loadTrustPage(params, 'evidence:read');
  const { rows } = await getTrustReadiness(actor, trust.id);
  return (
    <PageContainer>
      <PageHeader
        title="Readiness across the trust"
        description="For each school, how many items of each framework its answers and evidence show. Open a school for what is missing and to download its evidence packs."
      />
      {rows.length === 0 ? (
        <EmptyState title="No schools yet" />
      ) : (
        <div className={TABLE_SCROLL}>
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">Framework readiness by school: items evidenced out of all items</caption>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className="px-4 py-3 font-semibold">
                  School
                </th>
                {CROSSWALK.frameworks.map((f) => (
                  <th key={f.id} scope="col" className="px-4 py-3 font-semibold">
                    {f.shortTitle}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {rows.map((row) => (
                <tr key={row.school.id}>
                  <th scope="row" className="px-4 py-3 text-left align-top font-semibold">
                    <Link href={`/schools/${row.school.id}/readiness`}>{row.school.name}</Link>
                    <span className="block text-xs font-normal text-slate-700">{row.cycle ?? 'No self-assessment yet'}</span>
                  </th>
                  {row.frameworks.map((f) => (
                    <td key={f.framework.id} className={`px-4 py-3 align-top ${tone(f.evidenced, f.total)}`} title={readinessSentence(f)}>
                      <span className="font-semibold tabular-nums">
                        {f.evidenced} of {f.total}
                      </span>
                      {f.missing.length ? (
                        <span className="block text-xs">
                          Missing: {f.missing.slice(0, 2).join('; ')}
                          {f.missing.length > 2 ? '…' : ''}
                        </span>
                      ) : null}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </PageContainer>
  );
}
