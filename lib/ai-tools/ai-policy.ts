// The school's AI decisions, as a leadership team and governors agree them, and the plain-words
// text they draft for the strategy's AI section. Pure: the page, the strategy and the tests use it.
// The stance steers between the two extremes schools fall into: banning AI (pupils and staff then
// use it anyway, unguided) and leaving it unregulated or adopting it uncritically.
import { z } from 'zod';
import type { SchoolPhase } from '@/lib/generated/prisma/enums';

export const STAFF_USES = ['planning', 'resources', 'feedback', 'admin'] as const;
export const STAFF_USE_LABEL: Record<(typeof STAFF_USES)[number], string> = {
  planning: 'planning lessons',
  resources: 'making resources',
  feedback: 'drafting feedback, which the teacher checks and owns',
  admin: 'admin and communication',
};

export const AGE_BANDS = ['primary', 'secondary', 'sixth-form'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export const AGE_BAND_LABEL: Record<AgeBand, string> = {
  primary: 'Pupils up to Year 6',
  secondary: 'Pupils in Years 7 to 11',
  'sixth-form': 'Sixth form students',
};

export const PUPIL_USES = ['none', 'teacher-led', 'independent'] as const;
export type PupilUse = (typeof PUPIL_USES)[number];
export const PUPIL_USE_LABEL: Record<PupilUse, string> = {
  none: 'Not yet',
  'teacher-led': 'Only in activities a teacher sets up and supervises',
  independent: 'Also independently, for tasks where the teacher allows it',
};

export const INTEGRITY = ['declare', 'per-task'] as const;
export const INTEGRITY_LABEL: Record<(typeof INTEGRITY)[number], string> = {
  declare: 'Any work that used AI says so and how',
  'per-task': 'Teachers say for each task whether AI may be used; otherwise it may not',
};

export const TRAINING = ['all-staff', 'before-use', 'planned'] as const;
export const TRAINING_LABEL: Record<(typeof TRAINING)[number], string> = {
  'all-staff': 'All staff are trained every year, including on safeguarding and data protection',
  'before-use': 'Staff are trained before they use an approved tool',
  planned: 'Training is being planned this year',
};

export const REVIEW = ['termly', 'yearly'] as const;
export const REVIEW_LABEL: Record<(typeof REVIEW)[number], string> = { termly: 'Every term', yearly: 'Every year' };

// Stored decisions, and the form's fields ("pupil:<band>" radio groups) read into them.
export const AiDecisionsSchema = z.object({
  staffUses: z.array(z.enum(STAFF_USES)),
  pupils: z.partialRecord(z.enum(AGE_BANDS), z.enum(PUPIL_USES)),
  integrity: z.enum(INTEGRITY, { error: 'Choose the rule for pupils’ work' }),
  training: z.enum(TRAINING, { error: 'Choose how staff are trained' }),
  review: z.enum(REVIEW, { error: 'Choose how often the school reviews its use of AI' }),
});

export const AiDecisionsFieldsSchema = z
  .object({
    staffUses: z
      .union([z.enum(STAFF_USES), z.array(z.enum(STAFF_USES))], { error: 'Choose from the list' })
      .optional()
      .transform((v) => (v === undefined ? [] : [...new Set(Array.isArray(v) ? v : [v])])),
    'pupil:primary': z.enum(PUPIL_USES, { error: 'Choose from the list' }).optional(),
    'pupil:secondary': z.enum(PUPIL_USES, { error: 'Choose from the list' }).optional(),
    'pupil:sixth-form': z.enum(PUPIL_USES, { error: 'Choose from the list' }).optional(),
    integrity: AiDecisionsSchema.shape.integrity,
    training: AiDecisionsSchema.shape.training,
    review: AiDecisionsSchema.shape.review,
  })
  .transform(({ staffUses, integrity, training, review, ...pupils }) => ({
    staffUses,
    pupils: Object.fromEntries(AGE_BANDS.flatMap((band) => (pupils[`pupil:${band}`] ? [[band, pupils[`pupil:${band}`]]] : []))) as Partial<
      Record<AgeBand, PupilUse>
    >,
    integrity,
    training,
    review,
  }));
export type AiDecisions = z.output<typeof AiDecisionsSchema>;

// Which age bands a school of this phase decides for.
export function bandsFor(phase: SchoolPhase): AgeBand[] {
  if (phase === 'PRIMARY' || phase === 'NURSERY') return ['primary'];
  if (phase === 'SECONDARY') return ['secondary', 'sixth-form'];
  if (phase === 'SIXTEEN_PLUS') return ['sixth-form'];
  if (phase === 'MIDDLE') return ['primary', 'secondary'];
  return ['primary', 'secondary', 'sixth-form'];
}

// Qualifications (and so the JCQ rules) come with Year 10 onwards.
export const takesQualifications = (bands: AgeBand[]) => bands.includes('secondary') || bands.includes('sixth-form');

const list = (items: string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

// The strategy's AI section, drafted from the decisions and the approved tools on the register.
export function draftAiStance(
  decisions: AiDecisions,
  context: { bands: AgeBand[]; approvedTools: string[]; secondary: boolean; digitalLead: string | null },
): string {
  const paragraphs: string[] = [];
  paragraphs.push(
    'We neither ban AI nor leave its use to chance. We use it where it helps learning or gives staff time back, with approved tools, clear rules and regular review, and we stop where it does not help.',
  );
  paragraphs.push(
    decisions.staffUses.length > 0
      ? `Staff may use approved AI tools for ${list(decisions.staffUses.map((u) => STAFF_USE_LABEL[u]))}. AI supports their professional judgement and never replaces it: staff check everything it produces before it is used.`
      : 'Staff do not use AI tools for their work yet; the school will decide where it could help before anyone starts.',
  );
  const pupilLines = context.bands.map((band) => {
    const use = decisions.pupils[band] ?? 'none';
    return use === 'none'
      ? `${AGE_BAND_LABEL[band]} do not use AI tools in school yet.`
      : use === 'teacher-led'
        ? `${AGE_BAND_LABEL[band]} use AI only in activities a teacher sets up and supervises.`
        : `${AGE_BAND_LABEL[band]} may also use approved AI tools independently, for tasks where the teacher allows it.`;
  });
  paragraphs.push(`${pupilLines.join(' ')} Pupils learn how AI works, where it goes wrong, and to question what it tells them.`);
  paragraphs.push(
    context.approvedTools.length > 0
      ? `Approved tools: ${list(context.approvedTools)}. Only tools on the school’s AI register, checked against the DfE’s generative AI product safety standards, are approved; staff ask before trying a new one.`
      : 'No AI tool is approved yet. A tool is approved only once it is on the school’s AI register and checked against the DfE’s generative AI product safety standards.',
  );
  paragraphs.push(
    'Data protection: no personal or sensitive information about pupils or staff goes into an AI tool unless a data protection impact assessment has been agreed with our data protection officer.',
  );
  paragraphs.push(
    `Academic integrity: ${decisions.integrity === 'declare' ? 'any work that used AI says so and how.' : 'teachers say for each task whether AI may be used; otherwise it may not.'}${
      context.secondary ? ' Work for qualifications follows the JCQ rules on AI use in assessments.' : ''
    }`,
  );
  paragraphs.push(`Training: ${TRAINING_LABEL[decisions.training].toLowerCase()}.`);
  paragraphs.push(
    `Review: ${decisions.review === 'termly' ? 'every term' : 'every year'}, ${context.digitalLead ? `${context.digitalLead}, our digital lead,` : 'the digital lead'} reviews how AI is used, what the register shows and any concerns, and reports to governors.`,
  );
  return paragraphs.join('\n\n');
}
