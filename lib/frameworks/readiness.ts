import type { AnswerValue } from '@/lib/assessment/answer-options';
import { counts, type EvidenceState } from '@/lib/evidence/evidence-state';
import type { TrainingSummary } from '@/lib/evidence/training';
import { itemTarget, type Framework, type FrameworkItem } from './crosswalk-schema';

// How ready a school is for a framework, from its answers (the effective ones: the trust's where
// it answers centrally) and its evidence. An item is "evidenced" when what it maps to is met and
// something current backs it; the rest say what is missing and what to do next.

export type ItemStatus = 'evidenced' | 'expired' | 'unevidenced' | 'not-met' | 'unanswered' | 'training-due';

export const ITEM_STATUS_LABEL: Record<ItemStatus, string> = {
  evidenced: 'Evidenced',
  expired: 'Evidence expired',
  unevidenced: 'No evidence yet',
  'not-met': 'Not met',
  unanswered: 'Not answered',
  'training-due': 'Training missing',
};

export type ReadinessInput = {
  // Effective answers by requirement code (missing = not answered).
  answers: ReadonlyMap<string, AnswerValue>;
  // Evidence states by link target (requirement code or framework item target).
  evidence: ReadonlyMap<string, readonly EvidenceState[]>;
  training: TrainingSummary;
};

export type ItemReadiness = { item: FrameworkItem; target: string; status: ItemStatus; next: string };
export type FrameworkReadiness = { framework: Framework; items: ItemReadiness[]; evidenced: number; total: number; missing: string[] };

const DONE: ReadonlySet<AnswerValue> = new Set(['MET', 'NOT_APPLICABLE']);

function answerStatus(item: FrameworkItem, answers: ReadinessInput['answers']): 'met' | 'not-met' | 'unanswered' {
  if (item.requirementCodes.length === 0) return 'met';
  const values = item.requirementCodes.map((code) => answers.get(code));
  if (values.some((v) => v !== undefined && !DONE.has(v))) return 'not-met';
  if (values.some((v) => v === undefined)) return 'unanswered';
  // Every mapped requirement "not applicable" is not a way to meet a condition.
  return values.some((v) => v === 'MET') ? 'met' : 'not-met';
}

function evidenceStatus(item: FrameworkItem, target: string, evidence: ReadinessInput['evidence']): 'current' | 'expired' | 'none' {
  const states = [target, ...item.requirementCodes].flatMap((key) => evidence.get(key) ?? []);
  if (states.some(counts)) return 'current';
  return states.length ? 'expired' : 'none';
}

export function itemReadiness(framework: Framework, item: FrameworkItem, input: ReadinessInput): ItemReadiness {
  const target = itemTarget(framework, item);
  const at = (status: ItemStatus, next: string): ItemReadiness => ({ item, target, status, next });
  const answered = answerStatus(item, input.answers);
  if (answered === 'unanswered') return at('unanswered', 'Answer the questions this maps to in the self-assessment.');
  if (answered === 'not-met') return at('not-met', 'Work on the questions this maps to: they are not all met yet.');
  if (item.rule === 'training') {
    const { people, untrained } = input.training;
    if (people === 0) return at('training-due', 'List the people with access to the school’s IT in the training records, with when each was trained.');
    if (untrained.length)
      return at(
        'training-due',
        `${untrained.length === 1 ? '1 person needs' : `${untrained.length} people need`} training: ${untrained.slice(0, 5).join(', ')}${untrained.length > 5 ? '…' : ''}.`,
      );
    return at('evidenced', 'Keep the records up to date: training is yearly.');
  }
  const evidence = evidenceStatus(item, target, input.evidence);
  if (evidence === 'current') return at('evidenced', 'Review the evidence before its valid-until date.');
  if (evidence === 'expired') return at('expired', `Add current evidence: ${item.evidenceHint}`);
  return at('unevidenced', `Add evidence: ${item.evidenceHint}`);
}

export function frameworkReadiness(framework: Framework, input: ReadinessInput): FrameworkReadiness {
  const items = framework.items.map((item) => itemReadiness(framework, item, input));
  const evidenced = items.filter((i) => i.status === 'evidenced').length;
  return { framework, items, evidenced, total: items.length, missing: items.filter((i) => i.status !== 'evidenced').map((i) => i.item.title) };
}

/** "3 of 4 conditions evidenced, missing: Police CyberAlarm registration". */
export function readinessSentence(readiness: Pick<FrameworkReadiness, 'evidenced' | 'total' | 'missing'>, noun = 'items'): string {
  const head = `${readiness.evidenced} of ${readiness.total} ${noun} evidenced`;
  if (!readiness.missing.length) return head;
  const listed = readiness.missing.slice(0, 3).join('; ');
  return `${head}, missing: ${listed}${readiness.missing.length > 3 ? ` and ${readiness.missing.length - 3} more` : ''}`;
}
