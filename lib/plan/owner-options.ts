import 'server-only';
import { AppError } from '@/lib/errors';
import { prisma, type Tx } from '@/lib/db/prisma';
import type { Actor } from '@/lib/tenancy/actor';
import { schoolWhere } from '@/lib/tenancy/scope';

// Who can own an action and be reminded of it: the school's members and its trust's staff.
function ownersWhere(school: { id: string; trustId: string | null }) {
  return { OR: [{ schoolId: school.id }, ...(school.trustId ? [{ trustId: school.trustId }] : [])] };
}

export async function ownerOptionsFor(actor: Actor, schoolId: string): Promise<Array<{ userId: string; label: string }>> {
  const school = await prisma.school.findFirst({ where: { id: schoolId, ...schoolWhere(actor, 'plan:edit') }, select: { id: true, trustId: true } });
  if (!school) return [];
  const memberships = await prisma.membership.findMany({
    where: ownersWhere(school),
    select: { user: { select: { id: true, name: true, email: true } } },
    orderBy: { user: { name: 'asc' } },
    take: 500,
  });
  const seen = new Set<string>();
  return memberships.flatMap(({ user }) => (seen.has(user.id) ? [] : (seen.add(user.id), [{ userId: user.id, label: `${user.name} (${user.email})` }])));
}

/** A chosen member must belong to the school or its trust; their name is what the plan shows. */
export async function resolveOwner<F extends { ownerUserId: string | null; ownerName: string | null; ownerEmail: string | null }>(
  tx: Tx,
  school: { id: string; trustId: string | null },
  fields: F,
): Promise<F> {
  if (!fields.ownerUserId) return fields;
  const member = await tx.membership.findFirst({ where: { userId: fields.ownerUserId, ...ownersWhere(school) }, select: { user: { select: { name: true } } } });
  if (!member)
    throw new AppError('VALIDATION', 'Choose the owner again', {
      ownerUserId: ['Choose a person from the list: that one is not a member of this school or its trust'],
    });
  return { ...fields, ownerName: member.user.name, ownerEmail: null };
}
