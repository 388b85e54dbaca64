import 'server-only';
import type { Action } from '@/lib/auth/permissions';
import { prisma } from '@/lib/db/prisma';
import { notFound } from '@/lib/errors';
import type { Actor } from '@/lib/tenancy/actor';
import { schoolWhere } from '@/lib/tenancy/scope';

export async function getSchool(actor: Actor, schoolId: string, action: Action = 'school:read') {
  const school = await prisma.school.findFirst({
    where: { AND: [{ id: schoolId }, schoolWhere(actor, action)] },
    include: { trust: { select: { id: true, name: true } } },
  });
  if (!school) throw notFound('That school');
  return school;
}

export type SchoolWithTrust = Awaited<ReturnType<typeof getSchool>>;
