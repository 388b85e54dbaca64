import { z } from 'zod';
import { dateOnlyProblem, versionField } from '@/lib/validation/primitives';

// The strategy's editable sections. Limits keep the document readable by a governing board; the
// messages say which section and by how much.

export const REVIEW_CYCLES = ['TERMLY', 'ANNUALLY', 'EVERY_TWO_YEARS'] as const;
export type ReviewCycle = (typeof REVIEW_CYCLES)[number];
export const REVIEW_CYCLE_LABEL: Record<ReviewCycle, string> = {
  TERMLY: 'Every term',
  ANNUALLY: 'Every year',
  EVERY_TWO_YEARS: 'Every two years',
};

// The strategy's sections, in order, as the editor and the PDF head them.
export const STRATEGY_SECTION_TITLES = [
  'Vision and educational purpose',
  'Where we stand',
  'Our priorities',
  'Action plan',
  'Roadmap and budget',
  'Artificial intelligence: our stance and rules',
  'Roles and responsibilities',
  'Review',
] as const;

export const SECTION_LIMITS = {
  vision: 4000,
  positionCommentary: 2000,
  priorityLine: 200,
  priorities: 15,
  actionCommentary: 2000,
  budget: 2000,
  aiStance: 5000,
  rolesNotes: 1500,
  personName: 100,
} as const;

const text = (max: number, label: string, required = false) => {
  const base = z
    .string()
    .trim()
    .max(max, `${label} must be ${max.toLocaleString('en-GB')} characters or fewer`);
  // A draft may leave any section out; a missing field is an empty section.
  return required ? base.min(1, `Write the ${label.toLowerCase()}`) : base.default('');
};

// Priorities arrive as one per line (most important first) from the form, or as a list.
const prioritiesField = z
  .union([z.string(), z.array(z.string())])
  .default('')
  .transform((value) => (Array.isArray(value) ? value : value.split(/\r?\n/)).map((line) => line.trim()).filter(Boolean))
  .pipe(
    z
      .array(z.string().max(SECTION_LIMITS.priorityLine, `Keep each priority to ${SECTION_LIMITS.priorityLine} characters or fewer`))
      .max(SECTION_LIMITS.priorities, `List at most ${SECTION_LIMITS.priorities} priorities: a strategy that tries everything does nothing`),
  );

const reviewDateField = z
  .string()
  .trim()
  .default('')
  .transform((value, ctx) => {
    if (!value) return '';
    const problem = dateOnlyProblem(value, { minYear: 2020, maxYear: 2100, example: '31/07/2027', what: 'the next review' });
    if (problem) {
      ctx.addIssue({ code: 'custom', message: problem });
      return z.NEVER;
    }
    return value;
  });

export const StrategySectionsSchema = z.object({
  vision: text(SECTION_LIMITS.vision, 'Vision and educational purpose'),
  positionCommentary: text(SECTION_LIMITS.positionCommentary, 'Commentary on the current position'),
  priorities: prioritiesField,
  actionCommentary: text(SECTION_LIMITS.actionCommentary, 'Commentary on the action plan'),
  budget: text(SECTION_LIMITS.budget, 'Budget summary'),
  aiStance: text(SECTION_LIMITS.aiStance, 'Stance on AI'),
  digitalLead: text(SECTION_LIMITS.personName, 'Digital lead'),
  oversightGovernor: text(SECTION_LIMITS.personName, 'Governor with oversight'),
  rolesNotes: text(SECTION_LIMITS.rolesNotes, 'Roles and responsibilities'),
  reviewDate: reviewDateField,
  reviewCycle: z.enum(REVIEW_CYCLES, { error: 'Choose how often the strategy is reviewed' }).default('ANNUALLY'),
});
export type StrategySections = z.output<typeof StrategySectionsSchema>;

export const SaveStrategySchema = StrategySectionsSchema.extend({
  version: versionField,
});

// Publishing needs the parts a board cannot approve without: the purpose, priorities, who leads
// and when it comes back (a date still to come: London's today, "YYYY-MM-DD"). Drafts may be
// saved incomplete.
export function publishProblems(sections: StrategySections, today: string): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  if (sections.vision.length < 20) problems.vision = ['Write the vision and educational purpose before publishing: it is what the strategy serves'];
  if (sections.priorities.length === 0) problems.priorities = ['List at least one priority before publishing'];
  if (!sections.digitalLead) problems.digitalLead = ['Name the digital lead before publishing'];
  if (!sections.oversightGovernor) problems.oversightGovernor = ['Name the governor with oversight before publishing'];
  if (!sections.reviewDate) problems.reviewDate = ['Set the next review date before publishing'];
  else if (sections.reviewDate <= today) problems.reviewDate = ['The next review date must be after today: governors need a date still to come'];
  if (!sections.aiStance) problems.aiStance = ['Set out the school’s stance on AI before publishing'];
  return problems;
}
