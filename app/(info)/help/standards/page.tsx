import type { Metadata } from 'next';
import Link from 'next/link';
import { listCatalogueVersions } from '@/lib/assessment/catalogue-changelog';
import { formatLongDate } from '@/lib/dates/format';
import { catalogueVersionName } from '@/lib/standards/describe-catalogue-change';

export const metadata: Metadata = { title: 'Standards catalogue versions' };
// Read from the database at request time: versions arrive without a rebuild.
export const dynamic = 'force-dynamic';

export default async function CatalogueVersionsPage() {
  const versions = await listCatalogueVersions();
  return (
    <>
      <h1>Standards catalogue versions</h1>
      <p>
        Waypoint asks its questions from a catalogue of DfE’s digital and technology standards. When DfE changes the standards, Waypoint publishes a new
        version; completed cycles keep the version they were answered on.
      </p>
      {versions.length === 0 ? (
        <p>No catalogue has been loaded yet.</p>
      ) : (
        <ul>
          {versions.map((v) => (
            <li key={v.version}>
              <Link href={`/help/standards/${v.version}`}>What changed in {catalogueVersionName(v.version)}</Link>: {v.title}, dated{' '}
              {formatLongDate(v.publishedOn)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
