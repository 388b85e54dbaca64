import { expect, test } from '@playwright/test';
import { DEMO_STANDALONE_SCHOOL, DEMO_TRUST_SCHOOLS } from '../../prisma/demo-data.ts';
import { SignInPage } from './pages/sign-in-page';
import { expectNoSeriousA11yViolations, formAlert } from './support/helpers';
import { latestMailTo, linkIn } from './support/mailbox';
import { makeWorld, signInByCookie } from './support/world';

const riverside = DEMO_TRUST_SCHOOLS[0].name;
const staidans = DEMO_STANDALONE_SCHOOL.name;

test('a leader grants an adviser access for a term, the adviser is emailed, and the leader revokes it', async ({ page }) => {
  const world = await makeWorld('Advisers');
  await signInByCookie(page.context(), world.people.SCHOOL_LEADER);
  await page.goto(`/schools/${world.schoolId}`);
  await page.getByRole('link', { name: 'Advisers', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Advisers' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'advisers');
  // The trust's own adviser reaches this school too: listed apart, with no way for the school to end it.
  const byTrust = page.getByRole('table', { name: 'Advisers let in by Advisers Trust' });
  await expect(page.getByRole('heading', { level: 2, name: 'Let in by Advisers Trust' })).toBeVisible();
  await expect(byTrust.getByRole('row', { name: new RegExp(world.advisers.ADVISER_TRUST.email.replace(/[.]/g, '\\.')) })).toBeVisible();
  await expect(byTrust.getByRole('link', { name: /Revoke/ })).toHaveCount(0);

  // A past last day is refused, and what was typed stays.
  const email = `wifi.${Date.now()}@it-partner.example`;
  await page.getByLabel('Adviser’s email address').fill(email);
  await page.getByLabel('Adviser’s name').fill('Wendy Fielding');
  await page.getByLabel('Contribute').check();
  await page.getByLabel('Last day of access').fill('2020-01-31');
  await page.getByLabel('What are they helping with? (optional)').fill('Wireless survey');
  await page.getByRole('button', { name: 'Grant access' }).click();
  await expect(formAlert(page)).toBeVisible();
  await expect(page.locator('#endsOn-error')).toContainText('The last day of access must be today or later');
  await expect(page.getByLabel('Adviser’s email address')).toHaveValue(email);
  await expectNoSeriousA11yViolations(page, 'advisers form with errors');

  const lastDay = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel('Last day of access').fill(lastDay);
  await page.getByRole('button', { name: 'Grant access' }).click();
  await expect(page.getByText('Wendy Fielding has access and has been emailed.')).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: email });
  await expect(row).toContainText('Contribute');
  await expect(row).toContainText('Active');
  const mail = await latestMailTo(email, /has given you access on Waypoint/);
  expect(mail.text).toContain('until the end of');
  expect(new URL(linkIn(mail, /^\/forgot-password$/)).pathname).toBe('/forgot-password');

  // Revoking asks first, then ends the access at once.
  await row.getByRole('link', { name: /Revoke/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Revoke Wendy Fielding’s access?' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'revoke adviser');
  await page.getByRole('button', { name: 'Revoke access' }).click();
  await expect(page.getByText('Wendy Fielding’s access has ended.')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: email })).toContainText('Revoked');
});

test('an adviser with two grants switches between schools; each school sees what they opened', async ({ page }) => {
  await new SignInPage(page).signInAs('adviser@waypoint.test');
  // Two organisations: the home lists both with the access and its last day.
  await expect(page.getByRole('heading', { name: /Welcome/ })).toBeVisible();
  await expect(page.getByRole('link', { name: new RegExp(`${riverside}.*Adviser \\(read only\\) until`) })).toBeVisible();
  await expect(page.getByRole('link', { name: new RegExp(`${staidans}.*Adviser \\(contributes\\) until`) })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'adviser home');

  await page.getByRole('link', { name: new RegExp(riverside) }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: / sections$/ });
  await expect(nav.getByRole('link', { name: 'Priorities' })).toBeVisible();
  // Read only: no people, no audit log, no granting, and the published strategy only.
  for (const name of ['People', 'Audit log', 'Advisers', 'School details']) await expect(nav.getByRole('link', { name, exact: true })).toHaveCount(0);
  await nav.getByRole('link', { name: 'Priorities' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Priorities/ })).toBeVisible();

  await page.getByText('Switch organisation').click();
  await page
    .getByRole('navigation', { name: 'Your organisations' })
    .getByRole('link', { name: new RegExp(staidans) })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await page
    .getByRole('navigation', { name: / sections$/ })
    .getByRole('link', { name: 'Strategy' })
    .click();
  // Contributes: drafts the strategy but leaves publishing to the school's leaders.
  await expect(page.getByRole('button', { name: 'Save draft' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save and review for publishing' })).toHaveCount(0);

  // The head of Riverside sees the adviser's visit on the school's advisers page.
  await page.context().clearCookies();
  await new SignInPage(page).signInAs('head@waypoint.test');
  await page.getByRole('link', { name: 'Advisers', exact: true }).click();
  const activity = page.getByRole('table', { name: `Adviser activity in ${riverside}` });
  await expect(activity.getByRole('row').filter({ hasText: 'Chris Adeyemi' }).filter({ hasText: 'priorities' }).first()).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'adviser@waypoint.test' })).toContainText('Read only');
});
