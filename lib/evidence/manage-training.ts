import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { formatIsoDate } from '@/lib/dates/format';
import { prisma, type Tx } from '@/lib/db/prisma';
import { isUniqueViolation } from '@/lib/db/unique-violation';
import { AppError, notFound } from '@/lib/errors';
import type { Actor } from '@/lib/tenancy/actor';
import { getSchool } from '@/lib/schools/get-school';
import { resolveTenant } from '@/lib/tenancy/resolve-tenant';
import { schoolWhere } from '@/lib/tenancy/scope';
import { readTrainingFile } from './read-training-file';
import { nameKeyOf, type TrainingFields } from './training-schemas';

export const TRAINING_CONFLICT = 'Someone else changed this record after you opened it, so nothing was saved. Reload the page to see their changes.';
const DUPLICATE = 'This person is already listed. Edit their record instead.';

const school = (tx: Tx, actor: Actor, schoolId: string) => resolveTenant(tx, actor, { kind: 'school', id: schoolId }, 'evidence:edit');

// A certificate must be this school's live evidence.
async function checkCertificate(tx: Tx, schoolId: string, certificateId: string | null) {
  if (!certificateId) return;
  const found = await tx.evidenceItem.count({ where: { id: certificateId, schoolId, withdrawnAt: null } });
  if (!found) throw new AppError('VALIDATION', 'Choose a certificate from this school’s evidence.', { certificateId: ['Choose a certificate from the list'] });
}

const auditable = (fields: TrainingFields) => ({ ...fields, trainedOn: fields.trainedOn ? formatIsoDate(fields.trainedOn) : null });

export async function createTrainingRecord(actor: Actor, schoolId: string, fields: TrainingFields) {
  try {
    return await prisma.$transaction(async (tx) => {
      const tenant = await school(tx, actor, schoolId);
      await checkCertificate(tx, tenant.id, fields.certificateId);
      const record = await tx.trainingRecord.create({ data: { schoolId: tenant.id, ...fields, nameKey: nameKeyOf(fields.name) } });
      await recordAuditEvent(tx, actor, {
        event: 'training.added',
        trustId: tenant.trustId,
        schoolId: tenant.id,
        targetType: 'TrainingRecord',
        targetId: record.id,
        after: auditable(fields),
      });
      return record;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('CONFLICT', DUPLICATE, { name: [DUPLICATE] });
    throw error;
  }
}

async function findRecord(tx: Tx, actor: Actor, schoolId: string, recordId: string) {
  const record = await tx.trainingRecord.findFirst({ where: { id: recordId, schoolId, school: { is: schoolWhere(actor, 'evidence:edit') } } });
  if (!record) throw notFound('That record');
  return record;
}

export async function updateTrainingRecord(actor: Actor, schoolId: string, recordId: string, version: number, fields: TrainingFields) {
  try {
    return await prisma.$transaction(async (tx) => {
      const before = await findRecord(tx, actor, schoolId, recordId);
      const tenant = await school(tx, actor, schoolId);
      await checkCertificate(tx, tenant.id, fields.certificateId);
      const done = await tx.trainingRecord.updateMany({
        where: { id: before.id, version },
        data: { ...fields, nameKey: nameKeyOf(fields.name), version: { increment: 1 } },
      });
      if (done.count !== 1) throw new AppError('CONFLICT', TRAINING_CONFLICT);
      await recordAuditEvent(tx, actor, {
        event: 'training.updated',
        trustId: tenant.trustId,
        schoolId: tenant.id,
        targetType: 'TrainingRecord',
        targetId: before.id,
        before: auditable(before),
        after: auditable(fields),
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('CONFLICT', DUPLICATE, { name: [DUPLICATE] });
    throw error;
  }
}

export async function deleteTrainingRecord(actor: Actor, schoolId: string, recordId: string, version: number) {
  await prisma.$transaction(async (tx) => {
    const before = await findRecord(tx, actor, schoolId, recordId);
    const tenant = await school(tx, actor, schoolId);
    const done = await tx.trainingRecord.deleteMany({ where: { id: before.id, version } });
    if (done.count !== 1) throw new AppError('CONFLICT', TRAINING_CONFLICT);
    await recordAuditEvent(tx, actor, {
      event: 'training.deleted',
      trustId: tenant.trustId,
      schoolId: tenant.id,
      targetType: 'TrainingRecord',
      targetId: before.id,
      before: auditable(before),
    });
  });
}

/**
 * Adds the people in a CSV and updates those already listed (matched by name); a file with any
 * bad row changes nothing and says which rows. Certificates stay as they were.
 */
export async function importTrainingRecords(actor: Actor, schoolId: string, bytes: Uint8Array) {
  // Refused before the file is read: someone without the right learns nothing about it.
  await getSchool(actor, schoolId, 'evidence:edit');
  const read = readTrainingFile(bytes);
  if (!read.ok) throw new AppError('VALIDATION', read.message, { file: read.problems.length ? read.problems.slice(0, 20) : [read.message] });
  return prisma.$transaction(async (tx) => {
    const tenant = await school(tx, actor, schoolId);
    const existing = new Map(
      (await tx.trainingRecord.findMany({ where: { schoolId: tenant.id }, select: { id: true, nameKey: true } })).map((r) => [r.nameKey, r.id]),
    );
    let added = 0;
    let updated = 0;
    const creates = read.rows.filter((r) => !existing.has(r.nameKey));
    if (creates.length) {
      await tx.trainingRecord.createMany({ data: creates.map(({ certificateId: _c, ...row }) => ({ schoolId: tenant.id, ...row })) });
      added = creates.length;
    }
    for (const row of read.rows) {
      const id = existing.get(row.nameKey);
      if (!id) continue;
      await tx.trainingRecord.update({
        where: { id },
        data: { name: row.name, email: row.email, role: row.role, trainedOn: row.trainedOn, version: { increment: 1 } },
      });
      updated++;
    }
    await recordAuditEvent(tx, actor, {
      event: 'training.imported',
      trustId: tenant.trustId,
      schoolId: tenant.id,
      targetType: 'School',
      targetId: tenant.id,
      after: { added, updated },
    });
    return { added, updated };
  });
}

export async function listTrainingRecords(actor: Actor, schoolId: string) {
  return prisma.trainingRecord.findMany({
    where: { schoolId, school: { is: schoolWhere(actor, 'evidence:read') } },
    select: { id: true, name: true, email: true, role: true, trainedOn: true, certificateId: true, version: true, certificate: { select: { title: true } } },
    orderBy: [{ role: 'asc' }, { nameKey: 'asc' }],
    take: 5_000,
  });
}
