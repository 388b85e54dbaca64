import 'server-only';
import type { CatalogueStandard } from '@/lib/assessment/evaluate';
import type { Tx } from '@/lib/db/prisma';
import type { EffectiveAnswer, TrustAnswer } from './effective-answers';

// Completing a cycle copies each trust answer it used into the cycle's own answers, so the record
// never changes when the trust later changes its answer (only open drafts follow the trust).
export async function freezeTrustAnswers(
  tx: Tx,
  assessmentId: string,
  catalogue: readonly CatalogueStandard[],
  effective: ReadonlyMap<string, EffectiveAnswer>,
  trust: ReadonlyMap<string, TrustAnswer>,
  ownIds: ReadonlyMap<string, string>,
): Promise<void> {
  const hashes = new Map(catalogue.flatMap((s) => s.requirements.map((r) => [r.code, r.contentHash] as const)));
  const create = [];
  for (const [code, answer] of effective) {
    if (answer.origin !== 'TRUST') continue;
    const from = trust.get(code)!;
    const data = {
      value: from.value,
      notApplicableReason: from.notApplicableReason,
      evidenceNote: from.evidenceNote,
      evidenceLinks: from.evidenceLinks,
      requirementHash: hashes.get(code)!,
      updatedById: from.updatedById,
      fromTrust: true,
      trustAnsweredAt: from.updatedAt,
      localReason: null,
    };
    const id = ownIds.get(code);
    if (id) await tx.answer.update({ where: { id }, data: { ...data, version: { increment: 1 } } });
    else create.push({ ...data, assessmentId, requirementCode: code });
  }
  if (create.length > 0) await tx.answer.createMany({ data: create });
}
