import Link from 'next/link';
import { SuccessNotice } from '@/components/ui/notice';
import { Card } from '@/components/ui/page-header';
import { formatDateTime } from '@/lib/dates/format';
import type { GiasSummary } from '@/lib/gias/gias-import';

// An import already confirmed: what it did, and where to go next.
export function GiasImportOutcome({
  found,
  justApplied,
  schoolsHref,
}: {
  found: { summary: unknown; appliedAt: Date | null };
  justApplied: boolean;
  schoolsHref: string;
}) {
  const summary = found.summary as GiasSummary | null;
  return (
    <>
      {justApplied ? <SuccessNotice>Import finished.</SuccessNotice> : null}
      <Card>
        {summary ? (
          <ul className="space-y-1">
            {summary.trustsCreated > 0 ? <li>{summary.trustsCreated.toLocaleString('en-GB')} trusts created</li> : null}
            <li>{summary.created.toLocaleString('en-GB')} schools added</li>
            <li>{summary.updated.toLocaleString('en-GB')} schools updated</li>
            <li>{summary.unchanged.toLocaleString('en-GB')} already up to date</li>
            <li>{summary.skipped.toLocaleString('en-GB')} rows left out</li>
          </ul>
        ) : null}
        {found.appliedAt ? <p className="mt-3 text-sm text-slate-700">Imported {formatDateTime(found.appliedAt)}.</p> : null}
        <p className="mt-4">
          <Link href={schoolsHref} className="font-semibold">
            See the schools
          </Link>
        </p>
      </Card>
    </>
  );
}
