// Loads demo data into an empty database: `npm run db:seed` (DATABASE_URL must be set).
import { hash } from '@node-rs/argon2';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../lib/generated/prisma/client.ts';
import type { Role, SchoolPhase, SchoolType } from '../lib/generated/prisma/enums.ts';
import { seedDemoAiTools } from './demo-ai-tools.ts';
import { seedDemoAssessments } from './demo-assessments.ts';
import { seedDemoEvidence } from './demo-evidence.ts';
import { seedDemoPurpose } from './demo-purpose.ts';
import { seedDemoRegisters } from './demo-registers.ts';
import { DEMO_PASSWORD, DEMO_STANDALONE_SCHOOL, DEMO_TRUST, DEMO_TRUST_SCHOOLS, DEMO_USERS } from './demo-data.ts';

// Where the demo data may go. Its accounts share a published password, so it is loaded only into
// the embedded database, a test database, or a database someone names explicitly (--yes-demo-data).
export type SeedTarget = 'embedded' | 'test' | 'explicit';

export async function seedDemoData(databaseUrl: string, options: { target: SeedTarget; log?: (line: string) => void }) {
  const log = options.log ?? console.log;
  if (process.env.NODE_ENV === 'production' && options.target !== 'test') {
    throw new Error('Refusing to load demo data (accounts with a published password) with NODE_ENV=production.');
  }
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    if ((await prisma.user.count()) > 0) {
      log('Database already has users: demo data not loaded.');
      return false;
    }
    const passwordHash = await hash(DEMO_PASSWORD, { memoryCost: 19456, timeCost: 2, parallelism: 1 });
    const created = await prisma.$transaction(async (tx) => {
      const trust = await tx.trust.create({ data: DEMO_TRUST });
      const schools = new Map<string, string>();
      for (const school of DEMO_TRUST_SCHOOLS) {
        const created = await tx.school.create({
          data: { ...school, phase: school.phase as SchoolPhase, type: school.type as SchoolType, trustId: trust.id },
        });
        schools.set(school.urn, created.id);
      }
      const standalone = await tx.school.create({
        data: { ...DEMO_STANDALONE_SCHOOL, phase: DEMO_STANDALONE_SCHOOL.phase as SchoolPhase, type: DEMO_STANDALONE_SCHOOL.type as SchoolType },
      });
      const userIds = new Map<string, string>();
      for (const demo of DEMO_USERS) {
        const user = await tx.user.create({
          data: { email: demo.email, name: demo.name, passwordHash, isPlatformAdmin: demo.isPlatformAdmin ?? false },
        });
        userIds.set(demo.email, user.id);
        for (const membership of demo.memberships) {
          const tenant =
            membership.tenant === 'trust'
              ? { trustId: trust.id }
              : { schoolId: membership.tenant === 'standalone' ? standalone.id : schools.get(membership.urn)! };
          await tx.membership.create({ data: { userId: user.id, role: membership.role as Role, ...tenant } });
        }
      }
      const FOUR_MONTHS_MS = 122 * 24 * 60 * 60 * 1000;
      for (const demo of DEMO_USERS) {
        for (const grant of demo.advises ?? []) {
          const schoolId = grant.tenant === 'standalone' ? standalone.id : grant.tenant === 'school' ? schools.get(grant.urn)! : null;
          const leader = DEMO_USERS.find((u) =>
            u.memberships.some(
              (m) =>
                m.role === 'SCHOOL_LEADER' &&
                (grant.tenant === 'standalone' ? m.tenant === 'standalone' : m.tenant === 'school' && grant.tenant === 'school' && m.urn === grant.urn),
            ),
          );
          await tx.adviserGrant.create({
            data: {
              adviserId: userIds.get(demo.email)!,
              adviserName: demo.name,
              ...(schoolId ? { schoolId } : { trustId: trust.id }),
              access: grant.access,
              purpose: grant.purpose,
              endsAt: new Date(Date.now() + FOUR_MONTHS_MS),
              grantedById: leader ? userIds.get(leader.email) : null,
            },
          });
        }
      }
      // Riverside names its head as digital lead and its governor for digital oversight.
      await tx.school.update({
        where: { id: schools.get('148201')! },
        data: { digitalLeadId: userIds.get('head@waypoint.test'), digitalGovernorId: userIds.get('governor@waypoint.test') },
      });
      await tx.auditEvent.create({
        data: { event: 'trust.created', trustId: trust.id, targetType: 'Trust', targetId: trust.id, actorEmail: 'demo seed', after: { name: trust.name } },
      });
      return { schools, trustId: trust.id, leaderId: userIds.get('head@waypoint.test')! };
    });
    // Aire Valley is left without assessments: a clean school to try the first cycle on.
    const assessed = [...created.schools.entries()].filter(([urn]) => urn !== '148204').map(([urn, id]) => ({ urn, id }));
    await seedDemoAssessments(prisma, { schools: assessed, leaderId: created.leaderId, riversideId: created.schools.get('148201')! });
    await seedDemoRegisters(prisma, { trustId: created.trustId, schools: created.schools });
    await seedDemoEvidence(prisma, { riversideId: created.schools.get('148201')!, leaderId: created.leaderId });
    await seedDemoPurpose(prisma, { riversideId: created.schools.get('148201')!, leaderId: created.leaderId });
    await seedDemoAiTools(prisma, { riversideId: created.schools.get('148201')!, leaderId: created.leaderId });
    log(`Demo data loaded: 1 trust with ${DEMO_TRUST_SCHOOLS.length} schools, 1 standalone school, ${DEMO_USERS.length} people.`);
    return true;
  } finally {
    await prisma.$disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('Set DATABASE_URL to the database to seed.');
    process.exit(1);
  }
  if (!process.argv.includes('--yes-demo-data')) {
    console.error(
      'The demo data creates accounts whose password is published in README.md. `npm start` loads it into the embedded\n' +
        'database by itself. To load it into DATABASE_URL anyway (a throwaway database), run: npm run db:seed -- --yes-demo-data',
    );
    process.exit(1);
  }
  await seedDemoData(url, { target: 'explicit' });
}
