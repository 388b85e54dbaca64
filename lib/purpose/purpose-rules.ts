import type { ContractService, KitCategory } from '@/lib/generated/prisma/enums';

// What each action and purchase is for: the learning goals it serves, or a foundation (the
// pyramid's lower layers: safeguarding, leadership and governance, the network) that enables all
// of them. Anything with neither is asked "Which learning goal does this serve?". Pure rules.

export type Purpose = { kind: 'goals'; goalIds: string[] } | { kind: 'foundation'; automatic: boolean } | { kind: 'unlinked' };

// Layers 1 to 3 of the catalogue: safeguarding and legal duties, leadership, network and infrastructure.
export const FOUNDATION_LAYERS: ReadonlySet<number> = new Set([1, 2, 3]);

// Purchases that are the network, safeguarding or support everything runs on.
const FOUNDATION_SERVICES: ReadonlySet<ContractService> = new Set([
  'BROADBAND',
  'FILTERING',
  'MONITORING',
  'IT_SUPPORT',
  'BACKUP',
  'NETWORK_SERVICE',
  'CYBER_COVER',
]);
const FOUNDATION_KIT: ReadonlySet<KitCategory> = new Set(['FIREWALL', 'CORE_SWITCH', 'EDGE_SWITCH', 'ACCESS_POINT', 'SERVER', 'STORAGE', 'UPS']);

export type Linkable = { goalIds: readonly string[]; foundation: boolean };

/**
 * The goals it names (only goals the school still has), else a foundation if marked so or if it
 * is plainly one: an action for requirements of the lower layers only, network kit, or a contract
 * for connectivity, filtering, support or cyber cover.
 */
export function purposeOf(item: Linkable, goals: ReadonlySet<string>, automaticFoundation: boolean): Purpose {
  const goalIds = item.goalIds.filter((id) => goals.has(id));
  if (goalIds.length) return { kind: 'goals', goalIds };
  if (item.foundation) return { kind: 'foundation', automatic: false };
  if (automaticFoundation) return { kind: 'foundation', automatic: true };
  return { kind: 'unlinked' };
}

export function isFoundationAction(requirementCodes: readonly string[], layerOf: (code: string) => number | undefined): boolean {
  if (!requirementCodes.length) return false;
  return requirementCodes.every((code) => {
    const layer = layerOf(code);
    return layer !== undefined && FOUNDATION_LAYERS.has(layer);
  });
}

export const isFoundationContract = (service: ContractService) => FOUNDATION_SERVICES.has(service);
export const isFoundationKit = (category: KitCategory) => FOUNDATION_KIT.has(category);

export type PurposeEntry = { id: string; kind: 'action' | 'contract' | 'kit'; title: string; pence: number; purpose: Purpose; href: string };

export type PurposeSummary = {
  goals: Array<{ id: string; title: string; entries: PurposeEntry[]; pence: number }>;
  foundation: { entries: PurposeEntry[]; pence: number };
  unlinked: PurposeEntry[];
  // Shares of the costed spend, in whole per cent, adding to 100 when anything is costed.
  shares: { goals: number; foundation: number; unlinked: number; totalPence: number };
  // Goals with no action or purchase behind them.
  empty: string[];
};

/** Each goal with what serves it; an entry serving two goals counts its cost once, split evenly. */
export function summarisePurpose(goals: ReadonlyArray<{ id: string; title: string }>, entries: readonly PurposeEntry[]): PurposeSummary {
  const byGoal = new Map(goals.map((g) => [g.id, { id: g.id, title: g.title, entries: [] as PurposeEntry[], pence: 0 }]));
  const foundation = { entries: [] as PurposeEntry[], pence: 0 };
  const unlinked: PurposeEntry[] = [];
  let goalPence = 0;
  for (const entry of entries) {
    if (entry.purpose.kind === 'goals') {
      const served = entry.purpose.goalIds.filter((id) => byGoal.has(id));
      for (const id of served) {
        const goal = byGoal.get(id)!;
        goal.entries.push(entry);
        goal.pence += Math.round(entry.pence / served.length);
      }
      goalPence += entry.pence;
    } else if (entry.purpose.kind === 'foundation') {
      foundation.entries.push(entry);
      foundation.pence += entry.pence;
    } else unlinked.push(entry);
  }
  const unlinkedPence = unlinked.reduce((sum, e) => sum + e.pence, 0);
  const totalPence = goalPence + foundation.pence + unlinkedPence;
  const share = (pence: number) => (totalPence ? Math.round((pence / totalPence) * 100) : 0);
  const shares = { goals: share(goalPence), foundation: share(foundation.pence), unlinked: share(unlinkedPence), totalPence };
  // Rounding can make 99 or 101: the largest share takes the difference.
  if (totalPence) {
    const diff = 100 - (shares.goals + shares.foundation + shares.unlinked);
    const largest = (['goals', 'foundation', 'unlinked'] as const).reduce((a, b) => (shares[a] >= shares[b] ? a : b));
    shares[largest] += diff;
  }
  const list = [...byGoal.values()];
  return { goals: list, foundation, unlinked, shares, empty: list.filter((g) => g.entries.length === 0).map((g) => g.title) };
}
