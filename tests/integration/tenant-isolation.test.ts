// Every data-layer function refuses a user of another tenant and a user of the wrong role.
import { beforeAll, describe, expect, it } from 'vitest';
import { listAuditEvents } from '@/lib/audit/list-audit-events';
import { prisma } from '@/lib/db/prisma';
import { createInvitation } from '@/lib/invitations/create-invitation';
import { resendInvitation, revokeInvitation } from '@/lib/invitations/manage-invitation';
import { changeMemberRole } from '@/lib/members/change-member-role';
import { listMembers } from '@/lib/members/list-members';
import { getMembership, removeMember } from '@/lib/members/remove-member';
import { setSchoolArchived } from '@/lib/schools/archive-school';
import { createSchoolInTrust } from '@/lib/schools/create-school';
import { getSchool } from '@/lib/schools/get-school';
import { listStandaloneSchools, listTrustSchools } from '@/lib/schools/list-schools';
import { updateSchool } from '@/lib/schools/update-school';
import { assertActor } from '@/lib/tenancy/actor';
import { listMyTenants } from '@/lib/tenancy/list-my-tenants';
import { schoolWhere } from '@/lib/tenancy/scope';
import { createStandaloneSchool, createTrust } from '@/lib/trusts/create-trust';
import { getTrust } from '@/lib/trusts/get-trust';
import { listPlatformDirectory } from '@/lib/trusts/platform-directory';
import { expectAppError } from '../support/expect-app-error';
import { makeWorld, member, schoolDetails } from '../support/factories';

const schoolVersion = async (id: string) => (await prisma.school.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;

beforeAll(async () => {
  w = await makeWorld();
});

describe('reading schools and trusts', () => {
  it('lets trust staff and the school’s own people read a school', async () => {
    for (const actor of [w.trustAdminA, w.trustViewerA, w.leaderA, w.contributorA, w.governorA, w.platformAdmin]) {
      expect((await getSchool(actor, w.schoolA.id)).id).toBe(w.schoolA.id);
    }
  });

  it('answers "not found" for another tenant’s school, whoever asks', async () => {
    for (const actor of [w.trustAdminB, w.leaderB, w.standaloneLeader]) {
      await expectAppError(getSchool(actor, w.schoolA.id), 'NOT_FOUND');
    }
    // A school leader does not reach sibling schools of the same trust.
    await expectAppError(getSchool(w.leaderA, w.schoolA2.id), 'NOT_FOUND');
  });

  it('reads a trust only with a trust role in it', async () => {
    expect((await getTrust(w.trustViewerA, w.trustA.id)).id).toBe(w.trustA.id);
    await expectAppError(getTrust(w.trustAdminB, w.trustA.id), 'NOT_FOUND');
    await expectAppError(getTrust(w.leaderA, w.trustA.id), 'NOT_FOUND');
  });

  it('lists only the schools the reader may see', async () => {
    expect((await listTrustSchools(w.trustViewerA, w.trustA.id)).map((s) => s.id).sort()).toEqual([w.schoolA.id, w.schoolA2.id].sort());
    expect(await listTrustSchools(w.trustAdminB, w.trustA.id)).toEqual([]);
    expect((await listTrustSchools(w.leaderA, w.trustA.id)).map((s) => s.id)).toEqual([w.schoolA.id]);
    expect((await listStandaloneSchools(w.standaloneLeader)).map((s) => s.id)).toEqual([w.standalone.id]);
  });

  it('keeps the platform directory to platform admins', async () => {
    const directory = await listPlatformDirectory(w.platformAdmin);
    expect(directory.trusts.some((t) => t.id === w.trustA.id)).toBe(true);
    await expectAppError(listPlatformDirectory(w.trustAdminA), 'FORBIDDEN');
  });

  it('lists only one’s own tenants in the switcher', async () => {
    const tenants = await listMyTenants(w.leaderA);
    expect(tenants.map((t) => t.id)).toEqual([w.schoolA.id]);
  });

  it('refuses to build a query without a signed-in user', () => {
    expect(() => schoolWhere({ userId: '', email: '', name: '', isPlatformAdmin: false }, 'school:read')).toThrow();
    expect(() => assertActor(undefined)).toThrow();
  });
});

describe('changing schools', () => {
  it('creates schools only as an admin of that trust', async () => {
    const created = await createSchoolInTrust(w.trustAdminA, w.trustA.id, schoolDetails());
    expect(created.trustId).toBe(w.trustA.id);
    await expectAppError(createSchoolInTrust(w.trustAdminB, w.trustA.id, schoolDetails()), 'NOT_FOUND');
    await expectAppError(createSchoolInTrust(w.trustViewerA, w.trustA.id, schoolDetails()), 'NOT_FOUND');
    await expectAppError(createSchoolInTrust(w.leaderA, w.trustA.id, schoolDetails()), 'NOT_FOUND');
  });

  it('updates a school as its leader or trust admin, not as another tenant or a lesser role', async () => {
    await updateSchool(w.leaderA, w.schoolA.id, {
      ...schoolDetails({ urn: w.schoolA.urn, name: 'Renamed by leader' }),
      version: await schoolVersion(w.schoolA.id),
    });
    await updateSchool(w.trustAdminA, w.schoolA.id, {
      ...schoolDetails({ urn: w.schoolA.urn, name: 'Renamed by trust' }),
      version: await schoolVersion(w.schoolA.id),
    });
    for (const actor of [w.trustAdminB, w.leaderB, w.trustViewerA, w.contributorA, w.governorA]) {
      await expectAppError(
        updateSchool(actor, w.schoolA.id, { ...schoolDetails({ urn: w.schoolA.urn, name: 'Hijacked' }), version: await schoolVersion(w.schoolA.id) }),
        'NOT_FOUND',
      );
    }
    expect((await prisma.school.findUniqueOrThrow({ where: { id: w.schoolA.id } })).name).toBe('Renamed by trust');
  });

  it('refuses a URN that another school already has, and saves nothing', async () => {
    const error = await expectAppError(
      updateSchool(w.trustAdminA, w.schoolA2.id, { ...schoolDetails({ urn: w.schoolB.urn }), version: await schoolVersion(w.schoolA2.id) }),
      'CONFLICT',
    );
    expect(error.fieldErrors?.urn?.[0]).toMatch(/cannot be used/);
    expect((await prisma.school.findUniqueOrThrow({ where: { id: w.schoolA2.id } })).urn).toBe(w.schoolA2.urn);
  });

  it('keeps an archived school readable but refuses every change to it (F11)', async () => {
    const school = await prisma.school.create({ data: { ...schoolDetails(), trustId: w.trustA.id } });
    const leader = await member('SCHOOL_LEADER', { schoolId: school.id });
    const governor = await member('GOVERNOR', { schoolId: school.id });
    await setSchoolArchived(w.trustAdminA, school.id, true);
    // Still readable by its people and its trust.
    expect((await getSchool(leader, school.id)).id).toBe(school.id);
    expect((await listMembers(w.trustAdminA, { kind: 'school', id: school.id })).memberships.length).toBeGreaterThan(0);
    // Nothing can be changed: details, roles, people, invitations.
    await expectAppError(
      updateSchool(leader, school.id, { ...schoolDetails({ urn: school.urn, name: 'Renamed while archived' }), version: school.version }),
      'NOT_FOUND',
    );
    const governorMembership = await prisma.membership.findFirstOrThrow({ where: { userId: governor.userId, schoolId: school.id } });
    await expectAppError(changeMemberRole(leader, governorMembership.id, 'SCHOOL_CONTRIBUTOR'), 'NOT_FOUND');
    await expectAppError(removeMember(w.trustAdminA, governorMembership.id), 'NOT_FOUND');
    await expectAppError(
      createInvitation(w.trustAdminA, { email: `late.${Date.now()}@test.waypoint`, tenant: { kind: 'school', id: school.id }, role: 'GOVERNOR' }),
      'NOT_FOUND',
    );
    expect((await prisma.school.findUniqueOrThrow({ where: { id: school.id } })).name).toBe(school.name);
    expect((await prisma.membership.findUniqueOrThrow({ where: { id: governorMembership.id } })).role).toBe('GOVERNOR');
    // Restoring is the one change allowed.
    expect((await setSchoolArchived(w.trustAdminA, school.id, false)).archivedAt).toBeNull();
  });

  it('lets only the trust change a school’s URN, and never says whose a taken URN is (F16)', async () => {
    const school = await prisma.school.create({ data: { ...schoolDetails(), trustId: w.trustA.id } });
    const leader = await member('SCHOOL_LEADER', { schoolId: school.id });
    const error = await expectAppError(
      updateSchool(leader, school.id, { ...schoolDetails({ urn: String(Number(school.urn) + 1) }), version: school.version }),
      'VALIDATION',
    );
    expect(error.fieldErrors?.urn?.[0]).toMatch(/Only your trust can change the URN/);
    const taken = await expectAppError(
      updateSchool(w.trustAdminA, school.id, { ...schoolDetails({ urn: w.standalone.urn }), version: school.version }),
      'CONFLICT',
    );
    expect(taken.message).not.toContain(w.standalone.name);
    expect(taken.fieldErrors?.urn?.[0]).toMatch(/cannot be used/);
  });

  it('archives only as a trust admin of the school’s trust', async () => {
    await expectAppError(setSchoolArchived(w.leaderA, w.schoolA2.id, true), 'NOT_FOUND');
    await expectAppError(setSchoolArchived(w.trustAdminB, w.schoolA2.id, true), 'NOT_FOUND');
    const archived = await setSchoolArchived(w.trustAdminA, w.schoolA2.id, true);
    expect(archived.archivedAt).not.toBeNull();
    expect((await setSchoolArchived(w.trustAdminA, w.schoolA2.id, false)).archivedAt).toBeNull();
  });

  it('creates trusts and standalone schools only as a platform admin', async () => {
    const input = { name: 'Fresh Trust', companyNumber: undefined, adminEmail: 'first.admin@test.waypoint', adminName: 'First Admin' };
    await expectAppError(createTrust(w.trustAdminA, input), 'FORBIDDEN');
    const { trust, delivery } = await createTrust(w.platformAdmin, input);
    // No SMTP_URL in these tests: the invitation goes to the mail folder, never back to the admin.
    expect(delivery).toMatchObject({ via: 'folder', email: input.adminEmail });
    expect(await prisma.invitation.count({ where: { trustId: trust.id, role: 'TRUST_ADMIN' } })).toBe(1);
    const schoolInput = { ...schoolDetails(), adminEmail: 'head@test.waypoint', adminName: 'Head' };
    await expectAppError(createStandaloneSchool(w.standaloneLeader, schoolInput), 'FORBIDDEN');
    const { school } = await createStandaloneSchool(w.platformAdmin, schoolInput);
    expect(school.trustId).toBeNull();
  });
});

describe('people and invitations', () => {
  it('lists members only for the tenant’s admins', async () => {
    expect((await listMembers(w.leaderA, { kind: 'school', id: w.schoolA.id })).memberships.length).toBeGreaterThanOrEqual(3);
    expect((await listMembers(w.trustAdminA, { kind: 'school', id: w.schoolA.id })).memberships.length).toBeGreaterThanOrEqual(3);
    for (const actor of [w.contributorA, w.governorA, w.trustViewerA, w.trustAdminB, w.leaderB]) {
      await expectAppError(listMembers(actor, { kind: 'school', id: w.schoolA.id }), 'NOT_FOUND');
    }
    await expectAppError(listMembers(w.leaderA, { kind: 'trust', id: w.trustA.id }), 'NOT_FOUND');
  });

  it('invites only where the inviter manages people, and only with a role of that tenant', async () => {
    const school = { kind: 'school' as const, id: w.schoolA.id };
    await createInvitation(w.leaderA, { email: 'new.teacher@test.waypoint', tenant: school, role: 'SCHOOL_CONTRIBUTOR' });
    await expectAppError(createInvitation(w.trustAdminB, { email: 'x@test.waypoint', tenant: school, role: 'GOVERNOR' }), 'NOT_FOUND');
    await expectAppError(createInvitation(w.contributorA, { email: 'x@test.waypoint', tenant: school, role: 'GOVERNOR' }), 'NOT_FOUND');
    await expectAppError(
      createInvitation(w.leaderA, { email: 'x@test.waypoint', tenant: { kind: 'trust', id: w.trustA.id }, role: 'TRUST_ADMIN' }),
      'NOT_FOUND',
    );
    const wrongRole = await expectAppError(createInvitation(w.leaderA, { email: 'x@test.waypoint', tenant: school, role: 'TRUST_ADMIN' }), 'VALIDATION');
    expect(wrongRole.fieldErrors?.role).toBeDefined();
  });

  it('refuses to invite someone who is already a member', async () => {
    const existing = await prisma.user.findUniqueOrThrow({ where: { id: w.governorA.userId } });
    await expectAppError(createInvitation(w.leaderA, { email: existing.email, tenant: { kind: 'school', id: w.schoolA.id }, role: 'GOVERNOR' }), 'CONFLICT');
  });

  it('revokes and re-sends invitations only within the tenant', async () => {
    const { invitationId } = await createInvitation(w.leaderA, {
      email: 'pending@test.waypoint',
      tenant: { kind: 'school', id: w.schoolA.id },
      role: 'GOVERNOR',
    });
    await expectAppError(revokeInvitation(w.trustAdminB, invitationId), 'NOT_FOUND');
    await expectAppError(resendInvitation(w.governorA, invitationId), 'NOT_FOUND');
    await resendInvitation(w.trustAdminA, invitationId);
    await revokeInvitation(w.leaderA, invitationId);
    expect((await prisma.invitation.findUniqueOrThrow({ where: { id: invitationId } })).revokedAt).not.toBeNull();
  });

  it('changes roles and removes members only within the tenant and with the right role', async () => {
    const target = await member('SCHOOL_CONTRIBUTOR', { schoolId: w.schoolA.id });
    const membership = await prisma.membership.findFirstOrThrow({ where: { userId: target.userId } });
    for (const actor of [w.trustAdminB, w.leaderB, w.contributorA, w.governorA, w.trustViewerA]) {
      await expectAppError(changeMemberRole(actor, membership.id, 'GOVERNOR'), 'NOT_FOUND');
      await expectAppError(removeMember(actor, membership.id), 'NOT_FOUND');
      await expectAppError(getMembership(actor, membership.id), 'NOT_FOUND');
    }
    expect((await changeMemberRole(w.leaderA, membership.id, 'GOVERNOR')).role).toBe('GOVERNOR');
    await expectAppError(changeMemberRole(w.leaderA, membership.id, 'TRUST_VIEWER'), 'VALIDATION');
    await removeMember(w.trustAdminA, membership.id);
    expect(await prisma.membership.count({ where: { id: membership.id } })).toBe(0);
  });

  it('shows audit logs only to the tenant’s admins', async () => {
    await listAuditEvents(w.leaderA, { kind: 'school', id: w.schoolA.id });
    await listAuditEvents(w.trustAdminA, { kind: 'trust', id: w.trustA.id });
    for (const actor of [w.governorA, w.contributorA, w.trustViewerA, w.trustAdminB]) {
      await expectAppError(listAuditEvents(actor, { kind: 'school', id: w.schoolA.id }), 'NOT_FOUND');
    }
    await expectAppError(listAuditEvents(w.leaderA, { kind: 'trust', id: w.trustA.id }), 'NOT_FOUND');
  });
});
