// Reads a register spreadsheet, .xlsx or .csv, into rows of text keyed by our field names, as
// the person sees them (dates in Excel's date cells become "YYYY-MM-DD"). exceljs reads the
// workbook; csv-parse the text. The checks of each value are the form's (./schemas.ts).
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { decodeGiasBytes } from '@/lib/gias/read-gias-file';
import type { RegisterKind } from './list-registers';
import { COLUMNS, matchColumns, REGISTER_NAME } from './register-columns';

export const MAX_REGISTER_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_REGISTER_ROWS = 10_000;

export class RegisterFileError extends Error {}

export type SheetRow = { row: number; values: Record<string, string> };
export type RegisterSheet = { headers: string[]; fields: Array<string | null>; rows: SheetRow[] };

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
  if ('error' in value) return '';
  return String(value);
}

async function readWorkbook(bytes: Uint8Array, register: RegisterKind): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new RegisterFileError('This file could not be read as an Excel workbook. Save it as .xlsx (Excel Workbook) or .csv and try again.');
  }
  // The sheet named for the register (as in our template), else the first.
  const sheet = workbook.worksheets.find((s) => s.name.trim().toLowerCase() === REGISTER_NAME[register].toLowerCase()) ?? workbook.worksheets[0];
  if (!sheet) throw new RegisterFileError('The workbook has no sheets.');
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    if (number > MAX_REGISTER_ROWS + 20) return;
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    rows[number - 1] = values.map((v) => cellText(v as ExcelJS.CellValue).trim());
  });
  return Array.from(rows, (row) => row ?? []);
}

function readCsv(bytes: Uint8Array): string[][] {
  const { text } = decodeGiasBytes(bytes);
  try {
    return parse(text, { relax_column_count: true, skip_empty_lines: false, bom: true, trim: true }) as string[][];
  } catch (error) {
    throw new RegisterFileError(`This CSV file could not be read: ${(error as Error).message.split('\n')[0]}`);
  }
}

export async function readRegisterFile(bytes: Uint8Array, register: RegisterKind): Promise<RegisterSheet> {
  if (bytes.byteLength === 0) throw new RegisterFileError('The file is empty.');
  if (bytes.byteLength > MAX_REGISTER_FILE_BYTES) throw new RegisterFileError('The file is larger than 5 MB. Split it, or remove other sheets and pictures.');
  const table = isZip(bytes) ? await readWorkbook(bytes, register) : readCsv(bytes);
  // The header row is the first row with text in it: spreadsheets often have a title above.
  const headerIndex = table.findIndex((row) => row.filter(Boolean).length >= 2);
  if (headerIndex === -1) throw new RegisterFileError('No header row was found. The first row should name the columns, as in the template.');
  const headers = table[headerIndex]!.map((h) => h.trim());
  const { fields, missing } = matchColumns(register, headers);
  if (missing.length)
    throw new RegisterFileError(
      `The file has no ${missing.map((m) => `“${m}”`).join(' or ')} column. Name the columns as in the template: ${COLUMNS[register].map((c) => c.header).join(', ')}.`,
    );
  const rows: SheetRow[] = [];
  for (let i = headerIndex + 1; i < table.length; i++) {
    const cells = table[i] ?? [];
    if (!cells.some(Boolean)) continue;
    if (rows.length >= MAX_REGISTER_ROWS)
      throw new RegisterFileError(`The file has more than ${MAX_REGISTER_ROWS.toLocaleString('en-GB')} rows. Split it into smaller files.`);
    const values: Record<string, string> = {};
    fields.forEach((field, c) => {
      if (field) values[field] = cells[c] ?? '';
    });
    rows.push({ row: i + 1, values });
  }
  if (rows.length === 0) throw new RegisterFileError('The file has a header row but no items under it.');
  return { headers, fields, rows };
}
