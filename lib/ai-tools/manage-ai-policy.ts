import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { prisma, type Tx } from '@/lib/db/prisma';
import type { Prisma } from '@/lib/generated/prisma/client.ts';
import { AppError, notFound } from '@/lib/errors';
import { getDigitalRoles } from '@/lib/schools/digital-roles';
import { StrategySectionsSchema } from '@/lib/strategy/schemas';
import type { Actor } from '@/lib/tenancy/actor';
import { resolveTenant } from '@/lib/tenancy/resolve-tenant';
import { schoolWhere } from '@/lib/tenancy/scope';
import { AiDecisionsSchema, bandsFor, draftAiStance, takesQualifications, type AiDecisions } from './ai-policy';

export const POLICY_CONFLICT = 'Someone else saved the AI decisions after you opened them, so nothing was saved. Reload the page to see theirs.';

// What the text needs besides the decisions: the school's age bands, approved tools, digital lead.
async function contextFor(tx: Tx | typeof prisma, actor: Actor, school: { id: string; phase: Parameters<typeof bandsFor>[0] }) {
  const [tools, roles] = await Promise.all([
    tx.aiTool.findMany({ where: { schoolId: school.id, approved: true }, select: { name: true }, orderBy: { name: 'asc' } }),
    getDigitalRoles(actor, school.id),
  ]);
  const bands = bandsFor(school.phase);
  return { bands, approvedTools: tools.map((t) => t.name), secondary: takesQualifications(bands), digitalLead: roles.lead?.name ?? null };
}

// The saved decisions (or none yet) and the text they draft, for the strategy's editors.
export async function getAiPolicy(actor: Actor, schoolId: string) {
  const school = await prisma.school.findFirst({ where: { AND: [{ id: schoolId }, schoolWhere(actor, 'strategy:edit')] }, select: { id: true, phase: true } });
  if (!school) throw notFound('That school');
  const [row, context] = await Promise.all([prisma.aiPolicy.findUnique({ where: { schoolId: school.id } }), contextFor(prisma, actor, school)]);
  const parsed = row ? AiDecisionsSchema.safeParse(row.decisions) : null;
  const decisions = parsed?.success ? parsed.data : null;
  return { decisions, version: row?.version ?? 0, context, draft: decisions ? draftAiStance(decisions, context) : null };
}

// Saves the decisions and writes their text into the draft strategy's AI section (a draft that does
// not exist yet starts from it), in one transaction: both land or neither does.
export async function saveAiPolicy(actor: Actor, schoolId: string, expectedVersion: number, decisions: AiDecisions) {
  return prisma.$transaction(async (tx) => {
    const tenant = await resolveTenant(tx, actor, { kind: 'school', id: schoolId }, 'strategy:edit');
    const school = await tx.school.findUniqueOrThrow({ where: { id: tenant.id }, select: { id: true, phase: true } });
    const data = { decisions: decisions as unknown as Prisma.InputJsonValue, updatedById: actor.userId };
    if (expectedVersion === 0) {
      const created = await tx.aiPolicy.createMany({ data: [{ schoolId: school.id, ...data }], skipDuplicates: true });
      if (created.count !== 1) throw new AppError('CONFLICT', POLICY_CONFLICT);
    } else {
      const updated = await tx.aiPolicy.updateMany({ where: { schoolId: school.id, version: expectedVersion }, data: { ...data, version: { increment: 1 } } });
      if (updated.count !== 1) throw new AppError('CONFLICT', POLICY_CONFLICT);
    }
    const text = draftAiStance(decisions, await contextFor(tx, actor, school));
    const draft = await tx.strategy.findUnique({ where: { schoolId: school.id } });
    if (draft) {
      const sections = StrategySectionsSchema.safeParse(draft.sections);
      if (sections.success) {
        await tx.strategy.update({
          where: { schoolId: school.id },
          data: { sections: { ...sections.data, aiStance: text } as unknown as Prisma.InputJsonValue, version: { increment: 1 }, updatedById: actor.userId },
        });
      }
    }
    await recordAuditEvent(tx, actor, {
      event: 'ai_policy.saved',
      trustId: tenant.trustId,
      schoolId: school.id,
      targetType: 'AiPolicy',
      targetId: school.id,
      after: { aiStance: text },
    });
    return { text, wroteDraft: Boolean(draft) };
  });
}
