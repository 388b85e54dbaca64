import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { formatIsoDate } from '@/lib/dates/format';
import { prisma, type Tx } from '@/lib/db/prisma';
import { env } from '@/lib/env';
import { AppError, notFound } from '@/lib/errors';
import { getSchool } from '@/lib/schools/get-school';
import { fileStore, newFileKey } from '@/lib/storage/file-store';
import type { Actor } from '@/lib/tenancy/actor';
import { resolveTenant } from '@/lib/tenancy/resolve-tenant';
import { checkEvidenceFile, storedFileName } from './check-file';
import { editableEvidenceWhere } from './evidence-scope';
import { unknownTargets } from './evidence-targets';
import type { EvidenceInput } from './schemas';

export const EVIDENCE_CONFLICT = 'Someone else changed this evidence after you opened it, so nothing was saved. Reload the page to see their changes.';

type CheckedUpload = { bytes: Uint8Array; mediaType: string; fileName: string };

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;

/** The file's content decides its type; anything else is refused with the reason, before it is stored. */
async function checkUpload(file: File | null): Promise<CheckedUpload | null> {
  if (!file) return null;
  const bytes = new Uint8Array(await file.arrayBuffer());
  const checked = await checkEvidenceFile(file.name, bytes);
  if (!checked.ok) throw new AppError('VALIDATION', checked.message, { file: [checked.message] });
  return { bytes, mediaType: checked.mediaType, fileName: storedFileName(file.name, checked.extension) };
}

function checkTargets(targets: readonly string[]) {
  const unknown = unknownTargets(targets);
  if (unknown.length) throw new AppError('VALIDATION', 'Choose what this backs from the list.', { targets: ['Choose what this backs from the list'] });
}

// Counted under the school's row lock, so two uploads at once cannot both squeeze under the quota.
async function assertRoom(tx: Tx | typeof prisma, schoolId: string, adding: number, lock: boolean) {
  if (lock) await (tx as Tx).$queryRaw`SELECT "id" FROM "School" WHERE "id" = ${schoolId} FOR UPDATE`;
  const quota = env().EVIDENCE_QUOTA_MB * 1024 * 1024;
  const used = (await tx.evidenceItem.aggregate({ where: { schoolId }, _sum: { byteSize: true } }))._sum.byteSize ?? 0;
  if (used + adding > quota) {
    const message = `The school’s evidence storage is full: it holds ${megabytes(used)} of ${megabytes(quota)}, and this file is ${megabytes(adding)}. Delete evidence that is no longer needed, or ask your administrator for more room.`;
    throw new AppError('CONFLICT', message, { file: [message] });
  }
}

const auditable = (
  item: { title: string; kind: string; producedOn: Date; validUntil: Date | null; fileName?: string | null; url?: string | null },
  targets: string[],
) => ({
  title: item.title,
  kind: item.kind,
  producedOn: formatIsoDate(item.producedOn),
  validUntil: item.validUntil ? formatIsoDate(item.validUntil) : null,
  fileName: item.fileName ?? null,
  url: item.url ?? null,
  backs: targets,
});

const fields = (input: EvidenceInput) => ({
  title: input.title,
  producedOn: input.producedOn,
  validUntil: input.validUntil,
  url: input.kind === 'LINK' ? input.url : null,
  note: input.note || null,
  sharedWithGovernors: input.sharedWithGovernors,
});

// A file goes to storage first and the row after; if the row cannot be written the file is
// removed again, so storage never holds what no item names (a crash in between leaves an
// unreferenced object, never a broken item).
async function withStoredFile<T>(schoolId: string, upload: CheckedUpload | null, write: (key: string | null) => Promise<T>): Promise<T> {
  const key = upload ? newFileKey('evidence', schoolId) : null;
  if (upload && key) await fileStore().put(key, upload.bytes, upload.mediaType);
  try {
    return await write(key);
  } catch (error) {
    if (key)
      await fileStore()
        .remove([key])
        .catch(() => undefined);
    throw error;
  }
}

export async function createEvidence(actor: Actor, schoolId: string, input: EvidenceInput) {
  checkTargets(input.targets);
  // Refused before anything is stored: someone without the right never fills the school's storage.
  await getSchool(actor, schoolId, 'evidence:edit');
  const upload = input.kind === 'FILE' ? await checkUpload(input.file) : null;
  if (upload) await assertRoom(prisma, schoolId, upload.bytes.byteLength, false);
  return withStoredFile(schoolId, upload, (fileKey) =>
    prisma.$transaction(async (tx) => {
      const school = await resolveTenant(tx, actor, { kind: 'school', id: schoolId }, 'evidence:edit');
      if (upload) await assertRoom(tx, school.id, upload.bytes.byteLength, true);
      const item = await tx.evidenceItem.create({
        data: {
          schoolId: school.id,
          kind: input.kind,
          ...fields(input),
          fileKey,
          fileName: upload?.fileName ?? null,
          mediaType: upload?.mediaType ?? null,
          byteSize: upload?.bytes.byteLength ?? 0,
          addedById: actor.userId,
        },
      });
      if (input.targets.length)
        await tx.evidenceLink.createMany({ data: input.targets.map((target) => ({ evidenceId: item.id, schoolId: school.id, target })) });
      await recordAuditEvent(tx, actor, {
        event: 'evidence.added',
        trustId: school.trustId,
        schoolId: school.id,
        targetType: 'EvidenceItem',
        targetId: item.id,
        after: auditable(item, input.targets),
      });
      return item;
    }),
  );
}

async function findEditable(tx: Tx, actor: Actor, schoolId: string, evidenceId: string) {
  const item = await tx.evidenceItem.findFirst({ where: editableEvidenceWhere(actor, schoolId, evidenceId), include: { links: { select: { target: true } } } });
  if (!item) throw notFound('That evidence');
  return item;
}

// Named by a completed cycle's snapshot: that record must keep showing what backed it.
async function isInSnapshot(tx: Tx, schoolId: string, evidenceId: string) {
  return (await tx.answer.count({ where: { evidenceItemIds: { has: evidenceId }, assessment: { schoolId, status: 'COMPLETED' } } })) > 0;
}

// Packs hold copies of the files: any change to the evidence makes them stale, and a deleted file
// must not live on inside one.
async function dropPacks(tx: Tx, schoolId: string): Promise<string[]> {
  const packs = await tx.evidencePack.findMany({ where: { schoolId }, select: { fileKey: true } });
  await tx.evidencePack.deleteMany({ where: { schoolId } });
  return packs.flatMap((p) => (p.fileKey ? [p.fileKey] : []));
}

/**
 * Saves changes (refused if the item changed since it was opened). A new file on an item that a
 * completed cycle names becomes a new item, the old one kept for that record; returns the id shown next.
 */
export async function updateEvidence(actor: Actor, schoolId: string, evidenceId: string, version: number, input: EvidenceInput) {
  checkTargets(input.targets);
  const before = await prisma.$transaction((tx) => findEditable(tx, actor, schoolId, evidenceId));
  if (before.kind !== input.kind) throw new AppError('VALIDATION', 'An item stays a file, a link or a note: add a new item instead.');
  const upload = before.kind === 'FILE' ? await checkUpload(input.file) : null;
  if (upload) await assertRoom(prisma, schoolId, upload.bytes.byteLength - before.byteSize, false);
  const { id, removeKeys } = await withStoredFile(schoolId, upload, (fileKey) =>
    prisma.$transaction(async (tx) => {
      const item = await findEditable(tx, actor, schoolId, evidenceId);
      const school = await resolveTenant(tx, actor, { kind: 'school', id: schoolId }, 'evidence:edit');
      const removeKeys = await dropPacks(tx, school.id);
      const file = upload && fileKey ? { fileKey, fileName: upload.fileName, mediaType: upload.mediaType, byteSize: upload.bytes.byteLength } : {};
      let id = item.id;
      if (upload && (await isInSnapshot(tx, school.id, item.id))) {
        await assertRoom(tx, school.id, upload.bytes.byteLength, true);
        const claimed = await tx.evidenceItem.updateMany({ where: { id: item.id, version }, data: { withdrawnAt: new Date(), version: { increment: 1 } } });
        if (claimed.count !== 1) throw new AppError('CONFLICT', EVIDENCE_CONFLICT);
        await tx.evidenceLink.deleteMany({ where: { evidenceId: item.id } });
        const replacement = await tx.evidenceItem.create({
          data: { schoolId: school.id, kind: item.kind, ...fields(input), ...file, addedById: actor.userId },
        });
        await tx.trainingRecord.updateMany({ where: { certificateId: item.id }, data: { certificateId: replacement.id } });
        id = replacement.id;
      } else {
        if (upload) await assertRoom(tx, school.id, upload.bytes.byteLength - item.byteSize, true);
        const updated = await tx.evidenceItem.updateMany({ where: { id: item.id, version }, data: { ...fields(input), ...file, version: { increment: 1 } } });
        if (updated.count !== 1) throw new AppError('CONFLICT', EVIDENCE_CONFLICT);
        await tx.evidenceLink.deleteMany({ where: { evidenceId: item.id } });
        if (upload && item.fileKey) removeKeys.push(item.fileKey);
      }
      if (input.targets.length) await tx.evidenceLink.createMany({ data: input.targets.map((target) => ({ evidenceId: id, schoolId: school.id, target })) });
      await recordAuditEvent(tx, actor, {
        event: id === item.id ? 'evidence.updated' : 'evidence.replaced',
        trustId: school.trustId,
        schoolId: school.id,
        targetType: 'EvidenceItem',
        targetId: id,
        before: auditable(
          item,
          item.links.map((l) => l.target),
        ),
        after: auditable({ ...item, ...fields(input), ...file }, input.targets),
      });
      return { id, removeKeys };
    }),
  );
  await fileStore()
    .remove(removeKeys)
    .catch(() => undefined);
  return id;
}

/** Deletes an item, or withdraws it (hidden, kept) when a completed cycle's snapshot names it. */
export async function deleteEvidence(actor: Actor, schoolId: string, evidenceId: string, version: number) {
  const { removeKeys, withdrawn } = await prisma.$transaction(async (tx) => {
    const item = await findEditable(tx, actor, schoolId, evidenceId);
    const school = await resolveTenant(tx, actor, { kind: 'school', id: schoolId }, 'evidence:edit');
    const removeKeys = await dropPacks(tx, school.id);
    const withdrawn = await isInSnapshot(tx, school.id, item.id);
    if (withdrawn) {
      const done = await tx.evidenceItem.updateMany({ where: { id: item.id, version }, data: { withdrawnAt: new Date(), version: { increment: 1 } } });
      if (done.count !== 1) throw new AppError('CONFLICT', EVIDENCE_CONFLICT);
      await tx.evidenceLink.deleteMany({ where: { evidenceId: item.id } });
      await tx.trainingRecord.updateMany({ where: { certificateId: item.id }, data: { certificateId: null } });
    } else {
      const done = await tx.evidenceItem.deleteMany({ where: { id: item.id, version } });
      if (done.count !== 1) throw new AppError('CONFLICT', EVIDENCE_CONFLICT);
      if (item.fileKey) removeKeys.push(item.fileKey);
    }
    await recordAuditEvent(tx, actor, {
      event: 'evidence.deleted',
      trustId: school.trustId,
      schoolId: school.id,
      targetType: 'EvidenceItem',
      targetId: item.id,
      before: auditable(
        item,
        item.links.map((l) => l.target),
      ),
      after: withdrawn ? { keptForCompletedCycle: true } : null,
    });
    return { removeKeys, withdrawn };
  });
  await fileStore()
    .remove(removeKeys)
    .catch(() => undefined);
  return { withdrawn };
}
