import Link from 'next/link';
import { Badge } from '@/components/ui/page-header';
import { TABLE_SCROLL } from '@/components/ui/table-scroll';
import { formatDate } from '@/lib/dates/format';
import { formatPence } from '@/lib/plan/plan-item-options';
import { describePeriod } from '@/lib/roadmap/notice-period';
import { CONTRACT_SERVICE_LABEL, KIT_CATEGORY_LABEL } from '@/lib/registers/register-options';
import type { ContractService, KitCategory } from '@/lib/generated/prisma/enums';

type ContractRow = {
  id: string;
  service: ContractService;
  supplier: string;
  endDate: Date | null;
  noticePeriod: string | null;
  autoRenews: boolean;
  annualCostPence: number | null;
  providedByTrust: boolean;
};
type KitRow = {
  id: string;
  category: KitCategory;
  makeModel: string;
  quantity: number;
  location: string | null;
  operatingSystem: string | null;
  unitCostPence: number | null;
  providedByTrust: boolean;
  // "Due by 14 October 2025: Windows 10 stops getting security updates", from the roadmap's rule.
  status: string | null;
};

const th = 'px-4 py-3 font-semibold';
const td = 'px-4 py-3 align-top';

export function ContractTable({ contracts, editHref }: { contracts: ContractRow[]; editHref?: (c: ContractRow) => string | null }) {
  return (
    <div className={TABLE_SCROLL}>
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">Contracts</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={th}>
              Service and supplier
            </th>
            <th scope="col" className={th}>
              Ends
            </th>
            <th scope="col" className={th}>
              Notice
            </th>
            <th scope="col" className={`${th} text-right`}>
              A year
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {contracts.map((c) => {
            const href = editHref?.(c);
            return (
              <tr key={c.id}>
                <td className={td}>
                  <span className="font-semibold">{CONTRACT_SERVICE_LABEL[c.service]}</span>
                  <br />
                  {href ? <Link href={href}>{c.supplier}</Link> : c.supplier}
                  {c.providedByTrust ? (
                    <span className="ml-2">
                      <Badge tone="brand">Provided by the trust</Badge>
                    </span>
                  ) : null}
                </td>
                <td className={td}>{c.endDate ? formatDate(c.endDate) : <span className="text-amber-800">Not known</span>}</td>
                <td className={td}>
                  {c.noticePeriod ? describePeriod(c.noticePeriod) : '—'}
                  {c.autoRenews ? <span className="block text-slate-600">Renews automatically</span> : null}
                </td>
                <td className={`${td} text-right tabular-nums`}>{formatPence(c.annualCostPence)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function KitTable({ kit, editHref }: { kit: KitRow[]; editHref?: (k: KitRow) => string | null }) {
  return (
    <div className={TABLE_SCROLL}>
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">Kit</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={th}>
              Kit
            </th>
            <th scope="col" className={`${th} text-right`}>
              How many
            </th>
            <th scope="col" className={th}>
              Replacement
            </th>
            <th scope="col" className={`${th} text-right`}>
              Cost each
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {kit.map((k) => {
            const href = editHref?.(k);
            return (
              <tr key={k.id}>
                <td className={td}>
                  <span className="font-semibold">{KIT_CATEGORY_LABEL[k.category]}</span>
                  <br />
                  {href ? <Link href={href}>{k.makeModel}</Link> : k.makeModel}
                  {k.operatingSystem ? <span className="text-slate-600">, {k.operatingSystem}</span> : null}
                  {k.location ? <span className="block text-slate-600">{k.location}</span> : null}
                  {k.providedByTrust ? (
                    <span className="mt-1 block">
                      <Badge tone="brand">Provided by the trust</Badge>
                    </span>
                  ) : null}
                </td>
                <td className={`${td} text-right tabular-nums`}>{k.quantity}</td>
                <td className={td}>{k.status ?? <span className="text-amber-800">No dates: add a support end or purchase date</span>}</td>
                <td className={`${td} text-right tabular-nums`}>{formatPence(k.unitCostPence)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
