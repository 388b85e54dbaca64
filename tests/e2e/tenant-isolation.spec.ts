import { expect, test } from '@playwright/test';
import { makeWorld, signInByCookie, worldNames, type World } from './support/world';

// A trust with two schools and a school of another trust, each with its own people. Nothing here
// changes data, so one world serves the whole file. Its ids are known to the test, as an attacker
// could learn them from a leaked link.
let world: World;
let names: Awaited<ReturnType<typeof worldNames>>;

test.beforeAll(async () => {
  world = await makeWorld('Isolation');
  names = await worldNames(world);
});

test('people who paste another organisation’s address get "Page not found"', async ({ page }) => {
  const school = `/schools/${world.schoolId}`;
  const sibling = `/schools/${world.siblingId}`;
  const elsewhere = `/schools/${world.otherSchoolId}`;
  const trust = `/trusts/${world.trustId}`;
  const otherTrust = `/trusts/${world.otherTrustId}`;

  // A school leader reaches their own school, not the other school of the same trust, nor the
  // trust itself, nor another trust's school, nor the platform administration.
  await signInByCookie(page.context(), world.people.SCHOOL_LEADER);
  expect((await page.goto(school))?.status()).toBe(200);
  await expect(page.getByText(names.school.name, { exact: true }).filter({ visible: true }).first()).toBeVisible();
  for (const path of [sibling, `${sibling}/people`, `${sibling}/edit`, `${sibling}/audit`, trust, `${trust}/people`, elsewhere, otherTrust, '/admin']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.getByText(names.sibling.name)).toHaveCount(0);
    await expect(page.getByText(names.otherSchool.name)).toHaveCount(0);
  }

  // People of another trust reach nothing of this one.
  for (const outsider of [world.outsiders.leader, world.outsiders.trustAdmin]) {
    await signInByCookie(page.context(), outsider);
    for (const path of [school, trust, `${school}/people`, `${trust}/people`, sibling]) {
      expect((await page.goto(path))?.status(), `${outsider.name} on ${path}`).toBe(404);
      await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
      await expect(page.getByText(names.school.name)).toHaveCount(0);
    }
  }
});

test('a governor cannot reach people management or the audit log of their own school', async ({ page }) => {
  await signInByCookie(page.context(), world.people.GOVERNOR);
  const schoolPath = `/schools/${world.schoolId}`;
  await page.goto(schoolPath);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'People' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Audit log' })).toHaveCount(0);
  for (const path of [`${schoolPath}/people`, `${schoolPath}/audit`, `${schoolPath}/edit`]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
});

test('unknown pages and malformed ids show a helpful not-found page', async ({ page }) => {
  await signInByCookie(page.context(), world.people.TRUST_ADMIN);
  for (const path of ['/no-such-page', '/schools/not-a-real-id', "/schools/' OR 1=1 --", '/people/xyz/remove', '/invite/bogus-token']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(500);
  }
  await page.goto('/schools/not-a-real-id');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to your home page' })).toBeVisible();
});
