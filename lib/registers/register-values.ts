// Reading register values as people type them, in a form or a spreadsheet: UK dates, pounds,
// yes and no, speeds. One reader per kind of value, shared by the forms and the import. Pure.
import { MONTH_NAMES } from '@/lib/dates/format';

const MONTHS = new Map<string, number>(
  MONTH_NAMES.flatMap((name, i) => [[name.toLowerCase(), i + 1] as const, [name.slice(0, 3).toLowerCase(), i + 1] as const]),
);
MONTHS.set('sept', 9);

const pad = (n: number) => String(n).padStart(2, '0');

function validDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** "2027-08-31", "31/08/2027", "31-8-27", "31.08.2027", "31 Aug 2027", "31 August 2027" → "2027-08-31"; day first, as in the UK. */
export function readUkDate(text: string): string | null {
  const value = text.trim();
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (match) return validDay(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(value);
  if (match) {
    const year = match[3]!.length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
    return validDay(year, Number(match[2]), Number(match[1]));
  }
  match = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]+)\.?[\s-]+(\d{4})$/i.exec(value);
  if (match) {
    const month = MONTHS.get(match[2]!.toLowerCase());
    return month ? validDay(Number(match[3]), month, Number(match[1])) : null;
  }
  return null;
}

/** Yes/no as spreadsheets say it; the form's checkbox sends "on". */
export function readYesNo(text: string): boolean | null {
  const value = text.trim().toLowerCase();
  if (['yes', 'y', 'true', '1', 'on'].includes(value)) return true;
  if (['no', 'n', 'false', '0', 'off'].includes(value)) return false;
  return null;
}

/** "1 Gbps", "1G", "100 Mbps", "2.5GbE", "1000" (megabits) → megabits per second. */
export function readMbps(text: string): number | null {
  const match = /^(\d+(?:\.\d+)?)\s*(g|gb|gbps|gbe|gbit\/s|m|mb|mbps|mbit\/s)?$/i.exec(text.trim());
  if (!match) return null;
  const amount = Number(match[1]);
  const giga = match[2]?.toLowerCase().startsWith('g');
  const mbps = Math.round(giga ? amount * 1000 : amount);
  return mbps > 0 && mbps <= 400_000 ? mbps : null;
}

/** "Wi-Fi 6", "WiFi 6E", "802.11ax", "6" → "6", "6E"; the generations DfE's standards name. */
export function readWifiGeneration(text: string): string | null {
  const value = text.trim().toLowerCase().replace(/\s+/g, '');
  const ieee: Record<string, string> = { '802.11n': '4', '802.11ac': '5', '802.11ax': '6', '802.11be': '7' };
  if (ieee[value]) return ieee[value]!;
  const match = /^(?:wi-?fi)?([4-7])(e)?$/.exec(value);
  if (!match) return null;
  return match[2] && match[1] === '6' ? '6E' : match[2] ? null : match[1]!;
}

/** An option by its code, its label, or a common variant, ignoring case and punctuation. */
export function readOption<T extends string>(text: string, labels: Record<T, string>, variants: Record<string, T> = {}): T | null {
  const key = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  const wanted = key(text);
  if (!wanted) return null;
  for (const [code, label] of Object.entries(labels) as Array<[T, string]>) if (key(code) === wanted || key(label) === wanted) return code;
  for (const [variant, code] of Object.entries(variants)) if (key(variant) === wanted) return code;
  return null;
}
