import { expect, test } from '@playwright/test';
import { PeoplePage } from './pages/people-page';
import { SignInPage } from './pages/sign-in-page';
import { expectNoSeriousA11yViolations, formAlert, uniqueSuffix, uniqueUrn } from './support/helpers';
import { makeWorld, signInByCookie, worldNames } from './support/world';

test('a trust admin adds a school and invites its head, who accepts and signs in', async ({ page, browser }) => {
  const world = await makeWorld('Onboarding');
  const names = await worldNames(world);
  const trustPath = `/trusts/${world.trustId}`;
  const suffix = uniqueSuffix();
  const schoolName = `Hillcrest Primary ${suffix}`;
  const urn = uniqueUrn();
  const headEmail = `new.head.${suffix}@waypoint.test`;

  await signInByCookie(page.context(), world.people.TRUST_ADMIN);
  await page.goto(trustPath);
  await expect(page.getByRole('heading', { level: 1, name: 'Schools' })).toBeVisible();
  await page.getByRole('link', { name: 'Add a school' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add a school' })).toBeVisible();

  // Bad input: clear messages, what was typed is kept, nothing is saved.
  await page.getByLabel('School name').fill(schoolName);
  await page.getByLabel('URN').fill('12ab');
  await page.getByLabel('Local authority').fill('Wakefield');
  await page.getByRole('button', { name: 'Add school' }).click();
  const alert = formAlert(page);
  await expect(alert).toContainText('There is a problem');
  await expect(alert).toContainText('URN must be 6 digits');
  await expect(alert).toContainText('Select the school’s phase');
  await expect(page.getByLabel('School name')).toHaveValue(schoolName);
  await expect(page.getByLabel('URN')).toHaveAccessibleDescription(/URN must be 6 digits/);

  // A URN already in use is refused too, even one of a school in another trust, and the message
  // does not say where it is used.
  await page.getByLabel('URN').fill(names.otherSchool.urn);
  await page.getByLabel('Phase').selectOption({ label: 'Primary' });
  await page.getByLabel('Type of school').selectOption({ label: 'Academy converter' });
  await page.getByRole('button', { name: 'Add school' }).click();
  await expect(formAlert(page)).toContainText('This URN cannot be used');
  await expect(formAlert(page)).not.toContainText(names.otherSchool.name);
  await page.goto(trustPath);
  await expect(page.getByRole('link', { name: names.school.name }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: schoolName })).toHaveCount(0);

  // Now properly.
  await page.getByRole('link', { name: 'Add a school' }).click();
  await page.getByLabel('School name').fill(schoolName);
  await page.getByLabel('URN').fill(urn);
  await page.getByLabel('Phase').selectOption({ label: 'Primary' });
  await page.getByLabel('Type of school').selectOption({ label: 'Academy converter' });
  await page.getByLabel('Local authority').fill('Wakefield');
  await page.getByRole('button', { name: 'Add school' }).click();
  await expect(page.getByText(`${schoolName} has been added`)).toBeVisible();

  await page.getByRole('link', { name: 'People' }).click();
  const link = await new PeoplePage(page).invite({ email: headEmail, name: 'Alex Morgan', role: 'School leader' });
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  // F2: the link reached the invitee's mailbox only; the inviting admin's page does not show it.
  expect(await page.content()).not.toContain(new URL(link).pathname);
  await expect(page.getByText(`Alex Morgan · ${headEmail}`)).toBeVisible();

  // The head opens the link in their own browser.
  const headContext = await browser.newContext();
  const head = await headContext.newPage();
  await head.goto(new URL(link).pathname);
  await expect(head.getByRole('heading', { name: `Join ${schoolName} on Waypoint` })).toBeVisible();
  await expect(head.getByLabel('Your full name')).toHaveValue('Alex Morgan');
  await expectNoSeriousA11yViolations(head, 'invitation acceptance');
  await head.getByLabel('Create a password').fill('short');
  await head.getByLabel('Confirm your password').fill('different');
  await head.getByRole('button', { name: 'Create account and join' }).click();
  await expect(formAlert(head)).toContainText('at least 12 characters');
  await head.getByLabel('Create a password').fill('a sensible long password');
  await head.getByLabel('Confirm your password').fill('a sensible long password');
  await head.getByRole('button', { name: 'Create account and join' }).click();
  await expect(head.getByText('Your account is ready')).toBeVisible();

  // The link works once only.
  await head.goto(new URL(link).pathname);
  await expect(head.getByRole('heading', { name: 'This invitation cannot be used' })).toBeVisible();

  // The new account signs in through the form with the password just chosen.
  await new SignInPage(head).signInAs(headEmail, 'a sensible long password');
  await expect(head.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(head.getByText(schoolName, { exact: true }).filter({ visible: true }).first()).toBeVisible();
  await headContext.close();

  // The trust admin sees the new member and the whole story in the audit log.
  await page.reload();
  await expect(page.getByRole('row', { name: new RegExp(`Alex Morgan ${headEmail}`) })).toBeVisible();
  await expect(page.getByText(`Alex Morgan · ${headEmail}`)).toHaveCount(0);
  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByText('Invitation accepted').first()).toBeVisible();
  await expect(page.getByText('School added').first()).toBeVisible();
});

test('an admin cannot remove the last trust admin, and is told why', async ({ page }) => {
  const world = await makeWorld('Last admin');
  const admin = world.people.TRUST_ADMIN;
  await signInByCookie(page.context(), admin);
  await page.goto(`/trusts/${world.trustId}`);
  await page.getByRole('link', { name: 'People' }).click();
  await expect(page.getByText(admin.email)).toBeVisible();
  await page.getByRole('link', { name: `Remove ${admin.name}`, exact: true }).click();
  await expect(page.getByRole('heading', { name: `Remove ${admin.name}?` })).toBeVisible();
  await page.getByRole('button', { name: 'Yes, remove them' }).click();
  await expect(formAlert(page)).toContainText('at least one trust admin');
  await page.getByRole('link', { name: 'Cancel' }).click();
  await expect(page).toHaveURL(new RegExp(`/trusts/${world.trustId}/people$`));
  await expect(page.getByText(admin.email)).toBeVisible();
});

test('a school leader changes their name; a blank name is refused', async ({ page }) => {
  const world = await makeWorld('Renaming');
  await signInByCookie(page.context(), world.people.SCHOOL_LEADER);
  await page.goto(`/schools/${world.schoolId}`);
  await page.getByRole('link', { name: /Your account/ }).click();
  await expect(page.getByLabel('Full name')).toHaveValue(world.people.SCHOOL_LEADER.name);
  await page.getByLabel('Full name').fill('   ');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(formAlert(page)).toContainText('Enter a name');
  await page.getByLabel('Full name').fill('Daniel J Wright');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByText('Your name has been saved.')).toBeVisible();
  await expect(page.getByRole('link', { name: /Daniel J Wright/ })).toBeVisible();
});
