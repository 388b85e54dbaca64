import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db/prisma';
import { changeMemberRole } from '@/lib/members/change-member-role';
import { removeMember } from '@/lib/members/remove-member';
import { expectAppError } from '../support/expect-app-error';
import { makeStandaloneSchool, makeTrust, member } from '../support/factories';

const membershipOf = (userId: string) => prisma.membership.findFirstOrThrow({ where: { userId } });

describe('a tenant never loses its last admin', () => {
  it('refuses to remove or demote the only trust admin', async () => {
    const { trust } = await makeTrust(0);
    const admin = await member('TRUST_ADMIN', { trustId: trust.id });
    const own = await membershipOf(admin.userId);
    await expectAppError(removeMember(admin, own.id), 'CONFLICT', /at least one trust admin/);
    await expectAppError(changeMemberRole(admin, own.id, 'TRUST_VIEWER'), 'CONFLICT', /at least one trust admin/);
    expect((await membershipOf(admin.userId)).role).toBe('TRUST_ADMIN');
  });

  it('allows it once another admin exists', async () => {
    const { trust } = await makeTrust(0);
    const first = await member('TRUST_ADMIN', { trustId: trust.id });
    const second = await member('TRUST_ADMIN', { trustId: trust.id });
    await changeMemberRole(second, (await membershipOf(first.userId)).id, 'TRUST_VIEWER');
    await expectAppError(removeMember(second, (await membershipOf(second.userId)).id), 'CONFLICT');
  });

  it('keeps the last school leader of a standalone school', async () => {
    const school = await makeStandaloneSchool();
    const leader = await member('SCHOOL_LEADER', { schoolId: school.id });
    await expectAppError(removeMember(leader, (await membershipOf(leader.userId)).id), 'CONFLICT', /at least one school leader/);
  });

  it('lets only one of two simultaneous removals of the last two admins succeed', async () => {
    const { trust } = await makeTrust(0);
    const a = await member('TRUST_ADMIN', { trustId: trust.id });
    const b = await member('TRUST_ADMIN', { trustId: trust.id });
    const [ma, mb] = await Promise.all([membershipOf(a.userId), membershipOf(b.userId)]);
    const results = await Promise.allSettled([removeMember(b, ma.id), removeMember(a, mb.id)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await prisma.membership.count({ where: { trustId: trust.id, role: 'TRUST_ADMIN' } })).toBe(1);
  });
});
