import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, formAlert } from './support/helpers';
import { addCompletedCycle, addSchoolRecords, makeWorld, signInByCookie } from './support/world';

test('a trust answers a central service once; its school sees it and records a local difference', async ({ page }) => {
  const world = await makeWorld('Central');
  const records = await addSchoolRecords(world);
  await signInByCookie(page.context(), world.people.TRUST_ADMIN);
  await page.goto(`/trusts/${world.trustId}`);
  await page.getByRole('link', { name: 'Central services' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Central services' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'central services');

  // The whole broadband standard, for every school of the trust.
  await page.getByRole('link', { name: 'Broadband internet' }).click();
  await page.getByLabel('The whole standard').check();
  await page.getByLabel('All schools in the trust, including ones added later').check();
  await page.getByRole('button', { name: 'Save what the trust provides' }).click();
  await expect(page.getByText('Saved what your trust provides.')).toBeVisible();
  await page.reload();
  // The first question was answered "met" before; the change is saved under this admin's name.
  const first = page.getByRole('region', { name: 'The trust’s answers' }).getByRole('radiogroup').first();
  await first.getByLabel('Partly met', { exact: true }).check();
  await page.getByRole('button', { name: 'Save answers', exact: true }).click();
  await expect(page.getByText(/Saved \d+ answers?\./)).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'central standard');

  // The school's leader sees the trust's answer, read-only, and says it is different here.
  await signInByCookie(page.context(), world.people.SCHOOL_LEADER);
  await page.goto(`/schools/${world.schoolId}/assessments/${records.draftId}/broadband-internet`);
  const trustSection = page.getByRole('region', { name: /Answered by Central Trust/ });
  await expect(trustSection.getByText(/Answered by the trust: Partly met \(Trust Admin/).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'standard with central answers');
  await trustSection
    .getByRole('link', { name: /This is different here/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'This is different here' })).toBeVisible();
  await page.getByRole('button', { name: 'Save the answer for this school' }).click();
  await expect(formAlert(page)).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'local difference with errors');
  await page.getByLabel('Not met', { exact: true }).check();
  await page.getByLabel('Why is it different at your school?').fill('Our annexe has its own line');
  await page.getByRole('button', { name: 'Save the answer for this school' }).click();
  await expect(page.getByText('Different here: Not met')).toBeVisible();

  // The trust sees the difference in its list.
  await signInByCookie(page.context(), world.people.TRUST_ADMIN);
  await page.goto(`/trusts/${world.trustId}/central`);
  const differences = page.getByRole('table', { name: /Local differences/ });
  await expect(differences.getByRole('row', { name: /Central Primary/ })).toContainText('Our annexe has its own line');
});

test('a trust admin creates one action from a common gap; each school’s plan shows it with its own status', async ({ page }) => {
  const world = await makeWorld('Trustwide');
  await addCompletedCycle(world, { 'broadband-internet': ['NOT_MET'] });
  await signInByCookie(page.context(), world.people.TRUST_ADMIN);
  await page.goto(`/trusts/${world.trustId}/comparison`);
  const gaps = page.getByRole('table', { name: /short of met/ });
  await gaps
    .getByRole('link', { name: /Create a trust action/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Create a trust action' })).toBeVisible();
  // The school with the gap is chosen already; the sibling is added by hand.
  await expect(page.getByRole('checkbox', { name: /Trustwide Primary/ })).toBeChecked();
  await page.getByRole('checkbox', { name: /Trustwide Sibling Academy/ }).check();
  await page.getByLabel('Owner (optional)').fill('Trust IT team');
  await page.getByLabel('Estimated cost in pounds (optional)').fill('abc');
  await page.getByRole('button', { name: 'Create the action in each school’s plan' }).click();
  await expect(formAlert(page)).toBeVisible();
  // The refused form keeps every choice.
  await expect(page.getByRole('checkbox', { name: /Trustwide Sibling Academy/ })).toBeChecked();
  await expectNoSeriousA11yViolations(page, 'trust action with errors');
  await page.getByLabel('Estimated cost in pounds (optional)').fill('1,000');
  await page.getByRole('button', { name: 'Create the action in each school’s plan' }).click();
  await expect(page.getByRole('status')).toContainText('Action created in 2 schools’ action plans.');
  await expect(page.getByRole('row', { name: /Trustwide Primary/ })).toContainText('£500');
  await expectNoSeriousA11yViolations(page, 'trust action');

  await signInByCookie(page.context(), world.people.SCHOOL_LEADER);
  await page.goto(`/schools/${world.schoolId}/plan`);
  await expect(page.getByRole('row', { name: /Trust action/ })).toBeVisible();
});
