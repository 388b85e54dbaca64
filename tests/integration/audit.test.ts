import { describe, expect, it } from 'vitest';
import { changePassword, updateProfile } from '@/lib/account/update-account';
import type { AuditFilters } from '@/lib/audit/audit-filters';
import { listAuditEvents } from '@/lib/audit/list-audit-events';
import { hashPassword } from '@/lib/auth/password';
import { prisma } from '@/lib/db/prisma';
import { createInvitation } from '@/lib/invitations/create-invitation';
import { changeMemberRole } from '@/lib/members/change-member-role';
import { removeMember } from '@/lib/members/remove-member';
import { setSchoolArchived } from '@/lib/schools/archive-school';
import { createSchoolInTrust } from '@/lib/schools/create-school';
import { updateSchool } from '@/lib/schools/update-school';
import { expectAppError } from '../support/expect-app-error';
import { actorOf, makeTrust, makeUser, member, schoolDetails } from '../support/factories';

const schoolVersion = async (id: string) => (await prisma.school.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

describe('audit log', () => {
  it('records who did what, where and when, with before and after', async () => {
    const { trust } = await makeTrust(0);
    const admin = await member('TRUST_ADMIN', { trustId: trust.id });
    const details = schoolDetails({ name: 'Audited Academy' });
    const school = await createSchoolInTrust(admin, trust.id, details);
    await updateSchool(admin, school.id, { ...details, name: 'Audited Academy Renamed', version: await schoolVersion(school.id) });
    await createInvitation(admin, { email: `audited.${Date.now()}@test.waypoint`, tenant: { kind: 'school', id: school.id }, role: 'GOVERNOR' });
    const governor = await member('GOVERNOR', { schoolId: school.id });
    const membership = await prisma.membership.findFirstOrThrow({ where: { userId: governor.userId } });
    await changeMemberRole(admin, membership.id, 'SCHOOL_CONTRIBUTOR');
    await removeMember(admin, membership.id);
    await setSchoolArchived(admin, school.id, true);
    // An archived school takes no new people.
    await expectAppError(
      createInvitation(admin, { email: `late.${Date.now()}@test.waypoint`, tenant: { kind: 'school', id: school.id }, role: 'GOVERNOR' }),
      'NOT_FOUND',
    );

    const { events } = await listAuditEvents(admin, { kind: 'trust', id: trust.id });
    expect(events.map((e) => e.event).reverse()).toEqual([
      'school.created',
      'school.updated',
      'invitation.created',
      'member.role_changed',
      'member.removed',
      'school.archived',
    ]);
    const update = events.find((e) => e.event === 'school.updated')!;
    expect(update.actorId).toBe(admin.userId);
    expect(update.trustId).toBe(trust.id);
    expect(update.schoolId).toBe(school.id);
    expect(update.before).toMatchObject({ name: 'Audited Academy' });
    expect(update.after).toMatchObject({ name: 'Audited Academy Renamed' });
    const roleChange = events.find((e) => e.event === 'member.role_changed')!;
    expect(roleChange.before).toMatchObject({ role: 'GOVERNOR' });
    expect(roleChange.after).toMatchObject({ role: 'SCHOOL_CONTRIBUTOR' });
  });

  it('keeps each school’s log to its own events', async () => {
    const { trust, schools } = await makeTrust(2);
    const admin = await member('TRUST_ADMIN', { trustId: trust.id });
    await updateSchool(admin, schools[0]!.id, { ...schoolDetails({ urn: schools[0]!.urn }), version: await schoolVersion(schools[0]!.id) });
    await updateSchool(admin, schools[1]!.id, { ...schoolDetails({ urn: schools[1]!.urn }), version: await schoolVersion(schools[1]!.id) });
    const { events } = await listAuditEvents(admin, { kind: 'school', id: schools[0]!.id });
    expect(events).toHaveLength(1);
    expect(events[0]!.schoolId).toBe(schools[0]!.id);
  });

  it('writes nothing when the change is refused', async () => {
    const { trust } = await makeTrust(0);
    const admin = await member('TRUST_ADMIN', { trustId: trust.id });
    const own = await prisma.membership.findFirstOrThrow({ where: { userId: admin.userId } });
    await expectAppError(removeMember(admin, own.id), 'CONFLICT');
    expect(await prisma.auditEvent.count({ where: { trustId: trust.id } })).toBe(0);
  });

  it('records profile and password changes and ends older sessions', async () => {
    const user = await makeUser({ passwordHash: await hashPassword('the old password') });
    const actor = actorOf(user);
    await updateProfile(actor, { name: 'Renamed Person' });
    await expectAppError(changePassword(actor, { currentPassword: 'wrong password!', newPassword: 'a brand new password' }), 'VALIDATION');
    await changePassword(actor, { currentPassword: 'the old password', newPassword: 'a brand new password' });
    const after = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.name).toBe('Renamed Person');
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    const actions = (await prisma.auditEvent.findMany({ where: { actorId: user.id }, orderBy: { createdAt: 'asc' } })).map((e) => e.event);
    expect(actions).toEqual(['user.profile_updated', 'auth.password_check_failed', 'user.password_changed']);
  });
});

describe('the audit log as a record (F9)', () => {
  it('cannot be changed or deleted, even by the app’s own database role', async () => {
    const { trust } = await makeTrust(1);
    const event = await prisma.auditEvent.create({
      data: { event: 'test.event', trustId: trust.id, targetType: 'Trust', targetId: trust.id, after: { n: 1 } },
    });
    await expect(prisma.auditEvent.update({ where: { id: event.id }, data: { event: 'test.rewritten' } })).rejects.toThrow(/cannot be changed or deleted/);
    await expect(prisma.auditEvent.update({ where: { id: event.id }, data: { after: { n: 2 } } })).rejects.toThrow(/cannot be changed or deleted/);
    await expect(prisma.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/cannot be changed or deleted/);
    await expect(prisma.$executeRaw`DELETE FROM "AuditEvent" WHERE "id" = ${event.id}`).rejects.toThrow(/cannot be changed or deleted/);
    // Nor can its tenant be cleared to hide it from that tenant's log: only deleting the trust does that.
    await expect(prisma.$executeRaw`UPDATE "AuditEvent" SET "trustId" = NULL WHERE "id" = ${event.id}`).rejects.toThrow(/cannot be changed or deleted/);
    expect((await prisma.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).event).toBe('test.event');
  });

  it('keeps a school’s entries when the school itself is deleted', async () => {
    const { schools } = await makeTrust(1);
    const school = schools[0]!;
    const event = await prisma.auditEvent.create({ data: { event: 'test.kept', schoolId: school.id, targetType: 'School', targetId: school.id } });
    await prisma.school.delete({ where: { id: school.id } });
    const kept = await prisma.auditEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(kept.schoolId).toBeNull();
    expect(kept.targetId).toBe(school.id);
  });
});

describe('audit log filters', () => {
  it('narrow a trust’s log by school, person and day, never beyond the trust', async () => {
    const { recordAuditEvent } = await import('@/lib/audit/record-audit-event');
    const { trust, schools } = await makeTrust(2);
    const admin = await member('TRUST_ADMIN', { trustId: trust.id });
    const leader = await member('SCHOOL_LEADER', { schoolId: schools[1]!.id });
    for (const [actor, school] of [
      [admin, schools[0]!],
      [leader, schools[1]!],
    ] as const) {
      await prisma.$transaction((tx) =>
        recordAuditEvent(tx, actor, { event: 'school.updated', trustId: trust.id, schoolId: school.id, targetType: 'School', targetId: school.id }),
      );
    }
    const list = (filters: Partial<AuditFilters>) => listAuditEvents(admin, { kind: 'trust', id: trust.id }, { filters });
    expect((await list({ school: schools[1]!.id })).events.map((e) => e.schoolId)).toEqual([schools[1]!.id]);
    expect((await list({ person: leader.email.toUpperCase() })).events.map((e) => e.actorEmail)).toEqual([leader.email]);
    expect((await list({ person: leader.name.slice(0, 8) })).events.length).toBeGreaterThanOrEqual(1);
    expect((await list({ from: '2099-01-01' })).events).toHaveLength(0);
    const today = new Date().toISOString().slice(0, 10);
    expect((await list({ from: '2000-01-01', to: today })).events.length).toBeGreaterThanOrEqual(2);
    // A school of another trust named in the filter finds nothing of that school.
    const other = await makeTrust(1);
    expect((await list({ school: other.schools[0]!.id })).events).toHaveLength(0);
  });
});
