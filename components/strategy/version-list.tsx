import { formatLongDate } from '@/lib/dates/format';
import { TABLE_SCROLL } from '@/components/ui/table-scroll';

export type PublishedVersion = { id: string; number: number; publishedAt: Date; publishedByName: string };

// Published versions never change: each row downloads the same document for ever.
export function VersionList({ schoolId, versions }: { schoolId: string; versions: PublishedVersion[] }) {
  return (
    <div className={TABLE_SCROLL}>
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">Published versions of the digital strategy, newest first</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className="px-4 py-3 font-semibold">
              Version
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Published
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              By
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              <span className="sr-only">Download</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {versions.map((version, i) => (
            <tr key={version.id}>
              <th scope="row" className="px-4 py-3 font-semibold">
                v{version.number}
                {i === 0 ? (
                  <span className="ml-2 rounded bg-green-50 px-1.5 py-0.5 text-xs font-semibold text-green-900 ring-1 ring-green-300">Current</span>
                ) : null}
              </th>
              <td className="px-4 py-3">{formatLongDate(version.publishedAt)}</td>
              <td className="px-4 py-3">{version.publishedByName}</td>
              <td className="px-4 py-3 text-right">
                <a href={`/schools/${schoolId}/strategy/versions/${version.number}/pdf`} className="font-semibold">
                  Download PDF<span className="sr-only"> of version {version.number}</span>
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
