import { parse } from 'csv-parse/sync';
import { decodeGiasBytes } from '@/lib/gias/read-gias-file';
import { TrainingFieldsSchema, nameKeyOf, type TrainingFields } from './training-schemas';

// A CSV of the people with IT access, as a school keeps it in a spreadsheet: a header row with
// Name, Email, Role and Trained on (in any order, any case; other columns ignored). Every row is
// checked before anything is saved; a file with a bad row changes nothing.

export const MAX_TRAINING_ROWS = 2_000;

const HEADERS: Record<string, keyof TrainingFields> = {
  name: 'name',
  fullname: 'name',
  email: 'email',
  emailaddress: 'email',
  role: 'role',
  type: 'role',
  trainedon: 'trainedOn',
  trained: 'trainedOn',
  trainingdate: 'trainedOn',
  datetrained: 'trainedOn',
};

export type TrainingFileResult = { ok: true; rows: Array<TrainingFields & { nameKey: string }> } | { ok: false; message: string; problems: string[] };

export function readTrainingFile(bytes: Uint8Array): TrainingFileResult {
  const { text } = decodeGiasBytes(bytes);
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch {
    return { ok: false, message: 'The file could not be read as CSV. Save it from your spreadsheet as “CSV UTF-8”, then try again.', problems: [] };
  }
  const [header, ...body] = records;
  const fields = (header ?? []).map((h) => HEADERS[h.toLowerCase().replace(/[^a-z]/g, '')] ?? null);
  const missing = (['name', 'role'] as const).filter((f) => !fields.includes(f));
  if (missing.length)
    return {
      ok: false,
      message: `The first row must name the columns: ${missing.map((f) => (f === 'name' ? '“Name”' : '“Role”')).join(' and ')} ${missing.length === 1 ? 'is' : 'are'} missing.`,
      problems: [],
    };
  if (body.length === 0) return { ok: false, message: 'The file has a header row but no people.', problems: [] };
  if (body.length > MAX_TRAINING_ROWS)
    return { ok: false, message: `The file has ${body.length} rows; import at most ${MAX_TRAINING_ROWS} at a time.`, problems: [] };
  const problems: string[] = [];
  const rows: Array<TrainingFields & { nameKey: string }> = [];
  const seen = new Map<string, number>();
  body.forEach((record, i) => {
    const line = i + 2;
    const values: Record<string, string> = {};
    fields.forEach((field, c) => {
      if (field) values[field] = record[c] ?? '';
    });
    const parsed = TrainingFieldsSchema.safeParse({ ...values, certificateId: '' });
    if (!parsed.success) {
      problems.push(`Row ${line}: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`);
      return;
    }
    const nameKey = nameKeyOf(parsed.data.name);
    const earlier = seen.get(nameKey);
    if (earlier) problems.push(`Row ${line}: ${parsed.data.name} is also on row ${earlier}; list each person once`);
    seen.set(nameKey, line);
    rows.push({ ...parsed.data, nameKey });
  });
  if (problems.length)
    return { ok: false, message: `${problems.length === 1 ? 'One row needs' : `${problems.length} rows need`} fixing; nothing was imported.`, problems };
  return { ok: true, rows };
}
