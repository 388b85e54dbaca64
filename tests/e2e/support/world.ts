// Each spec file builds its own world in the e2e database: a trust with two schools, a school of
// another trust, and one person per role, so no spec depends on the demo data or on another
// spec's changes. People are signed in by cookie (a session token minted with the server's
// secret), which is how the browser holds a session after the sign-in form.
import { randomBytes } from 'node:crypto';
import { simplePdf } from '../../../lib/evidence/simple-pdf.ts';
import type { BrowserContext } from '@playwright/test';
import { encode } from 'next-auth/jwt';
import pg from 'pg';
import type { AnswerValue } from '../../../lib/assessment/answer-options.ts';
import { databaseFingerprint as fingerprintOf } from '../../support/database-fingerprint';
import { E2E_PORT, E2E_SECRET, e2eDatabaseUrl } from './state';

export const ROLES = ['PLATFORM_ADMIN', 'TRUST_ADMIN', 'TRUST_VIEWER', 'SCHOOL_LEADER', 'SCHOOL_CONTRIBUTOR', 'GOVERNOR'] as const;
export type WorldRole = (typeof ROLES)[number];
export type Person = { id: string; email: string; name: string };

const id = () => `e2e${randomBytes(10).toString('hex')}`;
let urn = 300_000 + Math.floor(Math.random() * 190_000);

export async function withDatabase<T>(use: (db: pg.Client) => Promise<T>): Promise<T> {
  const db = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await db.connect();
  try {
    return await use(db);
  } finally {
    await db.end();
  }
}

async function insertSchool(db: pg.Client, name: string, trustId: string | null) {
  const schoolId = id();
  await db.query(
    `INSERT INTO "School" ("id", "trustId", "name", "urn", "phase", "type", "localAuthority", "updatedAt") VALUES ($1, $2, $3, $4, 'PRIMARY', 'ACADEMY_CONVERTER', 'Leeds', now())`,
    [schoolId, trustId, name, String(++urn)],
  );
  return schoolId;
}

async function insertPerson(db: pg.Client, label: string, isPlatformAdmin = false): Promise<Person> {
  const person = {
    id: id(),
    email: `${label.toLowerCase().replace(/[^a-z]+/g, '.')}.${randomBytes(3).toString('hex')}@e2e.waypoint`,
    name: `${label} ${randomBytes(2).toString('hex')}`,
  };
  await db.query(`INSERT INTO "User" ("id", "email", "name", "isPlatformAdmin", "updatedAt") VALUES ($1, $2, $3, $4, now())`, [
    person.id,
    person.email,
    person.name,
    isPlatformAdmin,
  ]);
  return person;
}

async function grant(db: pg.Client, person: Person, role: string, tenant: { trustId: string } | { schoolId: string }) {
  const membershipId = id();
  await db.query(`INSERT INTO "Membership" ("id", "userId", "trustId", "schoolId", "role", "updatedAt") VALUES ($1, $2, $3, $4, $5::"Role", now())`, [
    membershipId,
    person.id,
    'trustId' in tenant ? tenant.trustId : null,
    'schoolId' in tenant ? tenant.schoolId : null,
    role,
  ]);
  return membershipId;
}

// Outside advisers let into the world's first school (or its trust) for a period: live grants,
// and grants that have ended or been revoked, which must reach nothing.
export const ADVISERS = {
  ADVISER_READ: { access: 'READ', scope: 'school', live: true },
  ADVISER_CONTRIBUTE: { access: 'CONTRIBUTE', scope: 'school', live: true },
  ADVISER_TRUST: { access: 'READ', scope: 'trust', live: true },
  ADVISER_ENDED: { access: 'CONTRIBUTE', scope: 'school', live: false, ended: true },
  ADVISER_REVOKED: { access: 'CONTRIBUTE', scope: 'school', live: false, revoked: true },
} as const;
export type AdviserKey = keyof typeof ADVISERS;

async function grantAdviser(db: pg.Client, person: Person, key: AdviserKey, tenant: { trustId: string; schoolId: string }) {
  const spec: { access: string; scope: string; ended?: boolean; revoked?: boolean } = ADVISERS[key];
  const grantId = id();
  await db.query(
    `INSERT INTO "AdviserGrant" ("id", "adviserId", "trustId", "schoolId", "access", "startsAt", "endsAt", "revokedAt", "updatedAt")
     VALUES ($1, $2, $3, $4, $5::"AdviserAccess", now() - interval '30 days', now() + ($6 || ' days')::interval, $7, now())`,
    [
      grantId,
      person.id,
      spec.scope === 'trust' ? tenant.trustId : null,
      spec.scope === 'school' ? tenant.schoolId : null,
      spec.access,
      spec.ended ? '-1' : '60',
      spec.revoked ? new Date(Date.now() - 60_000) : null,
    ],
  );
  return grantId;
}

export async function makeWorld(label: string) {
  return withDatabase(async (db) => {
    const trustId = id();
    const otherTrustId = id();
    await db.query(`INSERT INTO "Trust" ("id", "name", "updatedAt") VALUES ($1, $2, now()), ($3, $4, now())`, [
      trustId,
      `${label} Trust`,
      otherTrustId,
      `${label} Other Trust`,
    ]);
    const schoolId = await insertSchool(db, `${label} Primary`, trustId);
    const siblingId = await insertSchool(db, `${label} Sibling Academy`, trustId);
    const otherSchoolId = await insertSchool(db, `${label} Elsewhere School`, otherTrustId);
    const people = {} as Record<WorldRole, Person>;
    people.PLATFORM_ADMIN = await insertPerson(db, 'Platform Admin', true);
    people.TRUST_ADMIN = await insertPerson(db, 'Trust Admin');
    people.TRUST_VIEWER = await insertPerson(db, 'Trust Viewer');
    people.SCHOOL_LEADER = await insertPerson(db, 'School Leader');
    people.SCHOOL_CONTRIBUTOR = await insertPerson(db, 'Contributor');
    people.GOVERNOR = await insertPerson(db, 'Governor');
    await grant(db, people.TRUST_ADMIN, 'TRUST_ADMIN', { trustId });
    await grant(db, people.TRUST_VIEWER, 'TRUST_VIEWER', { trustId });
    await grant(db, people.SCHOOL_LEADER, 'SCHOOL_LEADER', { schoolId });
    await grant(db, people.SCHOOL_CONTRIBUTOR, 'SCHOOL_CONTRIBUTOR', { schoolId });
    const governorMembershipId = await grant(db, people.GOVERNOR, 'GOVERNOR', { schoolId });
    // Someone of another tenant for each kind of role there.
    const outsiders = { trustAdmin: await insertPerson(db, 'Outside Trust Admin'), leader: await insertPerson(db, 'Outside Leader') };
    await grant(db, outsiders.trustAdmin, 'TRUST_ADMIN', { trustId: otherTrustId });
    await grant(db, outsiders.leader, 'SCHOOL_LEADER', { schoolId: otherSchoolId });
    const advisers = {} as Record<AdviserKey, Person & { grantId: string }>;
    for (const key of Object.keys(ADVISERS) as AdviserKey[]) {
      const person = await insertPerson(
        db,
        key
          .replace('_', ' ')
          .toLowerCase()
          .replace(/\b\w/g, (c) => c.toUpperCase()),
      );
      advisers[key] = { ...person, grantId: await grantAdviser(db, person, key, { trustId, schoolId }) };
    }
    return { trustId, otherTrustId, schoolId, siblingId, otherSchoolId, people, outsiders, advisers, governorMembershipId };
  });
}

export type World = Awaited<ReturnType<typeof makeWorld>>;

export async function sessionCookieValue(person: Person): Promise<string> {
  return encode({ token: { sub: person.id, email: person.email, name: person.name, sessionVersion: 0 }, secret: E2E_SECRET, maxAge: 3600 });
}

// Signs the browser context in as this person, without the sign-in form.
export async function signInByCookie(context: BrowserContext, person: Person) {
  await context.clearCookies();
  await context.addCookies([{ name: 'next-auth.session-token', value: await sessionCookieValue(person), url: `http://localhost:${E2E_PORT}` }]);
}

// A completed cycle, a draft, an action and a published strategy at the world's first school,
// so that every kind of page has something to show.
export async function addSchoolRecords(world: World) {
  return withDatabase(async (db) => {
    const { rows } = await db.query<{ id: string }>(`SELECT "id" FROM "CatalogueVersion" ORDER BY "publishedOn" DESC LIMIT 1`);
    const catalogueVersionId = rows[0]!.id;
    const completedId = id();
    const draftId = id();
    const summary = { overall: { score: null, maturity: 'NOT_STARTED' }, standards: [], gaps: 0, mustGaps: 0 };
    await db.query(
      `INSERT INTO "Assessment" ("id", "schoolId", "catalogueVersionId", "cycleLabel", "status", "startedAt", "completedAt", "summary", "updatedAt")
       VALUES ($1, $2, $3, '2024/25', 'COMPLETED', now() - interval '400 days', now() - interval '300 days', $4, now())`,
      [completedId, world.schoolId, catalogueVersionId, JSON.stringify(summary)],
    );
    await db.query(
      `INSERT INTO "Assessment" ("id", "schoolId", "openForSchoolId", "catalogueVersionId", "cycleLabel", "status", "previousId", "updatedAt")
       VALUES ($1, $2, $2, $3, '2025/26', 'DRAFT', $4, now())`,
      [draftId, world.schoolId, catalogueVersionId, completedId],
    );
    const planItemId = id();
    await db.query(
      `INSERT INTO "PlanItem" ("id", "schoolId", "title", "dueDate", "requirementCodes", "updatedAt") VALUES ($1, $2, 'Replace the firewall', '2027-03-31', '{}', now())`,
      [planItemId, world.schoolId],
    );
    const content = {
      number: 1,
      publishedAt: new Date().toISOString(),
      publishedByName: world.people.SCHOOL_LEADER.name,
      school: { name: 'World school', urn: '300001', phase: 'PRIMARY', localAuthority: 'Leeds' },
      trustName: 'World trust',
      sections: {
        vision: 'Pupils learn to use technology safely and well.',
        positionCommentary: '',
        priorities: ['Filtering and monitoring'],
        actionCommentary: '',
        budget: '',
        aiStance: '',
        digitalLead: 'A Lead',
        oversightGovernor: 'A Governor',
        rolesNotes: '',
        reviewDate: '2027-07-15',
        reviewCycle: 'ANNUALLY',
      },
      position: null,
      gaps: [],
      actionGroups: [],
      budget: { totalPence: 0, byGroup: [], uncosted: 0 },
    };
    await db.query(`INSERT INTO "StrategyVersion" ("id", "schoolId", "number", "content", "publishedByName") VALUES ($1, $2, 1, $3, $4)`, [
      id(),
      world.schoolId,
      JSON.stringify(content),
      content.publishedByName,
    ]);
    // The trust answers one broadband requirement centrally, so the draft has a local-difference page.
    const central = await db.query<{ code: string; hash: string }>(
      `SELECT r."code", r."contentHash" AS hash FROM "Requirement" r JOIN "Standard" s ON s."id" = r."standardId"
       WHERE r."catalogueVersionId" = $1 AND s."slug" = 'broadband-internet' ORDER BY r."position" LIMIT 1`,
      [catalogueVersionId],
    );
    const centralCode = central.rows[0]!.code;
    await db.query(`INSERT INTO "CentralService" ("id", "trustId", "covers", "schoolIds", "updatedAt") VALUES ($1, $2, $3, '{}', now())`, [
      id(),
      world.trustId,
      `requirement:${centralCode}`,
    ]);
    await db.query(
      `INSERT INTO "CentralAnswer" ("id", "trustId", "requirementCode", "value", "evidenceLinks", "requirementHash", "updatedAt") VALUES ($1, $2, $3, 'MET', '{}', $4, now())`,
      [id(), world.trustId, centralCode, central.rows[0]!.hash],
    );
    // A trust action in the first school's plan.
    const trustActionId = id();
    await db.query(`INSERT INTO "TrustAction" ("id", "trustId", "title", "requirementCodes") VALUES ($1, $2, 'Renew the broadband contract', '{}')`, [
      trustActionId,
      world.trustId,
    ]);
    await db.query(
      `INSERT INTO "PlanItem" ("id", "schoolId", "title", "requirementCodes", "trustActionId", "updatedAt") VALUES ($1, $2, 'Renew the broadband contract', '{}', $3, now())`,
      [id(), world.schoolId, trustActionId],
    );
    // An upload awaiting confirmation, for the trust's and the platform's import pages.
    const giasImportId = id();
    const platformGiasImportId = id();
    const records = JSON.stringify([
      {
        line: 2,
        urn: '399999',
        name: 'Preview School',
        typeName: 'Academy converter',
        statusName: 'Open',
        phaseName: 'Primary',
        localAuthority: 'Leeds',
        pupils: '',
        trustCode: '',
        trustName: '',
        postcode: '',
      },
    ]);
    await db.query(
      `INSERT INTO "GiasImport" ("id", "trustId", "fileName", "encoding", "records", "rowCount", "matchUrns") VALUES ($1, $2, 'extract.csv', 'utf-8', $3, 1, '{399999}'), ($4, NULL, 'national.csv', 'utf-8', $3, 1, '{}')`,
      [giasImportId, world.trustId, records, platformGiasImportId],
    );
    // A contract of the school, one of the trust, and a checked register file awaiting confirmation.
    const contractId = id();
    const trustContractId = id();
    await db.query(
      `INSERT INTO "Contract" ("id", "schoolId", "trustId", "service", "supplier", "coveredSchoolIds", "updatedAt")
       VALUES ($1, $2, NULL, 'BROADBAND', 'School Broadband Ltd', '{}', now()), ($3, NULL, $4, 'FILTERING', 'Trust Filtering Ltd', '{}', now())`,
      [contractId, world.schoolId, trustContractId, world.trustId],
    );
    const registerImportId = id();
    const trustRegisterImportId = id();
    await db.query(
      `INSERT INTO "RegisterImport" ("id", "schoolId", "trustId", "register", "fileName", "rows", "rowCount", "errorCount", "createdById")
       VALUES ($1, $2, NULL, 'contract', 'contracts.xlsx', '{"rows":[],"problems":[]}', 0, 0, $3), ($4, NULL, $5, 'kit', 'kit.xlsx', '{"rows":[],"problems":[]}', 0, 0, $6)`,
      [registerImportId, world.schoolId, world.people.SCHOOL_LEADER.id, trustRegisterImportId, world.trustId, world.people.TRUST_ADMIN.id],
    );
    // A file of evidence the school shares with governors, and a training record.
    const evidenceId = id();
    const evidenceKey = `evidence/${world.schoolId}/${evidenceId}`;
    await db.query(`INSERT INTO "StoredFile" ("key", "bytes") VALUES ($1, $2)`, [evidenceKey, Buffer.from(simplePdf(['World evidence']))]);
    await db.query(
      `INSERT INTO "EvidenceItem" ("id", "schoolId", "kind", "title", "producedOn", "validUntil", "fileKey", "fileName", "mediaType", "byteSize", "sharedWithGovernors", "updatedAt")
       VALUES ($1, $2, 'FILE', 'World backup test', '2026-11-01', '2027-11-01', $3, 'backup-test.pdf', 'application/pdf', 500, true, now())`,
      [evidenceId, world.schoolId, evidenceKey],
    );
    await db.query(`INSERT INTO "EvidenceLink" ("id", "evidenceId", "schoolId", "target") VALUES ($1, $2, $3, 'cyber-security.backup.restore-tested')`, [
      id(),
      evidenceId,
      world.schoolId,
    ]);
    const trainingRecordId = id();
    await db.query(
      `INSERT INTO "TrainingRecord" ("id", "schoolId", "name", "nameKey", "role", "updatedAt") VALUES ($1, $2, 'World Person', 'world person', 'STAFF', now())`,
      [trainingRecordId, world.schoolId],
    );
    const goalId = id();
    await db.query(
      `INSERT INTO "LearningGoal" ("id", "schoolId", "title", "success", "measure", "position", "updatedAt") VALUES ($1, $2, 'Better feedback', 'Pupils act on feedback.', 'Pupil voice.', 1, now())`,
      [goalId, world.schoolId],
    );
    const aiToolId = id();
    await db.query(
      `INSERT INTO "AiTool" ("id", "schoolId", "name", "usedBy", "checks", "updatedAt") VALUES ($1, $2, 'World chatbot', 'PUPILS', '{"filtering": "NOT_MET"}', now())`,
      [aiToolId, world.schoolId],
    );
    return {
      goalId,
      aiToolId,
      evidenceId,
      trainingRecordId,
      completedId,
      draftId,
      planItemId,
      strategyNumber: 1,
      giasImportId,
      platformGiasImportId,
      centralCode,
      trustActionId,
      contractId,
      trustContractId,
      registerImportId,
      trustRegisterImportId,
    };
  });
}

// Equal before and after means nothing was written (tests/support/database-fingerprint.ts).
export async function databaseFingerprint(): Promise<string> {
  return withDatabase(fingerprintOf);
}

// For the specs that go through the sign-in form itself.
export async function setPassword(person: Person, password: string) {
  const { hash } = await import('@node-rs/argon2');
  const passwordHash = await hash(password, { memoryCost: 19456, timeCost: 2, parallelism: 1 });
  await withDatabase((db) => db.query(`UPDATE "User" SET "passwordHash" = $2 WHERE "id" = $1`, [person.id, passwordHash]));
}

// The names (and URNs) makeWorld gave the world's trusts and schools, as the pages show them.
export async function worldNames(world: World) {
  return withDatabase(async (db) => {
    const trusts = await db.query<{ id: string; name: string }>(`SELECT "id", "name" FROM "Trust" WHERE "id" = ANY($1::text[])`, [
      [world.trustId, world.otherTrustId],
    ]);
    const schools = await db.query<{ id: string; name: string; urn: string }>(`SELECT "id", "name", "urn" FROM "School" WHERE "id" = ANY($1::text[])`, [
      [world.schoolId, world.siblingId, world.otherSchoolId],
    ]);
    const trust = (trustId: string) => trusts.rows.find((row) => row.id === trustId)!.name;
    const school = (schoolId: string) => {
      const row = schools.rows.find((r) => r.id === schoolId)!;
      return { name: row.name, urn: row.urn };
    };
    return {
      trust: trust(world.trustId),
      otherTrust: trust(world.otherTrustId),
      school: school(world.schoolId),
      sibling: school(world.siblingId),
      otherSchool: school(world.otherSchoolId),
    };
  });
}

export type { AnswerValue };

// Answers the first requirements of each named standard (catalogue order) in that cycle, as the
// answer form would store them. { 'broadband-internet': ['MET', 'NOT_MET'] } answers its first two.
// Returns the requirement codes answered, per standard.
export async function addAnswers(assessmentId: string, answers: Record<string, AnswerValue[]>): Promise<Record<string, string[]>> {
  return withDatabase(async (db) => {
    const answered: Record<string, string[]> = {};
    for (const [slug, values] of Object.entries(answers)) {
      const { rows } = await db.query<{ code: string; contentHash: string }>(
        `SELECT r."code", r."contentHash" FROM "Requirement" r
         JOIN "Standard" s ON s."id" = r."standardId"
         JOIN "Assessment" a ON a."catalogueVersionId" = r."catalogueVersionId"
         WHERE a."id" = $1 AND s."slug" = $2 ORDER BY r."position" LIMIT $3`,
        [assessmentId, slug, values.length],
      );
      if (rows.length < values.length) throw new Error(`The standard ${slug} has only ${rows.length} requirements in this cycle's catalogue`);
      for (const [index, value] of values.entries()) {
        await db.query(
          `INSERT INTO "Answer" ("id", "assessmentId", "requirementCode", "value", "notApplicableReason", "evidenceLinks", "requirementHash", "updatedAt")
           VALUES ($1, $2, $3, $4::"AnswerValue", $5, '{}', $6, now())`,
          [id(), assessmentId, rows[index]!.code, value, value === 'NOT_APPLICABLE' ? 'Does not apply to this school.' : null, rows[index]!.contentHash],
        );
      }
      answered[slug] = rows.map((row) => row.code);
    }
    return answered;
  });
}

// A completed cycle at the world's first school with these answers (see addAnswers), and nothing
// else: no draft, no plan item, no strategy. Pages score the answers live; the stored summary is a
// placeholder, as in addSchoolRecords.
export async function addCompletedCycle(world: World, answers: Record<string, AnswerValue[]>, options: { cycleLabel?: string } = {}) {
  const assessmentId = await withDatabase(async (db) => {
    const { rows } = await db.query<{ id: string }>(`SELECT "id" FROM "CatalogueVersion" ORDER BY "publishedOn" DESC, "loadedAt" DESC LIMIT 1`);
    const completedId = id();
    const summary = { overall: { score: null, maturity: 'NOT_STARTED' }, standards: [], gaps: 0, mustGaps: 0 };
    await db.query(
      `INSERT INTO "Assessment" ("id", "schoolId", "catalogueVersionId", "cycleLabel", "status", "startedAt", "completedAt", "summary", "updatedAt")
       VALUES ($1, $2, $3, $4, 'COMPLETED', now() - interval '60 days', now() - interval '30 days', $5, now())`,
      [completedId, world.schoolId, rows[0]!.id, options.cycleLabel ?? '2024/25', JSON.stringify(summary)],
    );
    return completedId;
  });
  const codes = await addAnswers(assessmentId, answers);
  return { assessmentId, codes };
}

// An item on the action plan of the world's first school.
export async function addPlanItem(
  world: World,
  item: { title: string; ownerName?: string; dueDate?: string; estimatedCostPence?: number; status?: 'PLANNED' | 'IN_PROGRESS' | 'DONE' | 'DROPPED' },
) {
  const planItemId = id();
  await withDatabase((db) =>
    db.query(
      `INSERT INTO "PlanItem" ("id", "schoolId", "title", "ownerName", "dueDate", "estimatedCostPence", "status", "requirementCodes", "updatedAt")
       VALUES ($1, $2, $3, $4, $5::date, $6, $7::"PlanItemStatus", '{}', now())`,
      [planItemId, world.schoolId, item.title, item.ownerName ?? null, item.dueDate ?? null, item.estimatedCostPence ?? null, item.status ?? 'PLANNED'],
    ),
  );
  return planItemId;
}

// Every requirement still blank in this cycle answered "not sure": a cycle completes only when
// nothing is left blank, and a test need not click through 200 questions to get there.
export async function answerEverything(assessmentId: string) {
  await withDatabase((db) =>
    db.query(
      `INSERT INTO "Answer" ("id", "assessmentId", "requirementCode", "value", "requirementHash", "updatedAt")
       SELECT 'e2e' || md5(random()::text || r."code"), a."id", r."code", 'NOT_SURE', r."contentHash", now()
       FROM "Assessment" a JOIN "Requirement" r ON r."catalogueVersionId" = a."catalogueVersionId"
       WHERE a."id" = $1 AND NOT EXISTS (SELECT 1 FROM "Answer" x WHERE x."assessmentId" = a."id" AND x."requirementCode" = r."code")`,
      [assessmentId],
    ),
  );
}

// A draft cycle at the world's first school on a named catalogue version (e.g. "2026.11"), every
// requirement answered "not sure": a school caught mid-cycle by a DfE update.
export async function addDraftOnCatalogue(world: World, version: string) {
  const assessmentId = await withDatabase(async (db) => {
    const draftId = id();
    await db.query(
      `INSERT INTO "Assessment" ("id", "schoolId", "openForSchoolId", "catalogueVersionId", "cycleLabel", "status", "startedAt", "updatedAt")
       SELECT $1, $2, $2, v."id", '2026/27', 'DRAFT', now() - interval '20 days', now() FROM "CatalogueVersion" v WHERE v."version" = $3`,
      [draftId, world.schoolId, version],
    );
    return draftId;
  });
  await answerEverything(assessmentId);
  return assessmentId;
}

// A contract in the register of the world's first school.
export async function addContract(
  world: World,
  contract: { service: string; supplier: string; endDate?: string; noticePeriod?: string; annualCostPence?: number },
) {
  const contractId = id();
  await withDatabase((db) =>
    db.query(
      `INSERT INTO "Contract" ("id", "schoolId", "service", "supplier", "endDate", "noticePeriod", "annualCostPence", "coveredSchoolIds", "updatedAt")
       VALUES ($1, $2, $3::"ContractService", $4, $5::date, $6, $7, '{}', now())`,
      [
        contractId,
        world.schoolId,
        contract.service,
        contract.supplier,
        contract.endDate ?? null,
        contract.noticePeriod ?? null,
        contract.annualCostPence ?? null,
      ],
    ),
  );
  return contractId;
}
