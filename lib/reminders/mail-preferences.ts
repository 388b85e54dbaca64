import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { prisma } from '@/lib/db/prisma';
import type { Actor } from '@/lib/tenancy/actor';
import { EVERY_ORGANISATION, type ReminderKind } from './kinds';
import type { Unsubscribe } from './unsubscribe-token';

// What a person receives, per kind and per school or trust. Kept as opt-outs by address
// (MailOptOut), the same rows the one-click unsubscribe link writes.

export type MailPreferenceGroup = { scope: string; name: string; kinds: Array<{ kind: ReminderKind; on: boolean }> };

// The kinds a membership can receive: leaders hear about cycles and the strategy; anyone can own
// actions; a contributor named digital lead hears what leaders do, a governor named for digital
// oversight about the strategy's review (lib/reminders/run-reminders.ts).
function kindsFor(role: string, named: { lead: boolean; governor: boolean }): ReminderKind[] {
  if (role === 'TRUST_ADMIN' || role === 'TRUST_VIEWER') return ['trust-digest', 'actions'];
  if (role === 'SCHOOL_LEADER' || (role === 'SCHOOL_CONTRIBUTOR' && named.lead)) return ['actions', 'cycle', 'strategy'];
  if (role === 'GOVERNOR' && named.governor) return ['actions', 'strategy'];
  return ['actions'];
}

export async function listMailPreferences(actor: Actor): Promise<MailPreferenceGroup[]> {
  const email = actor.email.toLowerCase();
  const [memberships, optOuts] = await Promise.all([
    prisma.membership.findMany({
      where: { userId: actor.userId },
      select: {
        role: true,
        school: { select: { id: true, name: true, digitalLeadId: true, digitalGovernorId: true } },
        trust: { select: { id: true, name: true } },
      },
      orderBy: { createdAt: 'asc' },
    }),
    prisma.mailOptOut.findMany({ where: { email }, select: { kind: true, scope: true } }),
  ]);
  const off = new Set(optOuts.map((o) => `${o.kind}|${o.scope}`));
  return memberships.flatMap((m) => {
    const organisation = m.school ?? m.trust;
    if (!organisation) return [];
    return [
      {
        scope: organisation.id,
        name: organisation.name,
        kinds: kindsFor(m.role, { lead: m.school?.digitalLeadId === actor.userId, governor: m.school?.digitalGovernorId === actor.userId }).map((kind) => ({
          kind,
          on: !off.has(`${kind}|${organisation.id}`) && !off.has(`${kind}|${EVERY_ORGANISATION}`),
        })),
      },
    ];
  });
}

/** Saves the whole grid at once: each box shown is either on (no opt-out) or off (an opt-out for that organisation). */
export async function saveMailPreferences(actor: Actor, wanted: ReadonlySet<string>) {
  const email = actor.email.toLowerCase();
  const groups = await listMailPreferences(actor);
  const shown = groups.flatMap((g) => g.kinds.map(({ kind }) => ({ kind, scope: g.scope })));
  const off = shown.filter(({ kind, scope }) => !wanted.has(`${kind}:${scope}`));
  await prisma.$transaction(async (tx) => {
    // An "every organisation" opt-out from an unsubscribe link is replaced by the choices made here.
    await tx.mailOptOut.deleteMany({
      where: { email, kind: { in: [...new Set(shown.map((s) => s.kind))] }, scope: { in: [...groups.map((g) => g.scope), EVERY_ORGANISATION] } },
    });
    await tx.mailOptOut.createMany({ data: off.map(({ kind, scope }) => ({ email, kind, scope })), skipDuplicates: true });
    await recordAuditEvent(tx, actor, {
      event: 'account.mail_preferences_updated',
      targetType: 'User',
      targetId: actor.userId,
      after: { off: off.map(({ kind, scope }) => `${kind}:${scope}`) },
    });
  });
}

/** From an unsubscribe link: no sign-in, the signed link is the permission. Doing it twice is harmless. */
export async function applyUnsubscribe(unsubscribe: Unsubscribe) {
  await prisma.mailOptOut.createMany({ data: [{ email: unsubscribe.email, kind: unsubscribe.kind, scope: unsubscribe.scope }], skipDuplicates: true });
}

export async function unsubscribeScopeName(scope: string): Promise<string> {
  if (scope === EVERY_ORGANISATION) return 'any school or trust';
  const [school, trust] = await Promise.all([
    prisma.school.findUnique({ where: { id: scope }, select: { name: true } }),
    prisma.trust.findUnique({ where: { id: scope }, select: { name: true } }),
  ]);
  return school?.name ?? trust?.name ?? 'this school or trust';
}
