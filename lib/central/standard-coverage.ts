import type { CatalogueStandard } from '@/lib/assessment/evaluate';
import { requirementCover, standardCover, type CentralServiceRule } from './effective-answers';

export type StandardCoverage = { mode: 'none' | 'standard' | 'requirements'; codes: string[]; schoolIds: string[] };

// What a trust provides within one standard, as its form shows it. Every service of a standard is
// saved with the same schools (setStandardCoverage), so the first one's schools stand for all.
export function standardCoverage(standard: CatalogueStandard, services: readonly CentralServiceRule[]): StandardCoverage {
  const whole = services.find((s) => s.covers === standardCover(standard.slug));
  if (whole) return { mode: 'standard', codes: standard.requirements.map((r) => r.code), schoolIds: [...whole.schoolIds] };
  const parts = standard.requirements.flatMap((r) => {
    const service = services.find((s) => s.covers === requirementCover(r.code));
    return service ? [{ code: r.code, schoolIds: service.schoolIds }] : [];
  });
  if (parts.length === 0) return { mode: 'none', codes: [], schoolIds: [] };
  return { mode: 'requirements', codes: parts.map((p) => p.code), schoolIds: [...parts[0]!.schoolIds] };
}
