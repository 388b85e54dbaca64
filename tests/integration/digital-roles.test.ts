// The digital lead and the governor with digital oversight: named by the school's leaders (or its
// trust) from the school's own members, shown in the strategy, and sent the school's reminders.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db/prisma';
import { stopJobQueue } from '@/lib/jobs/boss';
import { runReminders } from '@/lib/reminders/run-reminders';
import { listMailPreferences } from '@/lib/reminders/mail-preferences';
import { getDigitalRoleCandidates, getDigitalRoles, setDigitalRoles } from '@/lib/schools/digital-roles';
import { getStrategyWorkspace } from '@/lib/strategy/manage-strategy';
import { discardQueuedMail } from '../support/discard-queued-mail';
import { expectAppError } from '../support/expect-app-error';
import { adviser, makeTrust, makeWorld, member } from '../support/factories';

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;

beforeAll(async () => {
  w = await makeWorld();
});

afterAll(async () => {
  await discardQueuedMail();
  await stopJobQueue();
});

const version = async (schoolId: string) => (await prisma.school.findUniqueOrThrow({ where: { id: schoolId }, select: { version: true } })).version;
const emailOf = async (userId: string) => (await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } })).email;

describe('naming the digital lead and governor', () => {
  it('is for the school’s leaders and its trust’s admins, from the school’s own members', async () => {
    for (const actor of [w.contributorA, w.governorA, w.trustViewerA, w.leaderB, w.adviserContributeA]) {
      await expectAppError(setDigitalRoles(actor, w.schoolA.id, { version: await version(w.schoolA.id), leadId: null, governorId: null }), 'NOT_FOUND');
    }
    // A governor cannot be the digital lead, nor a leader of another school; a stale form is refused.
    const wrong = await expectAppError(
      setDigitalRoles(w.leaderA, w.schoolA.id, { version: await version(w.schoolA.id), leadId: w.governorA.userId, governorId: w.leaderB.userId }),
      'VALIDATION',
    );
    expect(Object.keys(wrong.fieldErrors ?? {}).sort()).toEqual(['governorId', 'leadId']);
    await expectAppError(setDigitalRoles(w.leaderA, w.schoolA.id, { version: 0, leadId: null, governorId: null }), 'CONFLICT');

    await setDigitalRoles(w.trustAdminA, w.schoolA.id, { version: await version(w.schoolA.id), leadId: w.contributorA.userId, governorId: w.governorA.userId });
    const roles = await getDigitalRoles(w.governorA, w.schoolA.id);
    expect(roles.lead?.id).toBe(w.contributorA.userId);
    expect(roles.governor?.id).toBe(w.governorA.userId);
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { event: 'school.digital_roles_set', schoolId: w.schoolA.id },
      orderBy: { createdAt: 'desc' },
    });
    expect(audit.actorId).toBe(w.trustAdminA.userId);
  });

  it('offers the school’s staff and governors only to those who may change the roles', async () => {
    const candidates = await getDigitalRoleCandidates(w.leaderA, w.schoolA.id);
    expect(candidates.leads.map((p) => p.id)).toEqual(expect.arrayContaining([w.leaderA.userId, w.contributorA.userId]));
    expect(candidates.leads.map((p) => p.id)).not.toContain(w.governorA.userId);
    expect(candidates.governors.map((p) => p.id)).toEqual([w.governorA.userId]);
    for (const actor of [w.governorA, w.contributorA, w.trustViewerA, w.adviserReadA, w.leaderB]) {
      await expectAppError(getDigitalRoleCandidates(actor, w.schoolA.id), 'NOT_FOUND');
    }
    // Reading the named two says nothing of anyone else at the school.
    const roles = await getDigitalRoles(w.governorA, w.schoolA.id);
    expect(Object.keys(roles).sort()).toEqual(['governor', 'lead', 'version']);
  });

  it('fills the strategy’s roles section while it is empty', async () => {
    const workspace = await getStrategyWorkspace(w.leaderA, w.schoolA.id);
    expect(workspace.sections.digitalLead).toBe(w.contributorA.name);
    expect(workspace.sections.oversightGovernor).toBe(w.governorA.name);
  });

  it('unnames someone who leaves the school', async () => {
    const { trust, schools } = await makeTrust(1);
    const school = schools[0]!;
    const leader = await member('SCHOOL_LEADER', { schoolId: school.id });
    const lead = await member('SCHOOL_CONTRIBUTOR', { schoolId: school.id });
    await setDigitalRoles(leader, school.id, { version: await version(school.id), leadId: lead.userId, governorId: null });
    await prisma.membership.deleteMany({ where: { userId: lead.userId, schoolId: school.id } });
    expect((await getDigitalRoles(leader, school.id)).lead).toBeNull();
    expect(trust.id).toBeTruthy();
  });
});

describe('their reminders', () => {
  it('go to the named lead like a leader’s, and to the named governor about the strategy’s review only', async () => {
    const { schools } = await makeTrust(1);
    const school = schools[0]!;
    const leader = await member('SCHOOL_LEADER', { schoolId: school.id });
    const lead = await member('SCHOOL_CONTRIBUTOR', { schoolId: school.id });
    const otherContributor = await member('SCHOOL_CONTRIBUTOR', { schoolId: school.id });
    const governor = await member('GOVERNOR', { schoolId: school.id });
    const otherGovernor = await member('GOVERNOR', { schoolId: school.id });
    const outsideAdviser = await adviser('READ', { schoolId: school.id });
    // Made long ago, so the first cycle is due; a published strategy whose review date has passed.
    await prisma.school.update({ where: { id: school.id }, data: { createdAt: new Date('2026-01-05T09:00:00Z') } });
    await prisma.strategyVersion.create({
      data: { schoolId: school.id, number: 1, publishedByName: leader.name, content: { sections: { reviewDate: '2027-04-01' } } },
    });
    await setDigitalRoles(leader, school.id, { version: await version(school.id), leadId: lead.userId, governorId: governor.userId });

    await runReminders('2027-05-04');
    const kinds = async (userId: string) =>
      (await prisma.reminderSent.findMany({ where: { email: await emailOf(userId) }, select: { kind: true } })).map((r) => r.kind).sort();
    expect(await kinds(leader.userId)).toEqual(['cycle', 'strategy']);
    expect(await kinds(lead.userId)).toEqual(['cycle', 'strategy']);
    expect(await kinds(governor.userId)).toEqual(['strategy']);
    for (const nobody of [otherContributor, otherGovernor, outsideAdviser]) expect(await kinds(nobody.userId)).toEqual([]);

    // Their mail settings offer exactly what they can receive here.
    const settings = async (actor: typeof lead) => (await listMailPreferences(actor)).find((g) => g.scope === school.id)?.kinds.map((k) => k.kind);
    expect(await settings(lead)).toEqual(['actions', 'cycle', 'strategy']);
    expect(await settings(governor)).toEqual(['actions', 'strategy']);
    expect(await settings(otherGovernor)).toEqual(['actions']);
  });
});
