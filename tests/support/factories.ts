// Builds a fresh, isolated world per test: two trusts, their schools, a standalone school and one
// person per role. Nothing is shared between tests, so they can run in any order.
import { randomBytes } from 'node:crypto';
import { prisma } from '@/lib/db/prisma';
import type { Role } from '@/lib/auth/roles';
import type { Actor } from '@/lib/tenancy/actor';

// Each file starts at a random URN and counts up; files share one database, so a school whose URN
// another file already took is made again with a fresh start (the URN is unique nationally).
let urnCounter = Math.floor(Math.random() * 400_000) + 500_000;
export const nextUrn = () => String(++urnCounter);

async function createSchool(data: Omit<Parameters<typeof prisma.school.create>[0]['data'], 'urn'>) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await prisma.school.create({ data: { ...data, urn: nextUrn() } as Parameters<typeof prisma.school.create>[0]['data'] });
    } catch (error) {
      if (attempt >= 5 || (error as { code?: string }).code !== 'P2002') throw error;
      urnCounter = Math.floor(Math.random() * 400_000) + 500_000;
    }
  }
}
const tag = () => randomBytes(4).toString('hex');

export async function makeUser(options: { name?: string; email?: string; isPlatformAdmin?: boolean; passwordHash?: string } = {}) {
  const id = tag();
  return prisma.user.create({
    data: {
      email: options.email ?? `person-${id}@test.waypoint`,
      name: options.name ?? `Person ${id}`,
      isPlatformAdmin: options.isPlatformAdmin ?? false,
      passwordHash: options.passwordHash,
    },
  });
}

export function actorOf(user: { id: string; email: string; name: string; isPlatformAdmin: boolean }): Actor {
  return { userId: user.id, email: user.email, name: user.name, isPlatformAdmin: user.isPlatformAdmin };
}

export async function makeTrust(schoolCount = 2) {
  const trust = await prisma.trust.create({ data: { name: `Trust ${tag()}` } });
  const schools = [];
  for (let i = 0; i < schoolCount; i++) {
    schools.push(await createSchool({ name: `School ${tag()}`, phase: 'PRIMARY', type: 'ACADEMY_CONVERTER', localAuthority: 'Leeds', trustId: trust.id }));
  }
  return { trust, schools };
}

export async function makeStandaloneSchool() {
  return createSchool({ name: `Standalone ${tag()}`, phase: 'SECONDARY', type: 'COMMUNITY', localAuthority: 'Kent' });
}

export async function member(role: Role, tenant: { trustId: string } | { schoolId: string }) {
  const user = await makeUser();
  await prisma.membership.create({ data: { userId: user.id, role, ...tenant } });
  return actorOf(user);
}

// An outside adviser let into one trust or school; `ended` and `revoked` give closed grants.
export async function adviser(
  access: 'READ' | 'CONTRIBUTE',
  tenant: { trustId: string } | { schoolId: string },
  options: { ended?: boolean; revoked?: boolean } = {},
) {
  const user = await makeUser();
  const day = 24 * 60 * 60 * 1000;
  await prisma.adviserGrant.create({
    data: {
      adviserId: user.id,
      access,
      ...tenant,
      startsAt: new Date(Date.now() - 30 * day),
      endsAt: new Date(Date.now() + (options.ended ? -day : 60 * day)),
      revokedAt: options.revoked ? new Date(Date.now() - 1000) : null,
    },
  });
  return actorOf(user);
}

// Two tenants side by side, and a person for every role in the first.
export async function makeWorld() {
  const a = await makeTrust(2);
  const b = await makeTrust(1);
  const standalone = await makeStandaloneSchool();
  const schoolA = a.schools[0]!;
  const platformAdmin = actorOf(await makeUser({ isPlatformAdmin: true }));
  return {
    trustA: a.trust,
    schoolA,
    schoolA2: a.schools[1]!,
    trustB: b.trust,
    schoolB: b.schools[0]!,
    standalone,
    platformAdmin,
    trustAdminA: await member('TRUST_ADMIN', { trustId: a.trust.id }),
    trustViewerA: await member('TRUST_VIEWER', { trustId: a.trust.id }),
    leaderA: await member('SCHOOL_LEADER', { schoolId: schoolA.id }),
    contributorA: await member('SCHOOL_CONTRIBUTOR', { schoolId: schoolA.id }),
    governorA: await member('GOVERNOR', { schoolId: schoolA.id }),
    trustAdminB: await member('TRUST_ADMIN', { trustId: b.trust.id }),
    leaderB: await member('SCHOOL_LEADER', { schoolId: b.schools[0]!.id }),
    standaloneLeader: await member('SCHOOL_LEADER', { schoolId: standalone.id }),
    adviserReadA: await adviser('READ', { schoolId: schoolA.id }),
    adviserContributeA: await adviser('CONTRIBUTE', { schoolId: schoolA.id }),
    adviserEndedA: await adviser('CONTRIBUTE', { schoolId: schoolA.id }, { ended: true }),
    adviserRevokedA: await adviser('CONTRIBUTE', { schoolId: schoolA.id }, { revoked: true }),
  };
}

export const schoolDetails = (overrides: Record<string, string> = {}) => ({
  name: `New School ${tag()}`,
  urn: nextUrn(),
  phase: 'PRIMARY' as const,
  type: 'ACADEMY_CONVERTER' as const,
  localAuthority: 'Leeds',
  ...overrides,
});

// A cycle completes only when every requirement is answered: fills in the ones still blank
// ("not sure" unless told), as if the school had gone through every standard.
export async function answerEverything(assessmentId: string, value: 'NOT_SURE' | 'MET' | 'NOT_MET' = 'NOT_SURE') {
  const cycle = await prisma.assessment.findUniqueOrThrow({
    where: { id: assessmentId },
    select: { catalogueVersionId: true, answers: { select: { requirementCode: true } } },
  });
  const answered = new Set(cycle.answers.map((a) => a.requirementCode));
  const requirements = await prisma.requirement.findMany({
    where: { catalogueVersionId: cycle.catalogueVersionId },
    select: { code: true, contentHash: true },
  });
  await prisma.answer.createMany({
    data: requirements.filter((r) => !answered.has(r.code)).map((r) => ({ assessmentId, requirementCode: r.code, value, requirementHash: r.contentHash })),
  });
}
