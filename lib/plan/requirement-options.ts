import 'server-only';
import type { Actor } from '@/lib/tenancy/actor';
import { getCurrentEvaluation } from '@/lib/assessment/current-evaluation';

// Requirements an action can be linked to: the current cycle's gaps first, then everything else.
export async function requirementOptionsFor(actor: Actor, schoolId: string) {
  const { detail } = await getCurrentEvaluation(actor, schoolId);
  if (!detail) return [];
  const gapCodes = new Set(detail.evaluation.priorities.map((p) => p.code));
  const all = detail.catalogue.flatMap((s) => s.requirements.map((r) => ({ code: r.code, label: `${s.title}: ${r.title}` })));
  return [...all.filter((o) => gapCodes.has(o.code)), ...all.filter((o) => !gapCodes.has(o.code))];
}
