import { formatPence } from '@/lib/plan/plan-item-options';
import { COST_BAND_LABEL } from '@/lib/standards/catalogue-schema';
import type { RoadmapEntry } from './build-roadmap';

/** "£18,000", "£2,400 a year", or the cost band when the registers give no price. */
export function entryCostText(entry: Pick<RoadmapEntry, 'cost'>): string {
  if (!entry.cost) return '—';
  if (entry.cost.source === 'REGISTER') return `${formatPence(entry.cost.pence)}${entry.cost.recurring ? ' a year' : ''}`;
  return COST_BAND_LABEL[entry.cost.band];
}
