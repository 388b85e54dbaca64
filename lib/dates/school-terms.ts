// School terms: autumn (September to December), spring (January to March) and summer (April to
// August). The roadmap's timeline and the strategy's action plan both group by them. Pure.
export type Term = { key: string; name: string; year: number; index: number; label: string; start: string; end: string };

const TERMS = [
  { name: 'Spring', from: 1, to: 3, end: '03-31' },
  { name: 'Summer', from: 4, to: 8, end: '08-31' },
  { name: 'Autumn', from: 9, to: 12, end: '12-31' },
] as const;

export function termOf(day: string): Term {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const index = TERMS.findIndex((t) => month >= t.from && month <= t.to);
  const term = TERMS[index]!;
  return {
    key: `${year}-${index}`,
    name: term.name,
    year,
    index,
    label: `${term.name} ${year}`,
    start: `${year}-${String(term.from).padStart(2, '0')}-01`,
    end: `${year}-${term.end}`,
  };
}

/** Every term from the one holding `from` to the one holding `to`. */
export function termsBetween(from: string, to: string): Term[] {
  const terms: Term[] = [];
  let term = termOf(from);
  const last = termOf(to);
  while (term.start <= last.start) {
    terms.push(term);
    const next = new Date(`${term.end}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    term = termOf(next.toISOString().slice(0, 10));
  }
  return terms;
}
