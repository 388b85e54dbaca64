// Unconfirmed import previews (GIAS extracts, register files) hold whole files: they can be
// imported for two weeks and are then removed by the daily run (lib/imports/preview-lifetime.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db/prisma';
import { applyGiasImport, createGiasImport, getGiasImport } from '@/lib/gias/gias-import';
import { PREVIEW_EXPIRED_MESSAGE } from '@/lib/imports/preview-lifetime';
import { removeExpiredPreviews } from '@/lib/imports/remove-expired-previews';
import { confirmRegisterImport, previewRegisterImport } from '@/lib/registers/register-import';
import { expectAppError } from '../support/expect-app-error';
import { makeWorld, nextUrn } from '../support/factories';
import { giasCsv, giasRow } from '../support/gias-file';

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
const DAY_MS = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS);
const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

beforeAll(async () => {
  w = await makeWorld();
});

async function giasPreview() {
  const scope = { kind: 'trust' as const, trustId: w.trustA.id };
  const csv = giasCsv([giasRow({ URN: nextUrn(), EstablishmentName: 'Ysgol Newydd', 'Trusts (code)': 'TR07777', 'Trusts (name)': w.trustA.name })]);
  const created = await createGiasImport(w.trustAdminA, scope, { name: 'extract.csv', bytes: new TextEncoder().encode(csv) });
  return { scope, id: created.id };
}

const kitFile = () => new TextEncoder().encode('Asset type,Model,Qty\nLaptop,Dell Latitude 3310,4\n');

describe('an import preview', () => {
  it('cannot be imported once two weeks old, with a message that says what to do, and nothing is written', async () => {
    const gias = await giasPreview();
    await prisma.giasImport.update({ where: { id: gias.id }, data: { createdAt: daysAgo(15) } });
    const view = await getGiasImport(w.trustAdminA, gias.scope, gias.id);
    await expectAppError(applyGiasImport(w.trustAdminA, gias.scope, gias.id, view.plan!.hash), 'CONFLICT', new RegExp(escape(PREVIEW_EXPIRED_MESSAGE)));
    expect(await prisma.school.count({ where: { name: 'Ysgol Newydd' } })).toBe(0);

    const kitId = await previewRegisterImport(w.leaderA, { kind: 'school', id: w.schoolA.id }, 'kit', { name: 'kit.csv', bytes: kitFile() });
    await prisma.registerImport.update({ where: { id: kitId }, data: { createdAt: daysAgo(15) } });
    await expectAppError(confirmRegisterImport(w.leaderA, kitId), 'CONFLICT', new RegExp(escape(PREVIEW_EXPIRED_MESSAGE)));
    expect(await prisma.kitItem.count({ where: { schoolId: w.schoolA.id, makeModel: 'Dell Latitude 3310' } })).toBe(0);
  });

  it('is removed by the daily clean-up once expired, while recent previews and confirmed imports stay', async () => {
    const old = await giasPreview();
    const recent = await giasPreview();
    await prisma.giasImport.update({ where: { id: old.id }, data: { createdAt: daysAgo(20) } });
    const owner = { kind: 'school' as const, id: w.schoolA.id };
    const oldKit = await previewRegisterImport(w.leaderA, owner, 'kit', { name: 'old.csv', bytes: kitFile() });
    const recentKit = await previewRegisterImport(w.leaderA, owner, 'kit', { name: 'recent.csv', bytes: kitFile() });
    const confirmedKit = await previewRegisterImport(w.leaderA, owner, 'kit', { name: 'done.csv', bytes: kitFile() });
    await confirmRegisterImport(w.leaderA, confirmedKit);
    await prisma.registerImport.updateMany({ where: { id: { in: [oldKit, confirmedKit] } }, data: { createdAt: daysAgo(20) } });

    const removed = await removeExpiredPreviews();
    expect(removed.gias).toBeGreaterThanOrEqual(1);
    expect(removed.registers).toBeGreaterThanOrEqual(1);
    expect(await prisma.giasImport.findUnique({ where: { id: old.id } })).toBeNull();
    expect(await prisma.giasImport.findUnique({ where: { id: recent.id } })).not.toBeNull();
    expect(await prisma.registerImport.findUnique({ where: { id: oldKit } })).toBeNull();
    expect(await prisma.registerImport.findUnique({ where: { id: recentKit } })).not.toBeNull();
    // A confirmed import is the record of what was added, however old.
    expect(await prisma.registerImport.findUnique({ where: { id: confirmedKit } })).not.toBeNull();
    // Run again: nothing more to remove among these.
    await removeExpiredPreviews();
    expect(await prisma.giasImport.findUnique({ where: { id: recent.id } })).not.toBeNull();
  });
});
