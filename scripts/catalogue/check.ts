// Checks the catalogue files of one version while they are being edited, without a database:
//   npx tsx scripts/catalogue/check.ts dfe-2026-12 [standard-slug]
// Prints shape errors and editorial problems, then counts per standard.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { StandardSchema, type StandardInput } from '../../lib/standards/catalogue-schema.ts';
import { standardQualityProblems } from '../../lib/standards/catalogue-quality.ts';

const [folder = 'dfe-2026-12', only] = process.argv.slice(2);
const dir = path.join(import.meta.dirname, '../../lib/standards/catalogue', folder);
let failed = false;
for (const file of (await readdir(dir)).filter((name) => name.endsWith('.ts')).sort()) {
  if (only && file !== `${only}.ts`) continue;
  const exported = (await import(path.join(dir, file))) as Record<string, StandardInput>;
  const standard = Object.values(exported)[0];
  const parsed = StandardSchema.safeParse(standard);
  if (!parsed.success) {
    failed = true;
    for (const issue of parsed.error.issues) console.log(`${file}: ${issue.path.join('.')}: ${issue.message}`);
    continue;
  }
  const problems = standardQualityProblems(parsed.data);
  for (const p of problems) console.log(`${file}: ${p.code} ${p.problem}`);
  if (problems.length) failed = true;
  const requirements = parsed.data.requirements;
  const linked = requirements.filter((r) => r.nextSteps.some((step) => step.guidance)).length;
  console.log(`${parsed.data.slug}: ${requirements.length} requirements, ${requirements.filter((r) => r.hint).length} hints, ${linked} with a guidance link`);
}
process.exit(failed ? 1 : 0);
