import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { formatIsoDate } from '@/lib/dates/format';
import { prisma, type Tx } from '@/lib/db/prisma';
import { AppError, notFound } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client.ts';
import type { Actor } from '@/lib/tenancy/actor';
import { resolveTenant } from '@/lib/tenancy/resolve-tenant';
import { editableWhere, type RegisterKind } from './list-registers';
import type { ContractFields, KitFields } from './schemas';

export type RegisterOwner = { kind: 'school' | 'trust'; id: string };
export type RegisterFields = { register: 'contract'; fields: ContractFields } | { register: 'kit'; fields: KitFields };

// A school or a trust holds at most this many items per register: the roadmap is built from all
// of them on every view, so a cap keeps one tenant from slowing the pages everyone shares.
export const MAX_REGISTER_ITEMS = 10_000;
export const REGISTER_CONFLICT = 'Someone else changed this item after you opened it, so nothing was saved. Reload the page to see their changes.';

const auditable = (fields: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, value instanceof Date ? formatIsoDate(value) : value])) as Prisma.InputJsonValue;

/** The owner, found only if the actor may edit its registers; a trust's item may cover only its own schools. */
async function resolveOwner(tx: Tx, actor: Actor, owner: RegisterOwner, coveredSchoolIds: readonly string[]) {
  const tenant = await resolveTenant(tx, actor, owner, owner.kind === 'school' ? 'register:edit' : 'register:edit-trust');
  if (owner.kind === 'school') {
    if (coveredSchoolIds.length) throw new AppError('VALIDATION', 'Only a trust’s items cover other schools.');
    return { tenant, data: { schoolId: tenant.id, trustId: null, coveredSchoolIds: [] as string[] } };
  }
  const unique = [...new Set(coveredSchoolIds)];
  if (unique.length) {
    const found = await tx.school.count({ where: { id: { in: unique }, trustId: tenant.id, archivedAt: null } });
    if (found !== unique.length) throw new AppError('VALIDATION', 'Choose schools of this trust.', { coveredSchoolIds: ['Choose schools of this trust'] });
  }
  return { tenant, data: { schoolId: null, trustId: tenant.id, coveredSchoolIds: unique } };
}

// Counted under the owner's row lock, so two additions at once cannot both pass the cap.
export async function assertRoomForItems(tx: Tx, register: RegisterKind, owner: RegisterOwner, adding: number) {
  if (owner.kind === 'school') await tx.$queryRaw`SELECT "id" FROM "School" WHERE "id" = ${owner.id} FOR UPDATE`;
  else await tx.$queryRaw`SELECT "id" FROM "Trust" WHERE "id" = ${owner.id} FOR UPDATE`;
  const where = owner.kind === 'school' ? { schoolId: owner.id } : { trustId: owner.id };
  const count = register === 'contract' ? await tx.contract.count({ where }) : await tx.kitItem.count({ where });
  if (count + adding > MAX_REGISTER_ITEMS)
    throw new AppError(
      'CONFLICT',
      `A register holds at most ${MAX_REGISTER_ITEMS.toLocaleString('en-GB')} items, and this would make ${(count + adding).toLocaleString('en-GB')}. Remove items that are gone first.`,
    );
}

const INSERT_BATCH = 1_000;

/** Inserts items already checked, inside the caller's transaction (the form and the import). */
export async function insertRegisterItems(tx: Tx, actor: Actor, owner: RegisterOwner, items: RegisterFields[], coveredSchoolIds: readonly string[] = []) {
  const { tenant, data } = await resolveOwner(tx, actor, owner, coveredSchoolIds);
  for (const register of ['contract', 'kit'] as const) {
    const adding = items.filter((i) => i.register === register).length;
    if (adding) await assertRoomForItems(tx, register, owner, adding);
  }
  const row = { ...data, createdById: actor.userId };
  const contracts = items.flatMap((i) => (i.register === 'contract' ? [{ ...row, ...i.fields }] : []));
  const kit = items.flatMap((i) => (i.register === 'kit' ? [{ ...row, ...i.fields }] : []));
  // A few statements however many rows a spreadsheet brings, each under PostgreSQL's 65,535 parameters.
  const ids: string[] = [];
  for (let i = 0; i < contracts.length; i += INSERT_BATCH)
    ids.push(...(await tx.contract.createManyAndReturn({ data: contracts.slice(i, i + INSERT_BATCH), select: { id: true } })).map((c) => c.id));
  for (let i = 0; i < kit.length; i += INSERT_BATCH)
    ids.push(...(await tx.kitItem.createManyAndReturn({ data: kit.slice(i, i + INSERT_BATCH), select: { id: true } })).map((k) => k.id));
  return { tenant, ids };
}

export async function createRegisterItem(actor: Actor, owner: RegisterOwner, item: RegisterFields, coveredSchoolIds: readonly string[] = []) {
  return prisma.$transaction(async (tx) => {
    const { tenant, ids } = await insertRegisterItems(tx, actor, owner, [item], coveredSchoolIds);
    await recordAuditEvent(tx, actor, {
      event: `${item.register}.created`,
      trustId: tenant.trustId,
      schoolId: owner.kind === 'school' ? tenant.id : null,
      targetType: item.register === 'contract' ? 'Contract' : 'KitItem',
      targetId: ids[0]!,
      after: auditable({ ...item.fields, coveredSchoolIds }),
    });
    return { owner, id: ids[0]! };
  });
}

async function findEditable(tx: Tx, actor: Actor, register: RegisterKind, itemId: string) {
  const where = editableWhere(actor, itemId);
  const item = register === 'contract' ? await tx.contract.findFirst({ where }) : await tx.kitItem.findFirst({ where });
  if (!item) throw notFound('That item');
  return item;
}

const ownerOf = (item: { schoolId: string | null; trustId: string | null }): RegisterOwner =>
  item.schoolId ? { kind: 'school', id: item.schoolId } : { kind: 'trust', id: item.trustId! };

// Refused if the item changed since the editor opened it (version check), like plan actions.
export async function updateRegisterItem(actor: Actor, itemId: string, version: number, item: RegisterFields, coveredSchoolIds: readonly string[] = []) {
  return prisma.$transaction(async (tx) => {
    const before = await findEditable(tx, actor, item.register, itemId);
    const owner = ownerOf(before);
    const { tenant, data } = await resolveOwner(tx, actor, owner, coveredSchoolIds);
    const where = { id: before.id, version };
    const changes = { ...item.fields, coveredSchoolIds: data.coveredSchoolIds, version: { increment: 1 } };
    const updated =
      item.register === 'contract' ? await tx.contract.updateMany({ where, data: changes }) : await tx.kitItem.updateMany({ where, data: changes });
    if (updated.count !== 1) throw new AppError('CONFLICT', REGISTER_CONFLICT);
    const { id: _id, version: _version, createdAt: _c, updatedAt: _u, createdById: _by, schoolId: _s, trustId: _t, ...fields } = before;
    await recordAuditEvent(tx, actor, {
      event: `${item.register}.updated`,
      trustId: tenant.trustId,
      schoolId: owner.kind === 'school' ? tenant.id : null,
      targetType: item.register === 'contract' ? 'Contract' : 'KitItem',
      targetId: before.id,
      before: auditable(fields),
      after: auditable({ ...item.fields, coveredSchoolIds: data.coveredSchoolIds }),
    });
    return owner;
  });
}

export async function deleteRegisterItem(actor: Actor, register: RegisterKind, itemId: string, version: number) {
  return prisma.$transaction(async (tx) => {
    const before = await findEditable(tx, actor, register, itemId);
    const owner = ownerOf(before);
    const { tenant } = await resolveOwner(tx, actor, owner, before.coveredSchoolIds);
    const where = { id: before.id, version };
    const deleted = register === 'contract' ? await tx.contract.deleteMany({ where }) : await tx.kitItem.deleteMany({ where });
    if (deleted.count !== 1) throw new AppError('CONFLICT', REGISTER_CONFLICT);
    const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = before;
    await recordAuditEvent(tx, actor, {
      event: `${register}.deleted`,
      trustId: tenant.trustId,
      schoolId: owner.kind === 'school' ? tenant.id : null,
      targetType: register === 'contract' ? 'Contract' : 'KitItem',
      targetId: before.id,
      before: auditable(fields),
    });
    return owner;
  });
}
