import type { GiasPlan } from './plan-gias-import';

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

// The sentence above the confirm button: exactly what confirming writes.
export function describeGiasApply(plan: Pick<GiasPlan, 'create' | 'update' | 'trustsToCreate'>): string {
  const parts = [
    plan.trustsToCreate.length > 0 ? `create ${count(plan.trustsToCreate.length, 'trust', 'trusts')}` : null,
    plan.create.length > 0 ? `add ${count(plan.create.length, 'school', 'schools')}` : null,
    plan.update.length > 0 ? `update the details of ${count(plan.update.length, 'school', 'schools')}` : null,
  ].filter(Boolean);
  if (parts.length === 0) return 'Confirming changes nothing.';
  const sentence = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return `Confirming will ${sentence}.`;
}
