import 'server-only';
import { isPreviewExpired, PREVIEW_EXPIRED_MESSAGE } from '@/lib/imports/preview-lifetime';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { prisma } from '@/lib/db/prisma';
import { AppError, notFound } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client.ts';
import type { Actor } from '@/lib/tenancy/actor';
import { resolveTenant } from '@/lib/tenancy/resolve-tenant';
import { schoolWhere, trustWhere } from '@/lib/tenancy/scope';
import { checkRegisterRows, type RowProblem } from './check-register-rows';
import type { RegisterKind } from './list-registers';
import { insertRegisterItems, type RegisterFields, type RegisterOwner } from './manage-registers';
import { readRegisterFile, RegisterFileError } from './read-register-file';
import { ContractFieldsSchema, KitFieldsSchema } from './schemas';

export type StoredRows = { rows: Array<{ row: number; values: Record<string, string> }>; problems: RowProblem[] };

const capabilityFor = (owner: RegisterOwner) => (owner.kind === 'school' ? 'register:edit' : 'register:edit-trust');

/** Reads and checks a file and keeps the result for the person to confirm; nothing is imported yet. */
export async function previewRegisterImport(actor: Actor, owner: RegisterOwner, register: RegisterKind, file: { name: string; bytes: Uint8Array }) {
  const tenant = await prisma.$transaction((tx) => resolveTenant(tx, actor, owner, capabilityFor(owner)));
  let checked: StoredRows;
  try {
    checked = checkRegisterRows(register, await readRegisterFile(file.bytes, register));
  } catch (error) {
    if (error instanceof RegisterFileError) throw new AppError('VALIDATION', error.message, { file: [error.message] });
    throw error;
  }
  const created = await prisma.registerImport.create({
    data: {
      schoolId: owner.kind === 'school' ? tenant.id : null,
      trustId: owner.kind === 'trust' ? tenant.id : null,
      register,
      fileName: file.name.slice(0, 200),
      rows: checked as unknown as Prisma.InputJsonValue,
      rowCount: checked.rows.length,
      errorCount: checked.problems.length,
      createdById: actor.userId,
    },
    select: { id: true },
  });
  return created.id;
}

function importWhere(actor: Actor, importId: string): Prisma.RegisterImportWhereInput {
  return { id: importId, OR: [{ school: { is: schoolWhere(actor, 'register:edit') } }, { trust: { is: trustWhere(actor, 'register:edit-trust') } }] };
}

/** A preview, for anyone who may edit the registers it is for: a colleague may confirm it. */
export async function getRegisterImport(actor: Actor, importId: string) {
  if (typeof importId !== 'string' || !importId) throw notFound('That import');
  const found = await prisma.registerImport.findFirst({ where: importWhere(actor, importId) });
  if (!found) throw notFound('That import');
  return { ...found, register: found.register as RegisterKind, checked: found.rows as unknown as StoredRows };
}

export const IMPORT_HAS_PROBLEMS = 'This file has problems, so nothing was imported. Fix the rows listed, save the file and upload it again.';

/** Imports every row of a checked file, or none: one transaction, and only once. */
export async function confirmRegisterImport(actor: Actor, importId: string) {
  const preview = await getRegisterImport(actor, importId);
  if (preview.confirmedAt) throw new AppError('CONFLICT', 'This file has already been imported.');
  if (isPreviewExpired(preview.createdAt)) throw new AppError('CONFLICT', PREVIEW_EXPIRED_MESSAGE);
  if (preview.errorCount > 0) throw new AppError('VALIDATION', IMPORT_HAS_PROBLEMS);
  const owner: RegisterOwner = preview.schoolId ? { kind: 'school', id: preview.schoolId } : { kind: 'trust', id: preview.trustId! };
  // Read again by the same schema: what is saved is exactly what the report checked.
  const items: RegisterFields[] = preview.checked.rows.map(({ values }) =>
    preview.register === 'contract'
      ? { register: 'contract', fields: ContractFieldsSchema.parse(values) }
      : { register: 'kit', fields: KitFieldsSchema.parse(values) },
  );
  return prisma.$transaction(
    async (tx) => {
      const claimed = await tx.registerImport.updateMany({ where: { id: preview.id, confirmedAt: null }, data: { confirmedAt: new Date() } });
      if (claimed.count !== 1) throw new AppError('CONFLICT', 'This file has already been imported.');
      const { tenant, ids } = await insertRegisterItems(tx, actor, owner, items);
      await recordAuditEvent(tx, actor, {
        event: `${preview.register}.imported`,
        trustId: tenant.trustId,
        schoolId: owner.kind === 'school' ? tenant.id : null,
        targetType: 'RegisterImport',
        targetId: preview.id,
        after: { fileName: preview.fileName, items: ids.length },
      });
      return { owner, count: ids.length };
    },
    { timeout: 60_000 },
  );
}
