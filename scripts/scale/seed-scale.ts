// `npm run seed:scale [-- --reset]`: a synthetic national data set for benchmarks.
// 2,500 trusts (sizes 1 to 80, one of exactly 80) and 22,000 schools in all (1,000 standalone),
// a trust admin and viewer per trust and a leader per school, two or three completed
// self-assessment cycles per school with an answer to every requirement and real frozen scores,
// open drafts at about 30% of schools, and up to eight actions per school (some overdue).
// Written with COPY into the database named by SCALE_DATABASE_URL; deterministic (seeded).
import { once } from 'node:events';
import { hash } from '@node-rs/argon2';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { AnswerValue } from '../../lib/assessment/answer-options.ts';
import { evaluate, summarise, type CatalogueStandard } from '../../lib/assessment/evaluate.ts';
import { catalogueFromInput } from '../../lib/assessment/catalogue-rows.ts';
import { DFE_2026_11 } from '../../lib/standards/catalogue/index.ts';
import { loadCatalogues } from '../db/load-catalogues.ts';
import { migrateDatabase } from '../db/migrate.ts';
import { LARGEST_TRUST_NAME, SCALE_DATABASE_URL, SCALE_PASSWORD } from './seed-scale-config.ts';

const TRUSTS = 2_500;
const SCHOOLS = 22_000;
const STANDALONE = 1_000;
const LARGEST = 80;

const started = performance.now();
const log = (message: string) => console.log(`[seed:scale ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${message}`);

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
const rand = random(20261122);
const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
const pad = (n: number, width: number) => String(n).padStart(width, '0');

// Trust sizes: many small trusts, a few large ones, exactly one of 80, summing to the target.
function trustSizes(): number[] {
  const target = SCHOOLS - STANDALONE;
  const sizes = [LARGEST, ...Array.from({ length: TRUSTS - 1 }, () => Math.min(79, 1 + Math.floor(-Math.log(1 - rand()) * 7.5)))];
  let total = sizes.reduce((a, b) => a + b, 0);
  while (total !== target) {
    const i = 1 + Math.floor(rand() * (TRUSTS - 1));
    if (total < target && sizes[i]! < 79) {
      sizes[i]! += 1;
      total += 1;
    } else if (total > target && sizes[i]! > 1) {
      sizes[i]! -= 1;
      total -= 1;
    }
  }
  return sizes;
}

async function prepareDatabase(reset: boolean) {
  const url = new URL(SCALE_DATABASE_URL);
  const name = url.pathname.slice(1);
  const admin = new URL(SCALE_DATABASE_URL);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const exists = (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount! > 0;
    if (exists && reset) {
      await client.query(`DROP DATABASE "${name}" WITH (FORCE)`);
      log(`Dropped database ${name}.`);
    }
    if (!exists || reset) {
      await client.query(`CREATE DATABASE "${name}"`);
      log(`Created database ${name}.`);
    }
  } finally {
    await client.end();
  }
  await migrateDatabase(SCALE_DATABASE_URL);
  await loadCatalogues(SCALE_DATABASE_URL);
  const db = new pg.Client({ connectionString: SCALE_DATABASE_URL });
  await db.connect();
  const schools = Number((await db.query('SELECT count(*) FROM "School"')).rows[0].count);
  if (schools > 0) {
    await db.end();
    throw new Error(`${name} already holds ${schools} schools. Run again with --reset to replace it.`);
  }
  return db;
}

// COPY in text format: tabs and newlines in values are escaped, NULL is \N.
function field(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '\\N';
  return String(value).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

async function copyRows(db: pg.Client, table: string, columns: string[], rows: Iterable<Array<string | number | boolean | null | undefined>>) {
  const stream = db.query(copyFrom(`COPY "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) FROM STDIN`));
  let count = 0;
  let buffer = '';
  for (const row of rows) {
    buffer += `${row.map(field).join('\t')}\n`;
    count += 1;
    if (buffer.length > 1 << 20) {
      if (!stream.write(buffer)) await once(stream, 'drain');
      buffer = '';
    }
  }
  stream.end(buffer);
  await once(stream, 'finish');
  return count;
}

const PHASES = [
  'PRIMARY',
  'PRIMARY',
  'PRIMARY',
  'PRIMARY',
  'SECONDARY',
  'SECONDARY',
  'ALL_THROUGH',
  'SPECIAL',
  'NURSERY',
  'ALTERNATIVE_PROVISION',
  'SIXTEEN_PLUS',
  'MIDDLE',
];
const TYPES = ['ACADEMY_CONVERTER', 'ACADEMY_SPONSOR_LED', 'FREE_SCHOOL', 'COMMUNITY', 'FOUNDATION', 'VOLUNTARY_AIDED', 'VOLUNTARY_CONTROLLED', 'SPECIAL'];
const AUTHORITIES = [
  'Leeds',
  'Bradford',
  'Kent',
  'Essex',
  'Birmingham',
  'Manchester',
  'Cornwall',
  'Norfolk',
  'Devon',
  'Lancashire',
  'Hampshire',
  'Surrey',
  'Cumbria',
  'Durham',
  'Sheffield',
  'Bristol',
  'Liverpool',
  'Nottinghamshire',
  'Suffolk',
  'Wiltshire',
];
const CYCLES = [
  { label: '2023/24', started: '2023-10-02', completed: '2024-02-15' },
  { label: '2024/25', started: '2024-10-07', completed: '2025-02-13' },
  { label: '2025/26', started: '2025-10-06', completed: '2026-02-12' },
];

async function main() {
  const reset = process.argv.includes('--reset');
  log(`Target: ${SCALE_DATABASE_URL}`);
  const db = await prepareDatabase(reset);
  const version = (await db.query('SELECT id FROM "CatalogueVersion" WHERE version = $1', [DFE_2026_11.version])).rows[0].id as string;
  const hashes = new Map<string, string>(
    (await db.query('SELECT code, "contentHash" FROM "Requirement" WHERE "catalogueVersionId" = $1', [version])).rows.map((r) => [r.code, r.contentHash]),
  );
  const catalogue: CatalogueStandard[] = catalogueFromInput(DFE_2026_11, (code) => hashes.get(code)!);
  const requirements = catalogue.flatMap((s) => s.requirements.map((r) => ({ code: r.code, hash: r.contentHash, layer: s.layer })));
  const passwordHash = await hash(SCALE_PASSWORD, { memoryCost: 19456, timeCost: 2, parallelism: 1 });
  const now = new Date().toISOString();

  // Trusts, schools, people.
  const sizes = trustSizes();
  type SchoolRow = { id: string; trustId: string | null; n: number };
  const schools: SchoolRow[] = [];
  let n = 0;
  sizes.forEach((size, t) => {
    for (let i = 0; i < size; i++) schools.push({ id: `s${pad(++n, 6)}`, trustId: `t${pad(t + 1, 4)}`, n });
  });
  while (schools.length < SCHOOLS) schools.push({ id: `s${pad(++n, 6)}`, trustId: null, n });

  await db.query('BEGIN');
  await copyRows(
    db,
    'Trust',
    ['id', 'name', 'createdAt', 'updatedAt'],
    sizes.map((_, t) => [`t${pad(t + 1, 4)}`, t === 0 ? LARGEST_TRUST_NAME : `Scale Trust ${pad(t + 1, 4)}`, now, now]),
  );
  await copyRows(
    db,
    'School',
    ['id', 'trustId', 'name', 'urn', 'phase', 'type', 'localAuthority', 'createdAt', 'updatedAt'],
    schools.map((s) => [s.id, s.trustId, `Scale School ${pad(s.n, 6)}`, String(200000 + s.n), pick(PHASES), pick(TYPES), pick(AUTHORITIES), now, now]),
  );
  const users: Array<[string, string, string]> = [];
  const memberships: Array<[string, string, string | null, string | null, string]> = [];
  sizes.forEach((_, t) => {
    const trustId = `t${pad(t + 1, 4)}`;
    for (const [role, slug] of [
      ['TRUST_ADMIN', 'admin'],
      ['TRUST_VIEWER', 'viewer'],
    ] as const) {
      const id = `u${slug}${trustId}`;
      users.push([id, `${slug}.${trustId}@scale.waypoint.test`, `${slug === 'admin' ? 'Admin' : 'Viewer'} of ${trustId}`]);
      memberships.push([`m${id}`, id, trustId, null, role]);
    }
  });
  for (const school of schools) {
    const id = `uleader${school.id}`;
    users.push([id, `leader.${school.id}@scale.waypoint.test`, `Leader of ${school.id}`]);
    memberships.push([`m${id}`, id, null, school.id, 'SCHOOL_LEADER']);
  }
  await copyRows(
    db,
    'User',
    ['id', 'email', 'name', 'passwordHash', 'createdAt', 'updatedAt'],
    users.map(([id, email, name]) => [id, email, name, passwordHash, now, now]),
  );
  await copyRows(
    db,
    'Membership',
    ['id', 'userId', 'trustId', 'schoolId', 'role', 'createdAt', 'updatedAt'],
    memberships.map((m) => [...m, now, now]),
  );
  await db.query('COMMIT');
  log(`${sizes.length} trusts (largest ${Math.max(...sizes)}), ${schools.length} schools, ${users.length} people.`);

  // Assessments: answers drift upwards cycle by cycle, from a per-school starting strength.
  await db.query('BEGIN');
  await db.query('ALTER TABLE "Answer" DROP CONSTRAINT "Answer_assessmentId_fkey"');
  await db.query('DROP INDEX "Answer_assessmentId_requirementCode_key"');
  const assessmentRows: Array<Array<string | null>> = [];
  let answers = 0;
  function* answerRows() {
    let a = 0;
    for (const school of schools) {
      const cycles = rand() < 0.5 ? 3 : 2;
      const hasDraft = rand() < 0.3;
      let strength = 0.2 + rand() * 0.5;
      let previousId: string | null = null;
      const leader = `uleader${school.id}`;
      for (let c = CYCLES.length - cycles; c <= CYCLES.length; c++) {
        const draft = c === CYCLES.length;
        if (draft && !hasDraft) break;
        const id = `a${pad(++a, 7)}`;
        const values = new Map<string, AnswerValue>();
        for (const [q, r] of requirements.entries()) {
          const x = rand();
          const bias = strength - (r.layer - 1) * 0.06;
          const value: AnswerValue = x < bias ? 'MET' : x < bias + 0.15 ? 'PARTLY_MET' : x < bias + 0.2 ? 'NOT_SURE' : x > 0.985 ? 'NOT_APPLICABLE' : 'NOT_MET';
          values.set(r.code, value);
          answers += 1;
          yield [`${id}q${pad(q, 3)}`, id, r.code, value, value === 'NOT_APPLICABLE' ? 'Does not apply to our site' : null, '{}', r.hash, 1, leader, now];
        }
        const cycle = CYCLES[Math.min(c, CYCLES.length - 1)]!;
        assessmentRows.push(
          draft
            ? [id, school.id, school.id, version, '2026/27', 'DRAFT', previousId, '2026-10-05T09:00:00Z', leader, null, null, null, now]
            : [
                id,
                school.id,
                null,
                version,
                cycle.label,
                'COMPLETED',
                previousId,
                `${cycle.started}T09:00:00Z`,
                leader,
                `${cycle.completed}T16:00:00Z`,
                leader,
                JSON.stringify(summarise(evaluate(catalogue, values))),
                now,
              ],
        );
        previousId = id;
        strength = Math.min(0.95, strength + (rand() - 0.25) * 0.15);
      }
    }
  }
  await copyRows(
    db,
    'Answer',
    ['id', 'assessmentId', 'requirementCode', 'value', 'notApplicableReason', 'evidenceLinks', 'requirementHash', 'version', 'updatedById', 'updatedAt'],
    answerRows(),
  );
  log(`${answers.toLocaleString('en-GB')} answers written.`);
  await copyRows(
    db,
    'Assessment',
    [
      'id',
      'schoolId',
      'openForSchoolId',
      'catalogueVersionId',
      'cycleLabel',
      'status',
      'previousId',
      'startedAt',
      'startedById',
      'completedAt',
      'completedById',
      'summary',
      'updatedAt',
    ],
    assessmentRows,
  );
  log(`${assessmentRows.length.toLocaleString('en-GB')} assessments written; rebuilding the answer index.`);
  await db.query('CREATE UNIQUE INDEX "Answer_assessmentId_requirementCode_key" ON "Answer"("assessmentId", "requirementCode")');
  await db.query(
    'ALTER TABLE "Answer" ADD CONSTRAINT "Answer_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE',
  );
  await db.query('COMMIT');

  // Actions: open ones, some already overdue, and some done.
  const statuses = ['PLANNED', 'PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED'];
  const titles = [
    'Turn on multi-factor sign-in for all staff',
    'Test restoring from backup',
    'Replace unsupported switches',
    'Review filtering with the DSL',
    'Add a backup broadband line',
    'Refresh staff laptops',
    'Write the cyber response plan',
    'Train governors on cyber security',
  ];
  function* actionRows() {
    let a = 0;
    for (const school of schools) {
      const count = Math.floor(rand() * 9);
      for (let i = 0; i < count; i++) {
        const status = pick(statuses);
        const due = new Date(Date.UTC(2026, Math.floor(rand() * 24) - 6, 1 + Math.floor(rand() * 27)));
        // Most actions are the leader's; some belong to the trust's or school's IT support company,
        // outside Waypoint (one address per trust, as a managed service would have); a few to nobody.
        const who = rand();
        const ownerUserId = who < 0.75 ? `uleader${school.id}` : null;
        const ownerEmail = who >= 0.75 && who < 0.9 ? `helpdesk.${school.trustId ?? school.id}@it-provider.scale.waypoint.test` : null;
        yield [
          `x${pad(++a, 7)}`,
          school.id,
          pick(titles),
          ownerUserId ? `Leader of ${school.id}` : 'IT support',
          ownerUserId,
          ownerEmail,
          due.toISOString().slice(0, 10),
          Math.floor(rand() * 500) * 1000,
          status,
          '{}',
          now,
          now,
          status === 'DONE' ? now : null,
        ];
      }
    }
  }
  const actions = await copyRows(
    db,
    'PlanItem',
    [
      'id',
      'schoolId',
      'title',
      'ownerName',
      'ownerUserId',
      'ownerEmail',
      'dueDate',
      'estimatedCostPence',
      'status',
      'requirementCodes',
      'createdAt',
      'updatedAt',
      'completedAt',
    ],
    actionRows(),
  );
  log(`${actions.toLocaleString('en-GB')} actions written.`);

  // Registers: about 10 contracts and 30 kit lines per school, dated around the next few years,
  // and a trust broadband contract for every other trust.
  const services = ['BROADBAND', 'FILTERING', 'MONITORING', 'IT_SUPPORT', 'MIS', 'CLOUD_SUITE', 'BACKUP', 'NETWORK_SERVICE', 'CYBER_COVER', 'OTHER'];
  const kitKinds: Array<[string, string, number, string | null]> = [
    ['LAPTOP', 'Dell Latitude 3340', 30, 'Windows 11 Pro'],
    ['LAPTOP', 'Lenovo ThinkPad E14', 20, 'Windows 10 Pro'],
    ['DESKTOP', 'HP ProDesk 400', 25, 'Windows 11 Pro'],
    ['CHROMEBOOK', 'Acer Chromebook 314', 60, 'ChromeOS'],
    ['TABLET', 'Apple iPad 9th generation', 30, 'iPadOS'],
    ['ACCESS_POINT', 'Aruba AP-505', 20, null],
    ['EDGE_SWITCH', 'HPE Aruba 2530-48G', 6, null],
    ['CORE_SWITCH', 'HPE Aruba 6300M', 1, null],
    ['FIREWALL', 'Fortinet FortiGate 60F', 1, null],
    ['SERVER', 'Dell PowerEdge T350', 1, 'Windows Server 2019'],
    ['STORAGE', 'Synology RS1221+', 1, null],
    ['UPS', 'APC Smart-UPS 1500', 2, null],
    ['DISPLAY', 'Promethean ActivPanel 9', 12, null],
  ];
  const day = (from: number, spanDays: number) => new Date(Date.UTC(from, 0, 1) + Math.floor(rand() * spanDays) * 86_400_000).toISOString().slice(0, 10);
  function* contractRows() {
    let c = 0;
    for (const school of schools)
      for (let i = 0; i < 10; i++) {
        const service = services[i]!;
        yield [
          `k${pad(++c, 7)}`,
          school.id,
          null,
          '{}',
          service,
          `${service.toLowerCase()} supplier ${1 + Math.floor(rand() * 40)}`,
          day(2023, 900),
          day(2026, 1800),
          pick(['P1M', 'P3M', 'P90D', 'P6M']),
          rand() < 0.3,
          Math.floor(rand() * 800) * 1000,
          1,
          now,
          now,
        ];
      }
    for (let t = 0; t < sizes.length; t += 2)
      yield [
        `k${pad(++c, 7)}`,
        null,
        `t${pad(t + 1, 4)}`,
        '{}',
        'BROADBAND',
        'Trust broadband partner',
        day(2024, 365),
        day(2027, 700),
        'P3M',
        false,
        3_000_000,
        1,
        now,
        now,
      ];
  }
  const contracts = await copyRows(
    db,
    'Contract',
    [
      'id',
      'schoolId',
      'trustId',
      'coveredSchoolIds',
      'service',
      'supplier',
      'startDate',
      'endDate',
      'noticePeriod',
      'autoRenews',
      'annualCostPence',
      'version',
      'createdAt',
      'updatedAt',
    ],
    contractRows(),
  );
  function* kitRows() {
    let k = 0;
    for (const school of schools)
      for (let i = 0; i < 30; i++) {
        const [category, model, quantity, os] = kitKinds[i % kitKinds.length]!;
        const supported = rand() < 0.5;
        yield [
          `g${pad(++k, 8)}`,
          school.id,
          null,
          '{}',
          category,
          model,
          Math.max(1, Math.round(quantity * (0.5 + rand()))),
          pick(['Main building', 'ICT suite', 'Comms cabinet', 'Library']),
          day(2016, 3000),
          supported ? day(2026, 2000) : null,
          os,
          Math.floor(200 + rand() * 2000) * 100,
          1,
          now,
          now,
        ];
      }
  }
  const kitLines = await copyRows(
    db,
    'KitItem',
    [
      'id',
      'schoolId',
      'trustId',
      'coveredSchoolIds',
      'category',
      'makeModel',
      'quantity',
      'location',
      'purchaseDate',
      'supportEnd',
      'operatingSystem',
      'unitCostPence',
      'version',
      'createdAt',
      'updatedAt',
    ],
    kitRows(),
  );
  // Evidence: six items a school (two expired), each backing two requirements, and a dozen
  // training records, so Readiness and Evidence are measured with real rows. Notes and links
  // only: the bytes of files do not change how pages query.
  const evidenceTargets = [
    ['cyber-security.backup.restore-tested', 'rpa-cyber-cover:offline-backups'],
    ['cyber-security.response.plan', 'rpa-cyber-cover:response-plan'],
    ['rpa-cyber-cover:police-cyberalarm', 'cyber-security.awareness.rpa-training-evidence'],
    ['filtering-and-monitoring.review.yearly', 'filtering-and-monitoring.review.record-and-act'],
    ['cyber-security.accounts.mfa', 'cyber-security.malware.every-device'],
    ['digital-leadership-and-governance.strategy.costed-strategy', 'digital-leadership-and-governance.strategy.development-plan'],
  ];
  const evidenceIds: Array<{ id: string; schoolId: string; index: number }> = [];
  function* evidenceRows() {
    let e = 0;
    for (const school of schools)
      for (let i = 0; i < evidenceTargets.length; i++) {
        const id = `v${pad(++e, 8)}`;
        evidenceIds.push({ id, schoolId: school.id, index: i });
        yield [
          id,
          school.id,
          i % 2 ? 'LINK' : 'NOTE',
          `Evidence ${i + 1}`,
          i % 2 ? 'https://example.org/evidence' : null,
          i % 2 ? null : 'Kept by the school office',
          day(2025, 300),
          i < 2 ? day(2025, 200) : day(2027, 400),
          1,
          now,
          now,
        ];
      }
  }
  const evidenceItems = await copyRows(
    db,
    'EvidenceItem',
    ['id', 'schoolId', 'kind', 'title', 'url', 'note', 'producedOn', 'validUntil', 'version', 'createdAt', 'updatedAt'],
    evidenceRows(),
  );
  function* evidenceLinkRows() {
    let l = 0;
    for (const item of evidenceIds) for (const target of evidenceTargets[item.index]!) yield [`w${pad(++l, 9)}`, item.id, item.schoolId, target];
  }
  await copyRows(db, 'EvidenceLink', ['id', 'evidenceId', 'schoolId', 'target'], evidenceLinkRows());
  function* trainingRows() {
    let t = 0;
    for (const school of schools)
      for (let i = 0; i < 12; i++) {
        const name = `Person ${i + 1}`;
        yield [`x${pad(++t, 8)}`, school.id, name, name.toLowerCase(), i < 10 ? 'STAFF' : 'GOVERNOR', rand() < 0.8 ? day(2025, 700) : null, 1, now, now];
      }
  }
  const trainingRecords = await copyRows(
    db,
    'TrainingRecord',
    ['id', 'schoolId', 'name', 'nameKey', 'role', 'trainedOn', 'version', 'createdAt', 'updatedAt'],
    trainingRows(),
  );
  log(`${evidenceItems.toLocaleString('en-GB')} evidence items and ${trainingRecords.toLocaleString('en-GB')} training records written.`);
  log(`${contracts.toLocaleString('en-GB')} contracts and ${kitLines.toLocaleString('en-GB')} kit lines written; analysing.`);
  await db.query('ANALYZE');
  await db.end();
  log(`Done. Sign in as viewer.t0001@scale.waypoint.test (the 80-school trust) with password ${SCALE_PASSWORD}.`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
