import 'server-only';
import type { AnswerValue } from '@/lib/assessment/answer-options';
import { getCatalogue } from '@/lib/assessment/get-catalogue';
import { coveredCodes, effectiveAnswers, effectiveValues, type OwnAnswer } from '@/lib/central/effective-answers';
import { loadCentralAnswers } from '@/lib/central/load-central-answers';
import { formatIsoDate, londonToday } from '@/lib/dates/format';
import { prisma } from '@/lib/db/prisma';
import { evidenceState, type EvidenceState } from '@/lib/evidence/evidence-state';
import { summariseTraining } from '@/lib/evidence/training';
import type { Actor } from '@/lib/tenancy/actor';
import { schoolWhere } from '@/lib/tenancy/scope';
import { getTrust } from '@/lib/trusts/get-trust';
import { CROSSWALK } from './crosswalk';
import { frameworkReadiness, type FrameworkReadiness } from './readiness';

// Readiness for every school of a trust in one table, in a fixed number of queries however many
// schools (up to 80 in the largest trusts): schools, their current cycles, the mapped answers of
// those cycles, the trust's central answers, evidence links and training records.

const MAPPED = [...new Set(CROSSWALK.frameworks.flatMap((f) => f.items.flatMap((i) => i.requirementCodes)))];

export type TrustReadinessRow = { school: { id: string; name: string }; cycle: string | null; frameworks: FrameworkReadiness[] };

export async function getTrustReadiness(actor: Actor, trustId: string, today = londonToday()): Promise<{ rows: TrustReadinessRow[] }> {
  const trust = await getTrust(actor, trustId, 'trust:read');
  const schools = await prisma.school.findMany({
    where: { AND: [{ trustId: trust.id, archivedAt: null }, schoolWhere(actor, 'evidence:read')] },
    select: { id: true, name: true },
    orderBy: { name: 'asc' },
  });
  const ids = schools.map((s) => s.id);
  if (!ids.length) return { rows: [] };
  // Each school's open draft if it has one, else its latest completed cycle.
  const cycles = await prisma.assessment.findMany({
    where: { schoolId: { in: ids } },
    select: { id: true, schoolId: true, status: true, cycleLabel: true, catalogueVersionId: true, completedAt: true },
    orderBy: [{ completedAt: { sort: 'desc', nulls: 'first' } }],
  });
  const current = new Map<string, (typeof cycles)[number]>();
  for (const cycle of cycles) {
    const held = current.get(cycle.schoolId);
    if (!held || (cycle.status === 'DRAFT' && held.status !== 'DRAFT')) current.set(cycle.schoolId, cycle);
  }
  const [answers, central, links, training] = await Promise.all([
    prisma.answer.findMany({
      where: { assessmentId: { in: [...current.values()].map((c) => c.id) }, requirementCode: { in: MAPPED } },
      select: { assessmentId: true, requirementCode: true, value: true, localReason: true },
    }),
    loadCentralAnswers(trust.id),
    prisma.evidenceLink.findMany({
      where: { schoolId: { in: ids }, evidence: { withdrawnAt: null } },
      select: { schoolId: true, target: true, evidence: { select: { validUntil: true } } },
    }),
    prisma.trainingRecord.findMany({ where: { schoolId: { in: ids } }, select: { schoolId: true, name: true, trainedOn: true } }),
  ]);
  const catalogues = new Map(
    await Promise.all([...new Set([...current.values()].map((c) => c.catalogueVersionId))].map(async (id) => [id, await getCatalogue(id)] as const)),
  );
  const group = <T, K>(list: readonly T[], key: (item: T) => K) => {
    const map = new Map<K, T[]>();
    for (const item of list) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
    return map;
  };
  const answersOf = group(answers, (a) => a.assessmentId);
  const linksOf = group(links, (l) => l.schoolId);
  const trainingOf = group(training, (t) => t.schoolId);
  const rows = schools.map((school): TrustReadinessRow => {
    const cycle = current.get(school.id);
    let values = new Map<string, AnswerValue>();
    if (cycle) {
      const own = new Map<string, OwnAnswer>(
        (answersOf.get(cycle.id) ?? []).map((a) => [a.requirementCode, { value: a.value as AnswerValue, localReason: a.localReason }]),
      );
      const catalogue = catalogues.get(cycle.catalogueVersionId) ?? [];
      // A completed cycle kept the trust's answers as they were; a draft reads them live.
      values =
        cycle.status === 'DRAFT' && central
          ? effectiveValues(effectiveAnswers(catalogue, own, central.answers, coveredCodes(catalogue, central.services, school.id)))
          : new Map([...own].map(([code, a]) => [code, a.value]));
    }
    const evidence = new Map<string, EvidenceState[]>();
    for (const link of linksOf.get(school.id) ?? [])
      evidence.set(link.target, [
        ...(evidence.get(link.target) ?? []),
        evidenceState(link.evidence.validUntil ? formatIsoDate(link.evidence.validUntil) : null, today),
      ]);
    const people = (trainingOf.get(school.id) ?? []).map((t) => ({ name: t.name, trainedOn: t.trainedOn ? formatIsoDate(t.trainedOn) : null }));
    const input = { answers: values, evidence, training: summariseTraining(people, today) };
    return {
      school,
      cycle: cycle ? `${cycle.cycleLabel}${cycle.status === 'DRAFT' ? ' (in progress)' : ''}` : null,
      frameworks: CROSSWALK.frameworks.map((f) => frameworkReadiness(f, input)),
    };
  });
  return { rows };
}
