import Link from 'next/link';

export type ExpiredAnswer = { code: string; title: string; href: string };

// Answers whose evidence has all run out: they may still hold, but nobody can show it.
export function ExpiredEvidenceNotice({ answers, evidenceHref }: { answers: ExpiredAnswer[]; evidenceHref: string }) {
  if (!answers.length) return null;
  return (
    <section className="mb-6 rounded-md border-l-4 border-red-700 bg-red-50 p-4" aria-labelledby="expired-evidence-heading">
      <h2 id="expired-evidence-heading" className="font-bold text-red-900">
        Evidence expired — review {answers.length === 1 ? 'this answer' : `these ${answers.length} answers`}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
        {answers.slice(0, 10).map((a) => (
          <li key={a.code}>
            <Link href={a.href}>{a.title}</Link>
          </li>
        ))}
        {answers.length > 10 ? <li>and {answers.length - 10} more</li> : null}
      </ul>
      <p className="mt-2 text-sm">
        <Link href={evidenceHref}>See expired evidence</Link>
      </p>
    </section>
  );
}
