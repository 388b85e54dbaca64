import 'server-only';
import { addDays, isWorkingDay, LAST_LISTED_BANK_HOLIDAY_YEAR } from '@/lib/dates/calendar-days';
import { formatIsoDate, parseIsoDate } from '@/lib/dates/format';
import { prisma } from '@/lib/db/prisma';
import type { Role } from '@/lib/generated/prisma/enums';
import { jobIdFor } from '@/lib/jobs/schedule';
import { jobQueue } from '@/lib/jobs/boss';
import { QUEUES } from '@/lib/jobs/queues';
import { EVERY_ORGANISATION, type ReminderKind } from './kinds';
import { messageScope, type ReminderMessage } from './reminder-message';
import { actionsToRemind, cycleDue, draftStalled, strategyReview, trustDigest, weeklyKey } from './rules';

// The daily run: finds what is due (./rules.ts), leaves out what each person turned off and what was
// already sent, and queues one mail job per message. It walks schools, trusts and owners a page at
// a time, so memory stays flat at national scale (scripts/bench/reminders.ts measures it).
//
// Archived schools and trusts get no mail: the same rule as lib/tenancy/scope.ts, here in SQL
// because the run reads across every tenant at once.

const PAGE = 1000;

export type RunSummary = { day: string; skipped?: string; queued: Record<ReminderKind, number> };

// alsoKeys: more keys the message covers (one per evidence item), recorded as sent with it.
type Pending = { key: string; message: ReminderMessage; alsoKeys?: string[] };

// Turns candidates into queued jobs: one query for opt-outs, one for keys already sent, one insert.
async function queue(candidates: Pending[], summary: RunSummary) {
  if (candidates.length === 0) return;
  const emails = [...new Set(candidates.map((c) => c.message.to))];
  const [optOuts, sent] = await Promise.all([
    prisma.mailOptOut.findMany({ where: { email: { in: emails } }, select: { email: true, kind: true, scope: true } }),
    prisma.reminderSent.findMany({ where: { key: { in: candidates.map((c) => c.key) } }, select: { key: true } }),
  ]);
  const off = new Set(optOuts.map((o) => `${o.email}|${o.kind}|${o.scope}`));
  const done = new Set(sent.map((s) => s.key));
  const wanted = candidates.filter(({ key, message }) => {
    if (done.has(key)) return false;
    const scope = messageScope(message);
    return !off.has(`${message.to}|${message.kind}|${EVERY_ORGANISATION}`) && !off.has(`${message.to}|${message.kind}|${scope}`);
  });
  if (wanted.length === 0) return;
  // The job id comes from the key too: if the run dies between these two writes, its retry queues
  // the same ids again, and pg-boss keeps the first.
  const boss = await jobQueue();
  await boss.insert(wanted.map(({ key, message }) => ({ id: jobIdFor(`reminder:${key}`), name: QUEUES.mailSend.name, data: { reminder: message } })));
  await prisma.reminderSent.createMany({
    data: wanted.flatMap(({ key, message, alsoKeys }) => [key, ...(alsoKeys ?? [])].map((k) => ({ key: k, email: message.to, kind: message.kind }))),
    skipDuplicates: true,
  });
  for (const { message } of wanted) summary.queued[message.kind] += 1;
}

type OwnerRow = { email: string; name: string | null; id: string; title: string; schoolId: string; schoolName: string; trustId: string | null; dueDay: string };

// Each owner's open actions due by the horizon, a page of owners at a time. An owner who is a
// member must still belong to the school or its trust; someone outside Waypoint is named by the school.
async function ownerDigests(today: string, summary: RunSummary) {
  const horizon = addDays(today, 14);
  let after = '';
  for (;;) {
    const rows = await prisma.$queryRaw<OwnerRow[]>`
      WITH items AS (
        SELECT p.id, p.title, p."schoolId", s.name AS "schoolName", s."trustId", to_char(p."dueDate", 'YYYY-MM-DD') AS "dueDay",
               lower(coalesce(u.email, p."ownerEmail")) AS email, coalesce(u.name, p."ownerName") AS name
        FROM "PlanItem" p
        JOIN "School" s ON s.id = p."schoolId" AND s."archivedAt" IS NULL
        LEFT JOIN "Trust" t ON t.id = s."trustId"
        LEFT JOIN "User" u ON u.id = p."ownerUserId"
        WHERE p.status IN ('PLANNED', 'IN_PROGRESS') AND p."dueDate" <= ${horizon}::date AND t."archivedAt" IS NULL
          AND ((p."ownerUserId" IS NULL AND p."ownerEmail" IS NOT NULL)
            OR EXISTS (SELECT 1 FROM "Membership" m WHERE m."userId" = p."ownerUserId" AND (m."schoolId" = p."schoolId" OR m."trustId" = s."trustId")))
      ), page AS (SELECT DISTINCT email FROM items WHERE email > ${after} ORDER BY email LIMIT ${PAGE})
      SELECT items.* FROM items JOIN page USING (email) ORDER BY email, "dueDay", id`;
    if (rows.length === 0) return;
    // One message can span schools, so a person's "not about this school (or trust)" choices drop
    // those lines here; an opt-out from every organisation is applied with the others in queue().
    const optOuts = await prisma.mailOptOut.findMany({
      where: { email: { in: [...new Set(rows.map((r) => r.email))] }, kind: 'actions', scope: { not: EVERY_ORGANISATION } },
      select: { email: true, scope: true },
    });
    const off = new Set(optOuts.map((o) => `${o.email}|${o.scope}`));
    const byOwner = new Map<string, OwnerRow[]>();
    for (const row of rows) {
      if (off.has(`${row.email}|${row.schoolId}`) || (row.trustId && off.has(`${row.email}|${row.trustId}`))) continue;
      const list = byOwner.get(row.email) ?? [];
      byOwner.set(row.email, list);
      list.push(row);
    }
    const candidates: Pending[] = [];
    for (const [email, items] of byOwner) {
      const { overdue, dueSoon } = actionsToRemind(items, today);
      if (overdue.length + dueSoon.length === 0) continue;
      const line = ({ id, title, schoolId, schoolName, dueDay }: OwnerRow) => ({ id, title, schoolId, schoolName, dueDay });
      candidates.push({
        key: weeklyKey(`actions:${email}`, today),
        message: { kind: 'actions', to: email, name: items[0]!.name, overdue: overdue.map(line), dueSoon: dueSoon.map(line) },
      });
    }
    await queue(candidates, summary);
    after = rows[rows.length - 1]!.email;
  }
}

type SchoolRow = {
  id: string;
  name: string;
  cycleMonth: number | null;
  createdAt: Date;
  lastCompletedAt: Date | null;
  draftId: string | null;
  draftLabel: string | null;
  draftActivityAt: Date | null;
  versionId: string | null;
  reviewDay: string | null;
  digitalLeadId: string | null;
  digitalGovernorId: string | null;
};

// Leaders' reminders about their school: the yearly cycle, a stalled draft, the strategy's review.
async function schoolReminders(today: string, summary: RunSummary) {
  let after = '';
  for (;;) {
    const schools = await prisma.$queryRaw<SchoolRow[]>`
      SELECT s.id, s.name, s."cycleMonth", s."createdAt", s."digitalLeadId", s."digitalGovernorId",
        (SELECT max(a."completedAt") FROM "Assessment" a WHERE a."schoolId" = s.id AND a.status = 'COMPLETED') AS "lastCompletedAt",
        d.id AS "draftId", d."cycleLabel" AS "draftLabel",
        greatest(d."startedAt", (SELECT max(x."updatedAt") FROM "Answer" x WHERE x."assessmentId" = d.id)) AS "draftActivityAt",
        v.id AS "versionId", v."reviewDay"
      FROM "School" s
      LEFT JOIN "Trust" t ON t.id = s."trustId"
      LEFT JOIN "Assessment" d ON d."openForSchoolId" = s.id
      LEFT JOIN LATERAL (
        SELECT sv.id, sv.content->'sections'->>'reviewDate' AS "reviewDay" FROM "StrategyVersion" sv WHERE sv."schoolId" = s.id ORDER BY sv.number DESC LIMIT 1
      ) v ON true
      WHERE s."archivedAt" IS NULL AND t."archivedAt" IS NULL AND s.id > ${after}
      ORDER BY s.id LIMIT ${PAGE}`;
    if (schools.length === 0) return;
    // The leaders, and the digital lead and governor the school named while they are still its
    // members: the governor hears only about the strategy's review.
    const named = schools.flatMap((s) => [s.digitalLeadId, s.digitalGovernorId]).filter((id): id is string => id !== null);
    const members = await prisma.membership.findMany({
      where: {
        schoolId: { in: schools.map((s) => s.id) },
        OR: [{ role: 'SCHOOL_LEADER' }, ...(named.length > 0 ? [{ userId: { in: named }, role: { in: ['SCHOOL_CONTRIBUTOR', 'GOVERNOR'] as Role[] } }] : [])],
      },
      select: { schoolId: true, userId: true, role: true, user: { select: { email: true, name: true } } },
    });
    const peopleOf = new Map<string, Array<{ email: string; name: string; reviewOnly: boolean }>>();
    const byId = new Map(schools.map((s) => [s.id, s]));
    for (const m of members) {
      const school = byId.get(m.schoolId!)!;
      const isLead = m.userId === school.digitalLeadId && m.role !== 'GOVERNOR';
      const isGovernor = m.userId === school.digitalGovernorId && m.role === 'GOVERNOR';
      if (m.role !== 'SCHOOL_LEADER' && !isLead && !isGovernor) continue;
      const list = peopleOf.get(m.schoolId!) ?? [];
      peopleOf.set(m.schoolId!, list);
      list.push({ ...m.user, reviewOnly: isGovernor });
    }
    const candidates: Pending[] = [];
    for (const school of schools) {
      const people = peopleOf.get(school.id) ?? [];
      if (people.length === 0) continue;
      const lastCompletedDay = school.lastCompletedAt ? formatIsoDate(school.lastCompletedAt) : null;
      const due = cycleDue(
        {
          schoolId: school.id,
          createdDay: formatIsoDate(school.createdAt),
          lastCompletedDay,
          cycleMonth: school.cycleMonth,
          hasDraft: school.draftId !== null,
        },
        today,
      );
      const stalled =
        school.draftId && school.draftActivityAt
          ? draftStalled({ assessmentId: school.draftId, lastActivityDay: formatIsoDate(school.draftActivityAt) }, today)
          : null;
      const review = school.versionId ? strategyReview({ versionId: school.versionId, reviewDay: school.reviewDay }, today) : null;
      for (const person of people) {
        const to = person.email.toLowerCase();
        const base = { to, name: person.name, schoolId: school.id, schoolName: school.name };
        if (person.reviewOnly) {
          if (review && school.reviewDay)
            candidates.push({ key: `${review.key}:${to}`, message: { ...base, kind: 'strategy', state: review.state, reviewDay: school.reviewDay } });
          continue;
        }
        if (due) candidates.push({ key: `${due.key}:${to}`, message: { ...base, kind: 'cycle', reason: due.reason, lastCompletedDay, stalled: null } });
        if (stalled)
          candidates.push({
            key: `${stalled.key}:${to}`,
            message: {
              ...base,
              kind: 'cycle',
              reason: 'stalled',
              lastCompletedDay,
              stalled: { assessmentId: school.draftId!, cycleLabel: school.draftLabel ?? 'current', days: stalled.days },
            },
          });
        if (review && school.reviewDay)
          candidates.push({ key: `${review.key}:${to}`, message: { ...base, kind: 'strategy', state: review.state, reviewDay: school.reviewDay } });
      }
    }
    await queue(candidates, summary);
    after = schools[schools.length - 1]!.id;
  }
}

type ExpiringRow = { id: string; title: string; validUntil: string; schoolId: string; schoolName: string; email: string; name: string | null };

// Evidence that stops counting within 30 days, once per item and person: to whoever added it while
// they can still edit the school's evidence, else to the school's leaders. One message per person
// and school lists every item not mentioned before.
async function evidenceReminders(today: string, summary: RunSummary) {
  const horizon = addDays(today, 30);
  let after = '';
  for (;;) {
    const items = await prisma.$queryRaw<Array<{ id: string }>>`
      SELECT e.id FROM "EvidenceItem" e
      JOIN "School" s ON s.id = e."schoolId" AND s."archivedAt" IS NULL
      LEFT JOIN "Trust" t ON t.id = s."trustId"
      WHERE e."withdrawnAt" IS NULL AND e."validUntil" BETWEEN ${today}::date AND ${horizon}::date AND t."archivedAt" IS NULL AND e.id > ${after}
      ORDER BY e.id LIMIT ${PAGE}`;
    if (items.length === 0) return;
    const rows = await prisma.$queryRaw<ExpiringRow[]>`
      SELECT e.id, e.title, to_char(e."validUntil", 'YYYY-MM-DD') AS "validUntil", e."schoolId", s.name AS "schoolName", lower(u.email) AS email, u.name
      FROM "EvidenceItem" e
      JOIN "School" s ON s.id = e."schoolId"
      JOIN "Membership" m ON m."schoolId" = e."schoolId"
        AND ((m."userId" = e."addedById" AND m.role IN ('SCHOOL_LEADER', 'SCHOOL_CONTRIBUTOR'))
          OR (m.role = 'SCHOOL_LEADER' AND NOT EXISTS (
            SELECT 1 FROM "Membership" a WHERE a."schoolId" = e."schoolId" AND a."userId" = e."addedById" AND a.role IN ('SCHOOL_LEADER', 'SCHOOL_CONTRIBUTOR'))))
      JOIN "User" u ON u.id = m."userId"
      WHERE e.id = ANY(${items.map((i) => i.id)}::text[])
      ORDER BY e."validUntil", e.id`;
    const keyOf = (row: ExpiringRow) => `evidence:${row.id}:${row.validUntil}:${row.email}`;
    const sent = new Set((await prisma.reminderSent.findMany({ where: { key: { in: rows.map(keyOf) } }, select: { key: true } })).map((s) => s.key));
    const byPerson = new Map<string, ExpiringRow[]>();
    for (const row of rows) {
      if (sent.has(keyOf(row))) continue;
      const id = `${row.email}|${row.schoolId}`;
      byPerson.set(id, [...(byPerson.get(id) ?? []), row]);
    }
    const candidates: Pending[] = [...byPerson.values()].map((list) => {
      const [first] = list as [ExpiringRow, ...ExpiringRow[]];
      const keys = list.map(keyOf);
      return {
        key: keys[0]!,
        alsoKeys: keys.slice(1),
        message: {
          kind: 'evidence',
          to: first.email,
          name: first.name,
          schoolId: first.schoolId,
          schoolName: first.schoolName,
          items: list.map((r) => ({ id: r.id, title: r.title, validUntil: r.validUntil })),
        },
      };
    });
    await queue(candidates, summary);
    after = items[items.length - 1]!.id;
  }
}

// Trust admins' and viewers' weekly digest, a page of trusts at a time, in five queries per page.
async function trustDigests(today: string, summary: RunSummary) {
  const weekAgoDay = addDays(today, -7);
  // The week is counted from the run's day, not the clock, so a late or repeated run reports the same week.
  const weekAgo = parseIsoDate(weekAgoDay);
  let after = '';
  for (;;) {
    const trusts = await prisma.trust.findMany({
      where: { archivedAt: null, id: { gt: after } },
      orderBy: { id: 'asc' },
      take: PAGE,
      select: { id: true, name: true },
    });
    if (trusts.length === 0) return;
    const ids = trusts.map((t) => t.id);
    const [people, completed, overdue, pastReview] = await Promise.all([
      prisma.membership.findMany({
        where: { trustId: { in: ids }, role: { in: ['TRUST_ADMIN', 'TRUST_VIEWER'] } },
        select: { trustId: true, user: { select: { email: true, name: true } } },
      }),
      prisma.$queryRaw<
        Array<{ trustId: string; schoolId: string; schoolName: string; cycleLabel: string; overall: number | null; previousOverall: number | null }>
      >`
        SELECT s."trustId", s.id AS "schoolId", s.name AS "schoolName", a."cycleLabel",
          (a.summary->'overall'->>'score')::float AS overall, (p.summary->'overall'->>'score')::float AS "previousOverall"
        FROM "Assessment" a
        JOIN "School" s ON s.id = a."schoolId" AND s."archivedAt" IS NULL
        LEFT JOIN "Assessment" p ON p.id = a."previousId" AND p.status = 'COMPLETED'
        WHERE s."trustId" = ANY(${ids}) AND a.status = 'COMPLETED' AND a."completedAt" >= ${weekAgo}
        ORDER BY s.name`,
      prisma.$queryRaw<Array<{ trustId: string; schoolId: string; schoolName: string; count: number; newThisWeek: number }>>`
        SELECT s."trustId", s.id AS "schoolId", s.name AS "schoolName", count(*)::int AS count,
          (count(*) FILTER (WHERE p."dueDate" >= ${weekAgoDay}::date))::int AS "newThisWeek"
        FROM "PlanItem" p JOIN "School" s ON s.id = p."schoolId" AND s."archivedAt" IS NULL
        WHERE s."trustId" = ANY(${ids}) AND p.status IN ('PLANNED', 'IN_PROGRESS') AND p."dueDate" < ${today}::date
        GROUP BY s."trustId", s.id, s.name`,
      prisma.$queryRaw<Array<{ trustId: string; schoolId: string; schoolName: string; reviewDay: string }>>`
        SELECT s."trustId", s.id AS "schoolId", s.name AS "schoolName", v."reviewDay"
        FROM "School" s
        JOIN LATERAL (
          SELECT sv.content->'sections'->>'reviewDate' AS "reviewDay" FROM "StrategyVersion" sv WHERE sv."schoolId" = s.id ORDER BY sv.number DESC LIMIT 1
        ) v ON true
        WHERE s."trustId" = ANY(${ids}) AND s."archivedAt" IS NULL AND v."reviewDay" < ${today}
        ORDER BY s.name`,
    ]);
    const candidates: Pending[] = [];
    for (const trust of trusts) {
      const mine = <T extends { trustId: string | null }>(rows: T[]) => rows.filter((r) => r.trustId === trust.id);
      const week = {
        completed: mine(completed),
        overdue: mine(overdue),
        pastReview: mine(pastReview).map((p) => ({ ...p, newThisWeek: p.reviewDay >= weekAgoDay })),
      };
      const digest = trustDigest(week);
      if (!digest) continue;
      for (const person of mine(people)) {
        const to = person.user.email.toLowerCase();
        candidates.push({
          key: weeklyKey(`trust-digest:${trust.id}:${to}`, today),
          message: {
            kind: 'trust-digest',
            to,
            name: person.user.name,
            trustId: trust.id,
            trustName: trust.name,
            completed: digest.completed.map(({ schoolId, schoolName, cycleLabel, overall, previousOverall }) => ({
              schoolId,
              schoolName,
              cycleLabel,
              overall,
              previousOverall,
            })),
            fellBack: digest.fellBack.map(({ schoolId, schoolName, cycleLabel, overall, previousOverall }) => ({
              schoolId,
              schoolName,
              cycleLabel,
              overall,
              previousOverall,
            })),
            overdue: digest.overdue.map(({ schoolId, schoolName, count }) => ({ schoolId, schoolName, count })),
            pastReview: digest.pastReview.map(({ schoolId, schoolName, reviewDay }) => ({ schoolId, schoolName, reviewDay })),
          },
        });
      }
    }
    await queue(candidates, summary);
    after = trusts[trusts.length - 1]!.id;
  }
}

// Every key includes a week, a month, a version or a quiet spell's start, so a record older than
// this can never stop a message that is due: it is only history, and is dropped.
export const KEEP_SENT_DAYS = 400;

/** Everything due today (a London day, "YYYY-MM-DD"). Reminders go on working days only. */
export async function runReminders(today: string): Promise<RunSummary> {
  const summary: RunSummary = { day: today, queued: { actions: 0, cycle: 0, strategy: 0, evidence: 0, 'trust-digest': 0 } };
  await prisma.reminderSent.deleteMany({ where: { sentAt: { lt: parseIsoDate(addDays(today, -KEEP_SENT_DAYS)) } } });
  if (Number(today.slice(0, 4)) > LAST_LISTED_BANK_HOLIDAY_YEAR)
    console.warn(`[waypoint] Bank holidays are listed only to ${LAST_LISTED_BANK_HOLIDAY_YEAR}: update lib/dates/calendar-days.ts`);
  if (!isWorkingDay(today)) return { ...summary, skipped: 'not a working day' };
  await schoolReminders(today, summary);
  await ownerDigests(today, summary);
  await trustDigests(today, summary);
  await evidenceReminders(today, summary);
  return summary;
}
