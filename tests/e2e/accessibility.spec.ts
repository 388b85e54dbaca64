import { expect, test } from '@playwright/test';
import { SignInPage } from './pages/sign-in-page';
import { expectNoSeriousA11yViolations, formAlert } from './support/helpers';

test('public pages pass an axe scan', async ({ page }) => {
  await page.goto('/sign-in');
  await expectNoSeriousA11yViolations(page, 'sign-in');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(formAlert(page)).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'sign-in with errors');
  await page.goto('/invite/not-a-valid-token-at-all');
  await expectNoSeriousA11yViolations(page, 'unusable invitation');
  // Help and the statements are linked from every page's footer and need no sign-in.
  for (const name of ['Help', 'Privacy', 'Accessibility statement']) {
    await page.goto('/sign-in');
    await page.getByRole('navigation', { name: 'Support links' }).getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoSeriousA11yViolations(page, name);
  }
});

test('every signed-in page passes an axe scan', async ({ page }) => {
  // About fifty pages, each scanned and measured at two widths.
  test.setTimeout(480_000);
  await new SignInPage(page).signInAs('platform.admin@waypoint.test');
  const visited: string[] = [];
  // Each page is also checked for sideways scrolling on a laptop and on a phone (WCAG 1.4.10).
  const scan = async (path: string) => {
    await page.goto(path);
    await expect(page.locator('main')).toBeVisible();
    await expectNoSeriousA11yViolations(page, path);
    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: 900 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
    }
    await page.setViewportSize({ width: 1366, height: 900 });
    visited.push(path);
  };

  await scan('/admin');
  await scan('/admin/trusts/new');
  await scan('/admin/schools/new');
  await scan('/admin/gias');
  await scan('/account');
  await scan('/no-such-page');

  await page.goto('/admin');
  const trustPath = (await page.getByRole('link', { name: 'Northern Lights Learning Trust' }).getAttribute('href'))!;
  await scan(trustPath);
  await scan(`${trustPath}/people`);
  await scan(`${trustPath}/audit`);
  await scan(`${trustPath}/schools/new`);
  await scan(`${trustPath}/schools/import`);
  await scan(`${trustPath}/comparison`);
  await scan(`${trustPath}/central`);
  await scan(`${trustPath}/central/broadband-internet`);
  await scan(`${trustPath}/roadmap`);
  await scan(`${trustPath}/registers`);
  await scan(`${trustPath}/registers/contract/new`);
  await scan(`${trustPath}/registers/import`);
  await scan(`${trustPath}/readiness`);
  await scan(`${trustPath}/advisers`);

  await page.goto(trustPath);
  const schoolPath = (await page.getByRole('table').getByRole('link', { name: 'Riverside Primary Academy' }).getAttribute('href'))!;
  await scan(schoolPath);
  await scan(`${schoolPath}/edit`);
  await scan(`${schoolPath}/people`);
  await scan(`${schoolPath}/audit`);
  await scan(`${schoolPath}/archive`);
  await scan(`${schoolPath}/assessments`);
  await scan(`${schoolPath}/priorities`);
  await scan(`${schoolPath}/plan`);
  await scan(`${schoolPath}/strategy`);
  await scan(`${schoolPath}/roadmap`);
  await scan(`${schoolPath}/registers`);
  await scan(`${schoolPath}/registers/kit/new`);
  await scan(`${schoolPath}/evidence`);
  await page.goto(`${schoolPath}/evidence`);
  await scan((await page.getByRole('link', { name: 'Backup restore test, autumn term' }).getAttribute('href'))!);
  await scan(`${schoolPath}/evidence/new`);
  await scan(`${schoolPath}/readiness`);
  await scan(`${schoolPath}/purpose`);
  await scan(`${schoolPath}/purpose/goals/new`);
  await scan(`${schoolPath}/purpose/review`);
  await scan(`${schoolPath}/strategy/ai`);
  await scan(`${schoolPath}/training`);
  await scan(`${schoolPath}/advisers`);
  await scan(`${schoolPath}/digital-leadership`);
  await scan(`${schoolPath}/ai-tools`);
  await scan(`${schoolPath}/ai-tools/new`);
  await page.goto(`${schoolPath}/ai-tools`);
  await scan((await page.getByRole('link', { name: 'HomeworkBuddy chatbot' }).getAttribute('href'))!);
  await page.goto(`${schoolPath}/registers`);
  await scan((await page.getByRole('table', { name: 'Kit' }).getByRole('link').first().getAttribute('href'))!);
  // The demo draft is on 2026.11: its page offers the newer catalogue, and the move has a preview.
  await page.goto(`${schoolPath}/assessments`);
  const draftPath = (await page
    .getByRole('link', { name: /2026\/27/ })
    .first()
    .getAttribute('href'))!;
  await scan(draftPath);
  await scan(`${draftPath}/move`);
  await expect(page.getByRole('heading', { level: 1, name: 'Move this draft to the December 2026 catalogue' })).toBeVisible();
  await scan('/help/standards/2026.12');

  await page.goto(`${schoolPath}/people`);
  const removePath = (await page
    .getByRole('link', { name: /^Remove / })
    .first()
    .getAttribute('href'))!;
  await scan(removePath);

  // A form showing its errors is a page too.
  await page.goto('/admin/trusts/new');
  await page.getByRole('button', { name: 'Create trust' }).click();
  await expect(formAlert(page)).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'create trust with errors');

  // The chooser page for people with several organisations.
  await page.context().clearCookies();
  await new SignInPage(page).signInAs('multi@waypoint.test');
  await expectNoSeriousA11yViolations(page, 'organisation chooser');
  expect(visited.length).toBeGreaterThan(10);
});

test('the main paths work from the keyboard alone', async ({ page }) => {
  await page.goto('/sign-in');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.getByLabel('Email address').focus();
  await page.keyboard.type('head@waypoint.test');
  await page.keyboard.press('Tab');
  await page.keyboard.type('waypoint-demo-2026');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  // The organisation switcher opens and is navigable with the keyboard.
  await page.getByText('Switch organisation').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('navigation', { name: 'Your organisations' })).toBeVisible();
});
