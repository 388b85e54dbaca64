import { describe, expect, it } from 'vitest';
import { verifyPassword } from '@/lib/auth/password';
import { hashInvitationToken } from '@/lib/auth/tokens';
import { prisma } from '@/lib/db/prisma';
import { acceptInvitationAsExistingUser, acceptInvitationAsNewUser, getInvitationForToken } from '@/lib/invitations/accept-invitation';
import { createInvitation } from '@/lib/invitations/create-invitation';
import { resendInvitation, revokeInvitation } from '@/lib/invitations/manage-invitation';
import { expectAppError } from '../support/expect-app-error';
import { actorOf, makeTrust, makeUser, member } from '../support/factories';

const tokenOf = (link: string) => link.split('/invite/')[1]!;

async function setUp() {
  const { trust, schools } = await makeTrust(1);
  const admin = await member('TRUST_ADMIN', { trustId: trust.id });
  return { trust, school: schools[0]!, admin };
}

describe('invitations', () => {
  it('store only a hash of the token and let the invitee join with a password', async () => {
    const { school, admin } = await setUp();
    const email = `new.head.${Date.now()}@test.waypoint`;
    const invitation = await createInvitation(admin, { email, tenant: { kind: 'school', id: school.id }, role: 'SCHOOL_LEADER' });
    const token = tokenOf(invitation.link);
    const stored = await prisma.invitation.findUniqueOrThrow({ where: { id: invitation.invitationId } });
    expect(stored.tokenHash).toBe(hashInvitationToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBe(7 * 24 * 3600 * 1000);

    expect((await getInvitationForToken(token))?.state).toBe('pending');
    const result = await acceptInvitationAsNewUser({ token, name: 'New Head', password: 'a long enough password' });
    expect(result.landingPath).toBe(`/schools/${school.id}`);
    const user = await prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true, passwordHash: true } });
    expect(await verifyPassword(user.passwordHash!, 'a long enough password')).toBe(true);
    expect(await prisma.membership.findFirst({ where: { userId: user.id, schoolId: school.id, role: 'SCHOOL_LEADER' } })).not.toBeNull();
  });

  it('work only once', async () => {
    const { school, admin } = await setUp();
    const invitation = await createInvitation(admin, { email: `once.${Date.now()}@test.waypoint`, tenant: { kind: 'school', id: school.id }, role: 'GOVERNOR' });
    const token = tokenOf(invitation.link);
    const attempts = await Promise.allSettled([
      acceptInvitationAsNewUser({ token, name: 'One', password: 'a long enough password' }),
      acceptInvitationAsNewUser({ token, name: 'Two', password: 'a long enough password' }),
    ]);
    expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
    await expectAppError(acceptInvitationAsNewUser({ token, name: 'Three', password: 'a long enough password' }), 'NOT_FOUND', /not valid any more/);
    expect((await getInvitationForToken(token))?.state).toBe('accepted');
  });

  it('stop working when expired, revoked or re-sent', async () => {
    const { school, admin } = await setUp();
    const tenant = { kind: 'school' as const, id: school.id };
    const expired = await createInvitation(admin, { email: `late.${Date.now()}@test.waypoint`, tenant, role: 'GOVERNOR' });
    await prisma.invitation.update({ where: { id: expired.invitationId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expectAppError(acceptInvitationAsNewUser({ token: tokenOf(expired.link), name: 'Late', password: 'a long enough password' }), 'NOT_FOUND');

    const revoked = await createInvitation(admin, { email: `revoked.${Date.now()}@test.waypoint`, tenant, role: 'GOVERNOR' });
    await revokeInvitation(admin, revoked.invitationId);
    await expectAppError(acceptInvitationAsNewUser({ token: tokenOf(revoked.link), name: 'Revoked', password: 'a long enough password' }), 'NOT_FOUND');

    const resent = await createInvitation(admin, { email: `resent.${Date.now()}@test.waypoint`, tenant, role: 'GOVERNOR' });
    const again = await resendInvitation(admin, resent.invitationId);
    await expectAppError(acceptInvitationAsNewUser({ token: tokenOf(resent.link), name: 'Old link', password: 'a long enough password' }), 'NOT_FOUND');
    await acceptInvitationAsNewUser({ token: tokenOf(again.link), name: 'New link', password: 'a long enough password' });
  });

  it('add a membership to an existing account only for the invited person', async () => {
    const { trust, admin } = await setUp();
    const existing = await makeUser();
    const stranger = actorOf(await makeUser());
    const invitation = await createInvitation(admin, { email: existing.email, tenant: { kind: 'trust', id: trust.id }, role: 'TRUST_VIEWER' });
    const token = tokenOf(invitation.link);
    expect((await getInvitationForToken(token))?.hasAccount).toBe(true);
    await expectAppError(acceptInvitationAsNewUser({ token, name: 'Dup', password: 'a long enough password' }), 'CONFLICT');
    await expectAppError(acceptInvitationAsExistingUser(stranger, token), 'FORBIDDEN');
    // A refused attempt leaves the invitation usable.
    expect((await getInvitationForToken(token))?.state).toBe('pending');
    await acceptInvitationAsExistingUser(actorOf(existing), token);
    expect(await prisma.membership.count({ where: { userId: existing.id, trustId: trust.id, role: 'TRUST_VIEWER' } })).toBe(1);
  });

  it('re-inviting someone replaces their earlier open invitation', async () => {
    const { school, admin } = await setUp();
    const email = `twice.${Date.now()}@test.waypoint`;
    const first = await createInvitation(admin, { email, tenant: { kind: 'school', id: school.id }, role: 'GOVERNOR' });
    await createInvitation(admin, { email, tenant: { kind: 'school', id: school.id }, role: 'SCHOOL_LEADER' });
    expect((await getInvitationForToken(tokenOf(first.link)))?.state).toBe('revoked');
    expect(await prisma.invitation.count({ where: { email, acceptedAt: null, revokedAt: null } })).toBe(1);
  });
});
