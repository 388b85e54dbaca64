import type { CatalogueEntry, ChangedEntry } from '@/lib/standards/catalogue-diff';
import { describeCatalogueChange } from '@/lib/standards/describe-catalogue-change';

// Requirements grouped by standard, each with what changed in plain words when asked to.
export function CatalogueChangeList({
  title,
  entries,
  describe = false,
  headingLevel = 2,
}: {
  title: string;
  entries: ReadonlyArray<CatalogueEntry | ChangedEntry>;
  describe?: boolean;
  headingLevel?: 2 | 3;
}) {
  if (entries.length === 0) return null;
  const Heading = `h${headingLevel}` as const;
  const byStandard = new Map<string, Array<CatalogueEntry | ChangedEntry>>();
  for (const entry of entries) byStandard.set(entry.standardTitle, [...(byStandard.get(entry.standardTitle) ?? []), entry]);
  return (
    <section>
      <Heading className="text-lg font-bold text-slate-900">
        {title} ({entries.length})
      </Heading>
      {[...byStandard].map(([standardTitle, items]) => (
        <div key={standardTitle} className="mt-3">
          <p className="font-semibold text-slate-900">{standardTitle}</p>
          <ul className="mt-1 list-disc space-y-2 pl-5 text-sm text-slate-800">
            {items.map((entry) => (
              <li key={entry.code}>
                <span className="font-semibold">{entry.title}</span>
                {entry.expectation === 'MUST' ? ' (must)' : ''}: {entry.question}
                {describe && 'before' in entry ? (
                  <ul className="mt-1 list-[circle] pl-5">
                    {describeCatalogueChange(entry).map((words) => (
                      <li key={words}>{words}</li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
