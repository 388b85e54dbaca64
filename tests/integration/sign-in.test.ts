import { describe, expect, it } from 'vitest';
import { changePassword } from '@/lib/account/update-account';
import { WRONG_CREDENTIALS, authenticateWithPassword } from '@/lib/auth/authenticate';
import { hashPassword } from '@/lib/auth/password';
import { LIMITS } from '@/lib/auth/throttle-policy';
import { prisma } from '@/lib/db/prisma';
import { expectAppError } from '../support/expect-app-error';
import { actorOf, makeUser } from '../support/factories';

const PASSWORD = 'correct horse battery';
const uniqueAddress = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
const signIn = (email: string, password: string, address: string | null = uniqueAddress()) => authenticateWithPassword({ email, password, address });

describe('signing in with a password', () => {
  it('accepts the right password whatever the email’s case, and records the sign-in', async () => {
    const user = await makeUser({ passwordHash: await hashPassword(PASSWORD) });
    const result = await signIn(user.email.toUpperCase(), PASSWORD, '192.0.2.10');
    expect(result).toEqual({ ok: true, user: { id: user.id, email: user.email, name: user.name } });
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { event: 'auth.signed_in', actorId: user.id } });
    expect(event.after).toMatchObject({ address: '192.0.2.10' });
  });

  it('says the same thing for a wrong password and an unknown email, and records both failures', async () => {
    const user = await makeUser({ passwordHash: await hashPassword(PASSWORD) });
    const unknownEmail = `nobody.${Date.now()}@test.waypoint`;
    expect(await signIn(user.email, 'not the password')).toEqual({ ok: false, message: WRONG_CREDENTIALS });
    expect(await signIn(unknownEmail, PASSWORD)).toEqual({ ok: false, message: WRONG_CREDENTIALS });
    expect(await prisma.auditEvent.count({ where: { event: 'auth.sign_in_failed', actorEmail: { in: [user.email, unknownEmail] } } })).toBe(2);
  });

  it('warns before pausing, then pauses one account at one address after five tries, even for the right password', async () => {
    const user = await makeUser({ passwordHash: await hashPassword(PASSWORD) });
    const address = uniqueAddress();
    const results = [];
    for (let i = 0; i < LIMITS.pair; i++) results.push(await signIn(user.email, 'wrong', address));
    expect(results.slice(0, 2).every((r) => !r.ok && r.message === WRONG_CREDENTIALS)).toBe(true);
    expect(results[2]).toEqual({ ok: false, message: `${WRONG_CREDENTIALS} 2 more tries before sign-in pauses for 15 minutes.` });
    expect(results[3]).toEqual({ ok: false, message: `${WRONG_CREDENTIALS} 1 more try before sign-in pauses for 15 minutes.` });
    expect(results[4]).toMatchObject({ ok: false, message: expect.stringMatching(/paused for 15 minutes/) });
    expect(await signIn(user.email, PASSWORD, address)).toMatchObject({ ok: false, message: expect.stringMatching(/Too many failed sign-in attempts/) });
    expect(await prisma.auditEvent.count({ where: { event: 'auth.sign_in_refused', actorEmail: user.email } })).toBe(1);
    // A colleague's typos at the school's shared address do not lock the person out from home.
    expect((await signIn(user.email, PASSWORD, uniqueAddress())).ok).toBe(true);
  }, 30_000);

  it('counts forty parallel guesses as forty, and checks at most five of them', async () => {
    const user = await makeUser({ passwordHash: await hashPassword(PASSWORD) });
    const address = uniqueAddress();
    const results = await Promise.all(Array.from({ length: 40 }, () => signIn(user.email, 'wrong', address)));
    expect(results.every((r) => !r.ok)).toBe(true);
    const pair = await prisma.signInThrottle.findUniqueOrThrow({ where: { key: `pair:${user.email}|${address}` } });
    expect(pair.failures).toBe(40);
    // Refused attempts were not guesses: they do not count against the account everywhere.
    const account = await prisma.signInThrottle.findUniqueOrThrow({ where: { key: `account:${user.email}` } });
    expect(account.failures).toBe(LIMITS.pair);
    // Only attempts within the limit reached the password check (and were logged as failures).
    expect(await prisma.auditEvent.count({ where: { event: 'auth.sign_in_failed', actorEmail: user.email } })).toBe(LIMITS.pair);
    expect(await prisma.auditEvent.count({ where: { event: 'auth.sign_in_refused', actorEmail: user.email } })).toBe(40 - LIMITS.pair);
  }, 60_000);

  it('pauses an account guessed from many addresses at the account limit', async () => {
    const user = await makeUser({ passwordHash: await hashPassword(PASSWORD) });
    await prisma.signInThrottle.create({
      data: { key: `account:${user.email}`, failures: LIMITS.account, windowStart: new Date(), lockedUntil: new Date(Date.now() + 60_000) },
    });
    expect((await signIn(user.email, PASSWORD)).ok).toBe(false);
  });

  it('never pauses an address that many accounts share', async () => {
    const address = uniqueAddress();
    await prisma.signInThrottle.create({ data: { key: `address:${address}`, failures: 500, windowStart: new Date() } });
    const user = await makeUser({ passwordHash: await hashPassword(PASSWORD) });
    const started = Date.now();
    expect((await signIn(user.email, PASSWORD, address)).ok).toBe(true);
    // It is slowed down, though.
    expect(Date.now() - started).toBeGreaterThanOrEqual(2900);
  }, 30_000);

  it('clears the person’s own counters after a success, but not the address counter', async () => {
    const user = await makeUser({ passwordHash: await hashPassword(PASSWORD) });
    const address = uniqueAddress();
    await signIn(user.email, 'wrong', address);
    expect(await prisma.signInThrottle.count({ where: { key: { in: [`account:${user.email}`, `pair:${user.email}|${address}`] } } })).toBe(2);
    await signIn(user.email, PASSWORD, address);
    expect(await prisma.signInThrottle.count({ where: { key: { in: [`account:${user.email}`, `pair:${user.email}|${address}`] } } })).toBe(0);
    // The address counter keeps the failure but not the success: a busy school is never slowed.
    expect((await prisma.signInThrottle.findUniqueOrThrow({ where: { key: `address:${address}` } })).failures).toBe(1);
  });
});

describe('the current-password check when changing a password', () => {
  it('is throttled like sign-in, so a stolen session cannot guess the password', async () => {
    const user = await makeUser({ passwordHash: await hashPassword(PASSWORD) });
    const actor = actorOf(user);
    const context = { address: uniqueAddress(), userAgent: 'test' };
    for (let i = 0; i < LIMITS.pair; i++) {
      await expectAppError(changePassword(actor, { currentPassword: `wrong ${i}`, newPassword: 'a brand new passphrase' }, context), 'VALIDATION');
    }
    await expectAppError(changePassword(actor, { currentPassword: PASSWORD, newPassword: 'a brand new passphrase' }, context), 'RATE_LIMITED');
    expect(await prisma.auditEvent.count({ where: { event: 'auth.password_check_failed', actorId: user.id } })).toBe(LIMITS.pair);
    const unchanged = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(unchanged.sessionVersion).toBe(0);
  }, 30_000);
});
