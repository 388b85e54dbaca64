import { addDays } from './evidence-state';

// Cyber security training is yearly (the RPA's condition, and DfE's cyber standard): a person is
// trained for a year from the day they did it, due in the last 60 days of that year, overdue after.

export const TRAINING_DUE_DAYS = 60;

export type TrainingState = 'trained' | 'due' | 'overdue' | 'missing';

export const TRAINING_STATE_LABEL: Record<TrainingState, string> = {
  trained: 'Trained',
  due: 'Due soon',
  overdue: 'Overdue',
  missing: 'No training recorded',
};

export function trainingExpires(trainedOn: string): string {
  const [year, month, day] = trainedOn.split('-').map(Number) as [number, number, number];
  // 29 February trains until 28 February.
  const next = new Date(Date.UTC(year + 1, month - 1, day));
  if (next.getUTCMonth() !== month - 1) next.setUTCDate(0);
  return next.toISOString().slice(0, 10);
}

export function trainingState(trainedOn: string | null, today: string): TrainingState {
  if (!trainedOn) return 'missing';
  const expires = trainingExpires(trainedOn);
  if (expires < today) return 'overdue';
  if (expires <= addDays(today, TRAINING_DUE_DAYS)) return 'due';
  return 'trained';
}

export type TrainingSummary = { people: number; trained: number; due: string[]; untrained: string[] };

/** Who still needs training: nobody recorded is not "all trained". */
export function summariseTraining(records: readonly { name: string; trainedOn: string | null }[], today: string): TrainingSummary {
  const summary: TrainingSummary = { people: records.length, trained: 0, due: [], untrained: [] };
  for (const record of records) {
    const state = trainingState(record.trainedOn, today);
    if (state === 'trained' || state === 'due') summary.trained++;
    if (state === 'due') summary.due.push(record.name);
    if (state === 'overdue' || state === 'missing') summary.untrained.push(record.name);
  }
  return summary;
}
