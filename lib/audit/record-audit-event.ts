import 'server-only';
import type { Tx } from '@/lib/db/prisma';
import type { Prisma } from '@/lib/generated/prisma/client.ts';
import type { Actor } from '@/lib/tenancy/actor';

export type AuditInput = {
  // What happened, as domain.verb_past: 'school.updated'.
  event: string;
  trustId?: string | null;
  schoolId?: string | null;
  targetType: string;
  targetId: string;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
};

// Called inside the same transaction as the change it describes: both land or neither does.
export async function recordAuditEvent(tx: Tx, actor: Actor, input: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: actor.userId,
      actorEmail: actor.email,
      event: input.event,
      trustId: input.trustId ?? null,
      schoolId: input.schoolId ?? null,
      targetType: input.targetType,
      targetId: input.targetId,
      before: input.before ?? undefined,
      after: input.after ?? undefined,
    },
  });
}

// Where a membership or invitation belongs, for its audit entry: a school's events also count for its trust.
export function auditScopeOf(row: { trustId: string | null; schoolId: string | null; school?: { trustId: string | null } | null }) {
  return { trustId: row.trustId ?? row.school?.trustId ?? null, schoolId: row.schoolId };
}
