import 'server-only';
import type { z } from 'zod';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { prisma } from '@/lib/db/prisma';
import { isUniqueViolation } from '@/lib/db/unique-violation';
import { conflict } from '@/lib/errors';
import { deliverInvitation } from '@/lib/invitations/invitation-link';
import { insertInvitation } from '@/lib/invitations/insert-invitation';
import { URN_TAKEN } from '@/lib/schools/create-school';
import type { Actor } from '@/lib/tenancy/actor';
import { assertPlatformAdmin } from './platform-directory';
import type { CreateStandaloneSchoolSchema, CreateTrustSchema } from './schemas';

export async function createTrust(actor: Actor, input: z.output<typeof CreateTrustSchema>) {
  assertPlatformAdmin(actor);
  const result = await prisma.$transaction(async (tx) => {
    const trust = await tx.trust.create({ data: { name: input.name, companyNumber: input.companyNumber ?? null } });
    await recordAuditEvent(tx, actor, {
      event: 'trust.created',
      trustId: trust.id,
      targetType: 'Trust',
      targetId: trust.id,
      after: { name: trust.name, companyNumber: trust.companyNumber },
    });
    const invitation = await insertInvitation(tx, actor, {
      email: input.adminEmail,
      name: input.adminName,
      role: 'TRUST_ADMIN',
      tenant: { kind: 'trust', id: trust.id },
      auditTrustId: trust.id,
    });
    return { trust, invitation };
  });
  return {
    ...result,
    delivery: await deliverInvitation(
      {
        id: result.invitation.invitationId,
        email: result.invitation.email,
        role: 'TRUST_ADMIN',
        tenantName: result.trust.name,
        expiresAt: result.invitation.expiresAt,
      },
      result.invitation.token,
      actor,
    ),
  };
}

export async function createStandaloneSchool(
  actor: Actor,
  input: Omit<z.output<typeof CreateStandaloneSchoolSchema>, 'cycleMonth' | 'financialYearStart'> & {
    cycleMonth?: number | null;
    financialYearStart?: number | null;
  },
) {
  assertPlatformAdmin(actor);
  const { adminEmail, adminName, ...details } = input;
  try {
    const result = await prisma.$transaction(async (tx) => {
      const school = await tx.school.create({ data: { ...details, trustId: null } });
      await recordAuditEvent(tx, actor, {
        event: 'school.created',
        schoolId: school.id,
        targetType: 'School',
        targetId: school.id,
        after: details,
      });
      const invitation = await insertInvitation(tx, actor, {
        email: adminEmail,
        name: adminName,
        role: 'SCHOOL_LEADER',
        tenant: { kind: 'school', id: school.id },
        auditTrustId: null,
      });
      return { school, invitation };
    });
    return {
      ...result,
      delivery: await deliverInvitation(
        {
          id: result.invitation.invitationId,
          email: result.invitation.email,
          role: 'SCHOOL_LEADER',
          tenantName: result.school.name,
          expiresAt: result.invitation.expiresAt,
        },
        result.invitation.token,
        actor,
      ),
    };
  } catch (error) {
    if (isUniqueViolation(error, 'urn')) throw conflict(URN_TAKEN, { urn: [URN_TAKEN] });
    throw error;
  }
}
