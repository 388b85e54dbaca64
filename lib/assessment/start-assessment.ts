import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { prisma } from '@/lib/db/prisma';
import { isUniqueViolation } from '@/lib/db/unique-violation';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/tenancy/actor';
import { resolveTenant } from '@/lib/tenancy/resolve-tenant';
import { carryAnswerHashes } from './carry-answers';
import { NEWEST_CATALOGUE_FIRST } from './get-catalogue';
import { academicYearLabel } from './evaluate';

/** Public reference data: the catalogue a cycle started today would use. */
export async function latestCatalogueVersionId(): Promise<string | null> {
  return (await prisma.catalogueVersion.findFirst({ orderBy: NEWEST_CATALOGUE_FIRST, select: { id: true } }))?.id ?? null;
}

// Opens a new cycle on the newest catalogue, starting from the previous cycle's answers so the
// school only updates what changed. Answers to retired requirements stay with the old cycle.
export async function startAssessment(actor: Actor, schoolId: string, options: { now?: Date; catalogueVersionId?: string } = {}) {
  const now = options.now ?? new Date();
  try {
    return await prisma.$transaction(async (tx) => {
      // The tenant check comes first: someone outside the school learns nothing else.
      const school = await resolveTenant(tx, actor, { kind: 'school', id: schoolId }, 'assessment:submit');
      const catalogue = options.catalogueVersionId
        ? await tx.catalogueVersion.findUnique({ where: { id: options.catalogueVersionId } })
        : await tx.catalogueVersion.findFirst({ orderBy: NEWEST_CATALOGUE_FIRST });
      if (!catalogue) throw new AppError('CONFLICT', 'The standards catalogue has not been loaded yet. Ask your Waypoint administrator.');
      const open = await tx.assessment.findUnique({ where: { openForSchoolId: school.id } });
      if (open) return open;

      const previous = await tx.assessment.findFirst({
        where: { schoolId: school.id, status: 'COMPLETED' },
        orderBy: { completedAt: 'desc' },
        include: { answers: true },
      });
      const label = academicYearLabel(now);
      const sameYear = await tx.assessment.count({ where: { schoolId: school.id, cycleLabel: { startsWith: label } } });
      const assessment = await tx.assessment.create({
        data: {
          schoolId: school.id,
          openForSchoolId: school.id,
          catalogueVersionId: catalogue.id,
          cycleLabel: sameYear === 0 ? label : `${label} (review ${sameYear + 1})`,
          previousId: previous?.id ?? null,
          startedById: actor.userId,
        },
      });
      if (previous && previous.answers.length > 0) {
        const hashes = await carryAnswerHashes(previous.catalogueVersionId, catalogue.id, previous.answers);
        await tx.answer.createMany({
          data: previous.answers
            .filter((answer) => hashes.has(answer.requirementCode))
            .map((answer) => ({
              assessmentId: assessment.id,
              requirementCode: answer.requirementCode,
              value: answer.value,
              notApplicableReason: answer.notApplicableReason,
              evidenceNote: answer.evidenceNote,
              evidenceLinks: answer.evidenceLinks,
              // The old hash where the question changed, so the answer shows as needing review.
              requirementHash: hashes.get(answer.requirementCode)!.requirementHash,
              updatedById: answer.updatedById,
            })),
        });
      }
      await recordAuditEvent(tx, actor, {
        event: 'assessment.started',
        trustId: school.trustId,
        schoolId: school.id,
        targetType: 'Assessment',
        targetId: assessment.id,
        after: { cycle: assessment.cycleLabel, catalogue: catalogue.version, carriedOver: previous?.answers.length ?? 0 },
      });
      return assessment;
    });
  } catch (error) {
    // Two leaders pressing "start" at once: the second simply gets the cycle the first opened.
    if (isUniqueViolation(error, 'openForSchoolId')) {
      const open = await prisma.assessment.findUnique({ where: { openForSchoolId: schoolId } });
      if (open) return open;
    }
    throw error;
  }
}
