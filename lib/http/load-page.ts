import 'server-only';
import { notFound as nextNotFound } from 'next/navigation';
import { headers } from 'next/headers';
import { livePeriodWhere } from '@/lib/advisers/grant-status';
import { recordAdviserVisit } from '@/lib/advisers/record-adviser-visit';
import { recordSecurityEvent } from '@/lib/audit/record-security-event';
import type { Capability } from '@/lib/auth/permissions';
import { requireActor } from '@/lib/auth/session';
import { prisma } from '@/lib/db/prisma';
import { getSchool } from '@/lib/schools/get-school';
import type { Actor } from '@/lib/tenancy/actor';
import { getCapabilities } from '@/lib/tenancy/capabilities';
import { getTrust } from '@/lib/trusts/get-trust';
import { requestContext } from './request-context';
import { idParam } from './route-params';
import { statusOf } from './status';

// The one way a signed-in page starts: who is asking, the tenant the path names (found only within
// their reach and with the capability the page needs), and what the page may offer. Anything
// else is the not-found page, exactly as for a record that does not exist.
// Layouts pass `record: false`: the page below them records a refusal (or an adviser's visit) once.
// Pages that check a further capability after loading (school details) pass `visit: false`: a
// refused adviser must not appear in the log as having opened them.
export async function loadSchoolPage(
  params: Promise<{ schoolId: string }>,
  capability: Capability = 'school:read',
  options: { record?: boolean; visit?: boolean } = {},
) {
  const { schoolId } = await params;
  const actor = await requireActor();
  const probe = options.record === false ? undefined : { actor, kind: 'school' as const, id: schoolId, capability };
  const school = await loadOr404(() => getSchool(actor, idParam(schoolId), capability), probe);
  const can = await getCapabilities(actor, { kind: 'school', id: school.id, archived: Boolean(school.archivedAt) }, school.trustId);
  if (options.record !== false && options.visit !== false) await recordAdviserVisit(actor, { kind: 'school', id: school.id, trustId: school.trustId });
  return { actor, school, can };
}

export async function loadTrustPage(params: Promise<{ trustId: string }>, capability: Capability = 'trust:read', options: { record?: boolean } = {}) {
  const { trustId } = await params;
  const actor = await requireActor();
  const probe = options.record === false ? undefined : { actor, kind: 'trust' as const, id: trustId, capability };
  const trust = await loadOr404(() => getTrust(actor, idParam(trustId), capability), probe);
  const can = await getCapabilities(actor, { kind: 'trust', id: trust.id, archived: Boolean(trust.archivedAt) });
  if (options.record !== false) await recordAdviserVisit(actor, { kind: 'trust', id: trust.id, trustId: trust.id });
  return { actor, trust, can };
}

type Probe = { actor: Actor; kind: 'school' | 'trust'; id: string; capability: Capability };

// Pages show the not-found page for anything outside the visitor's reach. When the record does
// exist, the refusal is written to that tenant's audit log, so probing is visible to its admins.
export async function loadOr404<T>(load: () => Promise<T>, probe?: Probe): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (statusOf(error) === 404) {
      if (probe) await recordDenial(probe);
      nextNotFound();
    }
    throw error;
  }
}

export async function recordDenial(probe: Probe): Promise<void> {
  if (!/^[a-z0-9]{1,64}$/i.test(probe.id)) return;
  const target: { id: string; trustId: string | null } | null =
    probe.kind === 'school'
      ? await prisma.school.findUnique({ where: { id: probe.id }, select: { id: true, trustId: true } })
      : await prisma.trust.findUnique({ where: { id: probe.id }, select: { id: true } }).then((t) => (t ? { id: t.id, trustId: t.id } : null));
  if (!target) return;
  // People of the tenant itself, or its advisers (an old link into an archived school, a page above their role)
  // are not probing, and one entry per person, record and hour is enough: the log, which cannot
  // be cleaned, is not there to be flooded.
  const tenants: Array<{ schoolId: string } | { trustId: string }> = [];
  if (probe.kind === 'school') tenants.push({ schoolId: target.id });
  if (target.trustId) tenants.push({ trustId: target.trustId });
  const [members, advisers] = await Promise.all([
    prisma.membership.count({ where: { userId: probe.actor.userId, OR: tenants } }),
    prisma.adviserGrant.count({ where: { adviserId: probe.actor.userId, OR: tenants, ...livePeriodWhere() } }),
  ]);
  if (members + advisers > 0) return;
  const recent = await prisma.auditEvent.count({
    where: { event: 'access.denied', actorId: probe.actor.userId, targetId: target.id, createdAt: { gt: new Date(Date.now() - 60 * 60 * 1000) } },
  });
  if (recent > 0) return;
  await recordSecurityEvent('access.denied', {
    userId: probe.actor.userId,
    email: probe.actor.email,
    ...(await requestContext(headers)),
    trustId: target.trustId,
    schoolId: probe.kind === 'school' ? target.id : null,
    targetType: probe.kind === 'school' ? 'School' : 'Trust',
    targetId: target.id,
    detail: { capability: probe.capability },
  });
}
