import 'server-only';
import { cache } from 'react';
import type { Capability } from '@/lib/auth/permissions';
import { prisma } from '@/lib/db/prisma';
import { notFound } from '@/lib/errors';
import type { Actor } from '@/lib/tenancy/actor';
import { schoolWhere } from '@/lib/tenancy/scope';

// Once per request for the same arguments: a school's layout and page both need it.
export const getSchool = cache(async (actor: Actor, schoolId: string, capability: Capability = 'school:read') => {
  const school = await prisma.school.findFirst({
    where: { AND: [{ id: schoolId }, schoolWhere(actor, capability)] },
    include: { trust: { select: { id: true, name: true, financialYearStart: true } } },
  });
  if (!school) throw notFound('That school');
  return school;
});

export type SchoolWithTrust = Awaited<ReturnType<typeof getSchool>>;
