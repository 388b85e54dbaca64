import { expect, test } from '@playwright/test';
import { AssessmentPage } from './pages/assessment-page';
import { expectNoSeriousA11yViolations } from './support/helpers';
import { addDraftOnCatalogue, makeWorld, signInByCookie } from './support/world';

test('a leader moves a draft to the December 2026 catalogue, sees the changes and answers a new requirement', async ({ page }) => {
  const world = await makeWorld('Catalogue update');
  const draftId = await addDraftOnCatalogue(world, '2026.11');
  const cycle = `/schools/${world.schoolId}/assessments/${draftId}`;

  // A contributor answers but does not decide which catalogue the cycle uses.
  await signInByCookie(page.context(), world.people.SCHOOL_CONTRIBUTOR);
  await page.goto(cycle);
  await expect(page.getByRole('heading', { level: 1, name: '2026/27 cycle' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /A newer catalogue is available/ })).toHaveCount(0);

  await page.context().clearCookies();
  await signInByCookie(page.context(), world.people.SCHOOL_LEADER);
  await page.goto(cycle);
  await expect(page.getByText('November 2026 catalogue (2026.11)')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'A newer catalogue is available: December 2026' })).toBeVisible();
  await page.getByRole('link', { name: 'Move this draft to the December 2026 catalogue' }).click();

  // The preview says what happens before anything does.
  await expect(page.getByRole('heading', { level: 1, name: 'Move this draft to the December 2026 catalogue' })).toBeVisible();
  await expect(page.getByText(/205 answers carry over\. \d+ of them will be marked for you to check/)).toBeVisible();
  await expect(page.getByRole('heading', { name: /^New questions \(\d+\)$/ })).toBeVisible();
  await expect(page.getByText('Now a must: DfE requires it rather than recommends it.').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'move draft preview');

  // Keeping the old catalogue changes nothing.
  await page.getByRole('link', { name: 'Keep finishing on the November 2026 catalogue' }).click();
  await expect(page.getByText('November 2026 catalogue (2026.11)')).toBeVisible();

  await page.goto(`${cycle}/move`);
  await page.getByRole('button', { name: 'Move this draft to the December 2026 catalogue' }).click();
  await expect(page.getByText(/^This draft now uses the December 2026 catalogue\./)).toBeVisible();
  await expect(page.getByText('December 2026 catalogue (2026.12)')).toBeVisible();
  await expect(page.getByRole('heading', { name: /A newer catalogue is available/ })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'moved draft');

  // IT support gained new requirements: the first unanswered one can be answered and stays answered.
  await page.getByRole('link', { name: 'IT support' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'IT support' })).toBeVisible();
  const blank = page
    .locator('form fieldset')
    .filter({ hasNot: page.locator('input[type=radio]:checked') })
    .first();
  const question = (await blank.locator('legend').first().innerText()).trim();
  await blank.getByLabel('Met', { exact: true }).check();
  await new AssessmentPage(page).saved();
  // A changed requirement says so until it is answered again.
  await expect(page.getByText('This requirement changed since it was last answered. Check the answer still holds.').first()).toBeVisible();
  await page.reload();
  await expect(page.locator('form fieldset').filter({ hasText: question }).first().getByLabel('Met', { exact: true })).toBeChecked();
  // Each question says where its point comes from.
  const hint = page.locator('form details').first();
  await hint.locator('summary').click();
  await expect(hint.getByRole('link', { name: /^(DfE standard|DfE Plan technology for your school|Good practice)/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'standard on the new catalogue');

  // The changelog is public and generated from the same diff.
  await page.context().clearCookies();
  await page.goto('/help/standards/2026.12');
  await expect(page.getByRole('heading', { level: 1, name: 'What changed in December 2026' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'IT support' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'catalogue changelog');
  await page.goto('/help/standards');
  await expect(page.getByRole('link', { name: 'What changed in December 2026' })).toBeVisible();
});
