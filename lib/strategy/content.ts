import type { PlanItemStatus } from '@/lib/plan/plan-item-options';
import type { Evaluation } from '@/lib/assessment/evaluate';
import type { GapStatus } from '@/lib/assessment/priorities';
import type { Maturity } from '@/lib/assessment/scoring';
import { formatIsoDate, londonDateParts } from '@/lib/dates/format';
import { termOf as schoolTerm } from '@/lib/dates/school-terms';
import type { StrategyAiTool } from '@/lib/ai-tools/strategy-ai-tools';
import type { StrategyPurpose } from '@/lib/purpose/strategy-purpose';
import type { RoadmapSummary } from '@/lib/roadmap/roadmap-summary';
import type { StrategySections } from './schemas';

// Pure rules for the strategy: the starting text a leader edits, and the frozen content of a
// published version. No database here, so both are unit-tested directly.

export type AssessmentBasis = { cycleLabel: string; completedAt: Date; evaluation: Evaluation };

export type PlanAction = {
  title: string;
  ownerName: string | null;
  dueDate: Date | null;
  estimatedCostPence: number | null;
  status: PlanItemStatus;
};

export type StrategyContent = {
  number: number;
  publishedAt: string;
  publishedByName: string;
  school: { name: string; urn: string; phase: string; localAuthority: string };
  trustName: string | null;
  sections: StrategySections;
  position: {
    cycleLabel: string;
    completedOn: string;
    overall: { score: number | null; maturity: Maturity };
    standards: Array<{ slug: string; title: string; core: boolean; score: number | null; maturity: Maturity }>;
  } | null;
  gaps: Array<{ code: string; title: string; standardTitle: string; expectation: 'MUST' | 'SHOULD'; status: GapStatus }>;
  actionGroups: Array<{
    label: string;
    actions: Array<{ title: string; ownerName: string | null; dueOn: string | null; estimatedCostPence: number | null; status: PlanItemStatus }>;
  }>;
  budget: { totalPence: number; byGroup: Array<{ label: string; pence: number }>; uncosted: number };
  // From the roadmap (lib/roadmap) when the version was published; versions before it have none.
  roadmap?: RoadmapSummary | null;
  // The learning goals and what serves each (lib/purpose), likewise.
  purpose?: StrategyPurpose | null;
  // The AI tool register and each tool's safety checks (lib/ai-tools), likewise.
  aiTools?: StrategyAiTool[] | null;
};

const DEFAULT_PRIORITIES = 6;

export const DEFAULT_AI_STANCE = [
  'Staff may use generative AI tools that the school has approved, to plan and prepare, never as a replacement for their professional judgement. Pupils use AI only where a teacher has set it up for learning, in line with their age and the tool’s terms.',
  'Safeguarding: approved tools must meet the DfE’s generative AI product safety standards, and our filtering and monitoring cover them. Concerns go to the designated safeguarding lead.',
  'Academic integrity: work that uses AI must say so. Assessed work follows exam board rules on AI.',
  'Data protection: no personal or sensitive information about pupils or staff goes into a tool without a data protection impact assessment agreed with our DPO.',
].join('\n\n');

// The first draft: purpose first, with the rest filled in from the latest completed assessment.
// The review falls on the next 15 July, counted from today's date in London.
export function defaultSections(schoolName: string, basis: AssessmentBasis | null, today: Date): StrategySections {
  const london = londonDateParts(today);
  const nextJulyYear = london.month >= 7 ? london.year + 1 : london.year;
  const overall = basis?.evaluation.overall.score;
  const weakest = basis
    ? [...basis.evaluation.standards]
        .filter((s) => s.result.score !== null)
        .sort((a, b) => (a.result.score ?? 0) - (b.result.score ?? 0))
        .slice(0, 3)
        .map((s) => s.title.toLowerCase())
    : [];
  return {
    vision: '',
    positionCommentary: basis
      ? `Our ${basis.cycleLabel} self-assessment against the DfE digital and technology standards gives an overall score of ${overall ?? '—'}%. Our weakest areas are ${weakest.join(', ')}.`
      : '',
    priorities: basis ? basis.evaluation.priorities.slice(0, DEFAULT_PRIORITIES).map((gap) => `${gap.title} (${gap.standardTitle})`) : [],
    actionCommentary: '',
    budget: '',
    aiStance: DEFAULT_AI_STANCE,
    digitalLead: '',
    oversightGovernor: '',
    rolesNotes: `The digital lead owns this strategy on behalf of the senior leadership team and reports progress to governors each term. The governor with oversight checks progress and challenges where actions slip at ${schoolName}.`,
    reviewDate: `${nextJulyYear}-07-15`,
    reviewCycle: 'ANNUALLY',
  };
}

// The school term of a due date (stored at UTC midnight), in the strategy's words.
export function termOf(date: Date): { label: string; sortKey: string } {
  const term = schoolTerm(date.toISOString().slice(0, 10));
  return { label: `${term.name} term ${term.year}`, sortKey: `${term.year}-${term.index + 1}` };
}

const UNDATED = { label: 'No date set', sortKey: '9999' };

export function groupActionsByTerm(actions: readonly PlanAction[]): StrategyContent['actionGroups'] {
  const groups = new Map<string, { label: string; sortKey: string; actions: StrategyContent['actionGroups'][number]['actions'] }>();
  const ordered = [...actions].sort((a, b) => (a.dueDate?.getTime() ?? Infinity) - (b.dueDate?.getTime() ?? Infinity) || a.title.localeCompare(b.title));
  for (const action of ordered) {
    const term = action.dueDate ? termOf(action.dueDate) : UNDATED;
    const group = groups.get(term.sortKey) ?? { ...term, actions: [] };
    group.actions.push({
      title: action.title,
      ownerName: action.ownerName,
      dueOn: action.dueDate ? formatIsoDate(action.dueDate) : null,
      estimatedCostPence: action.estimatedCostPence,
      status: action.status,
    });
    groups.set(term.sortKey, group);
  }
  return [...groups.values()].sort((a, b) => a.sortKey.localeCompare(b.sortKey)).map(({ label, actions: list }) => ({ label, actions: list }));
}

// Dropped actions are not part of the plan a board approves; done ones stay, as evidence of progress.
export function buildStrategyContent(input: {
  number: number;
  publishedAt: Date;
  publishedByName: string;
  school: StrategyContent['school'];
  trustName: string | null;
  sections: StrategySections;
  basis: AssessmentBasis | null;
  actions: readonly PlanAction[];
  roadmap?: RoadmapSummary | null;
  purpose?: StrategyPurpose | null;
  aiTools?: StrategyAiTool[] | null;
}): StrategyContent {
  const planned = input.actions.filter((a) => a.status !== 'DROPPED');
  const actionGroups = groupActionsByTerm(planned);
  const byGroup = actionGroups.map((g) => ({ label: g.label, pence: g.actions.reduce((sum, a) => sum + (a.estimatedCostPence ?? 0), 0) }));
  const evaluation = input.basis?.evaluation;
  return {
    number: input.number,
    publishedAt: input.publishedAt.toISOString(),
    publishedByName: input.publishedByName,
    school: input.school,
    trustName: input.trustName,
    sections: input.sections,
    position:
      input.basis && evaluation
        ? {
            cycleLabel: input.basis.cycleLabel,
            // A moment: the London day it happened on (a completion at 00:30 BST is that day, not the one before).
            completedOn: formatIsoDate(input.basis.completedAt),
            overall: { score: evaluation.overall.score, maturity: evaluation.overall.maturity },
            standards: evaluation.standards.map((s) => ({ slug: s.slug, title: s.title, core: s.core, score: s.result.score, maturity: s.result.maturity })),
          }
        : null,
    gaps: (evaluation?.priorities ?? []).map((gap) => ({
      code: gap.code,
      title: gap.title,
      standardTitle: gap.standardTitle,
      expectation: gap.expectation,
      status: gap.status,
    })),
    actionGroups,
    budget: {
      totalPence: byGroup.reduce((sum, g) => sum + g.pence, 0),
      byGroup,
      uncosted: planned.filter((a) => a.estimatedCostPence === null).length,
    },
    roadmap: input.roadmap ?? null,
    purpose: input.purpose ?? null,
    aiTools: input.aiTools ?? null,
  };
}

// What a reader of the document would see change: everything but the version's own number, date
// and publisher. Publishing a copy of the last version is refused on this.
export function sameDocument(a: StrategyContent, b: StrategyContent): boolean {
  const body = ({ number: _n, publishedAt: _at, publishedByName: _by, ...rest }: StrategyContent) => canonicalJson(rest);
  return body(a) === body(b);
}

// JSON with object keys in a fixed order: PostgreSQL's jsonb gives them back in an order of its own.
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : inner,
  );
}
