import Link from 'next/link';
import { TABLE_SCROLL } from '@/components/ui/table-scroll';
import { Badge } from '@/components/ui/page-header';
import { formatDate, formatDateTime } from '@/lib/dates/format';
import { isPreviewExpired, previewExpiresAt } from '@/lib/imports/preview-lifetime';
import type { GiasSummary } from '@/lib/gias/gias-import';

type ImportRow = {
  id: string;
  fileName: string;
  rowCount: number;
  status: 'PREVIEW' | 'APPLIED';
  summary: unknown;
  createdAt: Date;
  appliedAt: Date | null;
  createdBy: { name: string } | null;
};

// Earlier uploads: a preview not yet confirmed can be opened again.
export function GiasImportList({ imports, hrefFor }: { imports: ImportRow[]; hrefFor: (id: string) => string }) {
  if (imports.length === 0) return null;
  return (
    <section aria-labelledby="imports-heading" className="mt-10">
      <h2 id="imports-heading" className="mb-3 text-xl font-bold text-slate-900">
        Recent imports
      </h2>
      <div className={TABLE_SCROLL}>
        <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
          <caption className="sr-only">Recent GIAS imports, newest first</caption>
          <thead className="bg-slate-50">
            <tr>
              {['File', 'Uploaded', 'Status'].map((heading) => (
                <th key={heading} scope="col" className="px-4 py-3 font-semibold">
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {imports.map((row) => {
              const summary = row.summary as GiasSummary | null;
              return (
                <tr key={row.id}>
                  <th scope="row" className="px-4 py-2 font-semibold">
                    <Link href={hrefFor(row.id)}>{row.fileName}</Link>
                    <span className="block text-xs font-normal text-slate-600">{row.rowCount.toLocaleString('en-GB')} rows</span>
                  </th>
                  <td className="px-4 py-2">
                    {formatDateTime(row.createdAt)}
                    {row.createdBy ? <span className="block text-xs text-slate-600">by {row.createdBy.name}</span> : null}
                  </td>
                  <td className="px-4 py-2">
                    {row.status === 'APPLIED' && summary ? (
                      <>
                        <Badge tone="green">Imported</Badge>{' '}
                        <span className="text-slate-700">
                          {summary.created} added, {summary.updated} updated
                        </span>
                      </>
                    ) : (
                      <>
                        <Badge tone="amber">Not confirmed</Badge>
                        <span className="block text-xs text-slate-600">
                          {isPreviewExpired(row.createdAt)
                            ? 'Expired: upload the file again'
                            : `Can be imported until ${formatDate(previewExpiresAt(row.createdAt))}`}
                        </span>
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
