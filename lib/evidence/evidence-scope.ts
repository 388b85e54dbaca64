import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client.ts';
import type { Actor } from '@/lib/tenancy/actor';
import { schoolWhere } from '@/lib/tenancy/scope';

// The evidence a person may read, inside the query: everything of the schools they may read
// evidence for, and for governors only what the school shares with them.
export function readableEvidenceWhere(actor: Actor, schoolId: string): Prisma.EvidenceItemWhereInput {
  return {
    schoolId,
    OR: [{ school: { is: schoolWhere(actor, 'evidence:read') } }, { sharedWithGovernors: true, school: { is: schoolWhere(actor, 'evidence:read-shared') } }],
  };
}

/** What a person may change or delete: the school's live items, where they may edit evidence. */
export function editableEvidenceWhere(actor: Actor, schoolId: string, evidenceId: string): Prisma.EvidenceItemWhereInput {
  return { id: evidenceId, schoolId, withdrawnAt: null, school: { is: schoolWhere(actor, 'evidence:edit') } };
}
