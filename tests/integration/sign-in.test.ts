import { describe, expect, it } from 'vitest';
import { WRONG_CREDENTIALS, authenticateWithPassword } from '@/lib/auth/authenticate';
import { hashPassword } from '@/lib/auth/password';
import { prisma } from '@/lib/db/prisma';
import { makeUser } from '../support/factories';

const PASSWORD = 'correct horse battery';
const uniqueIp = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

describe('signing in with a password', () => {
  it('accepts the right password whatever the email’s case', async () => {
    const user = await makeUser({ passwordHash: await hashPassword(PASSWORD) });
    const result = await authenticateWithPassword({ email: user.email.toUpperCase(), password: PASSWORD, ip: uniqueIp() });
    expect(result).toEqual({ ok: true, user: { id: user.id, email: user.email, name: user.name } });
  });

  it('says the same thing for a wrong password and an unknown email', async () => {
    const user = await makeUser({ passwordHash: await hashPassword(PASSWORD) });
    const wrong = await authenticateWithPassword({ email: user.email, password: 'not the password', ip: uniqueIp() });
    const unknown = await authenticateWithPassword({ email: `nobody.${Date.now()}@test.waypoint`, password: PASSWORD, ip: uniqueIp() });
    expect(wrong).toEqual({ ok: false, message: WRONG_CREDENTIALS });
    expect(unknown).toEqual({ ok: false, message: WRONG_CREDENTIALS });
  });

  it('pauses an account after five failures, even for the right password, and says so', async () => {
    const user = await makeUser({ passwordHash: await hashPassword(PASSWORD) });
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await authenticateWithPassword({ email: user.email, password: 'wrong', ip: uniqueIp() }));
    expect(results.slice(0, 4).every((r) => !r.ok && r.message === WRONG_CREDENTIALS)).toBe(true);
    expect(results[4]).toMatchObject({ ok: false, message: expect.stringMatching(/paused for 15 minutes/) });
    const right = await authenticateWithPassword({ email: user.email, password: PASSWORD, ip: uniqueIp() });
    expect(right).toMatchObject({ ok: false, message: expect.stringMatching(/Too many failed sign-in attempts/) });
  }, 30_000);

  it('pauses one address that tries many accounts', async () => {
    const ip = uniqueIp();
    // 19 earlier failures from this address, as other app instances would have recorded them.
    await prisma.signInThrottle.create({ data: { key: `ip:${ip}`, failures: 19, windowStart: new Date() } });
    const user = await makeUser({ passwordHash: await hashPassword(PASSWORD) });
    const last = await authenticateWithPassword({ email: `other.${Date.now()}@test.waypoint`, password: 'x', ip });
    expect(last).toMatchObject({ ok: false, message: expect.stringMatching(/paused/) });
    const blocked = await authenticateWithPassword({ email: user.email, password: PASSWORD, ip });
    expect(blocked.ok).toBe(false);
    const elsewhere = await authenticateWithPassword({ email: user.email, password: PASSWORD, ip: uniqueIp() });
    expect(elsewhere.ok).toBe(true);
  }, 30_000);

  it('clears the account’s failures after a success', async () => {
    const user = await makeUser({ passwordHash: await hashPassword(PASSWORD) });
    await authenticateWithPassword({ email: user.email, password: 'wrong', ip: uniqueIp() });
    expect(await prisma.signInThrottle.count({ where: { key: `email:${user.email}` } })).toBe(1);
    await authenticateWithPassword({ email: user.email, password: PASSWORD, ip: uniqueIp() });
    expect(await prisma.signInThrottle.count({ where: { key: `email:${user.email}` } })).toBe(0);
  });
});
