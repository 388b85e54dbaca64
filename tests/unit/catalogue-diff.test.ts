import { describe, expect, it } from 'vitest';
import { diffCatalogues, requirementContentHash } from '@/lib/standards/catalogue-diff';

const base = {
  title: 'Backups',
  question: 'Do you keep an off-site backup?',
  hint: 'Ask IT support.',
  expectation: 'MUST' as const,
  timing: { kind: 'NOW' as const, text: 'now' },
};

describe('catalogue changes', () => {
  it('hashes the wording and rules of a requirement', () => {
    expect(requirementContentHash(base)).toBe(requirementContentHash({ ...base }));
    expect(requirementContentHash({ ...base, question: 'Do you keep two off-site backups?' })).not.toBe(requirementContentHash(base));
    expect(requirementContentHash({ ...base, expectation: 'SHOULD' })).not.toBe(requirementContentHash(base));
  });

  it('finds new, changed and retired requirements by code', () => {
    const entry = (code: string, contentHash: string) => ({ code, contentHash, title: code, standardTitle: 'S' });
    const changes = diffCatalogues([entry('a', '1'), entry('b', '1'), entry('c', '1')], [entry('a', '1'), entry('b', '2'), entry('d', '1')]);
    expect(changes.added.map((e) => e.code)).toEqual(['d']);
    expect(changes.changed.map((e) => e.code)).toEqual(['b']);
    expect(changes.retired.map((e) => e.code)).toEqual(['c']);
  });
});
