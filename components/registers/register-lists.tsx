import { EmptyState } from '@/components/ui/page-header';
import { londonToday } from '@/lib/dates/format';
import { supportStatus } from '@/lib/roadmap/contradictions';
import { toRoadmapKit } from '@/lib/roadmap/get-school-roadmap';
import type { listSchoolRegisters } from '@/lib/registers/list-registers';
import { ContractTable, KitTable } from './register-tables';

type Registers = Awaited<ReturnType<typeof listSchoolRegisters>>;

// Both registers, a school's or a trust's: each kit line with when it is due, from the roadmap's rule.
export function RegisterLists({
  registers,
  editHref,
  empty,
}: {
  registers: Registers;
  // Where an item is edited, or null where this person may not (or it is the trust's, seen from a school).
  editHref?: (register: 'contract' | 'kit', item: { id: string; providedByTrust: boolean }) => string | null;
  empty: Record<'contracts' | 'kit', { title: string; text: string }>;
}) {
  const today = londonToday();
  return (
    <>
      <h2 className="mb-3 text-xl font-bold text-slate-900">Contracts</h2>
      {registers.contracts.length ? (
        <ContractTable contracts={registers.contracts} editHref={editHref ? (c) => editHref('contract', c) : undefined} />
      ) : (
        <EmptyState title={empty.contracts.title}>{empty.contracts.text}</EmptyState>
      )}
      <h2 className="mb-3 mt-8 text-xl font-bold text-slate-900">Kit</h2>
      {registers.kit.length ? (
        <KitTable
          kit={registers.kit.map((k) => ({ ...k, status: supportStatus(toRoadmapKit(k), today) }))}
          editHref={editHref ? (k) => editHref('kit', k) : undefined}
        />
      ) : (
        <EmptyState title={empty.kit.title}>{empty.kit.text}</EmptyState>
      )}
    </>
  );
}
