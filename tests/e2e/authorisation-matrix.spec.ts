// Every page and file route, enumerated from app/ (so a new one is covered as soon as it exists),
// requested by every role of the owning tenant and by people of another tenant. Each answer must
// match the capability table: allowed, or 404 exactly as for a page that does not exist. Refusals
// must change nothing.
import { expect, request, test, type APIRequestContext } from '@playwright/test';
import { adviserCan, roleCan, type Capability } from '../../lib/auth/permissions.ts';
import type { Role } from '../../lib/auth/roles.ts';
import { routesInApp } from './support/routes';
import { E2E_PORT } from './support/state';
import {
  addSchoolRecords,
  ADVISERS,
  databaseFingerprint,
  makeWorld,
  sessionCookieValue,
  withDatabase,
  type AdviserKey,
  type Person,
  type World,
  type WorldRole,
} from './support/world';

// What each route needs. A route missing here fails the test: say what it needs when adding one.
type Rule = { kind: 'anyone' } | { kind: 'platform' } | { kind: 'school'; needs: Capability[] } | { kind: 'trust'; needs: Capability[] };
const school = (...needs: Capability[]): Rule => ({ kind: 'school', needs });
const trust = (...needs: Capability[]): Rule => ({ kind: 'trust', needs });
const RULES: Record<string, Rule> = {
  '/': { kind: 'anyone' },
  '/account': { kind: 'anyone' },
  '/admin': { kind: 'platform' },
  '/admin/schools/new': { kind: 'platform' },
  '/admin/trusts/new': { kind: 'platform' },
  '/admin/gias': { kind: 'platform' },
  '/admin/gias/[importId]': { kind: 'platform' },
  '/people/[membershipId]/remove': school('member:remove'),
  '/schools/[schoolId]': school('school:read'),
  '/schools/[schoolId]/plan': school('assessment:read'),
  '/schools/[schoolId]/plan/new': school('plan:edit'),
  '/schools/[schoolId]/plan/[itemId]': school('plan:edit'),
  '/schools/[schoolId]/plan/[itemId]/calendar.ics': school('assessment:read'),
  '/schools/[schoolId]/archive': school('school:archive'),
  '/schools/[schoolId]/assessments': school('assessment:read-completed'),
  '/schools/[schoolId]/assessments/[assessmentId]': school('assessment:read-completed'),
  '/schools/[schoolId]/assessments/[assessmentId]/[standardSlug]': school('assessment:read-completed'),
  '/schools/[schoolId]/assessments/[assessmentId]/[standardSlug]/local/[requirementCode]': school('assessment:edit'),
  '/schools/[schoolId]/assessments/[assessmentId]/complete': school('assessment:submit'),
  '/schools/[schoolId]/assessments/[assessmentId]/move': school('assessment:submit'),
  '/schools/[schoolId]/audit': school('audit:read'),
  '/schools/[schoolId]/edit': school('school:update', 'school:archive'),
  '/schools/[schoolId]/people': school('member:read'),
  '/schools/[schoolId]/priorities': school('assessment:read'),
  '/schools/[schoolId]/strategy': school('strategy:read-published'),
  '/schools/[schoolId]/strategy/publish': school('strategy:publish'),
  '/schools/[schoolId]/strategy/ai': school('strategy:edit'),
  '/schools/[schoolId]/strategy/versions/[number]/pdf': school('strategy:read-published'),
  '/trusts/[trustId]': trust('trust:read'),
  '/trusts/[trustId]/audit': trust('audit:read'),
  '/trusts/[trustId]/comparison': trust('trust:read'),
  '/trusts/[trustId]/central': trust('trust:read'),
  '/trusts/[trustId]/actions': trust('trust:read'),
  '/trusts/[trustId]/actions/new': trust('trust:update'),
  '/trusts/[trustId]/actions/[actionId]': trust('trust:read'),
  '/trusts/[trustId]/central/[standardSlug]': trust('trust:read'),
  '/trusts/[trustId]/comparison/[urn]/[standardSlug]': trust('trust:read'),
  '/trusts/[trustId]/comparison/gaps.csv': trust('trust:read'),
  '/trusts/[trustId]/board-report.pdf': trust('trust:read'),
  '/trusts/[trustId]/comparison/matrix.csv': trust('trust:read'),
  '/trusts/[trustId]/people': trust('member:read'),
  '/trusts/[trustId]/schools/new': trust('school:create'),
  '/trusts/[trustId]/schools/import': trust('school:create'),
  '/trusts/[trustId]/schools/import/[importId]': trust('school:create'),
  '/trusts/[trustId]/strategies.zip': trust('trust:read'),
  '/schools/[schoolId]/roadmap': school('register:read'),
  '/schools/[schoolId]/registers': school('register:read'),
  '/schools/[schoolId]/registers/registers.xlsx': school('register:read'),
  '/schools/[schoolId]/registers/template.xlsx': school('register:edit'),
  '/schools/[schoolId]/registers/[register]/new': school('register:edit'),
  '/schools/[schoolId]/registers/[register]/[itemId]': school('register:edit'),
  '/schools/[schoolId]/registers/import': school('register:edit'),
  '/schools/[schoolId]/registers/import/[importId]': school('register:edit'),
  '/trusts/[trustId]/roadmap': trust('register:read'),
  '/schools/[schoolId]/evidence': school('evidence:read', 'evidence:read-shared'),
  '/schools/[schoolId]/evidence/new': school('evidence:edit'),
  // The world's evidence item is shared with governors.
  '/schools/[schoolId]/evidence/[evidenceId]': school('evidence:read', 'evidence:read-shared'),
  '/schools/[schoolId]/evidence/[evidenceId]/file': school('evidence:read', 'evidence:read-shared'),
  '/schools/[schoolId]/evidence/[evidenceId]/edit': school('evidence:edit'),
  '/schools/[schoolId]/evidence/[evidenceId]/delete': school('evidence:edit'),
  '/schools/[schoolId]/readiness': school('evidence:read'),
  '/schools/[schoolId]/purpose': school('assessment:read'),
  '/schools/[schoolId]/purpose/goals/new': school('strategy:edit'),
  '/schools/[schoolId]/purpose/review': school('strategy:edit'),
  '/schools/[schoolId]/purpose/goals/[goalId]': school('strategy:edit'),
  '/schools/[schoolId]/purpose/goals/[goalId]/delete': school('plan:edit'),
  '/schools/[schoolId]/readiness/[frameworkId]/pack.zip': school('evidence:read'),
  '/schools/[schoolId]/training': school('evidence:read'),
  '/schools/[schoolId]/training/[recordId]': school('evidence:edit'),
  '/schools/[schoolId]/training/[recordId]/delete': school('evidence:edit'),
  '/trusts/[trustId]/readiness': trust('evidence:read'),
  '/trusts/[trustId]/registers': trust('register:read'),
  '/trusts/[trustId]/registers/template.xlsx': trust('register:edit-trust'),
  '/trusts/[trustId]/registers/[register]/new': trust('register:edit-trust'),
  '/trusts/[trustId]/registers/[register]/[itemId]': trust('register:edit-trust'),
  '/trusts/[trustId]/registers/import': trust('register:edit-trust'),
  '/trusts/[trustId]/registers/import/[importId]': trust('register:edit-trust'),
  '/schools/[schoolId]/digital-leadership': school('school:update'),
  '/schools/[schoolId]/ai-tools': school('register:read'),
  '/schools/[schoolId]/ai-tools/new': school('register:edit'),
  '/schools/[schoolId]/ai-tools/[toolId]': school('register:read'),
  '/schools/[schoolId]/ai-tools/[toolId]/delete': school('register:edit'),
  '/schools/[schoolId]/advisers': school('adviser:grant'),
  '/schools/[schoolId]/advisers/[grantId]/revoke': school('adviser:grant'),
  '/trusts/[trustId]/advisers': trust('adviser:grant'),
  '/trusts/[trustId]/advisers/[grantId]/revoke': trust('adviser:grant'),
};
// Open to everyone, signed in or not; covered by their own specs.
const PUBLIC = new Set([
  '/sign-in',
  '/forgot-password',
  '/reset-password/[token]',
  '/invite/[token]',
  '/api/auth/[...nextauth]',
  '/api/health',
  '/unsubscribe/[token]',
  '/api/unsubscribe/[token]',
  '/help',
  '/help/standards',
  '/help/standards/[version]',
  '/privacy',
  '/accessibility',
]);

const SCHOOL_ROLES: Role[] = ['SCHOOL_LEADER', 'SCHOOL_CONTRIBUTOR', 'GOVERNOR'];

function allowed(rule: Rule, role: WorldRole): boolean {
  if (rule.kind === 'anyone' || role === 'PLATFORM_ADMIN') return true;
  if (rule.kind === 'platform') return false;
  if (rule.kind === 'trust' && SCHOOL_ROLES.includes(role)) return false;
  return rule.needs.some((action) => roleCan(role, action));
}

// An adviser's grant allows what ADVISER_PERMISSIONS says, in the school it names or, for a
// trust's grant, in the trust and its schools; an ended or revoked grant allows nothing.
function adviserAllowed(rule: Rule, key: AdviserKey): boolean {
  const grant = ADVISERS[key];
  if (rule.kind === 'anyone') return true;
  if (!grant.live || rule.kind === 'platform') return false;
  if (rule.kind === 'trust' && grant.scope === 'school') return false;
  return rule.needs.some((action) => adviserCan(grant.access, action));
}

let world: World;
let records: Awaited<ReturnType<typeof addSchoolRecords>>;
let schoolUrn: string;
const clients = new Map<string, APIRequestContext>();

async function as(person: Person) {
  if (!clients.has(person.id)) {
    clients.set(
      person.id,
      await request.newContext({
        baseURL: `http://localhost:${E2E_PORT}`,
        extraHTTPHeaders: { cookie: `next-auth.session-token=${await sessionCookieValue(person)}` },
        maxRedirects: 0,
      }),
    );
  }
  return clients.get(person.id)!;
}

function concrete(route: string, ids: { schoolId: string; trustId: string }): string {
  return route
    .replace('/schools/[schoolId]/registers/[register]/[itemId]', `/schools/[schoolId]/registers/contract/${records.contractId}`)
    .replace('/trusts/[trustId]/registers/[register]/[itemId]', `/trusts/[trustId]/registers/contract/${records.trustContractId}`)
    .replace('/schools/[schoolId]/registers/import/[importId]', `/schools/[schoolId]/registers/import/${records.registerImportId}`)
    .replace('/trusts/[trustId]/registers/import/[importId]', `/trusts/[trustId]/registers/import/${records.trustRegisterImportId}`)
    .replace('/schools/[schoolId]/advisers/[grantId]', `/schools/[schoolId]/advisers/${world.advisers.ADVISER_READ.grantId}`)
    .replace('/trusts/[trustId]/advisers/[grantId]', `/trusts/[trustId]/advisers/${world.advisers.ADVISER_TRUST.grantId}`)
    .replace('[goalId]', records.goalId)
    .replace('[toolId]', records.aiToolId)
    .replace('[evidenceId]', records.evidenceId)
    .replace('[recordId]', records.trainingRecordId)
    .replace('[frameworkId]', 'rpa-cyber-cover')
    .replace('[register]', 'kit')
    .replace('/admin/gias/[importId]', `/admin/gias/${records.platformGiasImportId}`)
    .replace('[importId]', records.giasImportId)
    .replace('[actionId]', records.trustActionId)
    .replace('[schoolId]', ids.schoolId)
    .replace('[trustId]', ids.trustId)
    .replace('[urn]', schoolUrn)
    .replace('[assessmentId]/[standardSlug]/local/[requirementCode]', `${records.draftId}/broadband-internet/local/${records.centralCode}`)
    .replace('[assessmentId]/complete', `${records.draftId}/complete`)
    .replace('[assessmentId]/move', `${records.draftId}/move`)
    .replace('[assessmentId]', records.completedId)
    .replace('[standardSlug]', 'broadband-internet')
    .replace('[itemId]', records.planItemId)
    .replace('[number]', String(records.strategyNumber))
    .replace('[membershipId]', world.governorMembershipId);
}

test.beforeAll(async () => {
  test.setTimeout(300_000);
  world = await makeWorld('Matrix');
  records = await addSchoolRecords(world);
  // The worker's daily run (reminders, written to the audit log) starts with the server: let it
  // finish first, so the fingerprints below see only what the requests themselves do.
  await expect
    .poll(() => withDatabase(async (db) => (await db.query(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE "event" = 'system.daily_run'`)).rows[0].n), {
      timeout: 60_000,
    })
    .toBeGreaterThan(0);
  schoolUrn = await withDatabase(async (db) => (await db.query(`SELECT "urn" FROM "School" WHERE "id" = $1`, [world.schoolId])).rows[0].urn);
});

test.afterAll(async () => {
  for (const client of clients.values()) await client.dispose();
});

test('every route in app/ has a rule', () => {
  const unknown = routesInApp().filter((route) => !(route in RULES) && !PUBLIC.has(route));
  expect(unknown, 'add these routes to RULES (what capability they need) or PUBLIC').toEqual([]);
  const gone = Object.keys(RULES).filter((route) => !routesInApp().includes(route));
  expect(gone, 'these rules name routes that no longer exist').toEqual([]);
});

test('people of another tenant get 404 on every route of this one, and nothing changes', async () => {
  test.setTimeout(300_000);
  const before = await databaseFingerprint();
  for (const route of routesInApp().filter((r) => !PUBLIC.has(r) && RULES[r]!.kind !== 'anyone')) {
    for (const outsider of [world.outsiders.trustAdmin, world.outsiders.leader]) {
      const response = await (await as(outsider)).get(concrete(route, world));
      expect(response.status(), `${outsider.name} on ${route}`).toBe(404);
    }
  }
  expect(await databaseFingerprint()).toBe(before);
  // Each refusal of an existing record was written to the owning tenant's audit log.
  const denials = await withDatabase(
    async (db) =>
      (await db.query(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE "event" = 'access.denied' AND "schoolId" = $1`, [world.schoolId])).rows[0].n,
  );
  expect(denials).toBeGreaterThan(0);
});

test('each role of the tenant is allowed exactly what the capability table says', async () => {
  test.setTimeout(480_000);
  const refusals: string[] = [];
  const routes = routesInApp().filter((r) => !PUBLIC.has(r));
  // Refusals first, with a fingerprint around them; allowed requests may write (a PDF is cached).
  const before = await databaseFingerprint();
  for (const role of Object.keys(world.people) as WorldRole[]) {
    for (const route of routes.filter((r) => !allowed(RULES[r]!, role))) {
      const response = await (await as(world.people[role])).get(concrete(route, world));
      if (response.status() !== 404) refusals.push(`${role} ${route}: expected 404, got ${response.status()}`);
    }
  }
  for (const key of Object.keys(world.advisers) as AdviserKey[]) {
    for (const route of routes.filter((r) => !adviserAllowed(RULES[r]!, key))) {
      const response = await (await as(world.advisers[key])).get(concrete(route, world));
      if (response.status() !== 404) refusals.push(`${key} ${route}: expected 404, got ${response.status()}`);
    }
  }
  expect(refusals).toEqual([]);
  expect(await databaseFingerprint()).toBe(before);

  const problems: string[] = [];
  for (const key of Object.keys(world.advisers) as AdviserKey[]) {
    for (const route of routes.filter((r) => adviserAllowed(RULES[r]!, key))) {
      const status = (await (await as(world.advisers[key])).get(concrete(route, world))).status();
      if (!(status === 200 || (status >= 300 && status < 400))) problems.push(`${key} ${route}: expected to be allowed, got ${status}`);
    }
  }
  for (const role of Object.keys(world.people) as WorldRole[]) {
    for (const route of routes.filter((r) => allowed(RULES[r]!, role))) {
      const response = await (await as(world.people[role])).get(concrete(route, world));
      const status = response.status();
      // A page may send the person on (the home page goes straight to their only school).
      if (!(status === 200 || (status >= 300 && status < 400))) problems.push(`${role} ${route}: expected to be allowed, got ${status}`);
    }
  }
  expect(problems).toEqual([]);
});

test('a school leader, or a school’s adviser, does not reach a sibling school of the same trust', async () => {
  for (const person of [world.people.SCHOOL_LEADER, world.advisers.ADVISER_CONTRIBUTE]) {
    const client = await as(person);
    for (const route of routesInApp().filter((r) => RULES[r]?.kind === 'school' && !r.includes('[membershipId]'))) {
      expect((await client.get(concrete(route, { schoolId: world.siblingId, trustId: world.trustId }))).status(), `${person.name} ${route}`).toBe(404);
    }
  }
});

test('every page an adviser opens is in the school’s audit log', async () => {
  const path = `/schools/${world.schoolId}/priorities`;
  expect((await (await as(world.advisers.ADVISER_READ)).get(path)).status()).toBe(200);
  const logged = await withDatabase(
    async (db) =>
      (
        await db.query(
          `SELECT count(*)::int AS n FROM "AuditEvent" WHERE "event" = 'adviser.viewed' AND "actorId" = $1 AND "schoolId" = $2 AND "targetId" = $3`,
          [world.advisers.ADVISER_READ.id, world.schoolId, path],
        )
      ).rows[0].n,
  );
  expect(logged).toBeGreaterThan(0);
});

test('an action with a due date can be added to a calendar by those who read the plan', async () => {
  const response = await (await as(world.people.SCHOOL_CONTRIBUTOR)).get(`/schools/${world.schoolId}/plan/${records.planItemId}/calendar.ics`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/calendar/);
  const body = await response.text();
  expect(body).toContain('DTSTART;VALUE=DATE:20270331');
  expect(body).toContain('SUMMARY:Due: Replace the firewall');
});
