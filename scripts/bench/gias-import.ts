// `npm run bench:gias`: a GIAS import of a national-sized extract (about 50,000 rows, Windows-1252,
// as GIAS has served it) into an empty database, then the same for one trust of 40 schools into
// a country that is already there. Prints how long reading and previewing, applying, and
// re-importing the same file take, and the process's peak memory.
//
//   npm run bench:gias -- [--rows 50000]
//
// Uses its own database (waypoint_gias_bench on the local PostgreSQL, or GIAS_BENCH_SERVER_URL).
import { freshBenchDatabase } from './bench-database.ts';
import { syntheticGiasExtract, windows1252 } from '../../tests/support/gias-file.ts';

const rowsArg = process.argv.indexOf('--rows');
const ROWS = rowsArg > 0 ? Number(process.argv[rowsArg + 1]) : 50_000;
await freshBenchDatabase('waypoint_gias_bench', process.env.GIAS_BENCH_SERVER_URL);

// Imported after DATABASE_URL is set: the client reads it on first use.
const { prisma } = await import('../../lib/db/prisma.ts');
const { applyGiasImport, createGiasImport, getGiasImport } = await import('../../lib/gias/gias-import.ts');

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(2)} s`;
let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);

const text = syntheticGiasExtract(ROWS, { trusts: 2_500, seed: 7 });
const bytes = windows1252(text);
console.log(`[bench:gias] synthetic extract: ${ROWS.toLocaleString('en-GB')} rows, ${(bytes.length / 1024 / 1024).toFixed(1)} MB, Windows-1252`);

const user = await prisma.user.create({ data: { email: 'bench-admin@gias.test', name: 'Bench Admin', isPlatformAdmin: true } });
const actor = { userId: user.id, email: user.email, name: user.name, isPlatformAdmin: true };
const platform = { kind: 'platform' as const };

// First, one trust's admin onboards from the whole country's file: a trust of about 40 schools.
let started = performance.now();
const { planGiasImport } = await import('../../lib/gias/plan-gias-import.ts');
const { readGiasRecords } = await import('../../lib/gias/read-gias-file.ts');
const inFile = planGiasImport(await readGiasRecords(text), [], { kind: 'platform', trusts: [] }).trustsInFile;
const biggest = inFile.reduce((best, trust) => (Math.abs(trust.schoolCount - 40) < Math.abs(best.schoolCount - 40) ? trust : best));
const trust = await prisma.trust.create({ data: { name: biggest.name } });
const trustAdmin = await prisma.user.create({ data: { email: 'bench-trust@gias.test', name: 'Trust Admin' } });
await prisma.membership.create({ data: { userId: trustAdmin.id, trustId: trust.id, role: 'TRUST_ADMIN' } });
const trustActor = { userId: trustAdmin.id, email: trustAdmin.email, name: trustAdmin.name, isPlatformAdmin: false };
started = performance.now();
const trustUpload = await createGiasImport(trustActor, { kind: 'trust', trustId: trust.id }, { name: 'national.csv', bytes });
await prisma.giasImport.update({ where: { id: trustUpload.id }, data: { matchTrustCode: biggest.code } });
const trustPlan = (await getGiasImport(trustActor, { kind: 'trust', trustId: trust.id }, trustUpload.id)).plan!;
const trustPreview = seconds(started);
started = performance.now();
await applyGiasImport(trustActor, { kind: 'trust', trustId: trust.id }, trustUpload.id, trustPlan.hash);
console.log(`[bench:gias] one trust (${trustPlan.create.length} schools) from the national file: preview ${trustPreview}, apply ${seconds(started)}`);

started = performance.now();
const upload = await createGiasImport(actor, platform, { name: 'national.csv', bytes });
const uploaded = seconds(started);
const view = await getGiasImport(actor, platform, upload.id);
const plan = view.plan!;
console.log(`[bench:gias] national preview: read and stored ${uploaded}, preview (plan) ${seconds(started)} in all`);
console.log(`[bench:gias]   ${plan.trustsToCreate.length} trusts and ${plan.create.length} schools to create; ${JSON.stringify(plan.skippedByReason)}`);

started = performance.now();
await applyGiasImport(actor, platform, upload.id, plan.hash);
console.log(`[bench:gias] national apply: ${seconds(started)}`);

started = performance.now();
const again = await createGiasImport(actor, platform, { name: 'national.csv', bytes });
const replan = (await getGiasImport(actor, platform, again.id)).plan!;
console.log(`[bench:gias] re-import of the same file: preview ${seconds(started)}, ${replan.create.length} to create, ${replan.update.length} to update`);

clearInterval(sampler);
console.log(`[bench:gias] peak memory ${(peak / 1024 / 1024).toFixed(0)} MB`);
await prisma.$disconnect();
