import { beforeEach, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db/prisma';
import { ALREADY_APPLIED, PLAN_CHANGED, applyGiasImport, chooseGiasMatch, createGiasImport, getGiasImport, listGiasImports } from '@/lib/gias/gias-import';
import { expectAppError } from '../support/expect-app-error';
import { makeWorld } from '../support/factories';
import { giasCsv, windows1252 } from '../support/gias-file';

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;

// URNs from a range the other tests' factories never use, so the national imports here cannot
// collide with schools made elsewhere in the same database.
let urnCounter = 100_000 + Math.floor(Math.random() * 80_000);
const urn = () => String(++urnCounter);

const row = (overrides: Record<string, string>) => ({
  EstablishmentName: 'Oak Academy',
  'TypeOfEstablishment (name)': 'Academy converter',
  'EstablishmentStatus (name)': 'Open',
  'PhaseOfEducation (name)': 'Primary',
  'LA (name)': 'Leeds',
  NumberOfPupils: '210',
  Postcode: 'LS1 1AA',
  'Trusts (code)': '',
  'Trusts (name)': '',
  ...overrides,
});

const bytesOf = (text: string) => new TextEncoder().encode(text);

beforeEach(async () => {
  w = await makeWorld();
});

describe('a trust imports its schools from GIAS', () => {
  it('previews, changes nothing until confirmed, then creates and updates only its own schools', async () => {
    const code = `TR${urn()}`;
    const [newOne, newTwo, otherTrust, closed] = [urn(), urn(), urn(), urn()];
    const trustName = w.trustA.name;
    const csv = giasCsv([
      row({ URN: newOne, EstablishmentName: 'Ysgol Fach', 'Trusts (code)': code, 'Trusts (name)': trustName }),
      row({
        URN: newTwo,
        EstablishmentName: 'St Mary’s C of E Primary',
        'Trusts (code)': code,
        'Trusts (name)': trustName,
        'PhaseOfEducation (name)': 'Secondary',
      }),
      // schoolA is already in the trust: its details are brought up to date.
      row({ URN: w.schoolA.urn, EstablishmentName: 'Renamed Academy', 'Trusts (code)': code, 'Trusts (name)': trustName, NumberOfPupils: '333' }),
      row({ URN: otherTrust, EstablishmentName: 'Elsewhere School', 'Trusts (code)': 'TR999999', 'Trusts (name)': 'Another Trust' }),
      row({ URN: closed, 'EstablishmentStatus (name)': 'Closed', 'Trusts (code)': code, 'Trusts (name)': trustName }),
    ]);
    const scope = { kind: 'trust' as const, trustId: w.trustA.id };
    const created = await createGiasImport(w.trustAdminA, scope, { name: 'extract.csv', bytes: windows1252(csv) });
    const view = await getGiasImport(w.trustAdminA, scope, created.id);
    expect(view.encoding).toBe('windows-1252');
    // The trust is found by its name in the file on a first import.
    expect(view.matchTrustCode).toBe(code);
    expect(view.plan!.create.map((s) => s.urn).sort()).toEqual([newOne, newTwo].sort());
    expect(view.plan!.create.find((s) => s.urn === newTwo)!.name).toBe('St Mary’s C of E Primary');
    expect(view.plan!.update).toHaveLength(1);
    expect(view.plan!.update[0]!.changes.map((c) => c.field)).toEqual(expect.arrayContaining(['name', 'pupilCount', 'postcode']));
    expect(view.plan!.skippedByReason.CLOSED).toBe(1);
    expect(view.plan!.skippedByReason.ANOTHER_TRUST).toBe(1);
    // Another trust's rows are only counted, never listed.
    expect(view.plan!.skipped.map((s) => s.urn)).not.toContain(otherTrust);
    expect(await prisma.school.count({ where: { urn: { in: [newOne, newTwo] } } })).toBe(0);

    const summary = await applyGiasImport(w.trustAdminA, scope, created.id, view.plan!.hash);
    expect(summary).toMatchObject({ created: 2, updated: 1 });
    const schools = await prisma.school.findMany({ where: { urn: { in: [newOne, newTwo, otherTrust] } }, orderBy: { urn: 'asc' } });
    expect(schools.map((s) => s.trustId)).toEqual([w.trustA.id, w.trustA.id]);
    expect(schools.find((s) => s.urn === newTwo)).toMatchObject({ phase: 'SECONDARY', pupilCount: 210, postcode: 'LS1 1AA', giasType: 'Academy converter' });
    const renamed = await prisma.school.findUniqueOrThrow({ where: { id: w.schoolA.id } });
    expect(renamed).toMatchObject({ name: 'Renamed Academy', pupilCount: 333, version: w.schoolA.version + 1 });
    expect((await prisma.trust.findUniqueOrThrow({ where: { id: w.trustA.id } })).giasCode).toBe(code);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { event: 'gias.imported', targetId: created.id } });
    expect(audit.trustId).toBe(w.trustA.id);
    expect(audit.after).toMatchObject({ created: 2, updated: 1, createdUrns: expect.arrayContaining([newOne, newTwo]) });

    // Applying twice, or re-importing the same file, changes nothing.
    await expectAppError(applyGiasImport(w.trustAdminA, scope, created.id, view.plan!.hash), 'CONFLICT', new RegExp(ALREADY_APPLIED));
    const again = await createGiasImport(w.trustAdminA, scope, { name: 'extract.csv', bytes: windows1252(csv) });
    const replan = (await getGiasImport(w.trustAdminA, scope, again.id)).plan!;
    expect(replan.create).toEqual([]);
    expect(replan.update).toEqual([]);
    expect(replan.unchanged).toBe(3);
  });

  it('finds schools by a list of URNs, and will not take a school of another trust', async () => {
    const fresh = urn();
    const csv = giasCsv([row({ URN: fresh }), row({ URN: w.schoolB.urn, EstablishmentName: 'Taken' }), row({ URN: w.standalone.urn })]);
    const scope = { kind: 'trust' as const, trustId: w.trustA.id };
    const created = await createGiasImport(w.trustAdminA, scope, { name: 'urns.csv', bytes: bytesOf(csv) });
    expect((await getGiasImport(w.trustAdminA, scope, created.id)).matched).toBe(false);
    await chooseGiasMatch(w.trustAdminA, scope, created.id, { urns: [fresh, w.schoolB.urn, w.standalone.urn, '123456'] });
    const plan = (await getGiasImport(w.trustAdminA, scope, created.id)).plan!;
    expect(plan.create.map((s) => s.urn)).toEqual([fresh]);
    // Worded the same for another trust's school and a standalone one: nothing about either leaks.
    expect(
      plan.skipped
        .filter((s) => s.reason === 'URN_NOT_AVAILABLE')
        .map((s) => s.urn)
        .sort(),
    ).toEqual([w.schoolB.urn, w.standalone.urn].sort());
    expect(plan.skippedByReason.NOT_IN_FILE).toBe(1);
    await applyGiasImport(w.trustAdminA, scope, created.id, plan.hash);
    expect((await prisma.school.findUniqueOrThrow({ where: { id: w.schoolB.id } })).name).toBe(w.schoolB.name);
  });

  it('refuses to apply a preview that no longer matches the database', async () => {
    const fresh = urn();
    const code = `TR${urn()}`;
    const csv = giasCsv([row({ URN: fresh, 'Trusts (code)': code, 'Trusts (name)': w.trustA.name })]);
    const scope = { kind: 'trust' as const, trustId: w.trustA.id };
    const created = await createGiasImport(w.trustAdminA, scope, { name: 'x.csv', bytes: bytesOf(csv) });
    const plan = (await getGiasImport(w.trustAdminA, scope, created.id)).plan!;
    // Someone adds the same school by hand meanwhile.
    await prisma.school.create({ data: { name: 'By hand', urn: fresh, phase: 'PRIMARY', type: 'OTHER', localAuthority: 'Leeds', trustId: w.trustA.id } });
    await expectAppError(applyGiasImport(w.trustAdminA, scope, created.id, plan.hash), 'CONFLICT', new RegExp(PLAN_CHANGED.slice(0, 30)));
    expect((await prisma.giasImport.findUniqueOrThrow({ where: { id: created.id } })).status).toBe('PREVIEW');
  });

  it('names the missing columns and keeps nothing of a bad file', async () => {
    const before = await prisma.giasImport.count();
    const bad = 'URN,EstablishmentName\r\n100001,Oak\r\n';
    await expectAppError(
      createGiasImport(w.trustAdminA, { kind: 'trust', trustId: w.trustA.id }, { name: 'bad.csv', bytes: bytesOf(bad) }),
      'VALIDATION',
      /TypeOfEstablishment \(name\)/,
    );
    expect(await prisma.giasImport.count()).toBe(before);
  });

  it('is closed to other trusts, to viewers and to school leaders', async () => {
    const csv = giasCsv([row({ URN: urn() })]);
    const scope = { kind: 'trust' as const, trustId: w.trustA.id };
    const created = await createGiasImport(w.trustAdminA, scope, { name: 'x.csv', bytes: bytesOf(csv) });
    for (const outsider of [w.trustAdminB, w.trustViewerA, w.leaderA]) {
      await expectAppError(createGiasImport(outsider, scope, { name: 'x.csv', bytes: bytesOf(csv) }), 'NOT_FOUND');
      await expectAppError(getGiasImport(outsider, scope, created.id), 'NOT_FOUND');
      await expectAppError(chooseGiasMatch(outsider, scope, created.id, { urns: ['100000'] }), 'NOT_FOUND');
      await expectAppError(applyGiasImport(outsider, scope, created.id, 'a'.repeat(64)), 'NOT_FOUND');
      expect(await listGiasImports(outsider, scope)).toEqual([]);
    }
    // Trust B's admin naming their own trust still cannot reach trust A's import.
    await expectAppError(getGiasImport(w.trustAdminB, { kind: 'trust', trustId: w.trustB.id }, created.id), 'NOT_FOUND');
    // Nor may anyone but a platform admin run or read a national import.
    await expectAppError(createGiasImport(w.trustAdminA, { kind: 'platform' }, { name: 'x.csv', bytes: bytesOf(csv) }), 'NOT_FOUND');
    await expectAppError(getGiasImport(w.trustAdminA, { kind: 'platform' }, created.id), 'NOT_FOUND');
  });
});

describe('a platform admin imports trusts and schools', () => {
  it('creates trusts from the trust columns and standalone schools, and a re-import changes nothing', async () => {
    const code = `TR${urn()}`;
    const [inTrust, alone, welsh] = [urn(), urn(), urn()];
    const csv = giasCsv([
      row({ URN: inTrust, 'Trusts (code)': code, 'Trusts (name)': 'Brand New Learning Trust' }),
      row({ URN: alone, EstablishmentName: 'Village Primary', 'TypeOfEstablishment (name)': 'Community school' }),
      row({ URN: welsh, 'TypeOfEstablishment (name)': 'Welsh establishment' }),
      // An existing school in another trust in Waypoint is not moved by a national import.
      row({ URN: w.schoolB.urn, 'Trusts (code)': code, 'Trusts (name)': 'Brand New Learning Trust' }),
    ]);
    const scope = { kind: 'platform' as const };
    const created = await createGiasImport(w.platformAdmin, scope, { name: 'national.csv', bytes: bytesOf(csv) });
    const plan = (await getGiasImport(w.platformAdmin, scope, created.id)).plan!;
    expect(plan.trustsToCreate.map((t) => t.giasCode)).toEqual([code]);
    expect(plan.create.map((s) => s.urn).sort()).toEqual([inTrust, alone].sort());
    expect(plan.skippedByReason).toMatchObject({ NOT_SUPPORTED: 1, TRUST_DIFFERS: 1 });
    const summary = await applyGiasImport(w.platformAdmin, scope, created.id, plan.hash);
    expect(summary).toMatchObject({ created: 2, trustsCreated: 1 });
    const trust = await prisma.trust.findUniqueOrThrow({ where: { giasCode: code }, include: { schools: true } });
    expect(trust.name).toBe('Brand New Learning Trust');
    expect(trust.schools.map((s) => s.urn)).toEqual([inTrust]);
    expect((await prisma.school.findUniqueOrThrow({ where: { urn: alone } })).trustId).toBeNull();
    expect((await prisma.school.findUniqueOrThrow({ where: { id: w.schoolB.id } })).trustId).toBe(w.trustB.id);

    const before = await prisma.school.count();
    const again = await createGiasImport(w.platformAdmin, scope, { name: 'national.csv', bytes: bytesOf(csv) });
    const replan = (await getGiasImport(w.platformAdmin, scope, again.id)).plan!;
    expect({ create: replan.create.length, update: replan.update.length, trusts: replan.trustsToCreate.length }).toEqual({ create: 0, update: 0, trusts: 0 });
    await applyGiasImport(w.platformAdmin, scope, again.id, replan.hash);
    expect(await prisma.school.count()).toBe(before);
  });
});
