import { z } from 'zod';
import type { Catalogue } from '@/lib/standards/catalogue-schema';

// A crosswalk maps the catalogue's requirements onto other frameworks a school answers for (the
// RPA's cyber cover conditions, Cyber Essentials, KCSIE…). Data, versioned, validated before use,
// like the catalogue: a framework item is met when the requirements it maps to are, and evidenced
// by what backs them (or what is linked to the item itself, for what no requirement asks).

const KEY = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const FrameworkItemSchema = z.object({
  key: z.string().regex(KEY),
  title: z.string().min(3).max(120),
  description: z.string().min(10).max(600),
  // What to keep as evidence, said to a school business manager.
  evidenceHint: z.string().min(10).max(400),
  requirementCodes: z.array(z.string()).max(12),
  // "training": the school's training records decide it (everyone with IT access trained within a year).
  rule: z.enum(['answers', 'training']).default('answers'),
});

export const FrameworkSchema = z.object({
  id: z.string().regex(KEY),
  title: z.string().min(3).max(120),
  shortTitle: z.string().min(2).max(40),
  edition: z.string().min(2).max(120),
  summary: z.string().min(10).max(600),
  sourceUrl: z.url(),
  sources: z.array(z.object({ title: z.string(), url: z.url() })).min(1),
  items: z.array(FrameworkItemSchema).min(1),
});

export const CrosswalkSchema = z.object({
  version: z.string().regex(/^\d{4}\.\d{2}$/),
  catalogueVersion: z.string(),
  frameworks: z.array(FrameworkSchema).min(1),
});

export type FrameworkItem = z.output<typeof FrameworkItemSchema>;
export type Framework = z.output<typeof FrameworkSchema>;
export type Crosswalk = z.output<typeof CrosswalkSchema>;

/** A framework item as a link target: "<framework>:<item>" (requirement codes have no colon). */
export const itemTarget = (framework: Pick<Framework, 'id'>, item: Pick<FrameworkItem, 'key'>) => `${framework.id}:${item.key}`;

/** Everything wrong with a crosswalk against the catalogue it names; empty when it may ship. */
export function crosswalkProblems(crosswalk: Crosswalk, catalogue: Catalogue): string[] {
  const problems: string[] = [];
  if (crosswalk.catalogueVersion !== catalogue.version) problems.push(`maps catalogue ${crosswalk.catalogueVersion}, not ${catalogue.version}`);
  const codes = new Set(catalogue.standards.flatMap((s) => s.requirements.map((r) => r.code)));
  const ids = new Set<string>();
  for (const framework of crosswalk.frameworks) {
    if (ids.has(framework.id)) problems.push(`framework ${framework.id} appears twice`);
    ids.add(framework.id);
    const keys = new Set<string>();
    for (const item of framework.items) {
      if (keys.has(item.key)) problems.push(`${framework.id}: item ${item.key} appears twice`);
      keys.add(item.key);
      for (const code of item.requirementCodes) if (!codes.has(code)) problems.push(`${framework.id}:${item.key} maps ${code}, which is not in the catalogue`);
      if (new Set(item.requirementCodes).size !== item.requirementCodes.length) problems.push(`${framework.id}:${item.key} maps a requirement twice`);
    }
  }
  return problems;
}
