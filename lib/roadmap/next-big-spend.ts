// A school's next big spend, for the trust comparison: the soonest register item that will cost
// at least £1,000 (a contract's renewal decision, kit's replacement), whether or not its
// standards are met yet: money comes due either way. Pure.
import { CONTRACT_SERVICE_LABEL } from '@/lib/registers/register-options';
import { kitDueDate, kitNoun, type RoadmapContract, type RoadmapKit } from './build-roadmap';
import { subtractPeriod } from './notice-period';

export const BIG_SPEND_PENCE = 100_000;

export type BigSpend = { day: string; pence: number; what: string; overdue: boolean };

export function nextBigSpend(contracts: readonly RoadmapContract[], kit: readonly RoadmapKit[], today: string): BigSpend | null {
  const candidates: BigSpend[] = [];
  for (const c of contracts) {
    if (!c.endDate || c.annualCostPence === null || c.annualCostPence < BIG_SPEND_PENCE || c.endDate < today) continue;
    const day = c.noticePeriod ? subtractPeriod(c.endDate, c.noticePeriod) : c.endDate;
    candidates.push({ day, pence: c.annualCostPence, what: `${CONTRACT_SERVICE_LABEL[c.service]} contract`, overdue: day < today });
  }
  for (const k of kit) {
    const pence = (k.unitCostPence ?? 0) * k.quantity;
    const due = kitDueDate(k);
    if (!due || pence < BIG_SPEND_PENCE) continue;
    candidates.push({ day: due.day, pence, what: `${k.quantity} ${kitNoun(k.category, k.quantity)}`, overdue: due.day < today });
  }
  // Overdue replacements first (they are owed already), then the soonest.
  return candidates.sort((a, b) => a.day.localeCompare(b.day) || b.pence - a.pence)[0] ?? null;
}
