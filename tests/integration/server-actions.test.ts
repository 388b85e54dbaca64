// Server actions are public endpoints: each must refuse another tenant's user with a clear message,
// never a crash, and save nothing. The signed-in person is stubbed; everything below is real.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { initialFormState } from '@/lib/actions/form-state';
import { prisma } from '@/lib/db/prisma';
import type { Actor } from '@/lib/tenancy/actor';
import { makeWorld, schoolDetails } from '../support/factories';

let signedIn: Actor;
vi.mock('@/lib/auth/session', () => ({
  requireActor: async () => signedIn,
  getActor: async () => signedIn,
}));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
vi.mock('next/navigation', async (original) => ({
  ...(await original<typeof import('next/navigation')>()),
  redirect: (url: string) => {
    throw Object.assign(new Error(`redirect:${url}`), { digest: `NEXT_REDIRECT;replace;${url};307;` });
  },
}));

const { changeRoleAction, inviteMemberAction, removeMemberAction, resendInvitationAction, revokeInvitationAction } = await import('@/app/(app)/people/actions');
const { updateSchoolAction, setSchoolArchivedAction } = await import('@/app/(app)/schools/[schoolId]/actions');
const { createSchoolAction } = await import('@/app/(app)/trusts/[trustId]/actions');
const { createTrustAction, createStandaloneSchoolAction } = await import('@/app/(app)/admin/actions');
const { startAssessmentAction, completeAssessmentAction } = await import('@/app/(app)/schools/[schoolId]/assessments/actions');
const { createPlanItemAction } = await import('@/app/(app)/schools/[schoolId]/plan/actions');
const { saveStrategyAction, publishStrategyAction } = await import('@/app/(app)/schools/[schoolId]/strategy/actions');

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
let governorMembershipId: string;
let invitationId: string;

beforeAll(async () => {
  w = await makeWorld();
  governorMembershipId = (await prisma.membership.findFirstOrThrow({ where: { userId: w.governorA.userId } })).id;
  invitationId = (
    await prisma.invitation.create({
      data: {
        email: 'pending@test.waypoint',
        role: 'GOVERNOR',
        schoolId: w.schoolA.id,
        tokenHash: `hash-${Date.now()}`,
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    })
  ).id;
});

beforeEach(() => {
  signedIn = w.trustAdminB;
});

const NOT_FOUND = /could not be found/;

describe('server actions refuse another tenant’s user', () => {
  it('school actions', async () => {
    const update = await updateSchoolAction(
      initialFormState,
      form({ schoolId: w.schoolA.id, version: '1', ...schoolDetails({ urn: w.schoolA.urn, name: 'Hijacked' }) }),
    );
    expect(update).toMatchObject({ status: 'error', message: expect.stringMatching(NOT_FOUND) });
    const archive = await setSchoolArchivedAction(initialFormState, form({ schoolId: w.schoolA.id, archive: 'true' }));
    expect(archive).toMatchObject({ status: 'error', message: expect.stringMatching(NOT_FOUND) });
    const create = await createSchoolAction(initialFormState, form({ trustId: w.trustA.id, ...schoolDetails() }));
    expect(create).toMatchObject({ status: 'error', message: expect.stringMatching(NOT_FOUND) });
    const school = await prisma.school.findUniqueOrThrow({ where: { id: w.schoolA.id } });
    expect(school.name).not.toBe('Hijacked');
    expect(school.archivedAt).toBeNull();
  });

  it('people actions', async () => {
    const invite = await inviteMemberAction(initialFormState, form({ email: 'spy@test.waypoint', tenant: `school:${w.schoolA.id}`, role: 'SCHOOL_LEADER' }));
    expect(invite).toMatchObject({ status: 'error', message: expect.stringMatching(NOT_FOUND) });
    const change = await changeRoleAction(initialFormState, form({ membershipId: governorMembershipId, role: 'SCHOOL_LEADER' }));
    expect(change).toMatchObject({ status: 'error', message: expect.stringMatching(NOT_FOUND) });
    const remove = await removeMemberAction(initialFormState, form({ membershipId: governorMembershipId }));
    expect(remove).toMatchObject({ status: 'error', message: expect.stringMatching(NOT_FOUND) });
    const resend = await resendInvitationAction(initialFormState, form({ invitationId }));
    expect(resend).toMatchObject({ status: 'error', message: expect.stringMatching(NOT_FOUND) });
    const revoke = await revokeInvitationAction(initialFormState, form({ invitationId }));
    expect(revoke).toMatchObject({ status: 'error', message: expect.stringMatching(NOT_FOUND) });

    expect((await prisma.membership.findUniqueOrThrow({ where: { id: governorMembershipId } })).role).toBe('GOVERNOR');
    expect((await prisma.invitation.findUniqueOrThrow({ where: { id: invitationId } })).revokedAt).toBeNull();
    expect(await prisma.invitation.count({ where: { email: 'spy@test.waypoint' } })).toBe(0);
  });

  it('platform actions', async () => {
    signedIn = w.trustAdminA;
    const trust = await createTrustAction(initialFormState, form({ name: 'Rogue Trust', adminEmail: 'rogue@test.waypoint', adminName: 'Rogue' }));
    expect(trust).toMatchObject({ status: 'error', message: 'Only platform administrators can do that.' });
    const school = await createStandaloneSchoolAction(initialFormState, form({ ...schoolDetails(), adminEmail: 'rogue@test.waypoint', adminName: 'Rogue' }));
    expect(school.status).toBe('error');
    expect(await prisma.trust.count({ where: { name: 'Rogue Trust' } })).toBe(0);
  });
});

describe('self-assessment, action plan and strategy actions refuse another tenant’s leader', () => {
  it('and save nothing', async () => {
    signedIn = w.leaderB;
    const start = await startAssessmentAction(initialFormState, form({ schoolId: w.schoolA.id }));
    expect(start).toMatchObject({ status: 'error', message: expect.stringMatching(NOT_FOUND) });
    const draft = await prisma.assessment.findFirst({ where: { schoolId: w.schoolA.id } });
    expect(draft).toBeNull();
    const complete = await completeAssessmentAction(initialFormState, form({ assessmentId: 'doesnotexist' }));
    expect(complete).toMatchObject({ status: 'error', message: expect.stringMatching(NOT_FOUND) });
    const action = await createPlanItemAction(initialFormState, form({ schoolId: w.schoolA.id, title: 'Hijack the plan', status: 'PLANNED' }));
    expect(action).toMatchObject({ status: 'error', message: expect.stringMatching(NOT_FOUND) });
    const strategy = {
      schoolId: w.schoolA.id,
      version: '0',
      vision: 'Hijacked vision',
      priorities: 'One',
      aiStance: 'x',
      digitalLead: 'x',
      oversightGovernor: 'x',
      reviewDate: '2027-07-15',
      reviewCycle: 'ANNUALLY',
    };
    expect(await saveStrategyAction(initialFormState, form(strategy))).toMatchObject({ status: 'error', message: expect.stringMatching(NOT_FOUND) });
    expect(await publishStrategyAction(initialFormState, form({ schoolId: w.schoolA.id, version: '1' }))).toMatchObject({
      status: 'error',
      message: expect.stringMatching(NOT_FOUND),
    });
    expect(await prisma.planItem.count({ where: { schoolId: w.schoolA.id } })).toBe(0);
    expect(await prisma.strategy.count({ where: { schoolId: w.schoolA.id } })).toBe(0);
  });

  it('a strategy save with bad input names the fields and keeps what was typed', async () => {
    signedIn = w.leaderA;
    const result = await saveStrategyAction(
      initialFormState,
      form({ schoolId: w.schoolA.id, version: '0', vision: 'x'.repeat(4001), priorities: 'Keep me', reviewDate: '2027-13-45', reviewCycle: 'ANNUALLY' }),
    );
    expect(result.status).toBe('error');
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(['reviewDate', 'vision']);
    expect(result.values?.priorities).toBe('Keep me');
    expect(await prisma.strategy.count({ where: { schoolId: w.schoolA.id } })).toBe(0);
  });
});

describe('server actions and bad input', () => {
  it('return field messages and the typed values, and save nothing', async () => {
    signedIn = w.leaderA;
    const result = await updateSchoolAction(
      initialFormState,
      form({ schoolId: w.schoolA.id, name: '', urn: '12', phase: 'MOON', type: '', localAuthority: 'Leeds' }),
    );
    expect(result.status).toBe('error');
    expect(result.fieldErrors?.urn?.[0]).toMatch(/6 digits/);
    expect(result.fieldErrors?.name).toBeDefined();
    expect(result.fieldErrors?.phase).toBeDefined();
    expect(result.values).toMatchObject({ urn: '12', localAuthority: 'Leeds' });
    expect((await prisma.school.findUniqueOrThrow({ where: { id: w.schoolA.id } })).urn).toBe(w.schoolA.urn);
  });

  it('never echo passwords back to the page', async () => {
    const { acceptInvitationAction } = await import('@/app/(auth)/invite/[token]/actions');
    const result = await acceptInvitationAction(initialFormState, form({ token: 'x', name: '', password: 'secret-value-123', confirmPassword: 'nope' }));
    expect(result.status).toBe('error');
    expect(JSON.stringify(result)).not.toContain('secret-value-123');
  });

  it('succeed for the right person', async () => {
    signedIn = w.leaderA;
    const result = await changeRoleAction(initialFormState, form({ membershipId: governorMembershipId, role: 'SCHOOL_CONTRIBUTOR' }));
    expect(result).toMatchObject({ status: 'success' });
  });
});
