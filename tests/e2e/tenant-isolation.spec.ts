import { expect, test, type Page } from '@playwright/test';
import { DEMO_TRUST_SCHOOLS } from '../../prisma/demo-data.ts';
import { SignInPage } from './pages/sign-in-page';

// Learns real ids from the platform admin's directory, as an attacker could from a leaked link.
async function collectIds(page: Page) {
  await new SignInPage(page).signInAs('platform.admin@waypoint.test');
  const trustHref = await page.getByRole('link', { name: 'Northern Lights Learning Trust' }).getAttribute('href');
  await page.goto(trustHref!);
  const aireHref = await page.getByRole('link', { name: DEMO_TRUST_SCHOOLS[3].name }).getAttribute('href');
  const riversideHref = await page.getByRole('link', { name: DEMO_TRUST_SCHOOLS[0].name }).getAttribute('href');
  await page.context().clearCookies();
  return { trustHref: trustHref!, aireHref: aireHref!, riversideHref: riversideHref! };
}

test('people who paste another organisation’s address get "Page not found"', async ({ page }) => {
  const ids = await collectIds(page);

  await new SignInPage(page).signInAs('head@waypoint.test');
  for (const path of [ids.aireHref, `${ids.aireHref}/people`, `${ids.aireHref}/edit`, `${ids.aireHref}/audit`, ids.trustHref, `${ids.trustHref}/people`, '/admin']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.getByText(DEMO_TRUST_SCHOOLS[3].name)).toHaveCount(0);
  }
  await page.context().clearCookies();

  await new SignInPage(page).signInAs('standalone.head@waypoint.test');
  for (const path of [ids.riversideHref, ids.trustHref, `${ids.riversideHref}/people`]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
});

test('a governor cannot reach people management or the audit log of their own school', async ({ page }) => {
  await new SignInPage(page).signInAs('governor@waypoint.test');
  const schoolPath = new URL(page.url()).pathname;
  await expect(page.getByRole('link', { name: 'People' })).toHaveCount(0);
  for (const path of [`${schoolPath}/people`, `${schoolPath}/audit`, `${schoolPath}/edit`]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
});

test('unknown pages and malformed ids show a helpful not-found page', async ({ page }) => {
  await new SignInPage(page).signInAs('trust.admin@waypoint.test');
  for (const path of ['/no-such-page', '/schools/not-a-real-id', "/schools/' OR 1=1 --", '/people/xyz/remove', '/invite/bogus-token']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(500);
  }
  await page.goto('/schools/not-a-real-id');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to your home page' })).toBeVisible();
});
