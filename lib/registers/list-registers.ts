import 'server-only';
import { prisma } from '@/lib/db/prisma';
import type { Prisma } from '@/lib/generated/prisma/client.ts';
import { notFound } from '@/lib/errors';
import type { Actor } from '@/lib/tenancy/actor';
import { schoolWhere, trustWhere } from '@/lib/tenancy/scope';

export const CONTRACT_ORDER = [
  { endDate: { sort: 'asc', nulls: 'last' } },
  { supplier: 'asc' },
  { id: 'asc' },
] satisfies Prisma.ContractOrderByWithRelationInput[];
export const KIT_ORDER = [{ category: 'asc' }, { makeModel: 'asc' }, { id: 'asc' }] satisfies Prisma.KitItemOrderByWithRelationInput[];

// A school's own items, and its trust's items that cover it (every school, or this one by name).
// The reach check sits in the query: a school outside the actor's reach gives nothing at all.
export function visibleToSchool(actor: Actor, schoolId: string): Prisma.ContractWhereInput & Prisma.KitItemWhereInput {
  const reachable: Prisma.SchoolWhereInput = { AND: [{ id: schoolId }, schoolWhere(actor, 'register:read')] };
  return {
    OR: [
      { schoolId, school: { is: reachable } },
      { trust: { is: { schools: { some: reachable } } }, OR: [{ coveredSchoolIds: { isEmpty: true } }, { coveredSchoolIds: { has: schoolId } }] },
    ],
  };
}

/** The registers a school works from: two queries, whatever the number of items. */
export async function listSchoolRegisters(actor: Actor, schoolId: string) {
  if (typeof schoolId !== 'string' || !schoolId) throw notFound('That school');
  const where = visibleToSchool(actor, schoolId);
  const [contracts, kit] = await Promise.all([
    prisma.contract.findMany({ where, orderBy: CONTRACT_ORDER }),
    prisma.kitItem.findMany({ where, orderBy: KIT_ORDER }),
  ]);
  const mark = <T extends { trustId: string | null }>(item: T) => ({ ...item, providedByTrust: item.trustId !== null });
  return { contracts: contracts.map(mark), kit: kit.map(mark) };
}

/** A trust's own registers (what it buys centrally), with the schools each covers. */
export async function listTrustRegisters(actor: Actor, trustId: string) {
  if (typeof trustId !== 'string' || !trustId) throw notFound('That trust');
  const where = { trustId, trust: { is: trustWhere(actor, 'register:read') } };
  const [contracts, kit] = await Promise.all([
    prisma.contract.findMany({ where, orderBy: CONTRACT_ORDER }),
    prisma.kitItem.findMany({ where, orderBy: KIT_ORDER }),
  ]);
  return { contracts: contracts.map((c) => ({ ...c, providedByTrust: true })), kit: kit.map((k) => ({ ...k, providedByTrust: true })) };
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
