import { expect, test } from '@playwright/test';
import { SignInPage } from './pages/sign-in-page';
import { addSchoolRecords, makeWorld, signInByCookie } from './support/world';

test('measure autosave round trip and the demo PDF', async ({ page }) => {
  const world = await makeWorld('Measure');
  const records = await addSchoolRecords(world);
  await signInByCookie(page.context(), world.people.SCHOOL_LEADER);
  await page.goto(`/schools/${world.schoolId}/assessments/${records.draftId}/filtering-and-monitoring`);
  const times: number[] = [];
  for (let i = 0; i < 8; i++) {
    const q = page.locator('form fieldset').nth(i);
    const t0 = Date.now();
    await q.getByLabel(i % 2 ? 'Met' : 'Not met', { exact: true }).check();
    await expect(q.getByText('Saved', { exact: true })).toBeVisible({ timeout: 10000 });
    times.push(Date.now() - t0);
  }
  console.log('AUTOSAVE ms (incl. 400 ms debounce):', times.join(', '));
  await page.context().clearCookies();
  await new SignInPage(page).signInAs('governor@waypoint.test');
  const href = (await page.getByRole('link', { name: /^Download the strategy/ }).getAttribute('href'))!;
  await expect(async () => expect((await page.request.get(href)).status()).toBe(200)).toPass({ timeout: 30000 });
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole('link', { name: /PDF, \d+ pages/ })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30000 });
  console.log('DEMO PDF:', await page.getByRole('link', { name: /PDF, \d+ pages/ }).textContent());
});
