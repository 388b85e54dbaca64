// Demo self-assessment history: completed 2024/25 and 2025/26 cycles for each trust school (so the
// trust has something to compare and trends to follow; one school fell back) and an open 2026/27
// cycle with an action plan and a published strategy at Riverside Primary.
import type { PrismaClient } from '../lib/generated/prisma/client.ts';
import type { AnswerValue } from '../lib/assessment/answer-options.ts';
import { evaluate, summarise } from '../lib/assessment/evaluate.ts';
import { catalogueFromRows, catalogueQuery } from '../lib/assessment/catalogue-rows.ts';
import { DFE_2026_11 } from '../lib/standards/catalogue/index.ts';
import { buildStrategyContent, defaultSections } from '../lib/strategy/content.ts';

// A small deterministic generator, so the demo looks the same on every machine.
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function pickAnswer(next: () => number, strength: number, layer: number): AnswerValue {
  const r = next();
  const bias = strength - (layer - 1) * 0.08;
  if (r < bias) return 'MET';
  if (r < bias + 0.18) return 'PARTLY_MET';
  if (r < bias + 0.22) return 'NOT_SURE';
  if (r > 0.985) return 'NOT_APPLICABLE';
  return 'NOT_MET';
}

export async function seedDemoAssessments(prisma: PrismaClient, input: { schools: Array<{ id: string; urn: string }>; leaderId: string; riversideId: string }) {
  // The demo's history predates December 2026, so Riverside's draft is offered the move to 2026.12.
  const version = await prisma.catalogueVersion.findUnique({ where: { version: DFE_2026_11.version } });
  if (!version) return;
  const catalogue = catalogueFromRows(await prisma.standard.findMany(catalogueQuery(version.id)));
  const requirements = catalogue.flatMap((s) => s.requirements.map((r) => ({ ...r, layer: s.layer })));

  for (const [index, school] of input.schools.entries()) {
    const next = random(Number(school.urn));
    const strength = 0.35 + (index % 4) * 0.12;
    const answers = new Map<string, AnswerValue>(requirements.map((r) => [r.code, pickAnswer(next, strength, r.layer)]));
    const summary = summarise(evaluate(catalogue, answers));

    // The year before: most schools were weaker; the third one has since slipped back.
    const earlier = random(Number(school.urn) + 1);
    const earlierStrength = strength + (index === 2 ? 0.1 : -0.12);
    const earlierAnswers = new Map<string, AnswerValue>(requirements.map((r) => [r.code, pickAnswer(earlier, earlierStrength, r.layer)]));
    const first = await prisma.assessment.create({
      data: {
        schoolId: school.id,
        catalogueVersionId: version.id,
        cycleLabel: '2024/25',
        status: 'COMPLETED',
        startedAt: new Date('2024-10-07T09:00:00Z'),
        completedAt: new Date('2025-02-13T16:00:00Z'),
        summary: summarise(evaluate(catalogue, earlierAnswers)),
      },
    });
    await prisma.answer.createMany({
      data: requirements.map((r) => ({
        assessmentId: first.id,
        requirementCode: r.code,
        value: earlierAnswers.get(r.code)!,
        notApplicableReason: earlierAnswers.get(r.code) === 'NOT_APPLICABLE' ? 'Does not apply on our single-building site' : null,
        requirementHash: r.contentHash,
      })),
    });

    const completed = await prisma.assessment.create({
      data: {
        schoolId: school.id,
        catalogueVersionId: version.id,
        previousId: first.id,
        cycleLabel: '2025/26',
        status: 'COMPLETED',
        startedAt: new Date('2025-10-06T09:00:00Z'),
        completedAt: new Date('2026-02-12T16:00:00Z'),
        summary,
      },
    });
    await prisma.answer.createMany({
      data: requirements.map((r) => ({
        assessmentId: completed.id,
        requirementCode: r.code,
        value: answers.get(r.code)!,
        notApplicableReason: answers.get(r.code) === 'NOT_APPLICABLE' ? 'Does not apply on our single-building site' : null,
        requirementHash: r.contentHash,
      })),
    });

    if (school.id === input.riversideId) {
      // This year's cycle, started from last year's answers with some progress made.
      const draft = await prisma.assessment.create({
        data: {
          schoolId: school.id,
          openForSchoolId: school.id,
          catalogueVersionId: version.id,
          cycleLabel: '2026/27',
          previousId: completed.id,
          startedAt: new Date('2026-10-05T09:00:00Z'),
          startedById: input.leaderId,
        },
      });
      await prisma.answer.createMany({
        data: requirements.map((r) => {
          const before = answers.get(r.code)!;
          const improved = r.layer <= 2 && before !== 'MET' && before !== 'NOT_APPLICABLE' && next() < 0.5 ? 'MET' : before;
          return {
            assessmentId: draft.id,
            requirementCode: r.code,
            value: improved,
            notApplicableReason: improved === 'NOT_APPLICABLE' ? 'Does not apply on our single-building site' : null,
            requirementHash: r.contentHash,
            updatedById: input.leaderId,
          };
        }),
      });
      // One action is the head's own, so the demo's weekly reminder has someone to go to.
      const leader = await prisma.user.findUniqueOrThrow({ where: { id: input.leaderId }, select: { name: true } });
      await prisma.planItem.createMany({
        data: [
          {
            schoolId: school.id,
            title: 'Run this year’s filtering and monitoring review with the safeguarding governor',
            ownerName: 'DSL and IT support',
            dueDate: new Date('2026-10-31T00:00:00Z'),
            estimatedCostPence: 0,
            status: 'IN_PROGRESS',
            requirementCodes: [],
            createdById: input.leaderId,
          },
          {
            schoolId: school.id,
            title: 'Add a backup broadband line with automatic failover',
            ownerName: 'School business manager',
            dueDate: new Date('2027-03-31T00:00:00Z'),
            estimatedCostPence: 180000,
            status: 'PLANNED',
            requirementCodes: [],
            createdById: input.leaderId,
          },
          {
            schoolId: school.id,
            title: 'Cyber awareness training for all staff and one governor',
            ownerName: leader.name,
            ownerUserId: input.leaderId,
            dueDate: new Date('2026-09-30T00:00:00Z'),
            estimatedCostPence: 0,
            status: 'PLANNED',
            requirementCodes: [],
            createdById: input.leaderId,
          },
          {
            schoolId: school.id,
            title: 'Write the asset register and review it termly',
            ownerName: 'IT support',
            dueDate: new Date('2026-07-17T00:00:00Z'),
            estimatedCostPence: 0,
            status: 'DONE',
            completedAt: new Date('2026-07-10T00:00:00Z'),
            requirementCodes: [],
            createdById: input.leaderId,
          },
        ],
      });

      // Version 1 of Riverside's strategy, published on the 2025/26 cycle, so a governor signing in
      // for the first time has a document to read. Its PDF is rendered at the first download.
      const detail = await prisma.school.findUniqueOrThrow({ where: { id: school.id }, include: { trust: { select: { name: true } } } });
      const basis = { cycleLabel: '2025/26', completedAt: new Date('2026-02-12T16:00:00Z'), evaluation: evaluate(catalogue, answers) };
      const publishedAt = new Date('2026-03-10T10:00:00Z');
      const sections = { ...defaultSections(detail.name, basis, publishedAt), digitalLead: leader.name, oversightGovernor: 'Margaret Ellis' };
      const plan = await prisma.planItem.findMany({
        where: { schoolId: school.id },
        select: { title: true, ownerName: true, dueDate: true, estimatedCostPence: true, status: true },
      });
      const content = buildStrategyContent({
        number: 1,
        publishedAt,
        publishedByName: leader.name,
        school: { name: detail.name, urn: detail.urn, phase: detail.phase, localAuthority: detail.localAuthority },
        trustName: detail.trust?.name ?? null,
        sections,
        basis,
        actions: plan,
      });
      await prisma.strategy.create({ data: { schoolId: school.id, sections, updatedById: input.leaderId } });
      await prisma.strategyVersion.create({
        data: { schoolId: school.id, number: 1, content: content as never, publishedAt, publishedById: input.leaderId, publishedByName: leader.name },
      });
    }
  }
}
