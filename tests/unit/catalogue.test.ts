import { describe, expect, it } from 'vitest';
import { DFE_2026_11, STANDARDS_HUB } from '@/lib/standards/catalogue';
import { CatalogueSchema } from '@/lib/standards/catalogue-schema';

const bySlug = new Map(DFE_2026_11.standards.map((s) => [s.slug, s]));
const requirements = DFE_2026_11.standards.flatMap((s) => s.requirements);

describe('the DfE 2026 standards catalogue', () => {
  it('validates against the catalogue schema', () => {
    expect(CatalogueSchema.safeParse(DFE_2026_11).success).toBe(true);
  });

  it('holds all twelve standards, with the six core ones marked', () => {
    expect(DFE_2026_11.standards.map((s) => s.slug).sort()).toEqual(
      [
        'broadband-internet',
        'cloud-solutions',
        'cyber-security',
        'digital-accessibility',
        'digital-leadership-and-governance',
        'filtering-and-monitoring',
        'it-support',
        'laptops-desktops-and-tablets',
        'network-cabling',
        'network-switching',
        'servers-and-storage',
        'wireless-network',
      ].sort(),
    );
    const core = DFE_2026_11.standards
      .filter((s) => s.core)
      .map((s) => s.slug)
      .sort();
    expect(core).toEqual(
      ['broadband-internet', 'cyber-security', 'digital-leadership-and-governance', 'filtering-and-monitoring', 'network-switching', 'wireless-network'].sort(),
    );
  });

  it('gives every standard a DfE source page and a deadline or trigger', () => {
    for (const standard of DFE_2026_11.standards) {
      expect(standard.sourceUrl.startsWith(`${STANDARDS_HUB}/`), standard.slug).toBe(true);
      expect(standard.timing.text.length, standard.slug).toBeGreaterThan(3);
      if (standard.core && standard.slug !== 'filtering-and-monitoring') expect(standard.timing.date, standard.slug).toBe('2030-12-31');
    }
    // Filtering and monitoring is expected now, through statutory safeguarding guidance.
    expect(bySlug.get('filtering-and-monitoring')!.timing.kind).toBe('NOW');
  });

  it('gives every requirement a question, a source link and at least one next step', () => {
    for (const requirement of requirements) {
      expect(requirement.question.endsWith('?'), requirement.code).toBe(true);
      expect(requirement.sourceUrl.startsWith('https://'), requirement.code).toBe(true);
      expect(requirement.nextSteps.length, requirement.code).toBeGreaterThan(0);
    }
    expect(new Set(requirements.map((r) => r.code)).size).toBe(requirements.length);
  });

  it('covers at least the ground of DfE’s own question set for the core standards', () => {
    const count = (slug: string) => bySlug.get(slug)!.requirements.length;
    expect(count('broadband-internet')).toBeGreaterThanOrEqual(8); // broadband 3 + backup broadband 5
    expect(count('wireless-network')).toBeGreaterThanOrEqual(8);
    expect(count('network-switching')).toBeGreaterThanOrEqual(6);
    expect(count('network-cabling')).toBeGreaterThanOrEqual(2);
    expect(count('cyber-security')).toBeGreaterThanOrEqual(35);
    expect(count('filtering-and-monitoring')).toBeGreaterThanOrEqual(31);
    expect(count('digital-leadership-and-governance')).toBeGreaterThanOrEqual(27);
  });

  it('marks the legal musts that DfE marks', () => {
    const must = (code: string) => requirements.find((r) => r.code.startsWith(code))?.expectation;
    const mustCodes = requirements.filter((r) => r.expectation === 'MUST').map((r) => r.code);
    expect(mustCodes.some((c) => c.startsWith('filtering-and-monitoring.'))).toBe(true);
    expect(mustCodes.some((c) => c.startsWith('cyber-security.'))).toBe(true);
    expect(must('cyber-security.')).toBeDefined();
  });
});
