import 'server-only';
import { createElement } from 'react';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { ADVISER_ACCESS_LABEL } from '@/lib/auth/permissions';
import { endOfLondonDay, formatLongDate, lastLondonDay } from '@/lib/dates/format';
import { prisma } from '@/lib/db/prisma';
import { env } from '@/lib/env';
import { isUniqueViolation } from '@/lib/db/unique-violation';
import { AppError, notFound } from '@/lib/errors';
import { queueMail } from '@/lib/mail/queue-mail';
import { renderMail } from '@/lib/mail/render-mail';
import { AdviserGrantedMail } from '@/lib/mail/templates/adviser-mails';
import type { Actor, TenantRef } from '@/lib/tenancy/actor';
import { resolveTenant } from '@/lib/tenancy/resolve-tenant';
import { schoolWhere, trustWhere } from '@/lib/tenancy/scope';
import { grantStatus } from './grant-status';
import type { GrantAdviserInput } from './schemas';

const columnsOf = (tenant: TenantRef) => (tenant.kind === 'trust' ? { trustId: tenant.id } : { schoolId: tenant.id });

const DAY_MS = 24 * 60 * 60 * 1000;
// Each grant mails the adviser: a limit keeps one account from mailing strangers in bulk.
export const MAX_GRANTS_PER_DAY = 20;
export const GRANT_LIMIT_MESSAGE = `You have granted adviser access ${MAX_GRANTS_PER_DAY} times in the last 24 hours, which is the most Waypoint allows. Try again tomorrow.`;

// Activity shown on the advisers page: the newest first, enough for a term's work.
export const ADVISER_ACTIVITY_LIMIT = 50;

// Everyone this tenant has let in, live grants first; for a school in a trust, also the trust's
// advisers who reach it now or soon (only the trust can end those); and what advisers did here lately.
export async function listAdviserGrants(actor: Actor, tenant: TenantRef, now = new Date()) {
  const found =
    tenant.kind === 'trust'
      ? await prisma.trust
          .findFirst({ where: { AND: [{ id: tenant.id }, trustWhere(actor, 'adviser:grant')] }, select: { id: true } })
          .then((t) => t && { trust: null })
      : await prisma.school.findFirst({
          where: { AND: [{ id: tenant.id }, schoolWhere(actor, 'adviser:grant')] },
          select: { trust: { select: { id: true, name: true } } },
        });
  if (!found) throw notFound('That organisation');
  const include = { adviser: { select: { id: true, email: true } }, grantedBy: { select: { name: true } } } as const;
  const [rows, trustRows] = await Promise.all([
    prisma.adviserGrant.findMany({ where: columnsOf(tenant), orderBy: [{ endsAt: 'desc' }, { createdAt: 'desc' }], take: 200, include }),
    found.trust
      ? prisma.adviserGrant.findMany({
          where: { trustId: found.trust.id, revokedAt: null, endsAt: { gt: now } },
          orderBy: [{ endsAt: 'desc' }, { createdAt: 'desc' }],
          take: 200,
          include,
        })
      : Promise.resolve([]),
  ]);
  const shown = (row: (typeof rows)[number]) => ({
    ...row,
    status: grantStatus(row, now),
    lastDay: lastLondonDay(row.endsAt),
    // What the organisation typed, else the address: never the account's own name.
    displayName: row.adviserName || row.adviser.email,
  });
  const order = { live: 0, scheduled: 1, ended: 2, revoked: 3 } as const;
  const byStatus = (a: { status: keyof typeof order }, b: { status: keyof typeof order }) => order[a.status] - order[b.status];
  const grants = rows.map(shown).sort(byStatus);
  const trustGrants = trustRows.map(shown).sort(byStatus);
  const adviserIds = [...new Set([...rows, ...trustRows].map((row) => row.adviserId))];
  const activity =
    adviserIds.length === 0
      ? []
      : await prisma.auditEvent.findMany({
          where: {
            actorId: { in: adviserIds },
            ...(tenant.kind === 'trust' ? { OR: [{ trustId: tenant.id }, { school: { is: { trustId: tenant.id } } }] } : { schoolId: tenant.id }),
          },
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          take: ADVISER_ACTIVITY_LIMIT,
          include: { actor: { select: { name: true, email: true } }, school: { select: { name: true } } },
        });
  return { grants, trustGrants, trustName: found.trust?.name ?? null, activity };
}

// Lets an adviser in until the end of the chosen day. They need an account to sign in: one is made
// for a new address (they choose a password with "Forgot your password?"), and they are told.
export async function grantAdviser(actor: Actor, input: GrantAdviserInput) {
  const endsAt = endOfLondonDay(input.endsOn);
  const result = await prisma.$transaction(async (tx) => {
    const tenant = await resolveTenant(tx, actor, input.tenant, 'adviser:grant');
    // One grant at a time per organisation: two people granting at once are taken in turn.
    if (tenant.kind === 'trust') await tx.$queryRaw`SELECT "id" FROM "Trust" WHERE "id" = ${tenant.id} FOR UPDATE`;
    else await tx.$queryRaw`SELECT "id" FROM "School" WHERE "id" = ${tenant.id} FOR UPDATE`;
    const recent = await tx.auditEvent.count({ where: { event: 'adviser.granted', actorId: actor.userId, createdAt: { gt: new Date(Date.now() - DAY_MS) } } });
    if (recent >= MAX_GRANTS_PER_DAY) throw new AppError('RATE_LIMITED', GRANT_LIMIT_MESSAGE);
    const existing = await tx.user.findUnique({
      where: { email: input.email },
      select: { id: true, isPlatformAdmin: true, passwordHash: true, providerAccounts: { select: { id: true } } },
    });
    if (existing) {
      // Anyone with a role here already: in the school or its trust, or for a trust's grant in any of its schools.
      const member = await tx.membership.count({
        where: {
          userId: existing.id,
          OR: [
            columnsOf(tenant),
            ...(tenant.kind === 'school' && tenant.trustId ? [{ trustId: tenant.trustId }] : []),
            ...(tenant.kind === 'trust' ? [{ school: { is: { trustId: tenant.id } } }] : []),
          ],
        },
      });
      if (member > 0 || existing.isPlatformAdmin) {
        throw new AppError('VALIDATION', 'Check the email address', {
          email: [
            `${input.email} already has a role in ${tenant.name} or its trust, so cannot also be its adviser. Change their role on the people page instead.`,
          ],
        });
      }
      const live = await tx.adviserGrant.findFirst({ where: { adviserId: existing.id, ...columnsOf(tenant), revokedAt: null, endsAt: { gt: new Date() } } });
      if (live) {
        throw new AppError('VALIDATION', 'Check the email address', {
          email: [`${input.email} already has access until ${formatLongDate(lastLondonDay(live.endsAt))}. Revoke it first to change the access or the period.`],
        });
      }
    }
    const adviser =
      existing ??
      (await tx.user
        .create({
          data: { email: input.email, name: input.name },
          select: { id: true, isPlatformAdmin: true, passwordHash: true, providerAccounts: { select: { id: true } } },
        })
        .catch((error: unknown) => {
          // The same new address granted elsewhere at the same moment.
          if (isUniqueViolation(error)) throw new AppError('CONFLICT', 'That address was given access somewhere else a moment ago. Try again.');
          throw error;
        }));
    const grant = await tx.adviserGrant.create({
      data: {
        adviserId: adviser.id,
        adviserName: input.name,
        ...columnsOf(tenant),
        access: input.access,
        endsAt,
        purpose: input.purpose,
        grantedById: actor.userId,
      },
    });
    await recordAuditEvent(tx, actor, {
      event: 'adviser.granted',
      trustId: tenant.trustId,
      schoolId: tenant.kind === 'school' ? tenant.id : null,
      targetType: 'AdviserGrant',
      targetId: grant.id,
      after: { email: input.email, access: ADVISER_ACCESS_LABEL[input.access], until: input.endsOn, purpose: input.purpose },
    });
    return { grant, tenant, needsPassword: !adviser.passwordHash && adviser.providerAccounts.length === 0 };
  });
  const signIn = new URL(result.needsPassword ? '/forgot-password' : '/sign-in', env().NEXTAUTH_URL).toString();
  const { html, text } = await renderMail(
    createElement(AdviserGrantedMail, {
      tenantName: result.tenant.name,
      granterName: actor.name,
      access: ADVISER_ACCESS_LABEL[input.access].toLowerCase(),
      until: formatLongDate(lastLondonDay(endsAt)),
      purpose: input.purpose,
      link: signIn,
      needsPassword: result.needsPassword,
    }),
  );
  await queueMail({ to: input.email, subject: `${result.tenant.name} has given you access on Waypoint`, html, text, kind: 'adviser-granted' });
  return result.grant;
}

// Ends the access at once: the adviser's next request finds nothing here.
export async function revokeAdviserGrant(actor: Actor, tenantRef: TenantRef, grantId: string) {
  return prisma.$transaction(async (tx) => {
    const tenant = await resolveTenant(tx, actor, tenantRef, 'adviser:grant');
    const grant = await tx.adviserGrant.findFirst({ where: { id: grantId, ...columnsOf(tenant) }, include: { adviser: { select: { email: true } } } });
    if (!grant) throw notFound('That adviser’s access');
    const status = grantStatus(grant);
    if (status === 'revoked' || status === 'ended')
      throw new AppError('VALIDATION', `That access has already ${status === 'ended' ? 'ended' : 'been revoked'}.`);
    const now = new Date();
    const updated = await tx.adviserGrant.updateMany({ where: { id: grant.id, revokedAt: null }, data: { revokedAt: now, revokedById: actor.userId } });
    if (updated.count === 0) throw new AppError('CONFLICT', 'Someone else revoked that access a moment ago.');
    await recordAuditEvent(tx, actor, {
      event: 'adviser.revoked',
      trustId: tenant.trustId,
      schoolId: tenant.kind === 'school' ? tenant.id : null,
      targetType: 'AdviserGrant',
      targetId: grant.id,
      before: { email: grant.adviser.email, access: ADVISER_ACCESS_LABEL[grant.access] },
    });
    return grant;
  });
}
