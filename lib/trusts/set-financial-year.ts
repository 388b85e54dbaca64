import 'server-only';
import { z } from 'zod';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { prisma } from '@/lib/db/prisma';
import { monthField } from '@/lib/schools/schemas';
import type { Actor } from '@/lib/tenancy/actor';
import { resolveTenant } from '@/lib/tenancy/resolve-tenant';
import { idField } from '@/lib/validation/primitives';

export const SetFinancialYearSchema = z.object({ trustId: idField, financialYearStart: monthField });

// The month the trust's financial year starts, for every school that has not set its own: the
// roadmap's budget years follow it. Empty means September, as academy trusts' years run.
export async function setTrustFinancialYear(actor: Actor, trustId: string, month: number | null) {
  return prisma.$transaction(async (tx) => {
    const trust = await resolveTenant(tx, actor, { kind: 'trust', id: trustId }, 'trust:update');
    const before = await tx.trust.findUniqueOrThrow({ where: { id: trust.id }, select: { financialYearStart: true } });
    await tx.trust.update({ where: { id: trust.id }, data: { financialYearStart: month } });
    await recordAuditEvent(tx, actor, {
      event: 'trust.updated',
      trustId: trust.id,
      targetType: 'Trust',
      targetId: trust.id,
      before: { financialYearStart: before.financialYearStart },
      after: { financialYearStart: month },
    });
    return trust.id;
  });
}
