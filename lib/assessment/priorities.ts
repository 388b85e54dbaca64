import { LAYER_LABEL, type Layer, type Timing } from '@/lib/standards/catalogue-schema';
import type { RequirementStatus } from './answer-options';

/*
 * Prioritising gaps (also in README.md, "Priorities"). Foundations first, as in a pyramid:
 * 1. the layer: safeguarding and legal duties, then leadership and governance, then network and
 *    infrastructure, then devices, cloud and everyday use;
 * 2. within a layer, what DfE says a school "must" do before what it "should" do;
 * 3. then the nearest deadline: expected now, then dated deadlines soonest first, then those
 *    triggered by the next purchase or contract;
 * 4. then gaps before partial progress ("not met" and "not sure" before "partly met");
 * 5. then core standards before others, and the catalogue order, so the list is stable.
 */

export type GapStatus = Extract<RequirementStatus, 'NOT_MET' | 'NOT_SURE' | 'PARTLY_MET'>;

export type Gap = {
  code: string;
  title: string;
  standardSlug: string;
  standardTitle: string;
  layer: Layer;
  core: boolean;
  expectation: 'MUST' | 'SHOULD';
  timing: Timing;
  status: GapStatus;
  position: number;
};

export type RankedGap = Gap & { rank: number; reasons: string[] };

export function isGap(status: RequirementStatus): status is GapStatus {
  return status === 'NOT_MET' || status === 'NOT_SURE' || status === 'PARTLY_MET';
}

const DAY = 86_400_000;

function deadlineOrder(timing: Timing): number {
  if (timing.kind === 'NOW') return 0;
  if (timing.kind === 'BY_DATE' && timing.date) return Date.parse(timing.date) / DAY;
  return Number.MAX_SAFE_INTEGER;
}

const statusOrder = (status: GapStatus) => (status === 'PARTLY_MET' ? 1 : 0);

export function compareGaps(a: Gap, b: Gap): number {
  return (
    a.layer - b.layer ||
    (a.expectation === b.expectation ? 0 : a.expectation === 'MUST' ? -1 : 1) ||
    deadlineOrder(a.timing) - deadlineOrder(b.timing) ||
    statusOrder(a.status) - statusOrder(b.status) ||
    (a.core === b.core ? 0 : a.core ? -1 : 1) ||
    a.position - b.position ||
    a.code.localeCompare(b.code)
  );
}

function reasonsFor(gap: Gap): string[] {
  const reasons = [`${LAYER_LABEL[gap.layer]} come first (layer ${gap.layer} of 4)`];
  reasons.push(gap.expectation === 'MUST' ? 'DfE says schools must do this' : 'DfE says schools should do this');
  // The catalogue's own text often starts "Expected already…": say it once.
  if (gap.timing.kind === 'NOW') reasons.push(/^expected\b/i.test(gap.timing.text) ? gap.timing.text : `Expected now: ${gap.timing.text}`);
  else if (gap.timing.kind === 'BY_DATE') reasons.push(`Deadline: ${gap.timing.text}`);
  else reasons.push(`When: ${gap.timing.text}`);
  if (gap.status === 'NOT_SURE') reasons.push('Not sure yet: finding out is the first step');
  if (gap.status === 'PARTLY_MET') reasons.push('Partly met: building on work already started');
  if (gap.core) reasons.push('Core standard');
  return reasons;
}

export function rankGaps(gaps: readonly Gap[]): RankedGap[] {
  return [...gaps].sort(compareGaps).map((gap, index) => ({ ...gap, rank: index + 1, reasons: reasonsFor(gap) }));
}
