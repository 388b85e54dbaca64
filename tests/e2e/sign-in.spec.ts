import { expect, test } from '@playwright/test';
import { DEMO_STANDALONE_SCHOOL, DEMO_TRUST, DEMO_TRUST_SCHOOLS } from '../../prisma/demo-data.ts';
import { SignInPage } from './pages/sign-in-page';
import { expectNoSeriousA11yViolations, formAlert } from './support/helpers';
import { latestMailTo, linkIn } from './support/mailbox';
import { makeWorld, setPassword, signInByCookie, withDatabase } from './support/world';

const riverside = DEMO_TRUST_SCHOOLS[0].name;
const aireValley = DEMO_TRUST_SCHOOLS[3].name;

// Each demo role lands on its own home and its switcher lists only its own organisations.
const ROLES = [
  {
    email: 'trust.admin@waypoint.test',
    home: /\/trusts\//,
    sees: DEMO_TRUST.name,
    heading: 'Schools',
    switcher: [DEMO_TRUST.name],
    not: [DEMO_STANDALONE_SCHOOL.name],
  },
  {
    email: 'ceo@waypoint.test',
    home: /\/trusts\//,
    sees: DEMO_TRUST.name,
    heading: 'Schools',
    switcher: [DEMO_TRUST.name],
    not: [DEMO_STANDALONE_SCHOOL.name],
  },
  {
    email: 'head@waypoint.test',
    home: /\/schools\//,
    sees: riverside,
    heading: 'Overview',
    switcher: [riverside],
    not: [aireValley, DEMO_STANDALONE_SCHOOL.name],
  },
  { email: 'it.support@waypoint.test', home: /\/schools\//, sees: riverside, heading: 'Overview', switcher: [riverside], not: [aireValley] },
  // A governor's home is the school's published strategy.
  {
    email: 'governor@waypoint.test',
    home: /\/schools\/[^/]+\/strategy$/,
    sees: riverside,
    heading: 'Digital strategy',
    switcher: [riverside],
    not: [aireValley, DEMO_TRUST.name],
  },
  {
    email: 'standalone.head@waypoint.test',
    home: /\/schools\//,
    sees: DEMO_STANDALONE_SCHOOL.name,
    heading: 'Overview',
    switcher: [DEMO_STANDALONE_SCHOOL.name],
    not: [DEMO_TRUST.name, riverside],
  },
  {
    email: 'platform.admin@waypoint.test',
    home: /\/admin$/,
    sees: DEMO_TRUST.name,
    heading: 'Trusts and schools',
    switcher: ['Platform administration'],
    not: [],
  },
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
  // A governor there: the school's strategy is where they land.
  await page.getByRole('link', { name: new RegExp(DEMO_STANDALONE_SCHOOL.name) }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Digital strategy' })).toBeVisible();
  await page.getByText('Switch organisation').click();
  await page
    .getByRole('navigation', { name: 'Your organisations' })
    .getByRole('link', { name: new RegExp(DEMO_TRUST.name) })
    .click();
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

test('signing out ends the session on the server: a copied cookie stops working at once (F8)', async ({ page, playwright }) => {
  const world = await makeWorld('Sign out');
  const password = 'a long enough passphrase for sign-out';
  await setPassword(world.people.GOVERNOR, password);
  await new SignInPage(page).signInAs(world.people.GOVERNOR.email, password);
  const copied = (await page.context().cookies()).find((cookie) => cookie.name === 'next-auth.session-token')!.value;
  const replay = await playwright.request.newContext({
    baseURL: page.url(),
    extraHTTPHeaders: { cookie: `next-auth.session-token=${copied}` },
    maxRedirects: 0,
  });
  expect((await replay.get(`/schools/${world.schoolId}`)).status()).toBe(200);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByText('You have signed out.')).toBeVisible();
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in/);
  // The cookie someone copied before sign-out no longer opens anything.
  const after = await replay.get(`/schools/${world.schoolId}`);
  expect(after.status()).toBe(307);
  expect(after.headers()['location']).toMatch(/\/sign-in/);
  const session = await (await replay.get('/api/auth/session')).json();
  expect(session.actor).toBeUndefined();
  expect(session.user).toBeUndefined();
  await replay.dispose();
});

test('after sign-in, callbackUrl only ever leads to a page of this site (F5)', async ({ page }) => {
  const world = await makeWorld('Callback');
  const password = 'a long enough passphrase for callbacks';
  await setPassword(world.people.SCHOOL_LEADER, password);
  for (const evil of ['/\\example.org', '/%09/example.org', '//example.org', 'https://example.org/']) {
    await page.context().clearCookies();
    await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(evil)}`);
    await new SignInPage(page).signIn(world.people.SCHOOL_LEADER.email, password);
    // Wherever it lands (home, or this site's own not-found page for a strange path), it is here.
    await expect(page).not.toHaveURL(/\/sign-in/);
    expect(new URL(page.url()).origin, evil).toMatch(/^http:\/\/localhost:\d+$/);
    // Signed in, the same link redirects at once: still to this site.
    const response = await page.request.get(`/sign-in?callbackUrl=${encodeURIComponent(evil)}`, { maxRedirects: 0 });
    expect(response.headers()['location'] ?? '', evil).toMatch(/^\/(?!\/|\\)/);
  }
});

test('the throttle and the audit log take the address from the connection, not from X-Forwarded-For (F3)', async ({ page }) => {
  const world = await makeWorld('Forwarded');
  await setPassword(world.people.SCHOOL_LEADER, 'a long enough passphrase for addresses');
  const spoofed = '198.51.100.9';
  await page.context().setExtraHTTPHeaders({ 'X-Forwarded-For': spoofed });
  await page.goto('/sign-in');
  await new SignInPage(page).signIn(world.people.SCHOOL_LEADER.email, 'not the password at all');
  await expect(new SignInPage(page).error()).toContainText('not right');
  const recorded = await withDatabase(
    async (db) =>
      (
        await db.query(`SELECT "after"->>'address' AS address FROM "AuditEvent" WHERE "event" = 'auth.sign_in_failed' AND "actorId" = $1`, [
          world.people.SCHOOL_LEADER.id,
        ])
      ).rows,
  );
  expect(recorded).toEqual([{ address: expect.stringMatching(/^(127\.0\.0\.1|::1)$/) }]);
  const keys = await withDatabase(async (db) => (await db.query(`SELECT "key" FROM "SignInThrottle" WHERE "key" LIKE $1`, [`%${spoofed}%`])).rows);
  expect(keys).toEqual([]);
});

test('a person who forgot their password resets it from the emailed link, once', async ({ page, browser }) => {
  const world = await makeWorld('Reset');
  const person = world.people.SCHOOL_LEADER;
  await setPassword(person, 'the passphrase I forgot');
  // Signed in elsewhere: that session must end when the password is reset.
  const elsewhere = await browser.newContext();
  await signInByCookie(elsewhere, person);
  const other = await elsewhere.newPage();
  expect((await other.goto(`/schools/${world.schoolId}`))?.status()).toBe(200);

  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page.getByRole('heading', { name: 'Reset your password' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'forgot password');
  await page.getByLabel('Email address').fill(person.email);
  await page.getByRole('button', { name: 'Send me a reset link' }).click();
  await expect(page.getByText(`If ${person.email} has a Waypoint account, we have emailed it a link`)).toBeVisible();

  const link = linkIn(await latestMailTo(person.email, /Reset your Waypoint password/), /^\/reset-password\//);
  await page.goto(new URL(link).pathname);
  await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'choose a new password');
  // A known-breached password is refused, and nothing is lost.
  await page.getByLabel('New password', { exact: true }).fill('password1234');
  await page.getByLabel('Confirm your new password').fill('password1234');
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(formAlert(page)).toContainText('known to attackers');
  await page.getByLabel('New password', { exact: true }).fill('a remembered new passphrase');
  await page.getByLabel('Confirm your new password').fill('a remembered new passphrase');
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page.getByText('Your password has been changed')).toBeVisible();
  await expect(latestMailTo(person.email, /password was changed/)).resolves.toBeDefined();

  // The other session has ended; the new password works; the link does not work again.
  await other.goto(`/schools/${world.schoolId}`);
  await expect(other).toHaveURL(/\/sign-in/);
  await elsewhere.close();
  await new SignInPage(page).signInAs(person.email, 'a remembered new passphrase');
  await page.goto(new URL(link).pathname);
  await expect(page.getByRole('heading', { name: 'This link cannot be used' })).toBeVisible();
});
