// Every row of a register file checked by the form's own schema: what would be imported, and
// for each problem the row, the column (as the file names it) and why. Pure.
import type { RegisterKind } from './list-registers';
import type { RegisterSheet } from './read-register-file';
import { ContractFieldsSchema, KitFieldsSchema } from './schemas';

export type RowProblem = { row: number; column: string; message: string };
export type CheckedRows = { rows: Array<{ row: number; values: Record<string, string> }>; problems: RowProblem[] };

export function checkRegisterRows(register: RegisterKind, sheet: RegisterSheet): CheckedRows {
  const schema = register === 'contract' ? ContractFieldsSchema : KitFieldsSchema;
  const headerFor = new Map(sheet.fields.flatMap((field, i) => (field ? [[field, sheet.headers[i]!] as const] : [])));
  const problems: RowProblem[] = [];
  for (const { row, values } of sheet.rows) {
    const result = schema.safeParse(values);
    if (result.success) continue;
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? '');
      problems.push({ row, column: headerFor.get(field) ?? field, message: issue.message });
    }
  }
  return { rows: sheet.rows, problems };
}
