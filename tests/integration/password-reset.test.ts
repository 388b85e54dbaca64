// "Forgot your password?" through a real SMTP peer: the link arrives, works once within the hour,
// ends every session, and the same answer is given whether or not the address has an account.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { startSmtpSink } from '../support/smtp-sink';

const sink = await startSmtpSink();
process.env.SMTP_URL = sink.url;
process.env.MAIL_FROM = 'Waypoint <no-reply@waypoint.test>';

const { RESET_LIMITS, RESET_UNUSABLE, isUsableResetToken, requestPasswordReset, resetPassword } = await import('@/lib/account/password-reset');
const { authenticateWithPassword } = await import('@/lib/auth/authenticate');
const { hashPassword } = await import('@/lib/auth/password');
const { prisma } = await import('@/lib/db/prisma');
const { makeUser } = await import('../support/factories');
const { startWorker } = await import('@/lib/jobs/worker');
// Reset mails and notices go through the job queue: a worker sends them, as in production.
const worker = await startWorker({ pollingIntervalSeconds: 0.5 });

afterAll(async () => {
  await worker.stop();
  await sink.stop();
});

const context = { address: '192.0.2.44', userAgent: 'test' };
const tokenFrom = (text: string | undefined) => /\/reset-password\/([A-Za-z0-9_-]{43})/.exec(text ?? '')?.[1];

describe('password reset', () => {
  it('mails a link that sets a new password once, ends every session and sends a notice', async () => {
    const user = await makeUser({ passwordHash: await hashPassword('the old passphrase here') });
    const before = sink.received.length;
    await requestPasswordReset(user.email.toUpperCase(), context);
    const mail = await sink.nextTo(user.email, before);
    expect(mail.subject).toBe('Reset your Waypoint password');
    const token = tokenFrom(mail.text);
    expect(token).toBeDefined();
    // Only its hash is stored.
    expect(JSON.stringify(await prisma.passwordReset.findMany({ where: { userId: user.id } }))).not.toContain(token!);
    expect(await isUsableResetToken(token!)).toBe(true);

    const noticeFrom = sink.received.length;
    await resetPassword({ token: token!, password: 'a brand new passphrase' }, context);
    const after = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect((await authenticateWithPassword({ email: user.email, password: 'the old passphrase here', address: null })).ok).toBe(false);
    expect((await authenticateWithPassword({ email: user.email, password: 'a brand new passphrase', address: null })).ok).toBe(true);
    expect((await sink.nextTo(user.email, noticeFrom)).subject).toBe('Your Waypoint password was changed');

    // The link works once.
    expect(await isUsableResetToken(token!)).toBe(false);
    await expect(resetPassword({ token: token!, password: 'yet another passphrase' }, context)).rejects.toThrow(RESET_UNUSABLE);
  });

  it('sends nothing, and fails in no visible way, for an address without an account', async () => {
    const before = sink.received.length;
    await expect(requestPasswordReset(`nobody.${Date.now()}@school.example`, context)).resolves.toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(sink.received.length).toBe(before);
  });

  it('tells someone who signs in with Microsoft or Google to use that', async () => {
    const user = await makeUser();
    await prisma.providerAccount.create({ data: { userId: user.id, provider: 'azure-ad', subject: `t:${user.id}`, email: user.email } });
    const before = sink.received.length;
    await requestPasswordReset(user.email, context);
    const mail = await sink.nextTo(user.email, before);
    expect(mail.text).toMatch(/signs in with Microsoft/);
    expect(tokenFrom(mail.text)).toBeUndefined();
    expect(await prisma.passwordReset.count({ where: { userId: user.id } })).toBe(0);
  });

  it('expires after an hour, and only the newest link works', async () => {
    const user = await makeUser({ passwordHash: await hashPassword('the old passphrase here') });
    const first = sink.received.length;
    await requestPasswordReset(user.email, { address: null, userAgent: null });
    const older = tokenFrom((await sink.nextTo(user.email, first)).text)!;
    const second = sink.received.length;
    await requestPasswordReset(user.email, { address: null, userAgent: null });
    const newer = tokenFrom((await sink.nextTo(user.email, second)).text)!;
    expect(await isUsableResetToken(older)).toBe(false);
    expect(await isUsableResetToken(newer)).toBe(true);
    await prisma.passwordReset.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(resetPassword({ token: newer, password: 'a brand new passphrase' }, context)).rejects.toThrow(RESET_UNUSABLE);
  });

  it('sends at most a few links an hour to one account, however often it is asked', async () => {
    const user = await makeUser({ passwordHash: await hashPassword('the old passphrase here') });
    const before = sink.received.length;
    for (let i = 0; i < RESET_LIMITS.account + 3; i++) await requestPasswordReset(user.email, { address: null, userAgent: null });
    const toUser = () => sink.received.slice(before).filter((mail) => mail.envelopeTo.includes(user.email));
    // The worker sends them; wait for the ones allowed, then a little longer for any that should not come.
    await vi.waitFor(() => expect(toUser().length).toBeGreaterThanOrEqual(RESET_LIMITS.account), { timeout: 15_000, interval: 200 });
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(toUser()).toHaveLength(RESET_LIMITS.account);
  });
});
