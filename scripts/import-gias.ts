// `npm run import:gias -- <file> --as <platform admin email> [--apply]`: the command-line twin of
// /admin/gias, for a national extract too large to upload (about 60 MB). Without --apply it prints
// the preview and changes nothing; with it, it confirms that same preview. Re-running it on the
// same file finds nothing to do. Uses DATABASE_URL, as the web server does.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { prisma } from '../lib/db/prisma.ts';
import { applyGiasImport, createGiasImport, getGiasImport } from '../lib/gias/gias-import.ts';
import { describeGiasApply } from '../lib/gias/describe-gias-apply.ts';
import { SKIP_REASON_TEXT, type SkipReason } from '../lib/gias/map-gias-row.ts';
import { isAppError } from '../lib/errors.ts';

const args = process.argv.slice(2);
const file = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--as');
const email = args[args.indexOf('--as') + 1];
const apply = args.includes('--apply');

if (!file || !args.includes('--as') || !email || !process.env.DATABASE_URL) {
  console.error('Usage: DATABASE_URL=postgresql://… npm run import:gias -- <file.csv> --as <platform admin email> [--apply]');
  process.exit(2);
}

try {
  const user = await prisma.user.findUnique({ where: { email: email.toLowerCase() } });
  if (!user?.isPlatformAdmin) throw new Error(`${email} is not a platform admin in this database.`);
  const actor = { userId: user.id, email: user.email, name: user.name, isPlatformAdmin: true };
  const started = performance.now();
  const bytes = new Uint8Array(await readFile(file));
  const created = await createGiasImport(actor, { kind: 'platform' }, { name: path.basename(file), bytes });
  const found = await getGiasImport(actor, { kind: 'platform' }, created.id);
  const plan = found.plan!;
  console.log(
    `${found.fileName}: ${found.rowCount.toLocaleString('en-GB')} rows (${found.encoding}), read and checked in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
  console.log(`  trusts to create:  ${plan.trustsToCreate.length}`);
  console.log(`  schools to add:    ${plan.create.length}`);
  console.log(`  schools to update: ${plan.update.length}`);
  console.log(`  already up to date: ${plan.unchanged}`);
  for (const [reason, count] of Object.entries(plan.skippedByReason))
    console.log(`  skipped, ${SKIP_REASON_TEXT[reason as SkipReason].toLowerCase()}: ${count}`);
  if (!apply) {
    console.log(
      `\nNothing changed. ${describeGiasApply(plan).replace('Confirming', 'Running again with --apply')} Or open /admin/gias/${created.id} to check it in the browser.`,
    );
  } else {
    const applyStarted = performance.now();
    const summary = await applyGiasImport(actor, { kind: 'platform' }, created.id, plan.hash);
    console.log(`\nImported in ${((performance.now() - applyStarted) / 1000).toFixed(1)} s: ${JSON.stringify(summary)}`);
  }
} catch (error) {
  console.error(isAppError(error) ? error.message : error);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
}
