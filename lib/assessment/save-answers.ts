import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { prisma } from '@/lib/db/prisma';
import { isUniqueViolation } from '@/lib/db/unique-violation';
import { AppError, notFound } from '@/lib/errors';
import type { Actor } from '@/lib/tenancy/actor';
import { ANSWER_LABEL } from './answer-options';
import { lockEditableAssessment } from './find-assessment';
import type { AnswerEntry } from './schemas';

export const CONFLICT_MESSAGE =
  'Someone else saved answers on this page after you opened it, so nothing was saved. Their answers are shown next to yours below: check them, then save again to keep yours.';

type Stored = {
  id: string;
  value: string;
  notApplicableReason: string | null;
  evidenceNote: string | null;
  evidenceLinks: string[];
  version: number;
  updatedById: string | null;
};

function sameAnswer(entry: AnswerEntry, stored: Stored): boolean {
  return (
    entry.value === stored.value &&
    (entry.value === 'NOT_APPLICABLE' ? entry.reason : '') === (stored.notApplicableReason ?? '') &&
    entry.note === (stored.evidenceNote ?? '') &&
    entry.links.join('\n') === stored.evidenceLinks.join('\n')
  );
}

class EditConflict extends Error {
  constructor(
    readonly conflicts: Array<{ code: string; theirs: Stored }>,
    readonly names: Map<string, string>,
  ) {
    super('edit conflict');
  }
}

// Saves one standard's answers in one transaction. Each answer carries the version it was read at;
// if someone else saved it since, the whole save is refused and nothing is written.
export async function saveStandardAnswers(actor: Actor, input: { assessmentId: string; standardSlug: string; entries: AnswerEntry[] }) {
  try {
    return await prisma.$transaction(async (tx) => {
      const assessment = await lockEditableAssessment(tx, actor, input.assessmentId, 'assessment:edit');
      const requirements = await tx.requirement.findMany({
        where: { catalogueVersionId: assessment.catalogueVersionId, standard: { slug: input.standardSlug } },
        select: { code: true, contentHash: true },
      });
      if (requirements.length === 0) throw notFound('That standard');
      const hashes = new Map(requirements.map((r) => [r.code, r.contentHash]));
      const unknown = input.entries.filter((entry) => !hashes.has(entry.code));
      if (unknown.length > 0) throw new AppError('VALIDATION', 'This form did not match the standard. Reload the page and try again.');

      const stored = new Map(
        (
          await tx.answer.findMany({
            where: { assessmentId: assessment.id, requirementCode: { in: input.entries.map((e) => e.code) } },
            select: {
              id: true,
              requirementCode: true,
              value: true,
              notApplicableReason: true,
              evidenceNote: true,
              evidenceLinks: true,
              version: true,
              updatedById: true,
            },
          })
        ).map((answer) => [answer.requirementCode, answer]),
      );

      const conflicts: Array<{ code: string; theirs: Stored }> = [];
      // The whole answer before and after, note and links included (F9).
      type Logged = { value: string; reason: string | null; note: string | null; links: string[] };
      const changed: Array<{ code: string; before: Logged | null; after: Logged }> = [];
      // Each answer's version after the save, so an autosaving page can send the next change.
      const versions: Record<string, number> = {};
      for (const entry of input.entries) {
        const current = stored.get(entry.code);
        if (!entry.value) continue;
        if (current && sameAnswer(entry, current)) {
          versions[entry.code] = current.version;
          continue;
        }
        if ((current?.version ?? 0) !== entry.version) {
          if (current) conflicts.push({ code: entry.code, theirs: current });
          continue;
        }
        const data = {
          value: entry.value,
          notApplicableReason: entry.value === 'NOT_APPLICABLE' ? entry.reason : null,
          evidenceNote: entry.note || null,
          evidenceLinks: entry.links,
          requirementHash: hashes.get(entry.code)!,
          updatedById: actor.userId,
        };
        if (current) {
          const updated = await tx.answer.updateMany({
            where: { id: current.id, version: entry.version },
            data: { ...data, version: { increment: 1 } },
          });
          if (updated.count !== 1) conflicts.push({ code: entry.code, theirs: current });
          versions[entry.code] = entry.version + 1;
        } else {
          await tx.answer.create({ data: { ...data, assessmentId: assessment.id, requirementCode: entry.code } });
          versions[entry.code] = 1;
        }
        changed.push({
          code: entry.code,
          before: current ? { value: current.value, reason: current.notApplicableReason, note: current.evidenceNote, links: current.evidenceLinks } : null,
          after: { value: data.value, reason: data.notApplicableReason, note: data.evidenceNote, links: data.evidenceLinks },
        });
      }
      if (conflicts.length > 0) {
        const ids = [...new Set(conflicts.map((c) => c.theirs.updatedById).filter((id): id is string => Boolean(id)))];
        const people = await tx.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
        throw new EditConflict(conflicts, new Map(people.map((p) => [p.id, p.name])));
      }
      if (changed.length > 0) {
        await recordAuditEvent(tx, actor, {
          event: 'assessment.answers_saved',
          trustId: assessment.school.trustId,
          schoolId: assessment.schoolId,
          targetType: 'Assessment',
          targetId: assessment.id,
          before: Object.fromEntries(changed.map((c) => [c.code, c.before])),
          after: Object.fromEntries(changed.map((c) => [c.code, c.after])),
        });
      }
      return { saved: changed.length, schoolId: assessment.schoolId, versions };
    });
  } catch (error) {
    if (error instanceof EditConflict) throw conflictError(error);
    if (isUniqueViolation(error)) {
      throw new AppError('CONFLICT', CONFLICT_MESSAGE);
    }
    throw error;
  }
}

function conflictError({ conflicts, names }: EditConflict) {
  const fieldErrors: Record<string, string[]> = {};
  const latestVersions: Record<string, string> = {};
  for (const { code, theirs } of conflicts) {
    const reason = theirs.value === 'NOT_APPLICABLE' && theirs.notApplicableReason ? ` (“${theirs.notApplicableReason}”)` : '';
    const who = (theirs.updatedById && names.get(theirs.updatedById)) || 'someone else';
    fieldErrors[`answer:${code}`] = [
      `Changed by ${who} to “${ANSWER_LABEL[theirs.value as keyof typeof ANSWER_LABEL]}”${reason}. Your answer is kept below: save it again to replace theirs`,
    ];
    latestVersions[`version:${code}`] = String(theirs.version);
  }
  return new AppError('CONFLICT', CONFLICT_MESSAGE, fieldErrors, latestVersions);
}
