import 'server-only';
import { prisma } from '@/lib/db/prisma';
import type { Prisma } from '@/lib/generated/prisma/client.ts';
import { notFound } from '@/lib/errors';
import type { Actor } from '@/lib/tenancy/actor';
import { schoolWhere, trustWhere } from '@/lib/tenancy/scope';
import { withProvider } from './register-owner';

export const CONTRACT_ORDER = [
  { endDate: { sort: 'asc', nulls: 'last' } },
  { supplier: 'asc' },
  { id: 'asc' },
] satisfies Prisma.ContractOrderByWithRelationInput[];
export const KIT_ORDER = [{ category: 'asc' }, { makeModel: 'asc' }, { id: 'asc' }] satisfies Prisma.KitItemOrderByWithRelationInput[];

/**
 * The registers a school works from: its own items, and its trust's items that cover it (every
 * school, or this one by name). The reach check is the first query: a school outside the actor's
 * reach gives nothing at all. Then one indexed query per register (by schoolId, and by trustId),
 * whatever the number of items: a correlated "trust has this school" test on every row would scan
 * the whole national table.
 */
export async function listSchoolRegisters(actor: Actor, schoolId: string) {
  if (typeof schoolId !== 'string' || !schoolId) throw notFound('That school');
  const school = await prisma.school.findFirst({
    where: { AND: [{ id: schoolId }, schoolWhere(actor, 'register:read')] },
    select: { id: true, trustId: true },
  });
  if (!school) return { contracts: [], kit: [] };
  const where = registersOfSchool(school);
  const [contracts, kit] = await Promise.all([
    prisma.contract.findMany({ where, orderBy: CONTRACT_ORDER }),
    prisma.kitItem.findMany({ where, orderBy: KIT_ORDER }),
  ]);
  return { contracts: contracts.map(withProvider), kit: kit.map(withProvider) };
}

/** Only after the school was found within the actor's reach. */
function registersOfSchool(school: { id: string; trustId: string | null }): Prisma.ContractWhereInput & Prisma.KitItemWhereInput {
  const own = { schoolId: school.id };
  if (!school.trustId) return own;
  return { OR: [own, { trustId: school.trustId, OR: [{ coveredSchoolIds: { isEmpty: true } }, { coveredSchoolIds: { has: school.id } }] }] };
}

/** A trust's own registers (what it buys centrally), with the schools each covers. */
export async function listTrustRegisters(actor: Actor, trustId: string) {
  if (typeof trustId !== 'string' || !trustId) throw notFound('That trust');
  const where = { trustId, trust: { is: trustWhere(actor, 'register:read') } };
  const [contracts, kit] = await Promise.all([
    prisma.contract.findMany({ where, orderBy: CONTRACT_ORDER }),
    prisma.kitItem.findMany({ where, orderBy: KIT_ORDER }),
  ]);
  return { contracts: contracts.map(withProvider), kit: kit.map(withProvider) };
}

export type RegisterKind = 'contract' | 'kit';

/** One item, for editing: found only if the actor may edit where it belongs. */
export async function getRegisterItemForEdit(actor: Actor, register: RegisterKind, itemId: string) {
  if (typeof itemId !== 'string' || !itemId) throw notFound('That item');
  const where = editableWhere(actor, itemId);
  const item = register === 'contract' ? await prisma.contract.findFirst({ where }) : await prisma.kitItem.findFirst({ where });
  if (!item) throw notFound('That item');
  return item;
}

export function editableWhere(actor: Actor, itemId: string): Prisma.ContractWhereInput & Prisma.KitItemWhereInput {
  return {
    id: itemId,
    OR: [{ school: { is: schoolWhere(actor, 'register:edit') } }, { trust: { is: trustWhere(actor, 'register:edit-trust') } }],
  };
}
