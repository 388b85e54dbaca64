// Reads a Get Information About Schools (GIAS) establishment extract: bytes to text, text to the few
// columns we use. Pure, so the same code serves the preview, the import and the tests.
import { parse } from 'csv-parse/sync';

export type GiasEncoding = 'utf-8' | 'windows-1252';

// The message is shown to the person who uploaded the file, as it is.
export class GiasFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GiasFileError';
  }
}

// Node 20's TextDecoder treats windows-1252 as Latin-1 (0x92 comes out as a control character, not ’),
// so the 0x80 to 0x9F range is mapped by hand. Unassigned bytes keep their C1 code point, as WHATWG does.
const CP1252_HIGH = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';
const CP1252_TABLE = Uint16Array.from({ length: 256 }, (_, byte) => (byte >= 0x80 && byte < 0xa0 ? CP1252_HIGH.charCodeAt(byte - 0x80) : byte));

function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) units[i] = CP1252_TABLE[bytes[i] ?? 0] ?? 0;
  return new TextDecoder('utf-16le').decode(units);
}

export function decodeGiasBytes(bytes: Uint8Array): { text: string; encoding: GiasEncoding } {
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: 'utf-8' };
  } catch {
    // GIAS has published both; bytes that are not valid UTF-8 are the older Windows export.
    return { text: decodeWindows1252(body), encoding: 'windows-1252' };
  }
}

export const GIAS_REQUIRED_COLUMNS = [
  'URN',
  'EstablishmentName',
  'TypeOfEstablishment (name)',
  'EstablishmentStatus (name)',
  'PhaseOfEducation (name)',
  'LA (name)',
] as const;
export const GIAS_OPTIONAL_COLUMNS = ['NumberOfPupils', 'Trusts (code)', 'Trusts (name)', 'Postcode'] as const;

type GiasColumn = (typeof GIAS_REQUIRED_COLUMNS)[number] | (typeof GIAS_OPTIONAL_COLUMNS)[number];

export type GiasRecord = {
  line: number;
  urn: string;
  name: string;
  typeName: string;
  statusName: string;
  phaseName: string;
  localAuthority: string;
  pupils: string;
  trustCode: string;
  trustName: string;
  postcode: string;
};

const DOWNLOAD_HINT = 'Download the establishment fields CSV from Get Information About Schools and upload that file.';

function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

// Index of each column we use, or -1; header cells are matched trimmed and ignoring case.
function findColumns(header: string[]): Record<GiasColumn, number> {
  const byName = new Map<string, number>();
  header.forEach((cell, index) => {
    const key = cell
      .replace(/^\uFEFF/, '')
      .trim()
      .toLowerCase();
    if (!byName.has(key)) byName.set(key, index);
  });
  const indexOf = (column: GiasColumn) => byName.get(column.toLowerCase()) ?? -1;
  const columns = {} as Record<GiasColumn, number>;
  for (const column of [...GIAS_REQUIRED_COLUMNS, ...GIAS_OPTIONAL_COLUMNS]) columns[column] = indexOf(column);
  const missing = GIAS_REQUIRED_COLUMNS.filter((column) => columns[column] < 0);
  if (missing.length > 0) {
    throw new GiasFileError(`The file has no ${listInWords(missing)} column. ${DOWNLOAD_HINT}`);
  }
  return columns;
}

function csvErrorLine(error: unknown): number | null {
  if (typeof error !== 'object' || error === null || !('lines' in error)) return null;
  return typeof error.lines === 'number' ? error.lines : null;
}

function countNewlines(cells: string[]): number {
  let count = 0;
  for (const cell of cells) {
    if (!cell.includes('\n')) continue;
    for (let i = 0; i < cell.length; i++) if (cell.charCodeAt(i) === 10) count++;
  }
  return count;
}

export async function readGiasRecords(text: string): Promise<GiasRecord[]> {
  // One line ending, so csv-parse's line count matches what a person sees in a text editor.
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (normalised.trim() === '') throw new GiasFileError('The file is empty. ' + DOWNLOAD_HINT);

  let columns: Record<GiasColumn, number> | null = null;
  const records: GiasRecord[] = [];
  // Rows are picked apart as they are parsed and never kept whole: a national extract has about 130 columns.
  const onRecord = (cells: string[], context: { lines: number }): null => {
    if (columns === null) {
      columns = findColumns(cells);
      return null;
    }
    const found = columns;
    const pick = (column: GiasColumn) => {
      const index = found[column];
      return index < 0 ? '' : (cells[index] ?? '').trim();
    };
    const urn = pick('URN');
    const name = pick('EstablishmentName');
    // Rows of nothing but commas, as spreadsheet programs leave behind.
    if (urn === '' && name === '' && cells.every((cell) => cell.trim() === '')) return null;
    records.push({
      // csv-parse reports the line a row ends on; a quoted line break inside it moves the start up.
      line: context.lines - countNewlines(cells),
      urn,
      name,
      typeName: pick('TypeOfEstablishment (name)'),
      statusName: pick('EstablishmentStatus (name)'),
      phaseName: pick('PhaseOfEducation (name)'),
      localAuthority: pick('LA (name)'),
      pupils: pick('NumberOfPupils'),
      trustCode: pick('Trusts (code)'),
      trustName: pick('Trusts (name)'),
      postcode: pick('Postcode'),
    });
    return null;
  };

  try {
    parse(normalised, { relax_column_count: true, skip_empty_lines: true, on_record: onRecord });
  } catch (error) {
    if (error instanceof GiasFileError) throw error;
    const line = csvErrorLine(error);
    const where = line === null ? '' : ` near line ${line}`;
    throw new GiasFileError(`The file could not be read as a CSV file: there is a problem${where}, such as a quote mark that is not closed. ${DOWNLOAD_HINT}`);
  }
  if (records.length === 0) throw new GiasFileError('The file has column headings but no schools. ' + DOWNLOAD_HINT);
  return records;
}

export async function readGiasFile(bytes: Uint8Array): Promise<{ encoding: GiasEncoding; records: GiasRecord[] }> {
  if (bytes.length === 0) throw new GiasFileError('The file is empty. ' + DOWNLOAD_HINT);
  const { text, encoding } = decodeGiasBytes(bytes);
  return { encoding, records: await readGiasRecords(text) };
}
