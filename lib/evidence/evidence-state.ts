// Whether an evidence item still counts, on a given day (ISO dates, Europe/London). An item counts
// up to and including its "valid until" day; in the 30 days before, its owner is reminded.

export const EXPIRING_DAYS = 30;

export type EvidenceState = 'current' | 'expiring' | 'expired' | 'undated';

export const EVIDENCE_STATE_LABEL: Record<EvidenceState, string> = {
  current: 'Current',
  expiring: 'Expires soon',
  expired: 'Expired',
  undated: 'No end date',
};

export function addDays(isoDay: string, days: number): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function evidenceState(validUntil: string | null, today: string): EvidenceState {
  if (!validUntil) return 'undated';
  if (validUntil < today) return 'expired';
  if (validUntil <= addDays(today, EXPIRING_DAYS)) return 'expiring';
  return 'current';
}

/** An item that still backs an answer: not expired (undated notes and links count until removed). */
export const counts = (state: EvidenceState) => state !== 'expired';

// An answer is flagged for review when it has evidence and all of it has expired: adding this
// year's backup test clears the flag without deleting last year's.
export function answerEvidenceStatus(states: readonly EvidenceState[]): 'none' | 'current' | 'expired' {
  if (states.length === 0) return 'none';
  return states.some(counts) ? 'current' : 'expired';
}
