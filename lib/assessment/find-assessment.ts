import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client.ts';
import type { Actor } from '@/lib/tenancy/actor';
import { schoolWhere } from '@/lib/tenancy/scope';

// Drafts are for the school's working group; completed cycles are also for governors.
export function readableAssessmentWhere(actor: Actor): Prisma.AssessmentWhereInput {
  return {
    OR: [
      { school: { is: schoolWhere(actor, 'assessment:read') } },
      { status: 'COMPLETED', school: { is: schoolWhere(actor, 'assessment:read-completed') } },
    ],
  };
}

export function editableAssessmentWhere(actor: Actor, action: 'assessment:edit' | 'assessment:submit'): Prisma.AssessmentWhereInput {
  return { status: 'DRAFT', school: { is: { AND: [schoolWhere(actor, action), { archivedAt: null }] } } };
}
