import 'server-only';
import type { Action } from '@/lib/auth/permissions';
import { prisma } from '@/lib/db/prisma';
import { notFound } from '@/lib/errors';
import type { Actor } from '@/lib/tenancy/actor';
import { trustWhere } from '@/lib/tenancy/scope';

export async function getTrust(actor: Actor, trustId: string, action: Action = 'trust:read') {
  const trust = await prisma.trust.findFirst({ where: { AND: [{ id: trustId }, trustWhere(actor, action)] } });
  if (!trust) throw notFound('That trust');
  return trust;
}
