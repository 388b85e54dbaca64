// What people do with reminders: name an action's owner so they are reminded, choose what mail
// they get, and unsubscribe from a link without signing in.
import { createHmac } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, formAlert } from './support/helpers';
import { E2E_SECRET } from './support/state';
import { makeWorld, signInByCookie, withDatabase, worldNames } from './support/world';

// The unsubscribe link's format (lib/reminders/unsubscribe-token.ts), signed as the server signs it.
function unsubscribeToken(email: string, kind: string, scope: string) {
  const payload = Buffer.from([email.toLowerCase(), kind, scope].join('\n'), 'utf8').toString('base64url');
  return `${payload}.${createHmac('sha256', E2E_SECRET).update(`unsubscribe:${payload}`).digest('base64url')}`;
}

test('a leader names a colleague as an action’s owner, and chooses which reminders they get', async ({ page }) => {
  const world = await makeWorld('Reminders');
  const names = await worldNames(world);
  const leader = world.people.SCHOOL_LEADER;
  const contributor = world.people.SCHOOL_CONTRIBUTOR;
  await signInByCookie(page.context(), leader);

  await page.goto(`/schools/${world.schoolId}/plan/new`);
  await page.getByLabel('What will be done').fill('Test restoring from backup');
  await page.getByLabel('Owner (optional)').selectOption({ label: `${contributor.name} (${contributor.email})` });
  // A member and an outside email together is a mistake, named on the field; nothing is saved.
  await page.getByLabel('Their email, for reminders (optional)').fill('helpdesk@it-company.example');
  await page.getByRole('button', { name: 'Add action' }).click();
  await expect(formAlert(page)).toContainText('Choose a member or enter an email for someone else, not both');
  await expect(page.getByLabel('What will be done')).toHaveValue('Test restoring from backup');
  await page.getByLabel('Their email, for reminders (optional)').fill('');
  await page.getByLabel('Due date (optional)').fill('2027-02-10');
  await page.getByRole('button', { name: 'Add action' }).click();
  await expect(page).toHaveURL(/\/plan\?saved=1$/);
  await expect(page.getByText(contributor.name).first()).toBeVisible();
  const owner = await withDatabase(
    async (db) =>
      (await db.query(`SELECT "ownerUserId" FROM "PlanItem" WHERE "schoolId" = $1 AND title = 'Test restoring from backup'`, [world.schoolId])).rows[0],
  );
  expect(owner.ownerUserId).toBe(contributor.id);

  // Account page: one fieldset per school, a box per kind; turning one off sticks.
  await page.goto('/account');
  const school = page.getByRole('group', { name: names.school.name });
  await expect(school.getByLabel('Your actions')).toBeChecked();
  await school.getByLabel('Self-assessment reminders').uncheck();
  await page.getByRole('button', { name: 'Save email choices' }).click();
  await expect(page.getByText('Your email choices have been saved.').first()).toBeVisible();
  await page.reload();
  await expect(page.getByRole('group', { name: names.school.name }).getByLabel('Self-assessment reminders')).not.toBeChecked();
  await expect(page.getByRole('group', { name: names.school.name }).getByLabel('Strategy review')).toBeChecked();
  await expectNoSeriousA11yViolations(page, 'account page with email choices');
});

test('an action owner outside Waypoint unsubscribes from the link, without signing in', async ({ page }) => {
  const world = await makeWorld('Unsubscribe');
  const names = await worldNames(world);
  const email = `helpdesk.${Date.now()}@it-company.example`;
  const token = unsubscribeToken(email, 'actions', world.schoolId);

  await page.goto(`/unsubscribe/${token}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Unsubscribe' })).toBeVisible();
  await expect(page.getByText(`Stop sending your actions about ${names.school.name} to ${email}?`)).toBeVisible();
  // Opening the page changed nothing: link scanners open every link.
  const optOuts = () => withDatabase(async (db) => (await db.query(`SELECT count(*)::int AS n FROM "MailOptOut" WHERE email = $1`, [email])).rows[0].n);
  expect(await optOuts()).toBe(0);
  await expectNoSeriousA11yViolations(page, 'unsubscribe page');
  await page.getByRole('button', { name: 'Unsubscribe' }).click();
  await expect(page.getByRole('status')).toContainText('you will not get these emails any more');
  expect(await optOuts()).toBe(1);

  // A tampered link says so and changes nothing.
  await page.goto(`/unsubscribe/${token.slice(0, -3)}abc`);
  await expect(page.getByText('This unsubscribe link is not valid')).toBeVisible();
  // The one-click POST a mail client sends works without cookies, and is idempotent.
  const response = await page.request.post(`/api/unsubscribe/${token}`, { form: { 'List-Unsubscribe': 'One-Click' } });
  expect(response.status()).toBe(200);
  expect(await optOuts()).toBe(1);
});
