import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db/prisma';
import { listSchoolRegisters, listTrustRegisters } from '@/lib/registers/list-registers';
import { getTrustRoadmap } from '@/lib/roadmap/get-trust-roadmap';
import { getSchoolRoadmap } from '@/lib/roadmap/get-school-roadmap';
import { setTrustFinancialYear } from '@/lib/trusts/set-financial-year';
import { DFE_2026_12 } from '@/lib/standards/catalogue';
import { loadCatalogue } from '@/lib/standards/load-catalogue';
import { createRegisterItem, deleteRegisterItem, updateRegisterItem } from '@/lib/registers/manage-registers';
import { checkRegisterRows } from '@/lib/registers/check-register-rows';
import { readRegisterFile } from '@/lib/registers/read-register-file';
import { confirmRegisterImport, getRegisterImport, previewRegisterImport } from '@/lib/registers/register-import';
import { ContractFieldsSchema, KitFieldsSchema } from '@/lib/registers/schemas';
import { registerTemplate, registerWorkbook } from '@/lib/registers/write-register-workbook';
import { expectAppError } from '../support/expect-app-error';
import { makeWorld } from '../support/factories';

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;

const broadband = (overrides: Record<string, string> = {}) =>
  ContractFieldsSchema.parse({
    service: 'Broadband',
    supplier: 'Openreach Schools',
    endDate: '31/08/2027',
    noticePeriod: '3 months',
    annualCostPence: '2,400',
    ...overrides,
  });
const laptops = () =>
  KitFieldsSchema.parse({ category: 'Laptop', makeModel: 'Dell Latitude 3310', quantity: '40', operatingSystem: 'Windows 10 Pro', purchaseDate: '1 Sep 2020' });

async function workbookOf(rows: string[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Kit');
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

beforeEach(async () => {
  w = await makeWorld();
});

describe('registers', () => {
  it('show a trust’s item to the schools it covers, and only to them', async () => {
    await createRegisterItem(w.trustAdminA, { kind: 'trust', id: w.trustA.id }, { register: 'contract', fields: broadband() }, [w.schoolA2.id]);
    await createRegisterItem(
      w.trustAdminA,
      { kind: 'trust', id: w.trustA.id },
      { register: 'contract', fields: broadband({ service: 'Web filtering', supplier: 'SafeWeb' }) },
    );
    await createRegisterItem(w.leaderA, { kind: 'school', id: w.schoolA.id }, { register: 'kit', fields: laptops() });

    const atA = await listSchoolRegisters(w.leaderA, w.schoolA.id);
    expect(atA.contracts.map((c) => [c.supplier, c.providedByTrust])).toEqual([['SafeWeb', true]]);
    expect(atA.kit.map((k) => [k.makeModel, k.providedByTrust])).toEqual([['Dell Latitude 3310', false]]);
    const atA2 = await listSchoolRegisters(w.trustViewerA, w.schoolA2.id);
    expect(atA2.contracts.map((c) => c.supplier).sort()).toEqual(['Openreach Schools', 'SafeWeb']);
    expect(atA2.kit).toEqual([]);
    // Governors read; another trust and its schools see nothing of it.
    expect((await listSchoolRegisters(w.governorA, w.schoolA.id)).kit).toHaveLength(1);
    expect(await listSchoolRegisters(w.leaderB, w.schoolA.id)).toEqual({ contracts: [], kit: [] });
    expect(await listTrustRegisters(w.trustAdminB, w.trustA.id)).toEqual({ contracts: [], kit: [] });
    expect((await listTrustRegisters(w.trustViewerA, w.trustA.id)).contracts).toHaveLength(2);
  });

  it('refuse writes by those who only read, by other tenants, and to schools of another trust', async () => {
    const school = { kind: 'school' as const, id: w.schoolA.id };
    for (const actor of [w.governorA, w.trustViewerA, w.leaderB, w.trustAdminA])
      await expectAppError(createRegisterItem(actor, school, { register: 'kit', fields: laptops() }), 'NOT_FOUND');
    for (const actor of [w.leaderA, w.trustViewerA, w.trustAdminB])
      await expectAppError(createRegisterItem(actor, { kind: 'trust', id: w.trustA.id }, { register: 'kit', fields: laptops() }), 'NOT_FOUND');
    await expectAppError(
      createRegisterItem(w.trustAdminA, { kind: 'trust', id: w.trustA.id }, { register: 'kit', fields: laptops() }, [w.schoolB.id]),
      'VALIDATION',
    );

    const { id } = await createRegisterItem(w.contributorA, school, { register: 'kit', fields: laptops() });
    for (const actor of [w.governorA, w.trustViewerA, w.leaderB, w.trustAdminA]) {
      await expectAppError(updateRegisterItem(actor, id, 1, { register: 'kit', fields: laptops() }), 'NOT_FOUND');
      await expectAppError(deleteRegisterItem(actor, 'kit', id, 1), 'NOT_FOUND');
    }
    expect(await prisma.kitItem.count({ where: { schoolId: w.schoolA.id } })).toBe(1);
  });

  it('keep both edits from being lost: a stale version is refused, and every change is audited', async () => {
    const { id } = await createRegisterItem(w.leaderA, { kind: 'school', id: w.schoolA.id }, { register: 'contract', fields: broadband() });
    await updateRegisterItem(w.leaderA, id, 1, { register: 'contract', fields: broadband({ supplier: 'Virgin Media Business' }) });
    await expectAppError(updateRegisterItem(w.contributorA, id, 1, { register: 'contract', fields: broadband({ supplier: 'BT' }) }), 'CONFLICT');
    await expectAppError(deleteRegisterItem(w.leaderA, 'contract', id, 1), 'CONFLICT');
    expect((await prisma.contract.findUniqueOrThrow({ where: { id } })).supplier).toBe('Virgin Media Business');
    await deleteRegisterItem(w.leaderA, 'contract', id, 2);
    const events = await prisma.auditEvent.findMany({ where: { targetId: id }, orderBy: { createdAt: 'asc' } });
    expect(events.map((e) => e.event)).toEqual(['contract.created', 'contract.updated', 'contract.deleted']);
    expect(events[1]!.before).toMatchObject({ supplier: 'Openreach Schools', endDate: '2027-08-31', noticePeriod: 'P3M' });
  });
});

describe('the trust roadmap', () => {
  it('rolls up every school, counts a trust contract once, follows a change at once, and is the trust’s only', async () => {
    await loadCatalogue(prisma as never, DFE_2026_12);
    const version = await prisma.catalogueVersion.findUniqueOrThrow({ where: { version: DFE_2026_12.version } });
    const requirements = await prisma.requirement.findMany({ where: { catalogueVersionId: version.id }, select: { code: true, contentHash: true } });
    for (const school of [w.schoolA, w.schoolA2]) {
      const cycle = await prisma.assessment.create({
        data: { schoolId: school.id, openForSchoolId: school.id, cycleLabel: '2026/27', catalogueVersionId: version.id },
      });
      await prisma.answer.createMany({
        data: requirements.map((r) => ({ assessmentId: cycle.id, requirementCode: r.code, value: 'NOT_MET' as const, requirementHash: r.contentHash })),
      });
    }
    await createRegisterItem(w.trustAdminA, { kind: 'trust', id: w.trustA.id }, { register: 'contract', fields: broadband({ annualCostPence: '10,000' }) });
    const first = await getTrustRoadmap(w.trustViewerA, w.trustA.id);
    expect(first.schools.map((s) => s.schoolId).sort()).toEqual([w.schoolA.id, w.schoolA2.id].sort());
    expect(first.spend.find((row) => row.category === 'Broadband (recurring)')!.years[first.years[0]!]).toBe(1_000_000);
    for (const school of first.schools) expect(school.entries.some((e) => e.kind === 'CONTRACT' && e.registerItems[0]!.providedByTrust)).toBe(true);

    // Both schools' own broadband contracts end in the same spring: an opportunity to buy together.
    await createRegisterItem(
      w.leaderA,
      { kind: 'school', id: w.schoolA.id },
      { register: 'contract', fields: broadband({ supplier: 'ISP A', endDate: '30/04/2099' }) },
    );
    await prisma.contract.create({ data: { schoolId: w.schoolA2.id, service: 'BROADBAND', supplier: 'ISP A2', endDate: new Date('2099-05-31') } });
    const second = await getTrustRoadmap(w.trustViewerA, w.trustA.id);
    expect(second.opportunities).toEqual([
      expect.objectContaining({ kind: 'CONTRACT', what: 'broadband', schools: expect.arrayContaining([w.schoolA.name, w.schoolA2.name]) }),
    ]);
    await expectAppError(getTrustRoadmap(w.trustAdminB, w.trustA.id), 'NOT_FOUND');
    await expectAppError(getTrustRoadmap(w.leaderA, w.trustA.id), 'NOT_FOUND');
  });
});

describe('financial years', () => {
  it('follow the school’s own start month, else the trust’s, which only its admins set', async () => {
    const school = await prisma.school.findUniqueOrThrow({ where: { id: w.schoolA.id } });
    expect((await getSchoolRoadmap(w.leaderA, school)).financialYearStart).toBe(9);
    await setTrustFinancialYear(w.trustAdminA, w.trustA.id, 4);
    expect((await getSchoolRoadmap(w.leaderA, school)).financialYearStart).toBe(4);
    expect((await getSchoolRoadmap(w.leaderA, { ...school, financialYearStart: 1 })).budget.years[0]!.label).toMatch(/^\d{4}$/);
    for (const actor of [w.trustViewerA, w.leaderA, w.trustAdminB]) await expectAppError(setTrustFinancialYear(actor, w.trustA.id, 1), 'NOT_FOUND');
    expect((await prisma.trust.findUniqueOrThrow({ where: { id: w.trustA.id } })).financialYearStart).toBe(4);
  });
});

describe('register import', () => {
  it('imports nothing from a file with a bad row, then everything from the corrected file, once', async () => {
    const owner = { kind: 'school' as const, id: w.schoolA.id };
    const header = ['Asset type', 'Model', 'Qty', 'Purchased', 'OS', 'Unit price'];
    const bad = await workbookOf([
      ['Riverside kit list'],
      header,
      ['Laptop', 'Dell Latitude 3310', '40', '01/09/2020', 'Windows 10', '£450'],
      ['Toaster', 'Dualit', 'two', '31/02/2021', '', ''],
    ]);
    const badId = await previewRegisterImport(w.leaderA, owner, 'kit', { name: 'kit.xlsx', bytes: bad });
    const preview = await getRegisterImport(w.leaderA, badId);
    expect(preview.rowCount).toBe(2);
    expect(preview.checked.problems.map((p) => [p.row, p.column])).toEqual([
      [4, 'Asset type'],
      [4, 'Qty'],
      [4, 'Purchased'],
    ]);
    await expectAppError(confirmRegisterImport(w.leaderA, badId), 'VALIDATION');
    expect(await prisma.kitItem.count({ where: { schoolId: w.schoolA.id } })).toBe(0);

    const good = await workbookOf([
      header,
      ['Laptop', 'Dell Latitude 3310', '40', '01/09/2020', 'Windows 10', '£450'],
      ['Access point', 'Aruba AP-303', '18', '1 Aug 2018', '', '420'],
    ]);
    const goodId = await previewRegisterImport(w.leaderA, owner, 'kit', { name: 'kit.xlsx', bytes: good });
    // Nobody outside the school's editors reaches the preview.
    for (const actor of [w.governorA, w.trustAdminA, w.leaderB]) await expectAppError(confirmRegisterImport(actor, goodId), 'NOT_FOUND');
    expect(await confirmRegisterImport(w.leaderA, goodId)).toMatchObject({ count: 2 });
    await expectAppError(confirmRegisterImport(w.leaderA, goodId), 'CONFLICT');
    const kit = await prisma.kitItem.findMany({ where: { schoolId: w.schoolA.id }, orderBy: { makeModel: 'asc' } });
    expect(kit.map((k) => [k.category, k.makeModel, k.quantity, k.unitCostPence])).toEqual([
      ['ACCESS_POINT', 'Aruba AP-303', 18, 42_000],
      ['LAPTOP', 'Dell Latitude 3310', 40, 45_000],
    ]);
    expect(kit[1]!.purchaseDate?.toISOString().slice(0, 10)).toBe('2020-09-01');
  });

  it('refuses a file without the required columns, by name, and a preview to another tenant', async () => {
    const csv = new TextEncoder().encode('Name,Cost\nSomething,12\n');
    await expectAppError(previewRegisterImport(w.leaderA, { kind: 'school', id: w.schoolA.id }, 'contract', { name: 'x.csv', bytes: csv }), 'VALIDATION');
    await expectAppError(previewRegisterImport(w.leaderB, { kind: 'school', id: w.schoolA.id }, 'contract', { name: 'x.csv', bytes: csv }), 'NOT_FOUND');
    await expectAppError(previewRegisterImport(w.governorA, { kind: 'school', id: w.schoolA.id }, 'contract', { name: 'x.csv', bytes: csv }), 'NOT_FOUND');
  });

  it('reads back what it exports and its own template, in Windows-1252 CSV too', async () => {
    await createRegisterItem(w.leaderA, { kind: 'school', id: w.schoolA.id }, { register: 'contract', fields: broadband() });
    await createRegisterItem(w.leaderA, { kind: 'school', id: w.schoolA.id }, { register: 'kit', fields: laptops() });
    const exported = await registerWorkbook(await listSchoolRegisters(w.leaderA, w.schoolA.id));
    for (const register of ['contract', 'kit'] as const) {
      const checked = checkRegisterRows(register, await readRegisterFile(exported, register));
      expect(checked.problems).toEqual([]);
      expect(checked.rows).toHaveLength(1);
      expect(checkRegisterRows(register, await readRegisterFile(await registerTemplate(register), register)).problems).toEqual([]);
    }
    const contract = checkRegisterRows('contract', await readRegisterFile(exported, 'contract'));
    expect(ContractFieldsSchema.parse(contract.rows[0]!.values)).toEqual(broadband());
    // "Caf\xe9 IT" in Windows-1252.
    const latin = Uint8Array.from([...new TextEncoder().encode('Service,Supplier\nIT support,Caf'), 0xe9, ...new TextEncoder().encode(' IT\n')]);
    expect((await readRegisterFile(latin, 'contract')).rows[0]!.values.supplier).toBe('Café IT');
  });
});
