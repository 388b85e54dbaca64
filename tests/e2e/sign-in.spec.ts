import { expect, test } from '@playwright/test';
import { DEMO_STANDALONE_SCHOOL, DEMO_TRUST, DEMO_TRUST_SCHOOLS } from '../../prisma/demo-data.ts';
import { SignInPage } from './pages/sign-in-page';

const riverside = DEMO_TRUST_SCHOOLS[0].name;
const aireValley = DEMO_TRUST_SCHOOLS[3].name;

// Each demo role lands on its own home and its switcher lists only its own organisations.
const ROLES = [
  { email: 'trust.admin@waypoint.test', home: /\/trusts\//, sees: DEMO_TRUST.name, heading: 'Schools', switcher: [DEMO_TRUST.name], not: [DEMO_STANDALONE_SCHOOL.name] },
  { email: 'ceo@waypoint.test', home: /\/trusts\//, sees: DEMO_TRUST.name, heading: 'Schools', switcher: [DEMO_TRUST.name], not: [DEMO_STANDALONE_SCHOOL.name] },
  { email: 'head@waypoint.test', home: /\/schools\//, sees: riverside, heading: 'Overview', switcher: [riverside], not: [aireValley, DEMO_STANDALONE_SCHOOL.name] },
  { email: 'it.support@waypoint.test', home: /\/schools\//, sees: riverside, heading: 'Overview', switcher: [riverside], not: [aireValley] },
  { email: 'governor@waypoint.test', home: /\/schools\//, sees: riverside, heading: 'Overview', switcher: [riverside], not: [aireValley, DEMO_TRUST.name] },
  { email: 'standalone.head@waypoint.test', home: /\/schools\//, sees: DEMO_STANDALONE_SCHOOL.name, heading: 'Overview', switcher: [DEMO_STANDALONE_SCHOOL.name], not: [DEMO_TRUST.name, riverside] },
  { email: 'platform.admin@waypoint.test', home: /\/admin$/, sees: DEMO_TRUST.name, heading: 'Trusts and schools', switcher: ['Platform administration'], not: [] },
];

for (const role of ROLES) {
  test(`${role.email} lands on their own home and sees only their own organisations`, async ({ page }) => {
    await new SignInPage(page).signInAs(role.email);
    await expect(page).toHaveURL(role.home);
    await expect(page.getByRole('heading', { level: 1, name: role.heading })).toBeVisible();
    await expect(page.getByText(role.sees, { exact: true }).filter({ visible: true }).first()).toBeVisible();
    await page.getByText('Switch organisation').click();
    const switcher = page.getByRole('navigation', { name: 'Your organisations' });
    for (const name of role.switcher) await expect(switcher.getByText(name, { exact: true })).toBeVisible();
    for (const name of role.not) await expect(switcher.getByText(name, { exact: true })).toHaveCount(0);
  });
}

test('someone with two organisations chooses, then switches between them', async ({ page }) => {
  await new SignInPage(page).signInAs('multi@waypoint.test');
  await expect(page.getByRole('heading', { name: /Welcome/ })).toBeVisible();
  await page.getByRole('link', { name: new RegExp(DEMO_STANDALONE_SCHOOL.name) }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await page.getByText('Switch organisation').click();
  await page.getByRole('navigation', { name: 'Your organisations' }).getByRole('link', { name: new RegExp(DEMO_TRUST.name) }).click();
  await expect(page).toHaveURL(/\/trusts\//);
  await expect(page.getByRole('heading', { level: 1, name: 'Schools' })).toBeVisible();
});

test('a wrong password gets a plain message that does not reveal whether the account exists', async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn('head@waypoint.test', 'not-the-password');
  await expect(signIn.error()).toContainText('The email or password is not right');
  await signIn.signIn('nobody-here@waypoint.test', 'not-the-password');
  await expect(signIn.error()).toContainText('The email or password is not right');
});

test('empty sign-in fields are named', async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(signIn.error()).toContainText('Enter your email address');
  await expect(signIn.error()).toContainText('Enter your password');
});

test('signing out ends the session', async ({ page }) => {
  await new SignInPage(page).signInAs('governor@waypoint.test');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByText('You have signed out.')).toBeVisible();
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in/);
});
