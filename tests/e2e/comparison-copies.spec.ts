// The trust comparison is sent from a kept copy when nothing it is made from has changed
// (lib/trust-overview/comparison-snapshot.ts, docs/decisions/017-comparison-page-copies.md).
// A copy must be exactly the page, work in the browser, follow every change at once and never
// reach anyone the page itself would refuse.
import { expect, request, test, type APIResponse } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/helpers';
import { E2E_PORT } from './support/state';
import { addPlanItem, makeWorld, sessionCookieValue, signInByCookie, withDatabase, type Person, type World } from './support/world';

let world: World;

test.beforeAll(async () => {
  world = await makeWorld('Copies');
});

async function as(person: Person | null) {
  return request.newContext({
    baseURL: `http://localhost:${E2E_PORT}`,
    maxRedirects: 0,
    extraHTTPHeaders: person ? { cookie: `next-auth.session-token=${await sessionCookieValue(person)}` } : {},
  });
}

const comparison = () => `/trusts/${world.trustId}/comparison`;
const nonceOf = (response: APIResponse) => response.headers()['content-security-policy']?.match(/'nonce-([^']+)'/)?.[1];

test('a second visit is a copy of the page, with a nonce of its own, and a change shows at once', async () => {
  const ceo = await as(world.people.TRUST_ADMIN);
  const first = await ceo.get(comparison());
  expect(first.status()).toBe(200);
  expect(first.headers()['x-waypoint-snapshot']).toBe('rendered');
  const second = await ceo.get(comparison());
  expect(second.status()).toBe(200);
  expect(second.headers()['x-waypoint-snapshot']).toBe('copy');

  // The same page, except that every script carries this response's nonce and not the first's.
  const [a, b] = [nonceOf(first)!, nonceOf(second)!];
  expect(a).toBeTruthy();
  expect(b).not.toBe(a);
  const [bodyA, bodyB] = [await first.text(), await second.text()];
  expect(bodyB).toContain(`nonce="${b}"`);
  expect(bodyB).not.toContain(a);
  expect(bodyB).toBe(bodyA.replaceAll(a, b));
  expect(bodyB).toContain('Copies Sibling Academy');
  expect(second.headers()['x-frame-options']).toBe('DENY');
  expect(second.headers()['cache-control']).toMatch(/no-store/);

  // A school renamed and an overdue action: the very next visit is rendered again and shows both.
  await withDatabase((db) => db.query(`UPDATE "School" SET "name" = 'Copies Renamed Academy' WHERE "id" = $1`, [world.siblingId]));
  await addPlanItem(world, { title: 'Replace the firewall', dueDate: '2026-01-15', status: 'PLANNED' });
  const third = await ceo.get(comparison());
  expect(third.headers()['x-waypoint-snapshot']).toBe('rendered');
  const bodyC = await third.text();
  expect(bodyC).toContain('Copies Renamed Academy');
  expect(bodyC).not.toContain('Copies Sibling Academy');
  expect(bodyC).not.toBe(bodyA.replaceAll(a, nonceOf(third)!));

  // Each view is its own copy: a filtered view is not the whole trust's.
  const filtered = await ceo.get(`${comparison()}?status=NOT_STARTED`);
  expect(filtered.headers()['x-waypoint-snapshot']).toBe('rendered');
  expect((await ceo.get(`${comparison()}?status=NOT_STARTED`)).headers()['x-waypoint-snapshot']).toBe('copy');
});

test('nobody the page refuses is ever sent a copy, and advisers are always rendered afresh', async () => {
  // Copies exist for the trust's own admin and viewer...
  for (const person of [world.people.TRUST_ADMIN, world.people.TRUST_VIEWER]) {
    const client = await as(person);
    await client.get(comparison());
    expect((await client.get(comparison())).headers()['x-waypoint-snapshot']).toBe('copy');
  }
  // ...and still another trust's admin, the school's leader and governor get the missing page.
  for (const person of [world.outsiders.trustAdmin, world.outsiders.leader, world.people.SCHOOL_LEADER, world.people.GOVERNOR]) {
    const response = await (await as(person)).get(comparison());
    expect(response.status(), person.name).toBe(404);
    expect(response.headers()['x-waypoint-snapshot'], person.name).toBeUndefined();
  }
  const signedOut = await (await as(null)).get(comparison());
  expect(signedOut.status()).toBeGreaterThanOrEqual(300);
  expect(signedOut.status()).toBeLessThan(400);
  expect(signedOut.headers()['location']).toMatch(/\/sign-in/);
  // An adviser of the trust reads the page, rendered each time so each visit is logged.
  const adviser = await as(world.advisers.ADVISER_TRUST);
  for (let i = 0; i < 2; i++) {
    const response = await adviser.get(comparison());
    expect(response.status()).toBe(200);
    expect(response.headers()['x-waypoint-snapshot']).toBeUndefined();
  }
  const visits = await withDatabase((db) =>
    db.query(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE "actorId" = $1 AND "event" = 'adviser.viewed'`, [world.advisers.ADVISER_TRUST.id]),
  );
  expect(visits.rows[0].n).toBeGreaterThanOrEqual(1);
});

test('losing the role or signing out ends the copy at once', async () => {
  const viewer = await as(world.people.TRUST_VIEWER);
  await viewer.get(comparison());
  expect((await viewer.get(comparison())).headers()['x-waypoint-snapshot']).toBe('copy');
  await withDatabase((db) => db.query(`DELETE FROM "Membership" WHERE "userId" = $1 AND "trustId" = $2`, [world.people.TRUST_VIEWER.id, world.trustId]));
  expect((await viewer.get(comparison())).status()).toBe(404);

  const ceo = await as(world.people.TRUST_ADMIN);
  await ceo.get(comparison());
  expect((await ceo.get(comparison())).headers()['x-waypoint-snapshot']).toBe('copy');
  // Signing out anywhere moves the session version on: this cookie no longer counts.
  await withDatabase((db) => db.query(`UPDATE "User" SET "sessionVersion" = "sessionVersion" + 1 WHERE "id" = $1`, [world.people.TRUST_ADMIN.id]));
  const after = await ceo.get(comparison());
  expect(after.status()).toBeGreaterThanOrEqual(300);
  expect(after.headers()['location']).toMatch(/\/sign-in/);
});

test('a copy works in the browser: scripts run under its policy, sorting works, axe is clean', async ({ page, context }) => {
  const admin = world.people.PLATFORM_ADMIN;
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  await signInByCookie(context, admin);
  await page.goto(comparison());
  const copy = await page.goto(comparison());
  expect(copy?.headers()['x-waypoint-snapshot']).toBe('copy');
  await expect(page.getByRole('heading', { level: 1, name: 'Compare schools' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expectNoSeriousA11yViolations(page, 'trust comparison, from a copy');
  // React hydrated the copy's markup (which it can only do if the page's scripts ran under the policy).
  await expect.poll(() => page.evaluate(() => Object.keys(document.querySelector('h1')!).some((key) => key.startsWith('__reactFiber')))).toBe(true);
  await page.getByLabel('Assessment status').selectOption({ label: 'Not started' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/status=NOT_STARTED/);
  await expect(page.getByRole('status').filter({ hasText: /Showing \d+ of \d+ schools/ })).toBeVisible();
  expect(refused).toEqual([]);
});
