import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { prisma, type Tx } from '@/lib/db/prisma';
import type { Prisma } from '@/lib/generated/prisma/client.ts';
import { AppError, notFound } from '@/lib/errors';
import type { Actor } from '@/lib/tenancy/actor';
import { resolveTenant } from '@/lib/tenancy/resolve-tenant';
import { schoolWhere } from '@/lib/tenancy/scope';
import type { AiToolFields } from './schemas';
import { toolFindings } from './tool-checks';

export const TOOL_CONFLICT = 'Someone else changed this tool after you opened it, so nothing was saved. Reload the page to see their changes.';
// A register, not a catalogue of the internet: enough for any school, small enough to review.
export const MAX_TOOLS = 100;

// The AI register is one of the school's registers: its leaders and contributors keep it, everyone
// who reads the registers (governors and the trust included) reads it.
const editable = (tx: Tx, actor: Actor, schoolId: string) => resolveTenant(tx, actor, { kind: 'school', id: schoolId }, 'register:edit');

export async function listAiTools(actor: Actor, schoolId: string) {
  const tools = await prisma.aiTool.findMany({
    where: { schoolId, school: { is: schoolWhere(actor, 'register:read') } },
    orderBy: [{ name: 'asc' }, { createdAt: 'asc' }],
    take: MAX_TOOLS,
  });
  return tools.map((tool) => ({ ...tool, findings: toolFindings(tool) }));
}

export async function getAiTool(actor: Actor, schoolId: string, toolId: string) {
  const tool = await prisma.aiTool.findFirst({ where: { id: toolId, schoolId, school: { is: schoolWhere(actor, 'register:read') } } });
  if (!tool) throw notFound('That AI tool');
  return { ...tool, findings: toolFindings(tool) };
}

const stored = (fields: AiToolFields) => ({ ...fields, checks: fields.checks as Prisma.InputJsonValue });

export async function createAiTool(actor: Actor, schoolId: string, fields: AiToolFields) {
  return prisma.$transaction(async (tx) => {
    const school = await editable(tx, actor, schoolId);
    await tx.$queryRaw`SELECT "id" FROM "School" WHERE "id" = ${school.id} FOR UPDATE`;
    if ((await tx.aiTool.count({ where: { schoolId: school.id } })) >= MAX_TOOLS) {
      throw new AppError('CONFLICT', `The register holds up to ${MAX_TOOLS} tools. Delete ones the school no longer uses first.`);
    }
    const tool = await tx.aiTool.create({ data: { schoolId: school.id, ...stored(fields), updatedById: actor.userId } });
    await recordAuditEvent(tx, actor, {
      event: 'ai_tool.created',
      trustId: school.trustId,
      schoolId: school.id,
      targetType: 'AiTool',
      targetId: tool.id,
      after: { name: fields.name, supplier: fields.supplier, approved: fields.approved },
    });
    return tool;
  });
}

async function findTool(tx: Tx, actor: Actor, schoolId: string, toolId: string) {
  const tool = await tx.aiTool.findFirst({ where: { id: toolId, schoolId, school: { is: schoolWhere(actor, 'register:edit') } } });
  if (!tool) throw notFound('That AI tool');
  return tool;
}

export async function updateAiTool(actor: Actor, schoolId: string, toolId: string, version: number, fields: AiToolFields) {
  return prisma.$transaction(async (tx) => {
    const school = await editable(tx, actor, schoolId);
    const before = await findTool(tx, actor, school.id, toolId);
    const done = await tx.aiTool.updateMany({
      where: { id: before.id, version },
      data: { ...stored(fields), version: { increment: 1 }, updatedById: actor.userId },
    });
    if (done.count !== 1) throw new AppError('CONFLICT', TOOL_CONFLICT);
    const was = toolFindings(before).status;
    const now = toolFindings(fields).status;
    await recordAuditEvent(tx, actor, {
      event: 'ai_tool.updated',
      trustId: school.trustId,
      schoolId: school.id,
      targetType: 'AiTool',
      targetId: before.id,
      before: { name: before.name, approved: before.approved, checks: was },
      after: { name: fields.name, approved: fields.approved, checks: now },
    });
  });
}

export async function deleteAiTool(actor: Actor, schoolId: string, toolId: string, version: number) {
  await prisma.$transaction(async (tx) => {
    const school = await editable(tx, actor, schoolId);
    const tool = await findTool(tx, actor, school.id, toolId);
    const done = await tx.aiTool.deleteMany({ where: { id: tool.id, version } });
    if (done.count !== 1) throw new AppError('CONFLICT', TOOL_CONFLICT);
    await recordAuditEvent(tx, actor, {
      event: 'ai_tool.deleted',
      trustId: school.trustId,
      schoolId: school.id,
      targetType: 'AiTool',
      targetId: tool.id,
      before: { name: tool.name, supplier: tool.supplier },
    });
  });
}
