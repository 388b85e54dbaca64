// Microsoft and Google sign-in against the real database: a provider identity reaches an account
// only through a link made once, never through a matching email (F1).
import { describe, expect, it } from 'vitest';
import { unlinkProviderAccount, LAST_SIGN_IN_METHOD } from '@/lib/auth/provider-accounts';
import { findLinkedUserId, providerSignIn } from '@/lib/auth/provider-sign-in';
import { hashLinkToken } from '@/lib/auth/tokens';
import { prisma } from '@/lib/db/prisma';
import { createInvitation } from '@/lib/invitations/create-invitation';
import { actorOf, makeTrust, makeUser, member } from '../support/factories';

const context = { address: '192.0.2.1', userAgent: 'test' };
const google = (sub: string, email: string, verified = true) => ({ sub, email, email_verified: verified });
const soon = () => Date.now() + 60_000;

describe('provider sign-in', () => {
  it('does not sign in as an existing user whose email matches, without a link', async () => {
    const user = await makeUser({ isPlatformAdmin: true });
    const result = await providerSignIn('google', google(`sub-${user.id}`, user.email), null, context);
    expect(result).toEqual({ ok: false, error: 'NotLinked' });
    expect(await prisma.providerAccount.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma.auditEvent.count({ where: { event: 'auth.provider_refused', actorEmail: user.email } })).toBe(1);
  });

  it('links to the signed-in person who asked, then signs them in by subject even if the email changes', async () => {
    const user = await makeUser();
    const sub = `sub-${user.id}`;
    expect(
      await providerSignIn('google', google(sub, 'whatever@gmail.example'), { kind: 'account', userId: user.id, sessionVersion: 0, exp: soon() }, context, {
        userId: user.id,
        sessionVersion: 0,
      }),
    ).toEqual({
      ok: true,
      userId: user.id,
    });
    expect(await findLinkedUserId({ provider: 'google', subject: sub })).toBe(user.id);
    // Later, with no intent and another email on the Google account: still that person.
    expect(await providerSignIn('google', google(sub, 'renamed@gmail.example'), null, context)).toEqual({ ok: true, userId: user.id });
    // An intent left behind after its session ended (sign-out on a shared computer) links nothing,
    // and neither does one presented in someone else's session.
    const later = `sub-later-${user.id}`;
    await prisma.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(
      await providerSignIn('google', google(later, 'x@gmail.example'), { kind: 'account', userId: user.id, sessionVersion: 0, exp: soon() }, context, null),
    ).toEqual({ ok: false, error: 'NotLinked' });
    expect(
      await providerSignIn('google', google(later, 'x@gmail.example'), { kind: 'account', userId: user.id, sessionVersion: 0, exp: soon() }, context, {
        userId: user.id,
        sessionVersion: 0,
      }),
    ).toEqual({ ok: false, error: 'NotLinked' });
    expect(await findLinkedUserId({ provider: 'google', subject: later })).toBeNull();
    // Someone else cannot take over that identity by asking to link it.
    const other = await makeUser();
    expect(
      await providerSignIn('google', google(sub, other.email), { kind: 'account', userId: other.id, sessionVersion: 0, exp: soon() }, context, {
        userId: other.id,
        sessionVersion: 0,
      }),
    ).toEqual({
      ok: false,
      error: 'LinkedElsewhere',
    });
  });

  it('refuses Google accounts whose email is not verified, and Entra tenants that are not admitted', async () => {
    const user = await makeUser();
    expect(
      await providerSignIn(
        'google',
        google(`sub-${user.id}`, user.email, false),
        { kind: 'account', userId: user.id, sessionVersion: 0, exp: soon() },
        context,
        { userId: user.id, sessionVersion: 0 },
      ),
    ).toEqual({
      ok: false,
      error: 'ProviderRefused',
    });
    const tid = '99999999-0000-0000-0000-000000000000';
    const entra = { tid, oid: '11111111-0000-0000-0000-000000000000', iss: `https://login.microsoftonline.com/${tid}/v2.0`, email: user.email, xms_edov: true };
    expect(
      await providerSignIn('azure-ad', entra, { kind: 'account', userId: user.id, sessionVersion: 0, exp: soon() }, context, {
        userId: user.id,
        sessionVersion: 0,
      }),
    ).toEqual({
      ok: false,
      error: 'ProviderRefused',
    });
  });

  it('accepts an invitation when the provider vouches for the invited address, creating the account without a password', async () => {
    const { schools } = await makeTrust(1);
    const leader = await member('SCHOOL_LEADER', { schoolId: schools[0]!.id });
    const email = `gov.${Date.now()}@riverside.example`;
    const invitation = await createInvitation(leader, { email, tenant: { kind: 'school', id: schools[0]!.id }, role: 'GOVERNOR' });
    const intent = { kind: 'invitation' as const, tokenHash: hashLinkToken(invitation.token), exp: soon() };
    // Another address: refused, and the invitation stays usable.
    expect(await providerSignIn('google', google(`sub-${email}`, 'someone.else@riverside.example'), intent, context)).toEqual({
      ok: false,
      error: 'InvitationMismatch',
    });
    const result = await providerSignIn('google', google(`sub-${email}`, email.toUpperCase()), intent, context);
    expect(result.ok).toBe(true);
    const user = await prisma.user.findUniqueOrThrow({ where: { email }, include: { memberships: true, providerAccounts: true } });
    expect((await prisma.user.findUniqueOrThrow({ where: { email }, select: { passwordHash: true } })).passwordHash).toBeNull();
    expect(user.memberships.map((m) => m.role)).toEqual(['GOVERNOR']);
    expect(user.providerAccounts).toHaveLength(1);
    // Used once: the same intent cannot be replayed.
    expect(await providerSignIn('google', google(`sub-other-${email}`, email), intent, context)).toEqual({ ok: false, error: 'InvitationUnusable' });
    // Their only way in cannot be unlinked.
    await expect(unlinkProviderAccount(actorOf(user), user.providerAccounts[0]!.id)).rejects.toThrow(LAST_SIGN_IN_METHOD);
  });
});
