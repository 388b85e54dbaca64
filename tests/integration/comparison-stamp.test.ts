import { beforeEach, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db/prisma';
import type { Actor } from '@/lib/tenancy/actor';
import { readComparisonStamp } from '@/lib/trust-overview/read-comparison-stamp';
import { adviser, makeStandaloneSchool, makeTrust, makeUser, member } from '../support/factories';

// The stamp under which a copy of the comparison page is kept (lib/trust-overview/comparison-snapshot.ts):
// anything the page, its header or its access check is made from must change it, or a copy would be stale.

type Trust = Awaited<ReturnType<typeof makeTrust>>;
let a: Trust;
let b: Trust;
let ceo: Actor;

const stampOf = async (actor: Actor, trustId = a.trust.id, sessionVersion = 0) => readComparisonStamp(actor.userId, sessionVersion, trustId);

async function expectChangedBy(change: () => Promise<unknown>, actor: Actor = ceo) {
  const before = await stampOf(actor);
  expect(before).not.toBeNull();
  await change();
  const after = await stampOf(actor);
  expect(after?.stamp).not.toBe(before!.stamp);
}

beforeEach(async () => {
  a = await makeTrust(2);
  b = await makeTrust(1);
  ceo = await member('TRUST_ADMIN', { trustId: a.trust.id });
});

describe('the comparison page stamp', () => {
  it('is the same from one request to the next while nothing changes', async () => {
    const first = await stampOf(ceo);
    expect(first).toEqual({ stamp: expect.any(String), keepable: true });
    expect(await stampOf(ceo)).toEqual(first);
  });

  it('is not there for a session that no longer counts, an unknown person or trust', async () => {
    expect(await stampOf(ceo, a.trust.id, 1)).toBeNull();
    await prisma.user.update({ where: { id: ceo.userId }, data: { sessionVersion: { increment: 1 } } });
    expect(await stampOf(ceo, a.trust.id, 0)).toBeNull();
    expect(await stampOf(ceo, a.trust.id, 1)).not.toBeNull();
    expect(await readComparisonStamp('no-such-person', 0, a.trust.id)).toBeNull();
    expect(await stampOf(ceo, 'no-such-trust')).toBeNull();
  });

  it('lets copies be kept only for the trust’s members and platform admins, never for advisers', async () => {
    const viewer = await member('TRUST_VIEWER', { trustId: a.trust.id });
    expect((await stampOf(viewer))!.keepable).toBe(true);
    const admin = await makeUser({ isPlatformAdmin: true });
    expect((await readComparisonStamp(admin.id, 0, a.trust.id))!.keepable).toBe(true);
    // Another trust's admin and a school's leader get no copy (the full render refuses them).
    const otherCeo = await member('TRUST_ADMIN', { trustId: b.trust.id });
    expect((await stampOf(otherCeo))!.keepable).toBe(false);
    const leader = await member('SCHOOL_LEADER', { schoolId: a.schools[0]!.id });
    expect((await stampOf(leader))!.keepable).toBe(false);
    const trustAdviser = await adviser('READ', { trustId: a.trust.id });
    expect((await stampOf(trustAdviser))!.keepable).toBe(false);
    // A member who also advises anywhere is an adviser here too: every page they open is logged.
    await prisma.adviserGrant.create({
      data: { adviserId: viewer.userId, access: 'READ', schoolId: b.schools[0]!.id, startsAt: new Date(), endsAt: new Date(Date.now() + 86_400_000) },
    });
    expect((await stampOf(viewer))!.keepable).toBe(false);
  });

  it('is different for each person and each trust', async () => {
    const viewer = await member('TRUST_VIEWER', { trustId: a.trust.id });
    await prisma.membership.create({ data: { userId: ceo.userId, trustId: b.trust.id, role: 'TRUST_ADMIN' } });
    const mine = (await stampOf(ceo))!.stamp;
    expect((await stampOf(viewer))!.stamp).not.toBe(mine);
    expect((await stampOf(ceo, b.trust.id))!.stamp).not.toBe(mine);
  });

  it('changes with the person: their name or platform-admin flag', async () => {
    await expectChangedBy(() => prisma.user.update({ where: { id: ceo.userId }, data: { name: 'Tom Hughes' } }));
    await expectChangedBy(() => prisma.user.update({ where: { id: ceo.userId }, data: { isPlatformAdmin: true } }));
  });

  it('changes with their memberships: a role changed, one gained or lost, an organisation renamed or archived', async () => {
    await expectChangedBy(() => prisma.membership.updateMany({ where: { userId: ceo.userId }, data: { role: 'TRUST_VIEWER' } }));
    const standalone = await makeStandaloneSchool();
    await expectChangedBy(() => prisma.membership.create({ data: { userId: ceo.userId, schoolId: standalone.id, role: 'GOVERNOR' } }));
    await expectChangedBy(() => prisma.school.update({ where: { id: standalone.id }, data: { name: 'Renamed in the switcher' } }));
    await expectChangedBy(() => prisma.school.update({ where: { id: standalone.id }, data: { archivedAt: new Date() } }));
    await expectChangedBy(() => prisma.membership.deleteMany({ where: { userId: ceo.userId, schoolId: standalone.id } }));
    // A school of another trust in the switcher names that trust beside it.
    await prisma.membership.create({ data: { userId: ceo.userId, schoolId: b.schools[0]!.id, role: 'SCHOOL_LEADER' } });
    await expectChangedBy(() => prisma.trust.update({ where: { id: b.trust.id }, data: { name: 'Renamed trust' } }));
  });

  it('changes with the trust: its own row, and anything its comparison shows', async () => {
    await expectChangedBy(() => prisma.trust.update({ where: { id: a.trust.id }, data: { name: 'A renamed trust' } }));
    await expectChangedBy(() => prisma.trust.update({ where: { id: a.trust.id }, data: { archivedAt: new Date() } }));
    // A school's new action and a school joining: the database raises the trust's data version.
    await expectChangedBy(() => prisma.planItem.create({ data: { schoolId: a.schools[0]!.id, title: 'Replace the switches' } }));
    await expectChangedBy(() => prisma.school.update({ where: { id: b.schools[0]!.id }, data: { trustId: a.trust.id } }));
  });

  it('does not change with another trust’s data', async () => {
    const before = (await stampOf(ceo))!.stamp;
    await prisma.trust.update({ where: { id: b.trust.id }, data: { name: 'Not ours' } });
    await prisma.planItem.create({ data: { schoolId: b.schools[0]!.id, title: 'Their action' } });
    expect((await stampOf(ceo))!.stamp).toBe(before);
  });
});
