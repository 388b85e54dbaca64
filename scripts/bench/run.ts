// `npm run bench`: the production build against the national-scale data set (npm run seed:scale),
// loaded from a separate process with 20 concurrent connections. For each page it prints latency
// percentiles, throughput, errors and database queries per request, each beside a trivial route
// (/api/health) as the baseline, so the figures read as ratios on any machine. Then the PDF and
// GIAS import benchmarks (offRequestBenchmarks, below).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { encode } from 'next-auth/jwt';
import pg from 'pg';
import { LARGEST_TRUST_NAME, SCALE_DATABASE_URL } from '../scale/seed-scale-config.ts';
import { APP_SERVER, PRODUCTION_NODE_FLAGS, ROOT, buildIfNeeded } from '../build-if-needed.ts';

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const BASE = `http://127.0.0.1:${PORT}`;
const SECRET = 'waypoint-benchmark-secret-not-for-production-use';
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const DURATION = Number(process.env.BENCH_SECONDS ?? 15);
// Paced load: each of the CONNECTIONS users opens a page, reads it for THINK seconds, opens the next.
const THINK_SECONDS = Number(process.env.BENCH_THINK_SECONDS ?? 5);
const ONLY = process.env.BENCH_ONLY;
const QUERY_SAMPLE = 30;
const log = (message: string) => console.log(`[bench] ${message}`);

type Target = { name: string; path: string; cookie?: string; headers?: Record<string, string>; expect: string };
const headersOf = (target: Target): Record<string, string> => ({ ...target.headers, ...(target.cookie ? { cookie: target.cookie } : {}) });
type LoadResult = { requests: number; rps: number; non2xx: number; p50: number; p95: number; p99: number };
type Mode = { label: string; thinkSeconds?: number; durationSeconds: number };

async function sessionCookie(userId: string, email: string) {
  const token = await encode({ token: { sub: userId, email, sessionVersion: 0 }, secret: SECRET, maxAge: 3600 });
  return `next-auth.session-token=${token}`;
}

async function waitForServer(server: ChildProcess) {
  for (let i = 0; i < 120; i++) {
    if (server.exitCode !== null) throw new Error('The server stopped before it was ready.');
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('The server did not start within a minute.');
}

// Transactions committed in the database per request, measured with nothing else running. Each
// Prisma query outside an explicit transaction is its own transaction, so this counts queries.
// PostgreSQL's idle backends report their counts within 10 s (PGSTAT_IDLE_INTERVAL), hence the wait.
async function queriesPerRequest(db: pg.Client, target: Target) {
  const read = async () => {
    await new Promise((r) => setTimeout(r, 11_000));
    await db.query('SELECT pg_stat_clear_snapshot()');
    return Number((await db.query('SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()')).rows[0].xact_commit);
  };
  const before = await read();
  for (let i = 0; i < QUERY_SAMPLE; i++) await fetch(`${BASE}${target.path}`, { headers: headersOf(target) }).then((r) => r.arrayBuffer());
  const after = await read();
  // The snapshot reads are transactions of their own: two after `before` was taken.
  return Math.max(0, after - before - 2) / QUERY_SAMPLE;
}

function load(target: Target, mode: Mode): Promise<LoadResult> {
  const job = {
    url: `${BASE}${target.path}`,
    connections: CONNECTIONS,
    durationSeconds: mode.durationSeconds,
    warmupSeconds: mode.thinkSeconds ? mode.thinkSeconds : 3,
    thinkSeconds: mode.thinkSeconds,
    headers: headersOf(target),
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fileURLToPath(new URL('./load.mjs', import.meta.url)), JSON.stringify(job)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(output.trim().split('\n').at(-1)!)) : reject(new Error(`load generator exited with ${code}`))));
  });
}

async function main() {
  const db = new pg.Client({ connectionString: SCALE_DATABASE_URL });
  await db.connect().catch(() => {
    throw new Error(`Cannot reach ${SCALE_DATABASE_URL}. Run npm run seed:scale first.`);
  });
  const counts = (
    await db.query(`SELECT (SELECT count(*) FROM "Trust") AS trusts, (SELECT count(*) FROM "School") AS schools,
      (SELECT count(*) FROM "Assessment") AS assessments, (SELECT count(*) FROM "Answer") AS answers, (SELECT count(*) FROM "PlanItem") AS actions`)
  ).rows[0];
  if (Number(counts.schools) === 0) throw new Error('The scale database is empty. Run npm run seed:scale first.');
  const trust = (await db.query('SELECT id, name FROM "Trust" WHERE name = $1', [LARGEST_TRUST_NAME])).rows[0];
  const trustSchools = Number((await db.query('SELECT count(*) FROM "School" WHERE "trustId" = $1', [trust.id])).rows[0].count);
  const viewer = (
    await db.query(`SELECT u.id, u.email FROM "User" u JOIN "Membership" m ON m."userId" = u.id WHERE m."trustId" = $1 AND m.role = 'TRUST_VIEWER' LIMIT 1`, [
      trust.id,
    ])
  ).rows[0];
  // A school of that trust with the most history: three completed cycles and a draft if there is one.
  const school = (
    await db.query(
      `SELECT s.id, s.name, count(a.id) AS cycles FROM "School" s JOIN "Assessment" a ON a."schoolId" = s.id
       WHERE s."trustId" = $1 GROUP BY s.id ORDER BY cycles DESC, s.id LIMIT 1`,
      [trust.id],
    )
  ).rows[0];
  const leader = (
    await db.query(`SELECT u.id, u.email FROM "User" u JOIN "Membership" m ON m."userId" = u.id WHERE m."schoolId" = $1 AND m.role = 'SCHOOL_LEADER' LIMIT 1`, [
      school.id,
    ])
  ).rows[0];

  buildIfNeeded(log);
  const server = spawn(process.execPath, [...PRODUCTION_NODE_FLAGS, APP_SERVER, '--port', String(PORT), '--hostname', '127.0.0.1'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: SCALE_DATABASE_URL,
      NEXTAUTH_SECRET: SECRET,
      // A local measurement: no mail is sent, so the development mail folder stands in for SMTP.
      WAYPOINT_DEMO: '1',
      NEXTAUTH_URL: BASE,
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = () => {
    if (server.exitCode === null) server.kill('SIGTERM');
  };
  process.on('exit', stop);
  try {
    await waitForServer(server);
    const viewerCookie = await sessionCookie(viewer.id, viewer.email);
    const leaderCookie = await sessionCookie(leader.id, leader.email);
    const targets: Target[] = [
      { name: 'Baseline: /api/health', path: '/api/health', expect: '"ok"' },
      { name: `Trust comparison (${trustSchools} schools)`, path: `/trusts/${trust.id}/comparison`, cookie: viewerCookie, expect: 'Compare schools' },
      // The same page rendered in full every time, as on the first visit after any change in the trust:
      // a render header that is not the server's own secret means "no kept copy" (docs/decisions/017).
      {
        name: `Trust comparison, rendered (${trustSchools} schools)`,
        path: `/trusts/${trust.id}/comparison`,
        cookie: viewerCookie,
        headers: { 'x-waypoint-render': 'benchmark' },
        expect: 'Compare schools',
      },
      { name: `Trust home (${trustSchools} schools)`, path: `/trusts/${trust.id}`, cookie: viewerCookie, expect: 'Published strategies' },
      { name: 'School overview', path: `/schools/${school.id}`, cookie: leaderCookie, expect: school.name },
      { name: `Comparison CSV (${trustSchools} schools)`, path: `/trusts/${trust.id}/comparison/matrix.csv`, cookie: viewerCookie, expect: 'Trust average' },
      { name: 'School roadmap', path: `/schools/${school.id}/roadmap`, cookie: leaderCookie, expect: 'Budget by financial year' },
      { name: `Trust roadmap (${trustSchools} schools)`, path: `/trusts/${trust.id}/roadmap`, cookie: viewerCookie, expect: 'Roadmap across the trust' },
      { name: 'School evidence', path: `/schools/${school.id}/evidence`, cookie: leaderCookie, expect: 'Evidence items' },
      { name: 'School readiness', path: `/schools/${school.id}/readiness`, cookie: leaderCookie, expect: 'items evidenced' },
      { name: `Trust readiness (${trustSchools} schools)`, path: `/trusts/${trust.id}/readiness`, cookie: viewerCookie, expect: 'Readiness across the trust' },
    ];
    // Each page's size, uncompressed: the HTML with React's payload inside it.
    const sizes = new Map<string, number>();
    for (const target of targets) {
      const response = await fetch(`${BASE}${target.path}`, { headers: headersOf(target), redirect: 'manual' });
      const body = await response.text();
      sizes.set(target.name, Buffer.byteLength(body));
      if (response.status !== 200 || !body.includes(target.expect))
        throw new Error(`${target.name} answered ${response.status} without "${target.expect}": not benchmarking an error page.`);
    }

    const modes: Mode[] = [
      { label: `${CONNECTIONS} connections, no pause (throughput limit)`, durationSeconds: DURATION },
      // Longer, so that the percentiles rest on a few hundred requests.
      { label: `${CONNECTIONS} users reading each page for ${THINK_SECONDS} s on average`, thinkSeconds: THINK_SECONDS, durationSeconds: DURATION * 4 },
    ];
    const chosen = targets.filter((t, i) => i === 0 || !ONLY || t.name.toLowerCase().includes(ONLY.toLowerCase()));
    const queries = new Map<string, number>();
    log('Counting database queries per request (about 25 s per page)...');
    for (const target of chosen) queries.set(target.name, await queriesPerRequest(db, target));
    const results: Array<{ mode: Mode; rows: Array<Target & LoadResult & { queries: number }> }> = [];
    for (const mode of modes) {
      const rows: Array<Target & LoadResult & { queries: number }> = [];
      for (const target of chosen) {
        log(`${target.name}: ${mode.label}, ${mode.durationSeconds} s...`);
        const result = await load(target, mode);
        log(`  ${JSON.stringify(result)}`);
        rows.push({ ...target, ...result, queries: queries.get(target.name) ?? 0 });
      }
      results.push({ mode, rows });
    }

    // Ratios to the baseline, to two significant figures (a page is many times the baseline).
    const ratio = (value: number, baseline: number) => (baseline > 0 ? `${Number((value / baseline).toPrecision(2))}×` : '—');
    const ms = (value: number | undefined) => (value === undefined ? '—' : value.toFixed(0));
    console.log('');
    console.log(`Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}; server, database and load generator share it`);
    console.log(
      `Data: ${Number(counts.trusts).toLocaleString('en-GB')} trusts, ${Number(counts.schools).toLocaleString('en-GB')} schools, ${Number(counts.assessments).toLocaleString('en-GB')} assessments, ${Number(counts.answers).toLocaleString('en-GB')} answers, ${Number(counts.actions).toLocaleString('en-GB')} actions`,
    );
    console.log(`Load from a separate process; each page after a warm-up`);
    for (const { mode, rows: measured } of results) {
      const base = measured[0]!;
      console.log('');
      console.log(mode.label);
      const header = ['Page', 'KB', 'p50 ms', 'p95 ms', 'p99 ms', 'req/s', 'errors', 'DB queries/req', 'p95 vs base', 'req/s vs base'];
      const rows = measured.map((r) => [
        r.name,
        ((sizes.get(r.name) ?? 0) / 1024).toFixed(0),
        ms(r.p50),
        ms(r.p95),
        ms(r.p99),
        r.rps.toFixed(1),
        String(r.non2xx),
        r.queries.toFixed(1),
        ratio(r.p95, base.p95),
        ratio(r.rps, base.rps),
      ]);
      const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
      const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
      console.log(line(header));
      console.log(widths.map((w) => '-'.repeat(w)).join('  '));
      for (const row of rows) console.log(line(row));
    }
    if (results.some((r) => r.rows.some((row) => row.non2xx > 0))) process.exitCode = 1;
  } finally {
    stop();
    await db.end();
  }
}

// The work that runs off the request path, measured by its own scripts and printed here too: the
// PDFs the worker renders (a strategy, the 80-school trust board report), a national GIAS
// import (about 50,000 rows) and a 5,000-line register workbook. Left out when BENCH_ONLY picks pages.
function offRequestBenchmarks() {
  for (const script of ['bench:pdf', 'bench:gias', 'bench:registers']) {
    console.log('');
    console.log(`npm run ${script}`);
    const run = spawnSync('npm', ['run', '--silent', script], { cwd: ROOT, stdio: 'inherit', env: process.env });
    if (run.status !== 0) process.exitCode = 1;
  }
}

main()
  .then(() => {
    if (!ONLY) offRequestBenchmarks();
  })
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
