import { test } from '@playwright/test';
import { SignInPage } from './pages/sign-in-page';

test('shots', async ({ page }) => {
  test.setTimeout(120_000);
  await new SignInPage(page).signInAs('head@waypoint.test');
  await page.goto('/');
  const school = new URL(page.url()).pathname.match(/\/schools\/[a-z0-9]+/)?.[0] ?? '';
  for (const [name, path] of [
    ['overview', school],
    ['evidence', `${school}/evidence`],
    ['readiness', `${school}/readiness`],
    ['training', `${school}/training`],
    ['new', `${school}/evidence/new?code=cyber-security.backup.restore-tested`],
  ] as const) {
    await page.goto(path);
    await page.screenshot({ path: `/tmp/shot-${name}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto(`${school}/readiness`);
  await page.screenshot({ path: `/tmp/shot-readiness-390.png`, fullPage: false });
});
