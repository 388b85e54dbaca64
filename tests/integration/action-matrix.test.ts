// Every server action, found by reading app/ (so a new one is covered as soon as it exists), called
// by people of another tenant and by this tenant's read-only roles: each must refuse, in words, and
// change nothing. Then fast-check fills every action's fields with arbitrary strings: never a crash,
// never "something went wrong on our side", never a write.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { initialFormState, type FormState } from '@/lib/actions/form-state';
import { prisma } from '@/lib/db/prisma';
import type { Actor } from '@/lib/tenancy/actor';
import { loadCatalogue } from '@/lib/standards/load-catalogue';
import { makeCatalogues } from '../support/catalogue-fixture';
import { databaseFingerprint } from '../support/database-fingerprint';
import { makeWorld, schoolDetails } from '../support/factories';

// A database of its own: the fingerprint reads every row of every table twice per call, so on the
// shared database it would slow down with whatever the files before it left behind (80-school
// trusts, board report PDFs). Made before anything reads DATABASE_URL.
const ownDatabase = await vi.hoisted(async () => {
  const { createTestDatabase } = await import('../support/test-database');
  const database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  return database;
});

let signedIn: Actor | null = null;
vi.mock('@/lib/auth/session', () => ({
  requireActor: async () => {
    if (!signedIn) throw Object.assign(new Error('redirect:/sign-in'), { digest: 'NEXT_REDIRECT;replace;/sign-in;307;' });
    return signedIn;
  },
  getActor: async () => signedIn,
}));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }),
}));
vi.mock('next/server', async (original) => ({ ...(await original<typeof import('next/server')>()), after: () => {} }));
vi.mock('next/navigation', async (original) => ({
  ...(await original<typeof import('next/navigation')>()),
  redirect: (url: string) => {
    throw Object.assign(new Error(`redirect:${url}`), { digest: `NEXT_REDIRECT;replace;${url};307;` });
  },
}));

const APP = path.resolve(import.meta.dirname, '../../app');
function actionFiles(dir = APP): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? actionFiles(full) : name === 'actions.ts' ? [full] : [];
  });
}

type AnyAction = (...args: unknown[]) => Promise<unknown>;
const actions: Array<{ name: string; file: string; run: AnyAction }> = [];
// Acting on oneself (account) or holding a link (invitations) is not tenant-scoped; the fuzz covers them.
const SELF_OR_PUBLIC = /\/(account|invite\/\[token\]|forgot-password|reset-password\/\[token\]|unsubscribe\/\[token\])\/actions\.ts$/;

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
let ids: Record<string, string>;
let db: pg.Client;

beforeAll(async () => {
  for (const file of actionFiles()) {
    const exported = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exported))
      if (typeof value === 'function') actions.push({ name, file: path.relative(APP, file), run: value as AnyAction });
  }
  w = await makeWorld();
  const { a, b } = makeCatalogues();
  await loadCatalogue(prisma as never, a);
  // A newer version, so "move this draft" has somewhere to go.
  await loadCatalogue(prisma as never, b);
  const leaderMembership = await prisma.membership.findFirstOrThrow({ where: { userId: w.leaderA.userId } });
  const cycle = await prisma.assessment.create({
    data: {
      schoolId: w.schoolA.id,
      openForSchoolId: w.schoolA.id,
      cycleLabel: '2026/27',
      catalogueVersionId: (await prisma.catalogueVersion.findUniqueOrThrow({ where: { version: a.version } })).id,
    },
  });
  const action = await prisma.planItem.create({ data: { schoolId: w.schoolA.id, title: 'An action of school A' } });
  const invitation = await prisma.invitation.create({
    data: {
      email: `pending.${Date.now()}@test.waypoint`,
      role: 'GOVERNOR',
      schoolId: w.schoolA.id,
      tokenHash: `matrix-${Date.now()}`,
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
  ids = {
    schoolId: w.schoolA.id,
    trustId: w.trustA.id,
    membershipId: leaderMembership.id,
    invitationId: invitation.id,
    assessmentId: cycle.id,
    actionId: action.id,
    catalogueVersionId: (await prisma.catalogueVersion.findUniqueOrThrow({ where: { version: b.version } })).id,
    importId: (
      await prisma.giasImport.create({
        data: { trustId: w.trustA.id, fileName: 'x.csv', encoding: 'utf-8', records: [], rowCount: 0, matchUrns: [w.schoolA.urn] },
      })
    ).id,
  };
  const contract = await prisma.contract.create({ data: { schoolId: w.schoolA.id, service: 'BROADBAND', supplier: 'Matrix Broadband' } });
  ids.itemId = contract.id;
  ids.ownerId = w.schoolA.id;
  ids.registerImportId = (
    await prisma.registerImport.create({
      data: {
        schoolId: w.schoolA.id,
        register: 'contract',
        fileName: 'x.xlsx',
        rows: { rows: [], problems: [] },
        rowCount: 0,
        errorCount: 0,
        createdById: w.leaderA.userId,
      },
    })
  ).id;
  ids.evidenceId = (
    await prisma.evidenceItem.create({
      data: { schoolId: w.schoolA.id, kind: 'NOTE', title: 'Matrix evidence', note: 'n', producedOn: new Date('2026-11-01') },
    })
  ).id;
  ids.goalId = (
    await prisma.learningGoal.create({
      data: { schoolId: w.schoolA.id, title: 'Matrix goal', success: 'Pupils act on feedback.', measure: 'Pupil voice.', position: 1 },
    })
  ).id;
  ids.grantId = (await prisma.adviserGrant.findFirstOrThrow({ where: { adviserId: w.adviserContributeA.userId, schoolId: w.schoolA.id } })).id;
  ids.toolId = (await prisma.aiTool.create({ data: { schoolId: w.schoolA.id, name: 'Matrix chatbot', usedBy: 'STAFF' } })).id;
  ids.recordId = (await prisma.trainingRecord.create({ data: { schoolId: w.schoolA.id, name: 'Matrix Person', nameKey: 'matrix person', role: 'STAFF' } })).id;
  db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
});

afterAll(async () => {
  await db?.end();
  await prisma.$disconnect();
  await ownDatabase.drop();
});

const fingerprint = () => databaseFingerprint(db);

const GIAS_FILE =
  'URN,EstablishmentName,TypeOfEstablishment (name),EstablishmentStatus (name),PhaseOfEducation (name),LA (name)\r\n100000,Matrix School,Academy converter,Open,Primary,Leeds\r\n';

// Every field any form sends, filled with a plausible value and this tenant's ids.
function fullForm(overrides: Record<string, string> = {}): FormData {
  const values: Record<string, string> = {
    ...ids,
    // This school's own details, so that only the tenant check stands between the form and a write.
    ...schoolDetails({ urn: w.schoolA.urn }),
    version: '1',
    archive: 'true',
    role: 'SCHOOL_LEADER',
    email: `someone.${Date.now()}@test.waypoint`,
    name: 'A Name',
    title: 'An action title',
    status: 'PLANNED',
    standardSlug: 'safety',
    'answer:safety.filter.lists': 'MET',
    'version:safety.filter.lists': '0',
    vision: 'A vision',
    intent: 'save',
    tenant: `school:${w.schoolA.id}`,
    providerAccountId: 'nothing',
    planHash: 'a'.repeat(64),
    by: 'urns',
    urns: w.schoolA.urn,
    trustCode: 'TR0001',
    // Registers: a whole contract and kit line, owned by this school.
    ownerKind: 'school',
    register: 'contract',
    service: 'BROADBAND',
    supplier: 'A supplier',
    endDate: '2027-08-31',
    category: 'LAPTOP',
    makeModel: 'A laptop',
    // Evidence: a whole note, backing one requirement.
    kind: 'NOTE',
    note: 'A note',
    producedOn: '2026-11-20',
    targets: 'cyber-security.backup.off-site',
    // Purpose: a whole learning goal.
    success: 'Pupils act on feedback within the lesson.',
    measure: 'Termly pupil voice.',
    // AI tools: a whole staff tool.
    usedBy: 'STAFF',
    personalData: 'no',
    dpiaDone: 'no',
    approved: 'no',
    // AI decisions: a whole set.
    integrity: 'declare',
    training: 'before-use',
    review: 'yearly',
    // Advisers: a whole grant.
    access: 'CONTRIBUTE',
    endsOn: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
    purpose: 'Wireless survey',
    // The end-of-cycle review: one goal rated.
    [`rating:GOAL:${ids.goalId}`]: 'HELPED',
    ...overrides,
  };
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  // A well-formed GIAS file naming this trust's school, for the import actions.
  data.set('file', new File([GIAS_FILE], 'extract.csv', { type: 'text/csv' }));
  return data;
}

type Outcome = { kind: 'state'; state: FormState } | { kind: 'redirect'; to: string } | { kind: 'value'; value: unknown } | { kind: 'crash'; error: unknown };
async function call(action: AnyAction, form: FormData): Promise<Outcome> {
  try {
    const result = await action(initialFormState, form);
    if (result && typeof result === 'object' && 'status' in result) return { kind: 'state', state: result as FormState };
    return { kind: 'value', value: result };
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? '';
    if (digest.startsWith('NEXT_REDIRECT')) return { kind: 'redirect', to: digest.split(';')[2] ?? '' };
    return { kind: 'crash', error };
  }
}

const OUR_FAULT = /went wrong on our side/;

describe('server actions', () => {
  it('are all found (this list grows with the app)', () => {
    expect(actions.length).toBeGreaterThanOrEqual(24);
  });

  it('refuse people of another tenant and this tenant’s read-only roles, and change nothing', async () => {
    const scoped = actions.filter((a) => !SELF_OR_PUBLIC.test(`/${a.file}`));
    const people = {
      trustAdminB: w.trustAdminB,
      leaderB: w.leaderB,
      standaloneLeader: w.standaloneLeader,
      governorA: w.governorA,
      trustViewerA: w.trustViewerA,
      // Advisers: read-only, and contributors whose grant has ended or been revoked.
      adviserReadA: w.adviserReadA,
      adviserEndedA: w.adviserEndedA,
      adviserRevokedA: w.adviserRevokedA,
    };
    const before = await fingerprint();
    const problems: string[] = [];
    for (const [who, actor] of Object.entries(people)) {
      signedIn = actor;
      for (const action of scoped) {
        const outcome = await call(action.run, fullForm());
        const refused = outcome.kind === 'state' && outcome.state.status === 'error' && !OUR_FAULT.test(outcome.state.message ?? '');
        if (!refused)
          problems.push(`${who} ${action.file} ${action.name}: ${JSON.stringify(outcome.kind === 'crash' ? String(outcome.error) : outcome).slice(0, 200)}`);
      }
    }
    expect(problems).toEqual([]);
    expect(await fingerprint()).toBe(before);
  }, 120_000);

  it('answer arbitrary input without a crash, and write nothing when they refuse', async () => {
    const fieldNames = [...fullForm().keys()];
    const problems: string[] = [];
    for (const actor of [w.leaderA, w.platformAdmin, null]) {
      signedIn = actor;
      for (const action of actions) {
        await fc.assert(
          fc.asyncProperty(
            fc.dictionary(fc.constantFrom(...fieldNames), fc.string({ unit: 'binary', maxLength: 60 }), { maxKeys: fieldNames.length }),
            async (fields) => {
              const form = new FormData();
              for (const [key, value] of Object.entries(fields)) form.set(key, value);
              const before = await fingerprint();
              const outcome = await call(action.run, form);
              // Some arbitrary strings are valid (any text is a name): a save is then right. A refusal
              // must leave everything as it was.
              const refused = outcome.kind !== 'state' || outcome.state.status !== 'success';
              if (refused && (await fingerprint()) !== before)
                problems.push(`${action.name} wrote although it refused: ${JSON.stringify(fields).slice(0, 160)}`);
              if (outcome.kind === 'crash' || (outcome.kind === 'state' && OUR_FAULT.test(outcome.state.message ?? ''))) {
                problems.push(
                  `${action.name}: ${JSON.stringify(fields).slice(0, 160)} -> ${outcome.kind === 'crash' ? String(outcome.error).slice(0, 200) : JSON.stringify(outcome).slice(0, 160)}`,
                );
              }
            },
          ),
          { numRuns: 15, seed: 20261201 },
        );
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
  }, 240_000);
});
