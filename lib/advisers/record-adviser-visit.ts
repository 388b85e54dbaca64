import 'server-only';
import { headers } from 'next/headers';
import { prisma } from '@/lib/db/prisma';
import { PATH_HEADER } from '@/lib/http/path-header';
import type { Actor, TenantRef } from '@/lib/tenancy/actor';
import { isHereAsAdviser } from '@/lib/tenancy/capabilities';

// An adviser crosses into a tenant only by its grant, so the tenant sees what they read as well
// as what they wrote (writes are audited where they happen): each page or file an adviser opens
// is an "adviser.viewed" entry in the tenant's audit log. Members' reads are not logged.
export async function recordAdviserVisit(actor: Actor, tenant: TenantRef & { trustId: string | null }, path?: string): Promise<void> {
  if (!(await isHereAsAdviser(actor, tenant, tenant.trustId))) return;
  const where = (path ?? (await currentPath())).slice(0, 300);
  // A reload or a second tab is the same visit: one entry per adviser, page and minute.
  const recent = await prisma.auditEvent.count({
    where: { event: 'adviser.viewed', actorId: actor.userId, targetId: where, createdAt: { gt: new Date(Date.now() - 60_000) } },
  });
  if (recent > 0) return;
  // A read changes nothing, so the entry is written on its own, as security events are.
  await prisma.auditEvent.create({
    data: {
      actorId: actor.userId,
      actorEmail: actor.email,
      event: 'adviser.viewed',
      trustId: tenant.trustId,
      schoolId: tenant.kind === 'school' ? tenant.id : null,
      targetType: 'Page',
      targetId: where,
      after: { path: where },
    },
  });
}

async function currentPath(): Promise<string> {
  try {
    return (await headers()).get(PATH_HEADER) ?? '(unknown page)';
  } catch {
    return '(unknown page)';
  }
}

// Files are served by route handlers under /schools/<id>/… and /trusts/<id>/…: the tenant is in
// the path, and the download has already passed the data layer's check when this runs.
export async function recordAdviserDownload(actor: Actor, pathname: string): Promise<void> {
  const match = /^\/(schools|trusts)\/([a-z0-9]{1,64})\//i.exec(pathname);
  if (!match || actor.isPlatformAdmin) return;
  const id = match[2]!;
  if (match[1] === 'trusts') return recordAdviserVisit(actor, { kind: 'trust', id, trustId: id }, pathname);
  const school = await prisma.school.findUnique({ where: { id }, select: { trustId: true } });
  if (school) await recordAdviserVisit(actor, { kind: 'school', id, trustId: school.trustId }, pathname);
}
