import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/helpers';
import { makeWorld, signInByCookie } from './support/world';

test('a leader names the digital lead and the governor; the overview and the strategy show them', async ({ page }) => {
  const world = await makeWorld('Leadership');
  await signInByCookie(page.context(), world.people.SCHOOL_LEADER);
  await page.goto(`/schools/${world.schoolId}`);
  const card = page
    .getByRole('region', { name: 'Digital leadership' })
    .or(page.locator('section').filter({ has: page.getByRole('heading', { name: 'Digital leadership' }) }));
  await expect(card.getByText('Not named yet').first()).toBeVisible();
  await card.getByRole('link', { name: 'Name who leads digital' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Digital leadership' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'digital leadership');

  await page.getByLabel('Digital lead').selectOption({ label: `${world.people.SCHOOL_CONTRIBUTOR.name} (${world.people.SCHOOL_CONTRIBUTOR.email})` });
  await page.getByLabel('Governor with digital oversight').selectOption({ label: `${world.people.GOVERNOR.name} (${world.people.GOVERNOR.email})` });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved. They appear on the overview')).toBeVisible();

  await page.goto(`/schools/${world.schoolId}`);
  await expect(card).toContainText(world.people.SCHOOL_CONTRIBUTOR.name);
  await expect(card).toContainText(world.people.GOVERNOR.name);
  await page.goto(`/schools/${world.schoolId}/strategy`);
  await expect(page.getByRole('textbox', { name: 'Digital lead', exact: true })).toHaveValue(world.people.SCHOOL_CONTRIBUTOR.name);
  await expect(page.getByRole('textbox', { name: 'Governor with oversight', exact: true })).toHaveValue(world.people.GOVERNOR.name);
});
