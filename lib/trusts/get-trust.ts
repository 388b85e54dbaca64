import 'server-only';
import { cache } from 'react';
import type { Capability } from '@/lib/auth/permissions';
import { prisma } from '@/lib/db/prisma';
import { notFound } from '@/lib/errors';
import type { Actor } from '@/lib/tenancy/actor';
import { trustWhere } from '@/lib/tenancy/scope';

// Once per request for the same arguments: a trust's layout and page both need it.
export const getTrust = cache(async (actor: Actor, trustId: string, capability: Capability = 'trust:read') => {
  const trust = await prisma.trust.findFirst({ where: { AND: [{ id: trustId }, trustWhere(actor, capability)] } });
  if (!trust) throw notFound('That trust');
  return trust;
});
