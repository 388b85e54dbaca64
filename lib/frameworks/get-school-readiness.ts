import 'server-only';
import { getCurrentEvaluation } from '@/lib/assessment/current-evaluation';
import { formatIsoDate, londonToday } from '@/lib/dates/format';
import { byTarget, listEvidence, type EvidenceRow } from '@/lib/evidence/list-evidence';
import { listTrainingRecords } from '@/lib/evidence/manage-training';
import { summariseTraining } from '@/lib/evidence/training';
import { getSchool } from '@/lib/schools/get-school';
import type { Actor } from '@/lib/tenancy/actor';
import { CROSSWALK } from './crosswalk';
import { frameworkReadiness, type FrameworkReadiness } from './readiness';

// A school's readiness for every framework of the crosswalk: its current cycle's effective
// answers (the open draft, else the latest completed cycle), its live evidence and training records.
export async function getSchoolReadiness(actor: Actor, schoolId: string, today = londonToday()) {
  // Readiness shows every answer and item: for those who read all the school's evidence.
  await getSchool(actor, schoolId, 'evidence:read');
  const [evaluation, evidence, training] = await Promise.all([
    getCurrentEvaluation(actor, schoolId),
    listEvidence(actor, schoolId, today),
    listTrainingRecords(actor, schoolId),
  ]);
  const answers = evaluation.detail?.values ?? new Map();
  const backing = byTarget(evidence);
  const states = new Map([...backing].map(([target, rows]) => [target, rows.map((r) => r.state)]));
  const trainingSummary = summariseTraining(
    training.map((r) => ({ name: r.name, trainedOn: r.trainedOn ? formatIsoDate(r.trainedOn) : null })),
    today,
  );
  const frameworks: FrameworkReadiness[] = CROSSWALK.frameworks.map((framework) =>
    frameworkReadiness(framework, { answers, evidence: states, training: trainingSummary }),
  );
  return { frameworks, cycle: evaluation.current, evidence, backing, training, trainingSummary, answers, today };
}

/** The evidence behind one framework item: linked to the item itself or to a requirement it maps. */
export function evidenceFor(backing: ReadonlyMap<string, EvidenceRow[]>, target: string, codes: readonly string[]): EvidenceRow[] {
  const seen = new Map<string, EvidenceRow>();
  for (const key of [target, ...codes]) for (const row of backing.get(key) ?? []) seen.set(row.id, row);
  return [...seen.values()];
}
