import { DFE_2026_12 } from '@/lib/standards/catalogue';
import { CrosswalkSchema, crosswalkProblems, type Crosswalk } from '../crosswalk-schema';
import { academyTrustHandbook } from './academy-trust-handbook';
import { cyberEssentials } from './cyber-essentials';
import { kcsieFilteringMonitoring } from './kcsie-filtering-monitoring';
import { rpaCyberCover } from './rpa-cyber-cover';

// The crosswalk in use: validated when first imported, against the catalogue it maps, so a code
// renamed in a new catalogue version stops the build rather than silently mapping to nothing.
export const CROSSWALK: Crosswalk = checked({
  version: '2026.12',
  catalogueVersion: DFE_2026_12.version,
  frameworks: [rpaCyberCover, cyberEssentials, kcsieFilteringMonitoring, academyTrustHandbook],
});

function checked(input: unknown): Crosswalk {
  const crosswalk = CrosswalkSchema.parse(input);
  const problems = crosswalkProblems(crosswalk, DFE_2026_12);
  if (problems.length) throw new Error(`The compliance crosswalk does not match catalogue ${DFE_2026_12.version}:\n  ${problems.join('\n  ')}`);
  return crosswalk;
}

export function findFramework(id: string) {
  return CROSSWALK.frameworks.find((f) => f.id === id) ?? null;
}
