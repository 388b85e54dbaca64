// Mail through a real SMTP peer: the invitation reaches the invitee's mailbox, and only there.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startSmtpSink } from '../support/smtp-sink';

const sink = await startSmtpSink({ user: 'waypoint', password: 's3cret pass' });
process.env.SMTP_URL = sink.url;
process.env.MAIL_FROM = 'Waypoint <no-reply@waypoint.test>';

vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
let signedIn: unknown;
vi.mock('@/lib/auth/session', () => ({ requireActor: async () => signedIn, getActor: async () => signedIn }));

const { initialFormState } = await import('@/lib/actions/form-state');
const { prisma } = await import('@/lib/db/prisma');
const { acceptInvitationAsNewUser } = await import('@/lib/invitations/accept-invitation');
const { inviteMemberAction } = await import('@/app/(app)/people/actions');
const { makeTrust, member } = await import('../support/factories');

afterAll(async () => {
  await sink.stop();
});

let trust: Awaited<ReturnType<typeof makeTrust>>;
beforeAll(async () => {
  trust = await makeTrust(1);
});

describe('invitation mail over SMTP', () => {
  it('reaches the invitee with the link; the inviting admin never sees it', async () => {
    signedIn = await member('TRUST_ADMIN', { trustId: trust.trust.id });
    const email = `new.head.${Date.now()}@school.example`;
    const form = new FormData();
    for (const [key, value] of Object.entries({ email, name: 'New Head', role: 'SCHOOL_LEADER', tenant: `school:${trust.schools[0]!.id}` }))
      form.set(key, value);
    const before = sink.received.length;
    const state = await inviteMemberAction(initialFormState, form);
    expect(state).toMatchObject({ status: 'success', message: expect.stringMatching(/We have emailed/) });

    const mail = await sink.nextTo(email, before);
    expect(mail.subject).toBe(`Join ${trust.schools[0]!.name} on Waypoint`);
    expect(mail.from?.value).toEqual([{ name: 'Waypoint', address: 'no-reply@waypoint.test' }]);
    const link = /https?:\/\/[^\s"<>]+\/invite\/([A-Za-z0-9_-]{43})/.exec(mail.text ?? '');
    expect(link, 'the plain-text part carries the link').not.toBeNull();
    expect(mail.html).toContain(link![0]);
    // No tracking: no images at all.
    expect(mail.html).not.toMatch(/<img/i);
    // The admin's response holds no token in any form.
    expect(JSON.stringify(state)).not.toContain(link![1]!);

    await acceptInvitationAsNewUser({ token: link![1]!, name: 'New Head', password: 'a long enough passphrase' });
    expect(await prisma.membership.count({ where: { user: { is: { email } }, schoolId: trust.schools[0]!.id, role: 'SCHOOL_LEADER' } })).toBe(1);
  });

  it('tells the admin plainly when the mail server refuses, and the invitation can be resent', async () => {
    const { deliverInvitation } = await import('@/lib/invitations/invitation-link');
    await sink.stop();
    const actor = await member('TRUST_ADMIN', { trustId: trust.trust.id });
    const delivery = await deliverInvitation(
      { id: 'inv1', email: 'x@school.example', role: 'GOVERNOR', tenantName: 'A school', expiresAt: new Date() },
      'token-never-logged-xxxxxxxxxxxxxxxxxxxxxxxxx',
      actor,
    );
    expect(delivery).toMatchObject({ via: 'failed', email: 'x@school.example' });
  });
});
