import 'server-only';
import { prisma } from '@/lib/db/prisma';
import type { AuditCursor } from './audit-cursor';
import type { AuditFilters } from './audit-filters';
import { parseIsoDate } from '@/lib/dates/format';
import { notFound } from '@/lib/errors';
import type { Actor, TenantRef } from '@/lib/tenancy/actor';
import { schoolWhere, trustWhere } from '@/lib/tenancy/scope';

export const AUDIT_PAGE_SIZE = 50;

// A trust's log includes events in its schools; a school's log is its own.
export async function listAuditEvents(actor: Actor, tenant: TenantRef, options: { before?: AuditCursor; filters?: Partial<AuditFilters> } = {}) {
  const filters: Partial<AuditFilters> = options.filters ?? {};
  // Whole London days; the hour either side of midnight is close enough for a log search.
  const DAY_MS = 24 * 60 * 60 * 1000;
  const narrowing = [
    filters.school && tenant.kind === 'trust' ? { schoolId: filters.school } : {},
    filters.person
      ? {
          OR: [
            { actorEmail: { contains: filters.person, mode: 'insensitive' as const } },
            { actor: { is: { name: { contains: filters.person, mode: 'insensitive' as const } } } },
          ],
        }
      : {},
    filters.from ? { createdAt: { gte: parseIsoDate(filters.from) } } : {},
    filters.to ? { createdAt: { lt: new Date(parseIsoDate(filters.to).getTime() + DAY_MS) } } : {},
  ];
  const tenantWhere = tenant.kind === 'trust' ? { OR: [{ trustId: tenant.id }, { school: { is: { trustId: tenant.id } } }] } : { schoolId: tenant.id };
  const allowed =
    tenant.kind === 'trust'
      ? await prisma.trust.count({ where: { AND: [{ id: tenant.id }, trustWhere(actor, 'audit:read')] } })
      : await prisma.school.count({ where: { AND: [{ id: tenant.id }, schoolWhere(actor, 'audit:read')] } });
  if (allowed === 0) throw notFound('That audit log');

  const events = await prisma.auditEvent.findMany({
    where: {
      AND: [
        tenantWhere,
        ...narrowing,
        options.before ? { OR: [{ createdAt: { lt: options.before.createdAt } }, { createdAt: options.before.createdAt, id: { lt: options.before.id } }] } : {},
      ],
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: AUDIT_PAGE_SIZE + 1,
    include: { actor: { select: { name: true, email: true } }, school: { select: { name: true } } },
  });
  return { events: events.slice(0, AUDIT_PAGE_SIZE), hasMore: events.length > AUDIT_PAGE_SIZE };
}
