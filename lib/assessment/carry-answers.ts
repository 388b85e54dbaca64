import 'server-only';
import { carriedRequirementHash } from '@/lib/standards/catalogue-diff';
import { catalogueEntries } from '@/lib/standards/catalogue-entries';
import { getCatalogue } from './get-catalogue';

// For answers given on one catalogue version, the requirement hash each should hold on another:
// unchanged questions stay answered, changed ones are flagged for review, retired ones drop out
// (absent from the map). One rule for a new cycle and for a draft moved to a newer catalogue.
export async function carryAnswerHashes(
  fromVersionId: string,
  toVersionId: string,
  answers: ReadonlyArray<{ requirementCode: string; requirementHash: string }>,
): Promise<Map<string, { requirementHash: string; needsReview: boolean }>> {
  const [from, to] = await Promise.all([getCatalogue(fromVersionId), getCatalogue(toVersionId)]);
  const before = new Map(catalogueEntries(from).map((entry) => [entry.code, entry]));
  const after = new Map(catalogueEntries(to).map((entry) => [entry.code, entry]));
  const carried = new Map<string, { requirementHash: string; needsReview: boolean }>();
  for (const answer of answers) {
    const next = after.get(answer.requirementCode);
    const hash = carriedRequirementHash(answer.requirementHash, before.get(answer.requirementCode), next);
    if (hash && next) carried.set(answer.requirementCode, { requirementHash: hash, needsReview: hash !== next.contentHash });
  }
  return carried;
}
