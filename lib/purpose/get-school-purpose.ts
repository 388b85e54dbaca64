import 'server-only';
import { prisma } from '@/lib/db/prisma';
import { CONTRACT_SERVICE_LABEL, KIT_CATEGORY_LABEL } from '@/lib/registers/register-options';
import { getSchool } from '@/lib/schools/get-school';
import { CATALOGUES } from '@/lib/standards/catalogue';
import type { Actor } from '@/lib/tenancy/actor';
import { listGoals } from './manage-goals';
import { isFoundationAction, isFoundationContract, isFoundationKit, purposeOf, summarisePurpose, type PurposeEntry } from './purpose-rules';

let layers: ReadonlyMap<string, number> | undefined;
const layerOf = (code: string) => {
  layers ??= new Map(CATALOGUES.flatMap((c) => c.standards.flatMap((s) => s.requirements.map((r) => [r.code, s.layer] as const))));
  return layers.get(code);
};

// The school's goals and everything that should serve them: open and done actions (not dropped),
// and the school's own contracts and kit. Four queries, however much the school has.
export async function getSchoolPurpose(actor: Actor, schoolId: string) {
  const school = await getSchool(actor, schoolId, 'assessment:read');
  const [goals, actions, contracts, kit] = await Promise.all([
    listGoals(actor, school.id),
    prisma.planItem.findMany({
      where: { schoolId: school.id, status: { not: 'DROPPED' } },
      select: { id: true, title: true, estimatedCostPence: true, requirementCodes: true, goalIds: true, foundation: true },
      orderBy: { createdAt: 'asc' },
    }),
    prisma.contract.findMany({
      where: { schoolId: school.id },
      select: { id: true, service: true, supplier: true, annualCostPence: true, goalIds: true, foundation: true },
      orderBy: { createdAt: 'asc' },
    }),
    prisma.kitItem.findMany({
      where: { schoolId: school.id },
      select: { id: true, category: true, makeModel: true, quantity: true, unitCostPence: true, goalIds: true, foundation: true },
      orderBy: { createdAt: 'asc' },
    }),
  ]);
  const ids = new Set(goals.map((g) => g.id));
  const base = `/schools/${school.id}`;
  const entries: PurposeEntry[] = [
    ...actions.map((a) => ({
      id: a.id,
      kind: 'action' as const,
      title: a.title,
      pence: a.estimatedCostPence ?? 0,
      purpose: purposeOf({ goalIds: a.goalIds ?? [], foundation: a.foundation }, ids, isFoundationAction(a.requirementCodes, layerOf)),
      href: `${base}/plan/${a.id}`,
    })),
    ...contracts.map((c) => ({
      id: c.id,
      kind: 'contract' as const,
      title: `${CONTRACT_SERVICE_LABEL[c.service]}: ${c.supplier}`,
      pence: c.annualCostPence ?? 0,
      purpose: purposeOf({ goalIds: c.goalIds ?? [], foundation: c.foundation }, ids, isFoundationContract(c.service)),
      href: `${base}/registers/contract/${c.id}`,
    })),
    ...kit.map((k) => ({
      id: k.id,
      kind: 'kit' as const,
      title: `${k.quantity} × ${KIT_CATEGORY_LABEL[k.category].toLowerCase()}: ${k.makeModel}`,
      pence: k.quantity * (k.unitCostPence ?? 0),
      purpose: purposeOf({ goalIds: k.goalIds ?? [], foundation: k.foundation }, ids, isFoundationKit(k.category)),
      href: `${base}/registers/kit/${k.id}`,
    })),
  ];
  return { school, goals, entries, summary: summarisePurpose(goals, entries) };
}
