import Link from 'next/link';

// The strategy is built from the last completed cycle; a draft in progress is not in it yet.
export function DraftCycleNotice({ draft, basisLabel, href }: { draft: { cycleLabel: string } | null; basisLabel: string | null; href: string }) {
  if (!draft) return null;
  return (
    <p className="mb-6 rounded-md border-l-4 border-amber-500 bg-amber-50 p-4 text-sm text-amber-950">
      <strong>Newer answers are not in this strategy yet.</strong> The {draft.cycleLabel} self-assessment is in progress;{' '}
      {basisLabel ? `the strategy uses the last completed cycle, ${basisLabel}.` : 'the strategy has no completed cycle to draw on.'} Its scores and priorities
      update once that cycle is <Link href={href}>completed</Link>.
    </p>
  );
}
