// Outside advisers: let into one school or trust by its leaders for a period, through the same
// query-level checks as members. Refused elsewhere, after the period and after revocation; every
// page they open and everything they change is in the granting tenant's audit log.
import { strategySections } from '../support/strategy-sections';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAdviserVisit } from '@/lib/advisers/record-adviser-visit';
import { grantAdviser, listAdviserGrants, revokeAdviserGrant } from '@/lib/advisers/manage-grants';
import { GrantAdviserSchema } from '@/lib/advisers/schemas';
import { prisma } from '@/lib/db/prisma';
import { stopJobQueue } from '@/lib/jobs/boss';
import { deleteGoal } from '@/lib/purpose/manage-goals';
import { getSchool } from '@/lib/schools/get-school';
import { getStrategyWorkspace, publishStrategy, saveStrategy } from '@/lib/strategy/manage-strategy';
import type { Actor } from '@/lib/tenancy/actor';
import { getCapabilities } from '@/lib/tenancy/capabilities';
import { listMyTenants } from '@/lib/tenancy/list-my-tenants';
import { getTrust } from '@/lib/trusts/get-trust';
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

const DAY_MS = 24 * 60 * 60 * 1000;
const inDays = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);
const sections = () =>
  strategySections({
    vision: 'Feedback that pupils act on, in every lesson.',
    priorities: 'Turn on multi-factor sign-in',
    budget: '',
    aiStance: '',
    digitalLead: '',
    oversightGovernor: '',
  });
const reads = (actor: Actor, schoolId: string) =>
  getSchool(actor, schoolId, 'assessment:read').then(
    () => true,
    () => false,
  );
const grantInput = (overrides: Record<string, string> = {}) =>
  GrantAdviserSchema.parse({
    tenant: `school:${w.schoolA.id}`,
    email: `strategist.${Date.now()}.${Math.random().toString(36).slice(2, 6)}@advice.example`,
    name: 'Sam Strategist',
    access: 'READ',
    endsOn: inDays(90),
    purpose: 'Wireless survey',
    ...overrides,
  });

describe('an adviser’s reach', () => {
  it('is the granting school only, and only while the grant is live', async () => {
    expect(await reads(w.adviserReadA, w.schoolA.id)).toBe(true);
    expect(await reads(w.adviserContributeA, w.schoolA.id)).toBe(true);
    // Not the sibling school of the same trust, not another trust's, not the trust itself.
    expect(await reads(w.adviserReadA, w.schoolA2.id)).toBe(false);
    expect(await reads(w.adviserReadA, w.schoolB.id)).toBe(false);
    await expectAppError(getTrust(w.adviserReadA, w.trustA.id, 'trust:read'), 'NOT_FOUND');
    // Ended and revoked grants reach nothing.
    expect(await reads(w.adviserEndedA, w.schoolA.id)).toBe(false);
    expect(await reads(w.adviserRevokedA, w.schoolA.id)).toBe(false);
    await expectAppError(getStrategyWorkspace(w.adviserEndedA, w.schoolA.id), 'NOT_FOUND');
  });

  it('ends by itself when the period ends, with nothing to run', async () => {
    const soon = await adviser('READ', { schoolId: w.schoolA.id });
    expect(await reads(soon, w.schoolA.id)).toBe(true);
    await prisma.adviserGrant.updateMany({ where: { adviserId: soon.userId }, data: { endsAt: new Date(Date.now() - 1) } });
    expect(await reads(soon, w.schoolA.id)).toBe(false);
    expect(await listMyTenants(soon)).toEqual([]);
  });

  it('through a trust’s grant covers the trust and its schools, and no other trust', async () => {
    const trustAdviser = await adviser('READ', { trustId: w.trustA.id });
    await expect(getTrust(trustAdviser, w.trustA.id, 'trust:read')).resolves.toMatchObject({ id: w.trustA.id });
    expect(await reads(trustAdviser, w.schoolA.id)).toBe(true);
    expect(await reads(trustAdviser, w.schoolA2.id)).toBe(true);
    expect(await reads(trustAdviser, w.schoolB.id)).toBe(false);
    await expectAppError(getTrust(trustAdviser, w.trustB.id, 'trust:read'), 'NOT_FOUND');
  });

  it('offers what the grant allows: a school’s grant never offers its trust’s pages', async () => {
    const school = { kind: 'school' as const, id: w.schoolA.id };
    const read = await getCapabilities(w.adviserReadA, school, w.trustA.id);
    expect(read.has('assessment:read')).toBe(true);
    expect(read.has('assessment:edit')).toBe(false);
    expect(read.has('trust:read')).toBe(false);
    const contribute = await getCapabilities(w.adviserContributeA, school, w.trustA.id);
    expect(contribute.has('strategy:edit')).toBe(true);
    expect(contribute.has('strategy:publish')).toBe(false);
    expect((await getCapabilities(w.adviserRevokedA, school, w.trustA.id)).size).toBe(0);
  });

  it('appears on the adviser’s home with the access and its last day', async () => {
    const [choice] = await listMyTenants(w.adviserReadA);
    expect(choice).toMatchObject({ kind: 'school', id: w.schoolA.id, href: `/schools/${w.schoolA.id}`, adviser: true });
    expect(choice!.roleLabel).toMatch(/^Adviser \(read only\) until \d{1,2} \w+ 20\d\d$/);
    expect(await listMyTenants(w.adviserRevokedA)).toEqual([]);
  });
});

describe('what an adviser does', () => {
  it('contributing: drafts the strategy, audited as theirs, but never publishes it', async () => {
    const saved = await saveStrategy(w.adviserContributeA, w.schoolA.id, 0, sections());
    const entry = await prisma.auditEvent.findFirst({ where: { event: 'strategy.saved', targetId: saved.id, actorId: w.adviserContributeA.userId } });
    expect(entry).toMatchObject({ schoolId: w.schoolA.id });
    await expectAppError(publishStrategy(w.adviserContributeA, w.schoolA.id, saved.version), 'NOT_FOUND');
    // Read-only advisers cannot open the draft editor or save.
    await expectAppError(getStrategyWorkspace(w.adviserReadA, w.schoolA.id), 'NOT_FOUND');
    await expectAppError(saveStrategy(w.adviserReadA, w.schoolA.id, saved.version, sections()), 'NOT_FOUND');
    expect(await prisma.strategy.findUniqueOrThrow({ where: { schoolId: w.schoolA.id } })).toMatchObject({ version: saved.version });
  });

  it('every page or file they open is in the school’s log; a member’s reads are not', async () => {
    const path = `/schools/${w.schoolA.id}/priorities`;
    await recordAdviserVisit(w.adviserReadA, { kind: 'school', id: w.schoolA.id, trustId: w.trustA.id }, path);
    await recordAdviserVisit(w.leaderA, { kind: 'school', id: w.schoolA.id, trustId: w.trustA.id }, path);
    await recordAdviserVisit(w.adviserRevokedA, { kind: 'school', id: w.schoolA.id, trustId: w.trustA.id }, path);
    const entries = await prisma.auditEvent.findMany({ where: { event: 'adviser.viewed', targetId: path } });
    expect(entries.map((e) => e.actorId)).toEqual([w.adviserReadA.userId]);
    expect(entries[0]).toMatchObject({ schoolId: w.schoolA.id, trustId: w.trustA.id });
    // The school's advisers page shows it, with the contributing adviser's save.
    const { activity } = await listAdviserGrants(w.leaderA, { kind: 'school', id: w.schoolA.id });
    expect(activity.map((e) => e.event)).toEqual(expect.arrayContaining(['adviser.viewed', 'strategy.saved']));
    expect(activity.every((e) => [w.adviserReadA, w.adviserContributeA, w.adviserEndedA, w.adviserRevokedA].some((a) => a.userId === e.actorId))).toBe(true);
  });
});

describe('granting and revoking', () => {
  it('is for the school’s leaders and its trust’s admins only', async () => {
    for (const actor of [w.contributorA, w.governorA, w.trustViewerA, w.leaderB, w.trustAdminB, w.adviserContributeA, w.adviserReadA]) {
      await expectAppError(grantAdviser(actor, grantInput()), 'NOT_FOUND');
      await expectAppError(listAdviserGrants(actor, { kind: 'school', id: w.schoolA.id }), 'NOT_FOUND');
    }
    const byTrust = await grantAdviser(w.trustAdminA, grantInput());
    expect(byTrust).toMatchObject({ schoolId: w.schoolA.id, grantedById: w.trustAdminA.userId });
  });

  it('makes an account for a new address, records it, mails the adviser and refuses a second live grant', async () => {
    const input = grantInput({ access: 'CONTRIBUTE' });
    const grant = await grantAdviser(w.leaderA, input);
    const user = await prisma.user.findUniqueOrThrow({
      where: { email: input.email },
      select: { id: true, name: true, passwordHash: true, isPlatformAdmin: true },
    });
    expect(user).toMatchObject({ name: 'Sam Strategist', passwordHash: null, isPlatformAdmin: false });
    expect(await prisma.membership.count({ where: { userId: user.id } })).toBe(0);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { event: 'adviser.granted', targetId: grant.id } });
    expect(audit).toMatchObject({ actorId: w.leaderA.userId, schoolId: w.schoolA.id, trustId: w.trustA.id });
    const jobs = await prisma.$queryRaw<Array<{ data: { to: string; subject: string; text: string } }>>`
      SELECT data FROM pgboss.job WHERE name = 'mail-send' AND data->>'to' = ${input.email}`;
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.data.subject).toBe(`${w.schoolA.name} has given you access on Waypoint`);
    expect(jobs[0]!.data.text).toMatch(/Choose a password/);
    await expectAppError(grantAdviser(w.leaderA, { ...input, access: 'READ' }), 'VALIDATION', /Check the email address/);
  });

  it('refuses a member of the school or its trust: they already have a role', async () => {
    const member = await prisma.user.findUniqueOrThrow({ where: { id: w.trustViewerA.userId } });
    const error = await expectAppError(grantAdviser(w.leaderA, grantInput({ email: member.email })), 'VALIDATION');
    expect(error.fieldErrors?.email?.[0]).toMatch(/already has a role/);
  });

  it('refuses a trust grant to someone with a role in one of its schools, and to platform admins', async () => {
    const governor = await prisma.user.findUniqueOrThrow({ where: { id: w.governorA.userId } });
    await expectAppError(grantAdviser(w.trustAdminA, grantInput({ tenant: `trust:${w.trustA.id}`, email: governor.email })), 'VALIDATION');
    const admin = await prisma.user.findUniqueOrThrow({ where: { id: w.platformAdmin.userId } });
    await expectAppError(grantAdviser(w.leaderA, grantInput({ email: admin.email })), 'VALIDATION');
  });

  it('shows the organisation the name it typed, never the account’s own name', async () => {
    const other = await prisma.user.findUniqueOrThrow({ where: { id: w.leaderB.userId } });
    const grant = await grantAdviser(w.leaderA, grantInput({ email: other.email, name: 'Typed Name' }));
    const listed = (await listAdviserGrants(w.leaderA, { kind: 'school', id: w.schoolA.id })).grants.find((g) => g.id === grant.id)!;
    expect(listed.displayName).toBe('Typed Name');
    expect(JSON.stringify(listed)).not.toContain(other.name);
  });

  it('closes an archived school to its advisers, even for reading', async () => {
    const school = await prisma.school.findUniqueOrThrow({ where: { id: w.schoolA2.id } });
    const reader = await adviser('READ', { schoolId: school.id });
    expect(await reads(reader, school.id)).toBe(true);
    await prisma.school.update({ where: { id: school.id }, data: { archivedAt: new Date() } });
    expect(
      await getSchool(reader, school.id, 'school:read').then(
        () => true,
        () => false,
      ),
    ).toBe(false);
    expect(
      await getSchool(w.trustViewerA, school.id, 'school:read').then(
        () => true,
        () => false,
      ),
    ).toBe(true);
    await prisma.school.update({ where: { id: school.id }, data: { archivedAt: null } });
  });

  it('never lets a contributing adviser delete a goal, which would change the plan', async () => {
    const goal = await prisma.learningGoal.create({
      data: { schoolId: w.schoolA.id, title: 'Adviser goal', success: 'Pupils act on it.', measure: 'A survey.', position: 9 },
    });
    await expectAppError(deleteGoal(w.adviserContributeA, w.schoolA.id, goal.id, 1), 'NOT_FOUND');
    expect(await prisma.learningGoal.count({ where: { id: goal.id } })).toBe(1);
  });

  it('revoking ends access at once, is recorded, and cannot be done twice or from elsewhere', async () => {
    const input = grantInput();
    const grant = await grantAdviser(w.leaderA, input);
    const actor = { userId: grant.adviserId, email: input.email, name: input.name, isPlatformAdmin: false };
    expect(await reads(actor, w.schoolA.id)).toBe(true);
    await expectAppError(revokeAdviserGrant(w.leaderB, { kind: 'school', id: w.schoolB.id }, grant.id), 'NOT_FOUND');
    await expectAppError(revokeAdviserGrant(w.contributorA, { kind: 'school', id: w.schoolA.id }, grant.id), 'NOT_FOUND');
    await revokeAdviserGrant(w.leaderA, { kind: 'school', id: w.schoolA.id }, grant.id);
    expect(await reads(actor, w.schoolA.id)).toBe(false);
    expect(await prisma.auditEvent.count({ where: { event: 'adviser.revoked', targetId: grant.id, actorId: w.leaderA.userId } })).toBe(1);
    await expectAppError(revokeAdviserGrant(w.leaderA, { kind: 'school', id: w.schoolA.id }, grant.id), 'VALIDATION', /already been revoked/);
    const listed = (await listAdviserGrants(w.leaderA, { kind: 'school', id: w.schoolA.id })).grants.find((g) => g.id === grant.id);
    expect(listed?.status).toBe('revoked');
  });
});

describe('a school’s view of its trust’s advisers', () => {
  it('lists the trust’s advisers who reach the school, and what they did there, with no way to end them', async () => {
    const { trust, schools } = await makeTrust(2);
    const [school, sibling] = [schools[0]!, schools[1]!];
    const leader = await member('SCHOOL_LEADER', { schoolId: school.id });
    const trustAdviser = await adviser('READ', { trustId: trust.id });
    const endedTrustAdviser = await adviser('READ', { trustId: trust.id }, { ended: true });
    const revokedTrustAdviser = await adviser('READ', { trustId: trust.id }, { revoked: true });
    await recordAdviserVisit(trustAdviser, { kind: 'school', id: school.id, trustId: trust.id }, `/schools/${school.id}`);
    await recordAdviserVisit(trustAdviser, { kind: 'school', id: sibling.id, trustId: trust.id }, `/schools/${sibling.id}`);

    const view = await listAdviserGrants(leader, { kind: 'school', id: school.id });
    expect(view.trustName).toBe(trust.name);
    expect(view.trustGrants.map((g) => g.adviserId)).toEqual([trustAdviser.userId]);
    expect(view.trustGrants[0]!.status).toBe('live');
    expect([endedTrustAdviser, revokedTrustAdviser].some((a) => view.trustGrants.some((g) => g.adviserId === a.userId))).toBe(false);
    // The school's own list (which it can revoke from) holds none of them.
    expect(view.grants).toEqual([]);
    // Their visit here is listed; their visit to the sibling school is not this school's business.
    expect(view.activity.map((e) => e.targetId)).toEqual([`/schools/${school.id}`]);

    // The trust's own page lists the grant as its own; a school elsewhere sees nothing of it.
    const trustAdmin = await member('TRUST_ADMIN', { trustId: trust.id });
    const trustView = await listAdviserGrants(trustAdmin, { kind: 'trust', id: trust.id });
    expect(trustView.grants.map((g) => g.adviserId)).toContain(trustAdviser.userId);
    expect(trustView.trustGrants).toEqual([]);
    const elsewhere = await listAdviserGrants(w.leaderB, { kind: 'school', id: w.schoolB.id });
    expect(elsewhere.trustGrants.some((g) => g.adviserId === trustAdviser.userId)).toBe(false);
    const standalone = await listAdviserGrants(w.standaloneLeader, { kind: 'school', id: w.standalone.id });
    expect(standalone).toMatchObject({ trustName: null, trustGrants: [] });
  });
});
