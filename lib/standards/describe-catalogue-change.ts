import { MONTH_NAMES } from '@/lib/dates/format';
import type { ChangedEntry } from './catalogue-diff';

// Plain words for what changed in one requirement, for the changelog and the move preview.
export function describeCatalogueChange(entry: ChangedEntry): string[] {
  const { before } = entry;
  const words: string[] = [];
  if (before.expectation !== entry.expectation) {
    words.push(
      entry.expectation === 'MUST' ? 'Now a must: DfE requires it rather than recommends it.' : 'Now a should: DfE recommends it rather than requires it.',
    );
  }
  if (before.timing.kind !== entry.timing.kind || (before.timing.date ?? null) !== (entry.timing.date ?? null)) {
    words.push(`When it is expected changed: ${lowerFirst(entry.timing.text)} (before: ${lowerFirst(before.timing.text)}).`);
  }
  if (before.question !== entry.question) words.push('The question was reworded or narrowed. Check your answer still holds.');
  if (before.title !== entry.title) words.push(`New title (was “${before.title}”).`);
  if ((before.hint ?? null) !== (entry.hint ?? null)) words.push(before.hint ? 'Clearer “How to find out” hint.' : 'New “How to find out” hint.');
  if (before.timing.text !== entry.timing.text && before.timing.kind === entry.timing.kind) words.push(`Timing now reads: ${lowerFirst(entry.timing.text)}.`);
  return words;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

// "December 2026" for version 2026.12.
export function catalogueVersionName(version: string): string {
  const [year, month] = version.split('.');
  const name = MONTH_NAMES[Number(month) - 1];
  return name ? `${name} ${year}` : version;
}
