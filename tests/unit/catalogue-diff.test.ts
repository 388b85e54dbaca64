import { describe, expect, it } from 'vitest';
import { carriedRequirementHash, diffCatalogues, requirementContentHash, type CatalogueEntry } from '@/lib/standards/catalogue-diff';
import { describeCatalogueChange, catalogueVersionName } from '@/lib/standards/describe-catalogue-change';
import { draftMoveEffect } from '@/lib/assessment/draft-move-effect';

const base = {
  title: 'Backups',
  question: 'Do you keep an off-site backup?',
  hint: 'Ask IT support.',
  expectation: 'MUST' as const,
  timing: { kind: 'NOW' as const, text: 'now' },
};

const entry = (code: string, overrides: Partial<CatalogueEntry> = {}): CatalogueEntry => {
  const fields = { ...base, ...overrides };
  return { code, standardSlug: 's', standardTitle: 'S', ...fields, contentHash: requirementContentHash({ ...fields, hint: fields.hint ?? undefined }) };
};

describe('catalogue changes', () => {
  it('hashes the wording and rules of a requirement', () => {
    expect(requirementContentHash(base)).toBe(requirementContentHash({ ...base }));
    expect(requirementContentHash({ ...base, question: 'Do you keep two off-site backups?' })).not.toBe(requirementContentHash(base));
    expect(requirementContentHash({ ...base, expectation: 'SHOULD' })).not.toBe(requirementContentHash(base));
  });

  it('finds new, changed, updated and retired requirements by code', () => {
    const changes = diffCatalogues(
      [entry('a'), entry('b'), entry('c'), entry('e')],
      [entry('a'), entry('b', { question: 'Do you keep two off-site backups?' }), entry('d'), entry('e', { hint: 'Ask IT support for the backup log.' })],
    );
    expect(changes.added.map((e) => e.code)).toEqual(['d']);
    expect(changes.changed.map((e) => e.code)).toEqual(['b']);
    expect(changes.updated.map((e) => e.code)).toEqual(['e']);
    expect(changes.retired.map((e) => e.code)).toEqual(['c']);
  });

  it('treats a new strength or deadline as a change to what is asked', () => {
    const changes = diffCatalogues(
      [entry('a'), entry('b')],
      [entry('a', { expectation: 'SHOULD' }), entry('b', { timing: { kind: 'AT_TRIGGER', text: 'At the next purchase' } })],
    );
    expect(changes.changed.map((e) => e.code)).toEqual(['a', 'b']);
    expect(changes.updated).toEqual([]);
  });

  it('keeps an answer current only when its question kept its meaning', () => {
    const old = entry('a');
    const hintOnly = entry('a', { hint: 'Ask IT support for the backup log.' });
    const reworded = entry('a', { question: 'Do you keep an immutable backup?' });
    expect(carriedRequirementHash(old.contentHash, old, hintOnly)).toBe(hintOnly.contentHash);
    expect(carriedRequirementHash(old.contentHash, old, reworded)).toBe(old.contentHash);
    // Already waiting for review before the move: still waiting after it.
    expect(carriedRequirementHash('stale', old, hintOnly)).toBe('stale');
    expect(carriedRequirementHash(old.contentHash, old, undefined)).toBeNull();
  });

  it('says in plain words what changed', () => {
    const before = entry('a', { expectation: 'SHOULD', timing: { kind: 'AT_TRIGGER', text: 'At the next purchase' }, hint: null });
    const after = entry('a', { expectation: 'MUST', timing: { kind: 'NOW', text: 'Expected now' } });
    const words = describeCatalogueChange({ ...after, before });
    expect(words).toContain('Now a must: DfE requires it rather than recommends it.');
    expect(words).toContain('When it is expected changed: expected now (before: at the next purchase).');
    expect(words).toContain('New “How to find out” hint.');
    expect(catalogueVersionName('2026.12')).toBe('December 2026');
  });

  it('previews what a move does to the answers a draft has', () => {
    const changes = diffCatalogues([entry('a'), entry('b'), entry('c')], [entry('a'), entry('b', { expectation: 'SHOULD' }), entry('d')]);
    const effect = draftMoveEffect(changes, new Set(['a', 'b', 'c']));
    expect(effect.kept).toBe(2); // a as it was, b flagged for review
    expect(effect.toReview.map((e) => e.code)).toEqual(['b']);
    expect(effect.removed.map((e) => e.code)).toEqual(['c']);
    expect(effect.added.map((e) => e.code)).toEqual(['d']);
    // An unanswered changed requirement needs no review: it is simply a question to answer.
    expect(draftMoveEffect(changes, new Set(['a'])).toReview).toEqual([]);
  });
});
