import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { prisma } from '@/lib/db/prisma';
import { AppError, notFound } from '@/lib/errors';
import type { Actor } from '@/lib/tenancy/actor';
import { schoolWhere } from '@/lib/tenancy/scope';
import { SCHOOL_CHANGED_MESSAGE } from './update-school';

// Who may be named: the digital lead from the school's leaders and contributors (staff), the
// governor from its governors. A person named stays named only while they are a member of the
// school: leaving the school unnames them (the query below), with nothing to clear.
const LEAD_ROLES = ['SCHOOL_LEADER', 'SCHOOL_CONTRIBUTOR'] as const;

export type NamedPerson = { id: string; name: string; email: string };

// The two named people, for anyone who reads the school: only their memberships are read, so a
// reader learns nothing of the school's other members.
export async function getDigitalRoles(actor: Actor, schoolId: string) {
  const school = await prisma.school.findFirst({
    where: { AND: [{ id: schoolId }, schoolWhere(actor, 'school:read')] },
    select: {
      version: true,
      digitalLeadId: true,
      digitalGovernorId: true,
      memberships: {
        where: {
          OR: [
            { role: { in: [...LEAD_ROLES] }, user: { digitalLeadOf: { some: { id: schoolId } } } },
            { role: 'GOVERNOR', user: { digitalGovernorOf: { some: { id: schoolId } } } },
          ],
        },
        select: { role: true, user: { select: { id: true, name: true, email: true } } },
      },
    },
  });
  if (!school) throw notFound('That school');
  const named = (id: string | null, roles: readonly string[]) => school.memberships.find((m) => m.user.id === id && roles.includes(m.role))?.user ?? null;
  return { version: school.version, lead: named(school.digitalLeadId, LEAD_ROLES), governor: named(school.digitalGovernorId, ['GOVERNOR']) };
}

// Whom the form offers, for those who may change the roles: the school's staff and governors.
export async function getDigitalRoleCandidates(actor: Actor, schoolId: string): Promise<{ leads: NamedPerson[]; governors: NamedPerson[] }> {
  const school = await prisma.school.findFirst({
    where: { AND: [{ id: schoolId }, schoolWhere(actor, 'school:update')] },
    select: {
      memberships: {
        where: { role: { in: [...LEAD_ROLES, 'GOVERNOR'] } },
        select: { role: true, user: { select: { id: true, name: true, email: true } } },
        orderBy: { user: { name: 'asc' } },
      },
    },
  });
  if (!school) throw notFound('That school');
  return {
    leads: school.memberships.filter((m) => (LEAD_ROLES as readonly string[]).includes(m.role)).map((m) => m.user),
    governors: school.memberships.filter((m) => m.role === 'GOVERNOR').map((m) => m.user),
  };
}

export async function setDigitalRoles(actor: Actor, schoolId: string, input: { version: number; leadId: string | null; governorId: string | null }) {
  return prisma.$transaction(async (tx) => {
    const school = await tx.school.findFirst({
      where: { AND: [{ id: schoolId }, schoolWhere(actor, 'school:update')] },
      select: {
        id: true,
        trustId: true,
        digitalLead: { select: { name: true } },
        digitalGovernor: { select: { name: true } },
      },
    });
    if (!school) throw notFound('That school');
    const problems: Record<string, string[]> = {};
    const memberAs = async (userId: string, roles: readonly string[]) =>
      tx.membership.findFirst({ where: { schoolId: school.id, userId, role: { in: [...roles] as never } }, select: { user: { select: { name: true } } } });
    const lead = input.leadId ? await memberAs(input.leadId, LEAD_ROLES) : null;
    if (input.leadId && !lead) problems.leadId = ['Choose one of the school’s leaders or contributors'];
    const governor = input.governorId ? await memberAs(input.governorId, ['GOVERNOR']) : null;
    if (input.governorId && !governor) problems.governorId = ['Choose one of the school’s governors'];
    if (Object.keys(problems).length > 0) throw new AppError('VALIDATION', 'There is a problem: check the fields marked below.', problems);
    const updated = await tx.school.updateMany({
      where: { id: school.id, version: input.version },
      data: { digitalLeadId: input.leadId, digitalGovernorId: input.governorId, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new AppError('CONFLICT', SCHOOL_CHANGED_MESSAGE);
    await recordAuditEvent(tx, actor, {
      event: 'school.digital_roles_set',
      trustId: school.trustId,
      schoolId: school.id,
      targetType: 'School',
      targetId: school.id,
      before: { digitalLead: school.digitalLead?.name ?? null, oversightGovernor: school.digitalGovernor?.name ?? null },
      after: { digitalLead: lead?.user.name ?? null, oversightGovernor: governor?.user.name ?? null },
    });
  });
}
