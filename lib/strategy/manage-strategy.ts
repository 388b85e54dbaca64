import 'server-only';
import { getSchoolPurpose } from '@/lib/purpose/get-school-purpose';
import { MAX_TOOLS } from '@/lib/ai-tools/manage-ai-tools';
import { strategyAiTools } from '@/lib/ai-tools/strategy-ai-tools';
import { lastReview } from '@/lib/purpose/manage-review';
import { strategyPurpose } from '@/lib/purpose/strategy-purpose';
import type { PlanItemStatus } from '@/lib/plan/plan-item-options';
import { getAssessment } from '@/lib/assessment/get-assessments';
import { readableAssessmentWhere } from '@/lib/assessment/find-assessment';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { prisma } from '@/lib/db/prisma';
import { isUniqueViolation } from '@/lib/db/unique-violation';
import { AppError, conflict, notFound } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client.ts';
import type { Actor } from '@/lib/tenancy/actor';
import { resolveTenant } from '@/lib/tenancy/resolve-tenant';
import { getAiPolicy } from '@/lib/ai-tools/manage-ai-policy';
import { getDigitalRoles } from '@/lib/schools/digital-roles';
import { schoolWhere } from '@/lib/tenancy/scope';
import { getSchoolRoadmap, strategyRoadmap } from '@/lib/roadmap/get-school-roadmap';
import { buildStrategyContent, defaultSections, sameDocument, type AssessmentBasis, type StrategyContent } from './content';
import { londonToday } from '@/lib/dates/format';
import { pdfPageCount } from '@/lib/pdf/page-count';
import { publishProblems, StrategySectionsSchema, type StrategySections } from './schemas';

export const STRATEGY_CONFLICT =
  'Someone else saved the strategy after you opened it, so your changes were not saved. Copy anything you need, then reload the page to see their version.';

async function findSchool(actor: Actor, schoolId: string, action: 'strategy:edit' | 'strategy:publish' | 'strategy:read-published') {
  const school = await prisma.school.findFirst({
    // Archived schools are found for reading only: the scope's archived rule (lib/tenancy/scope.ts).
    where: { AND: [{ id: schoolId }, schoolWhere(actor, action)] },
    select: {
      id: true,
      name: true,
      urn: true,
      phase: true,
      type: true,
      financialYearStart: true,
      localAuthority: true,
      trustId: true,
      trust: { select: { name: true, financialYearStart: true } },
    },
  });
  if (!school) throw notFound('That school');
  return school;
}

// The latest completed cycle with live scores: what "current position" means in a strategy.
async function latestCompletedBasis(actor: Actor, schoolId: string): Promise<AssessmentBasis | null> {
  const latest = await prisma.assessment.findFirst({
    where: { AND: [{ schoolId, status: 'COMPLETED' }, readableAssessmentWhere(actor)] },
    orderBy: { completedAt: 'desc' },
    select: { id: true },
  });
  if (!latest) return null;
  const detail = await getAssessment(actor, schoolId, latest.id);
  return { cycleLabel: detail.assessment.cycleLabel, completedAt: detail.assessment.completedAt!, evaluation: detail.evaluation };
}

function storedSections(value: Prisma.JsonValue, fallback: StrategySections): StrategySections {
  const parsed = StrategySectionsSchema.safeParse(value);
  return parsed.success ? parsed.data : fallback;
}

// What a school leader edits: the saved draft, or sensible starting text from the assessment.
export async function getStrategyWorkspace(actor: Actor, schoolId: string, options: { now?: Date } = {}) {
  const school = await findSchool(actor, schoolId, 'strategy:edit');
  const [draft, basis, versions, roles] = await Promise.all([
    prisma.strategy.findUnique({ where: { schoolId: school.id } }),
    latestCompletedBasis(actor, school.id),
    listVersionRows(school.id),
    getDigitalRoles(actor, school.id),
  ]);
  const defaults = defaultSections(school.name, basis, options.now ?? new Date());
  // A first draft takes its AI section from the school's AI decisions, once it has made them.
  const aiDraft = draft ? null : (await getAiPolicy(actor, school.id)).draft;
  const sections = draft ? storedSections(draft.sections, defaults) : { ...defaults, aiStance: aiDraft ?? defaults.aiStance };
  return {
    school,
    // The people the school named (lib/schools/digital-roles.ts) fill the roles section while it is empty.
    sections: {
      ...sections,
      digitalLead: sections.digitalLead || roles.lead?.name || '',
      oversightGovernor: sections.oversightGovernor || roles.governor?.name || '',
    },
    version: draft?.version ?? 0,
    savedAt: draft?.updatedAt ?? null,
    basis,
    versions,
  };
}

export async function saveStrategy(actor: Actor, schoolId: string, expectedVersion: number, sections: StrategySections) {
  return prisma.$transaction(async (tx) => {
    const school = await resolveTenant(tx, actor, { kind: 'school', id: schoolId }, 'strategy:edit');
    const data = { sections: sections as unknown as Prisma.InputJsonValue, updatedById: actor.userId };
    const previous = await tx.strategy.findUnique({ where: { schoolId: school.id }, select: { sections: true } });
    let saved;
    if (expectedVersion === 0) {
      try {
        saved = await tx.strategy.create({ data: { ...data, schoolId: school.id } });
      } catch (error) {
        if (isUniqueViolation(error)) throw conflict(STRATEGY_CONFLICT);
        throw error;
      }
    } else {
      const updated = await tx.strategy.updateMany({
        where: { schoolId: school.id, version: expectedVersion },
        data: { ...data, version: { increment: 1 } },
      });
      if (updated.count === 0) throw conflict(STRATEGY_CONFLICT);
      saved = await tx.strategy.findUniqueOrThrow({ where: { schoolId: school.id } });
    }
    await recordAuditEvent(tx, actor, {
      event: 'strategy.saved',
      trustId: school.trustId,
      schoolId: school.id,
      targetType: 'Strategy',
      targetId: saved.id,
      // The sections that changed, before and after (F9): the log says what was written.
      ...changedSections(previous?.sections as Record<string, unknown> | undefined, sections as unknown as Record<string, unknown>, saved.version),
    });
    return saved;
  });
}

// Each version is stored with its PDF: a limit keeps one school from filling the shared database.
export const MAX_PUBLISHES_PER_DAY = 10;
const DAY_MS = 24 * 60 * 60 * 1000;
export const PUBLISH_LIMIT_MESSAGE = `The strategy has been published ${MAX_PUBLISHES_PER_DAY} times in the last 24 hours, which is the most Waypoint allows. Save your changes and publish again tomorrow.`;

// Freezes the saved draft as the next numbered version. The leader publishes exactly what they
// last saw: a draft changed by someone else since then is refused.
export async function publishStrategy(actor: Actor, schoolId: string, expectedVersion: number, options: { now?: Date } = {}) {
  const school = await findSchool(actor, schoolId, 'strategy:publish');
  const draft = await prisma.strategy.findUnique({ where: { schoolId: school.id } });
  if (!draft) throw new AppError('VALIDATION', 'Save the strategy before publishing it.');
  if (draft.version !== expectedVersion) throw conflict(STRATEGY_CONFLICT);
  const parsed = StrategySectionsSchema.safeParse(draft.sections);
  if (!parsed.success) throw new AppError('VALIDATION', 'The saved strategy has problems. Open it, fix them and save before publishing.');
  const problems = publishProblems(parsed.data, londonToday(options.now));
  if (Object.keys(problems).length > 0) {
    throw new AppError('VALIDATION', 'The strategy is not ready to publish yet.', problems);
  }
  const [basis, actions, publisher, roadmap, purpose, review, aiTools] = await Promise.all([
    latestCompletedBasis(actor, school.id),
    prisma.planItem.findMany({
      where: { schoolId: school.id },
      select: { title: true, ownerName: true, dueDate: true, estimatedCostPence: true, status: true },
    }),
    prisma.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { name: true } }),
    getSchoolRoadmap(actor, school, options.now),
    getSchoolPurpose(actor, school.id),
    lastReview(school.id),
    // The school was found through the tenant check above: its register goes in as it stands.
    prisma.aiTool.findMany({ where: { schoolId: school.id }, orderBy: { name: 'asc' }, take: MAX_TOOLS }),
  ]);

  try {
    return await prisma.$transaction(async (tx) => {
      const last = await tx.strategyVersion.findFirst({ where: { schoolId: school.id }, orderBy: { number: 'desc' }, select: { number: true, content: true } });
      const publishedToday = await tx.strategyVersion.count({
        where: { schoolId: school.id, publishedAt: { gt: new Date((options.now ?? new Date()).getTime() - DAY_MS) } },
      });
      if (publishedToday >= MAX_PUBLISHES_PER_DAY) throw new AppError('RATE_LIMITED', PUBLISH_LIMIT_MESSAGE);
      const number = (last?.number ?? 0) + 1;
      const content = buildStrategyContent({
        number,
        publishedAt: options.now ?? new Date(),
        publishedByName: publisher.name,
        school: { name: school.name, urn: school.urn, phase: school.phase, localAuthority: school.localAuthority },
        trustName: school.trust?.name ?? null,
        sections: parsed.data,
        basis,
        actions: actions.map((a) => ({ ...a, status: a.status as PlanItemStatus })),
        roadmap: roadmap.current ? strategyRoadmap(roadmap) : null,
        purpose: strategyPurpose(purpose.goals, purpose.summary, review),
        aiTools: strategyAiTools(aiTools),
      });
      if (last && sameDocument(last.content as unknown as StrategyContent, content)) {
        throw new AppError(
          'CONFLICT',
          `Nothing has changed since version ${last.number}, so there is nothing new to publish. Governors already have that version.`,
        );
      }
      // The draft must still be the one checked above when the version is written.
      const stillSame = await tx.strategy.count({ where: { schoolId: school.id, version: expectedVersion } });
      if (stillSame === 0) throw conflict(STRATEGY_CONFLICT);
      const version = await tx.strategyVersion.create({
        data: {
          schoolId: school.id,
          number,
          content: content as unknown as Prisma.InputJsonValue,
          publishedAt: new Date(content.publishedAt),
          publishedById: actor.userId,
          publishedByName: publisher.name,
        },
      });
      await recordAuditEvent(tx, actor, {
        event: 'strategy.published',
        trustId: school.trustId,
        schoolId: school.id,
        targetType: 'StrategyVersion',
        targetId: version.id,
        after: { number },
      });
      return version;
    });
  } catch (error) {
    // Two leaders publishing at the same moment: the unique (school, number) lets one through.
    if (isUniqueViolation(error)) throw conflict('Someone else published the strategy at the same moment. Reload the page to see their version.');
    throw error;
  }
}

function listVersionRows(schoolId: string) {
  return prisma.strategyVersion.findMany({
    where: { schoolId },
    orderBy: { number: 'desc' },
    select: { id: true, number: true, publishedAt: true, publishedByName: true },
  });
}

// Published versions, for governors, leaders and the trust: never the draft. The newest comes with
// what its summary shows (review date, priorities) and its PDF's page count once rendered.
export async function listPublishedStrategies(actor: Actor, schoolId: string) {
  const school = await findSchool(actor, schoolId, 'strategy:read-published');
  const [versions, latest] = await Promise.all([
    listVersionRows(school.id),
    prisma.strategyVersion.findFirst({ where: { schoolId: school.id }, orderBy: { number: 'desc' }, select: { number: true, content: true, pdf: true } }),
  ]);
  const content = latest?.content as unknown as StrategyContent | undefined;
  return {
    school,
    versions,
    latest: latest && content ? { number: latest.number, sections: content.sections, pages: latest.pdf ? pdfPageCount(latest.pdf) : null } : null,
  };
}

export async function getPublishedStrategy(actor: Actor, schoolId: string, number: number): Promise<StrategyContent> {
  const version = await prisma.strategyVersion.findFirst({
    where: { schoolId, number, school: { is: schoolWhere(actor, 'strategy:read-published') } },
    select: { content: true },
  });
  if (!version) throw notFound('That version of the strategy');
  return version.content as unknown as StrategyContent;
}

function changedSections(before: Record<string, unknown> | undefined, after: Record<string, unknown>, version: number) {
  const keys = Object.keys(after).filter((key) => JSON.stringify(before?.[key] ?? null) !== JSON.stringify(after[key] ?? null));
  return {
    before: Object.fromEntries(keys.map((key) => [key, (before?.[key] ?? null) as Prisma.InputJsonValue])) as Prisma.InputJsonValue,
    after: { version, ...Object.fromEntries(keys.map((key) => [key, after[key] as Prisma.InputJsonValue])) } as Prisma.InputJsonValue,
  };
}
