// What a school can answer for each requirement, and what each answer means. Safe for the client.
export const ANSWER_VALUES = ['MET', 'PARTLY_MET', 'NOT_MET', 'NOT_SURE', 'NOT_APPLICABLE'] as const;
export type AnswerValue = (typeof ANSWER_VALUES)[number];

export const ANSWER_LABEL: Record<AnswerValue, string> = {
  MET: 'Met',
  PARTLY_MET: 'Partly met',
  NOT_MET: 'Not met',
  NOT_SURE: 'Not sure',
  NOT_APPLICABLE: 'Not applicable',
};

export const ANSWER_HINT: Record<AnswerValue, string> = {
  MET: 'We do this fully and could show evidence.',
  PARTLY_MET: 'We do some of this, or not everywhere.',
  NOT_MET: 'We do not do this yet.',
  NOT_SURE: 'We need to find out. Counts as not met until we know.',
  NOT_APPLICABLE: 'This does not apply to our school. Say why.',
};

// A requirement's status for scoring: "not sure" counts as not met; no answer is unanswered.
export type RequirementStatus = 'MET' | 'PARTLY_MET' | 'NOT_MET' | 'NOT_SURE' | 'NOT_APPLICABLE' | 'UNANSWERED';

export function statusOf(value: AnswerValue | null | undefined): RequirementStatus {
  return value ?? 'UNANSWERED';
}
