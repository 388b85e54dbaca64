import type { RoadmapEntry } from '@/lib/roadmap/build-roadmap';
import { termOf, termsBetween } from '@/lib/dates/school-terms';

// Decisions per school term, as columns: overdue ones first, in red. An SVG chart with a text
// summary for screen readers; the table below it on the page holds every figure too.
export function RoadmapTimeline({ entries, today, until }: { entries: RoadmapEntry[]; today: string; until: string }) {
  const terms = termsBetween(today, until);
  const counts = new Map(terms.map((t) => [t.key, 0]));
  let overdue = 0;
  let undated = 0;
  for (const entry of entries) {
    const day = entry.decisionDate;
    // "Now" items and missed decisions alike: what should already have happened.
    if (entry.overdue || (day && day < today)) overdue += 1;
    else if (!day) undated += 1;
    else {
      const key = termOf(day > until ? until : day).key;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const columns = [
    { key: 'overdue', label: 'Overdue', count: overdue, tone: 'overdue' as const },
    ...terms.map((t) => ({ key: t.key, label: t.label, count: counts.get(t.key) ?? 0, tone: 'term' as const })),
  ];
  const max = Math.max(1, ...columns.map((c) => c.count));
  const width = 40 * columns.length + 40;
  const height = 250;
  const chart = 150;
  // Room above the tallest column for its figure.
  const top = 18;
  const busiest = columns.slice(1).reduce((a, b) => (b.count > a.count ? b : a), columns[1] ?? columns[0]!);
  const summary = `${overdue} decisions overdue; ${entries.length - overdue - undated} dated between now and ${terms.at(-1)?.label ?? ''}, the most in ${busiest.label} (${busiest.count}); ${undated} with no date yet.`;
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-4">
      <figcaption className="mb-2 text-sm font-semibold text-slate-900">Decisions due each term</figcaption>
      <div className="overflow-x-auto">
        <svg role="img" aria-label={summary} viewBox={`0 0 ${width} ${height}`} width={width} height={height} className="max-w-none">
          <line x1="30" x2={width} y1={top + chart} y2={top + chart} stroke="#94a3b8" />
          {columns.map((column, i) => {
            const h = Math.round((column.count / max) * chart);
            const x = 36 + i * 40;
            return (
              <g key={column.key}>
                <title>{`${column.label}: ${column.count}`}</title>
                <rect x={x} y={top + chart - h} width="28" height={h} fill={column.tone === 'overdue' ? '#b91c1c' : '#1d4ed8'} />
                {column.count ? (
                  <text x={x + 14} y={top + chart - 4 - h} textAnchor="middle" fontSize="11" fill="#0f172a">
                    {column.count}
                  </text>
                ) : null}
                <text x={x + 14} y={top + chart + 14} textAnchor="end" fontSize="10" fill="#334155" transform={`rotate(-45 ${x + 14} ${top + chart + 14})`}>
                  {column.label.replace('Autumn', 'Aut').replace('Spring', 'Spr').replace('Summer', 'Sum')}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <p className="mt-2 text-sm text-slate-700">{summary}</p>
    </figure>
  );
}
