import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { prisma } from '@/lib/db/prisma';
import { isUniqueViolation } from '@/lib/db/unique-violation';
import { AppError, notFound } from '@/lib/errors';
import { CONTRACT_SERVICE_LABEL } from '@/lib/registers/register-options';
import { getSchool } from '@/lib/schools/get-school';
import type { Actor } from '@/lib/tenancy/actor';
import { resolveTenant } from '@/lib/tenancy/resolve-tenant';
import { isUnderused, reviewFollowUps, type ReviewEntry } from './review';
import type { ReviewInput } from './review-schemas';

export const REVIEW_CONFLICT = 'Someone else saved this review after you opened it, so nothing was saved. Reload the page to see their answers.';

const reviewRow = { subject: true, subjectId: true, subjectTitle: true, adoption: true, rating: true, note: true, evidenceLinks: true, version: true } as const;

// The review belongs to a cycle: the one in progress (reviewed before it is completed), else the
// latest completed one. Its subjects are the school's learning goals and the platforms it pays for
// itself (the trust reviews what it buys centrally).
export async function getPurposeReview(actor: Actor, schoolId: string) {
  const school = await getSchool(actor, schoolId, 'assessment:read');
  const cycles = await prisma.assessment.findMany({
    where: { schoolId: school.id },
    orderBy: [{ startedAt: 'desc' }],
    select: { id: true, cycleLabel: true, status: true },
    take: 3,
  });
  const cycle = cycles.find((c) => c.status === 'DRAFT') ?? cycles.find((c) => c.status === 'COMPLETED') ?? null;
  const [goals, contracts, rows, last] = await Promise.all([
    prisma.learningGoal.findMany({ where: { schoolId: school.id }, orderBy: { position: 'asc' }, select: { id: true, title: true } }),
    prisma.contract.findMany({
      where: { schoolId: school.id },
      orderBy: { createdAt: 'asc' },
      select: { id: true, service: true, supplier: true, annualCostPence: true },
    }),
    cycle ? prisma.purposeReview.findMany({ where: { schoolId: school.id, assessmentId: cycle.id }, select: reviewRow }) : Promise.resolve([]),
    lastReview(school.id, cycle?.id ?? null),
  ]);
  const saved = new Map(rows.map((r) => [`${r.subject}:${r.subjectId}`, r]));
  const subjects = [
    ...goals.map((g) => ({ subject: 'GOAL' as const, subjectId: g.id, title: g.title, pence: null as number | null })),
    ...contracts.map((c) => ({
      subject: 'CONTRACT' as const,
      subjectId: c.id,
      title: `${CONTRACT_SERVICE_LABEL[c.service]}: ${c.supplier}`,
      pence: c.annualCostPence,
    })),
  ].map((s) => ({ ...s, saved: saved.get(`${s.subject}:${s.subjectId}`) ?? null }));
  return { cycle, subjects, previous: last };
}

// The most recent cycle with a review, other than `except`: what the next cycle starts from and
// what the published strategy shows.
export async function lastReview(schoolId: string, except: string | null = null) {
  const latest = await prisma.purposeReview.findFirst({
    where: { schoolId, ...(except ? { assessmentId: { not: except } } : {}) },
    orderBy: { updatedAt: 'desc' },
    select: { assessmentId: true },
  });
  if (!latest) return null;
  const [cycle, rows] = await Promise.all([
    prisma.assessment.findUnique({ where: { id: latest.assessmentId }, select: { cycleLabel: true } }),
    prisma.purposeReview.findMany({
      where: { schoolId, assessmentId: latest.assessmentId },
      select: reviewRow,
      orderBy: [{ subject: 'desc' }, { subjectTitle: 'asc' }],
    }),
  ]);
  const entries: ReviewEntry[] = rows.map((r) => ({
    subject: r.subject,
    subjectId: r.subjectId,
    title: r.subjectTitle,
    adoption: r.adoption,
    rating: r.rating,
    note: r.note,
  }));
  return {
    cycleLabel: cycle?.cycleLabel ?? '',
    entries,
    underused: entries.filter((e) => e.subject === 'CONTRACT' && isUnderused(e.adoption)).map((e) => e.title),
    followUps: reviewFollowUps(entries),
  };
}

export async function savePurposeReview(actor: Actor, schoolId: string, assessmentId: string, entries: readonly ReviewInput[]) {
  return prisma.$transaction(async (tx) => {
    const school = await resolveTenant(tx, actor, { kind: 'school', id: schoolId }, 'strategy:edit');
    const cycle = await tx.assessment.findFirst({ where: { id: assessmentId, schoolId: school.id }, select: { id: true, cycleLabel: true } });
    if (!cycle) throw notFound('That cycle');
    const [goals, contracts] = await Promise.all([
      tx.learningGoal.findMany({ where: { schoolId: school.id }, select: { id: true, title: true } }),
      tx.contract.findMany({ where: { schoolId: school.id }, select: { id: true, service: true, supplier: true } }),
    ]);
    const titles = new Map<string, string>([
      ...goals.map((g) => [`GOAL:${g.id}`, g.title] as const),
      ...contracts.map((c) => [`CONTRACT:${c.id}`, `${CONTRACT_SERVICE_LABEL[c.service]}: ${c.supplier}`] as const),
    ]);
    for (const entry of entries) {
      const subjectTitle = titles.get(`${entry.subject}:${entry.subjectId}`);
      if (!subjectTitle)
        throw new AppError('CONFLICT', 'A goal or platform on this page has been removed since you opened it. Reload the page and review again.');
      const data = {
        adoption: entry.adoption,
        rating: entry.rating,
        note: entry.note,
        evidenceLinks: entry.evidenceLinks,
        subjectTitle,
        reviewedById: actor.userId,
      };
      if (entry.version === 0) {
        try {
          await tx.purposeReview.create({ data: { schoolId: school.id, assessmentId: cycle.id, subject: entry.subject, subjectId: entry.subjectId, ...data } });
        } catch (error) {
          if (isUniqueViolation(error)) throw new AppError('CONFLICT', REVIEW_CONFLICT);
          throw error;
        }
      } else {
        const done = await tx.purposeReview.updateMany({
          where: { assessmentId: cycle.id, subject: entry.subject, subjectId: entry.subjectId, version: entry.version },
          data: { ...data, version: { increment: 1 } },
        });
        if (done.count !== 1) throw new AppError('CONFLICT', REVIEW_CONFLICT);
      }
    }
    await recordAuditEvent(tx, actor, {
      event: 'purpose.reviewed',
      trustId: school.trustId,
      schoolId: school.id,
      targetType: 'Assessment',
      targetId: cycle.id,
      after: { cycle: cycle.cycleLabel, reviewed: entries.map((e) => titles.get(`${e.subject}:${e.subjectId}`)!) },
    });
    return entries.length;
  });
}
