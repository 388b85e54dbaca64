import 'server-only';
import { formatDate, parseIsoDate } from '@/lib/dates/format';
import type { Actor } from '@/lib/tenancy/actor';
import { answerEvidenceStatus } from './evidence-state';
import { byTarget, getSnapshotEvidence, listEvidence, type EvidenceRow } from './list-evidence';

export type AnswerEvidence = { id: string; title: string; href: string; stateLabel: string; expired: boolean };

function summary(schoolId: string, row: EvidenceRow): AnswerEvidence {
  const until = row.validUntil ? formatDate(parseIsoDate(row.validUntil)) : null;
  return {
    id: row.id,
    title: row.title,
    href: `/schools/${schoolId}/evidence/${row.id}`,
    stateLabel: row.state === 'expired' ? `expired ${until}` : until ? `valid until ${until}` : 'no end date',
    expired: row.state === 'expired',
  };
}

/**
 * The evidence behind each answer of a cycle: a draft's live links, or what a completed cycle
 * kept (lib/evidence/freeze-evidence.ts). Governors see only what is shared with them.
 */
export async function evidenceByAnswer(
  actor: Actor,
  schoolId: string,
  assessment: { status: string; answers: ReadonlyMap<string, { evidenceItemIds: string[] }> },
  today: string,
): Promise<Map<string, AnswerEvidence[]>> {
  if (assessment.status === 'COMPLETED') {
    const ids = [...assessment.answers.values()].flatMap((a) => a.evidenceItemIds ?? []);
    const rows = await getSnapshotEvidence(actor, schoolId, ids, today);
    return new Map(
      [...assessment.answers].map(
        ([code, a]) => [code, (a.evidenceItemIds ?? []).flatMap((id) => (rows.has(id) ? [summary(schoolId, rows.get(id)!)] : []))] as const,
      ),
    );
  }
  const rows = byTarget(await listEvidence(actor, schoolId, today));
  return new Map([...rows].map(([code, list]) => [code, list.map((row) => summary(schoolId, row))] as const));
}

/** Codes whose evidence has all expired: "evidence expired — review" on priorities and the overview. */
export function expiredCodes(evidence: ReadonlyMap<string, readonly EvidenceRow[]>): Set<string> {
  return new Set([...evidence].filter(([, rows]) => answerEvidenceStatus(rows.map((r) => r.state)) === 'expired').map(([code]) => code));
}

/** The answered questions of a cycle whose evidence has all expired, with where to review each. */
export async function expiredAnswers(
  actor: Actor,
  schoolId: string,
  cycle: {
    id: string;
    catalogue: ReadonlyArray<{ slug: string; requirements: ReadonlyArray<{ code: string; title: string }> }>;
    values: ReadonlyMap<string, string>;
  },
  today: string,
) {
  const expired = expiredCodes(byTarget(await listEvidence(actor, schoolId, today)));
  return cycle.catalogue.flatMap((standard) =>
    standard.requirements
      .filter((r) => expired.has(r.code) && cycle.values.has(r.code))
      .map((r) => ({ code: r.code, title: r.title, href: `/schools/${schoolId}/assessments/${cycle.id}/${standard.slug}#${r.code}` })),
  );
}
