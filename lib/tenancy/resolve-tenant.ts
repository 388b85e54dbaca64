import 'server-only';
import type { Capability } from '@/lib/auth/permissions';
import type { Tx } from '@/lib/db/prisma';
import { notFound } from '@/lib/errors';
import type { Actor, TenantRef } from './actor';
import { schoolWhere, trustWhere } from './scope';

export type ResolvedTenant = TenantRef & { name: string; trustId: string | null };

// The one scoped lookup of a trust or school inside a transaction: found only within the actor's
// reach for this capability (archived ones only for reading and restoring); anything else is "not found".
export async function resolveTenant(tx: Tx, actor: Actor, tenant: TenantRef, capability: Capability): Promise<ResolvedTenant> {
  if (tenant.kind === 'trust') {
    const trust = await tx.trust.findFirst({
      where: { AND: [{ id: tenant.id }, trustWhere(actor, capability)] },
      select: { id: true, name: true },
    });
    if (!trust) throw notFound('That trust');
    return { kind: 'trust', id: trust.id, name: trust.name, trustId: trust.id };
  }
  const school = await tx.school.findFirst({
    where: { AND: [{ id: tenant.id }, schoolWhere(actor, capability)] },
    select: { id: true, name: true, trustId: true },
  });
  if (!school) throw notFound('That school');
  return { kind: 'school', id: school.id, name: school.name, trustId: school.trustId };
}
