// `npm run bench:registers`: a register workbook of 5,000 kit lines (.xlsx, as a trust's asset
// list might be) read, checked and previewed, then confirmed, into a school of an empty
// database; and the school's roadmap built from them. Prints each step's time and peak memory.
//
//   npm run bench:registers -- [--rows 5000]
//
// Uses its own database (waypoint_registers_bench on the local PostgreSQL, or REGISTER_BENCH_SERVER_URL).
import ExcelJS from 'exceljs';
import { freshBenchDatabase } from './bench-database.ts';

const rowsArg = process.argv.indexOf('--rows');
const ROWS = rowsArg > 0 ? Number(process.argv[rowsArg + 1]) : 5_000;
await freshBenchDatabase('waypoint_registers_bench', process.env.REGISTER_BENCH_SERVER_URL);

// Imported after DATABASE_URL is set: the client reads it on first use.
const { prisma } = await import('../../lib/db/prisma.ts');
const { confirmRegisterImport, getRegisterImport, previewRegisterImport } = await import('../../lib/registers/register-import.ts');
const { loadCatalogue } = await import('../../lib/standards/load-catalogue.ts');
const { CATALOGUES } = await import('../../lib/standards/catalogue/index.ts');
const { getSchoolRoadmap } = await import('../../lib/roadmap/get-school-roadmap.ts');

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(2)} s`;
let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);

// People's own headers, not the template's, and UK dates as text, as a real asset list has them.
const workbook = new ExcelJS.Workbook();
const sheet = workbook.addWorksheet('Asset register');
sheet.addRow(['Asset type', 'Make / model', 'Qty', 'Room', 'Date purchased', 'Warranty', 'End of support', 'OS', 'Price each']);
const kinds = [
  ['Laptop', 'Dell Latitude 3340', 'Windows 11 Pro'],
  ['Chromebook', 'Acer Chromebook 314', 'ChromeOS'],
  ['Access point', 'Aruba AP-505', ''],
  ['Switch', 'HPE Aruba 2530-48G', ''],
  ['Interactive panel', 'Promethean ActivPanel 9', ''],
];
for (let i = 0; i < ROWS; i++) {
  const [type, model, os] = kinds[i % kinds.length]!;
  const year = 2017 + (i % 8);
  sheet.addRow([
    type,
    `${model} #${i}`,
    String(1 + (i % 30)),
    `Room ${i % 60}`,
    `${1 + (i % 28)}/${1 + (i % 12)}/${year}`,
    '',
    i % 3 ? '' : `31/08/${year + 7}`,
    os,
    `£${200 + (i % 900)}`,
  ]);
}
const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
console.log(`[bench:registers] workbook: ${ROWS.toLocaleString('en-GB')} kit lines, ${(bytes.length / 1024).toFixed(0)} KB`);

for (const catalogue of CATALOGUES) await loadCatalogue(prisma as never, catalogue);
const school = await prisma.school.create({
  data: { name: 'Bench School', urn: '900001', phase: 'SECONDARY', type: 'ACADEMY_CONVERTER', localAuthority: 'Leeds' },
});
const user = await prisma.user.create({ data: { email: 'bench-leader@registers.test', name: 'Bench Leader' } });
await prisma.membership.create({ data: { userId: user.id, schoolId: school.id, role: 'SCHOOL_LEADER' } });
const actor = { userId: user.id, email: user.email, name: user.name, isPlatformAdmin: false };

let started = performance.now();
const importId = await previewRegisterImport(actor, { kind: 'school', id: school.id }, 'kit', { name: 'assets.xlsx', bytes });
const preview = await getRegisterImport(actor, importId);
console.log(`[bench:registers] read, check and preview: ${seconds(started)} (${preview.rowCount} rows, ${preview.errorCount} problems)`);
started = performance.now();
const { count } = await confirmRegisterImport(actor, importId);
console.log(`[bench:registers] confirm (import ${count} rows in one transaction): ${seconds(started)}`);

// The roadmap of that school: every kit line becomes an entry once its standards are not met.
const version = await prisma.catalogueVersion.findFirstOrThrow({ orderBy: { publishedOn: 'desc' } });
const requirements = await prisma.requirement.findMany({ where: { catalogueVersionId: version.id }, select: { code: true, contentHash: true } });
const assessment = await prisma.assessment.create({
  data: { schoolId: school.id, openForSchoolId: school.id, cycleLabel: '2026/27', catalogueVersionId: version.id },
});
await prisma.answer.createMany({
  data: requirements.map((r) => ({ assessmentId: assessment.id, requirementCode: r.code, value: 'NOT_MET', requirementHash: r.contentHash })),
});
const times: number[] = [];
let entries = 0;
for (let i = 0; i < 10; i++) {
  started = performance.now();
  const roadmap = await getSchoolRoadmap(actor, { id: school.id, type: school.type, trustId: null, financialYearStart: null });
  times.push(performance.now() - started);
  entries = roadmap.entries.length;
}
times.sort((a, b) => a - b);
console.log(`[bench:registers] roadmap of that school (${entries} entries): median ${times[5]!.toFixed(0)} ms, slowest ${times[9]!.toFixed(0)} ms of 10`);

clearInterval(sampler);
console.log(`[bench:registers] peak memory ${(peak / 1024 / 1024).toFixed(0)} MB`);
await prisma.$disconnect();
