import 'server-only';
import type { Actor } from '@/lib/tenancy/actor';
import { getAssessment, listAssessments } from './get-assessments';

// The cycle a page should show: the open draft for those who may read drafts, else the latest
// completed one. Governors therefore only ever see completed cycles.
export async function getCurrentEvaluation(actor: Actor, schoolId: string) {
  const { open, completed } = await listAssessments(actor, schoolId);
  const current = open ?? completed[0] ?? null;
  if (!current) return { current: null, detail: null, lastCompleted: completed[0] ?? null, previousCompleted: null };
  const detail = await getAssessment(actor, schoolId, current.id);
  const lastCompleted = current.status === 'COMPLETED' ? (completed[1] ?? null) : (completed[0] ?? null);
  return { current, detail, lastCompleted, previousCompleted: lastCompleted };
}
