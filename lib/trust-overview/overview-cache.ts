import 'server-only';

// What the trust comparison shows costs a dozen queries and a few hundred milliseconds for a trust
// of 80 schools, and it changes far less often than it is read. So it is kept in memory, under a
// key that holds the trust's data version (raised by database triggers on any change to what the
// comparison shows: prisma/migrations/*_trust_data_version), the newest catalogue, the day (overdue actions and reviews
// turn on it), the view and the person. A change anywhere, through any app instance, gives a new
// key on the next request, so an entry is never stale and no instance needs telling. Keying on the
// person keeps one person's reach from ever serving another, whatever roles change.
// docs/decisions/013-comparison-cache.md

export type OverviewKey = {
  trustId: string;
  dataVersion: number;
  trustUpdatedAt: Date;
  // The newest catalogue version gives the columns; a new one is no trust's change.
  catalogueVersionId: string | null;
  day: string;
  includeDrafts: boolean;
  userId: string;
  isPlatformAdmin: boolean;
};

export function overviewKey(key: OverviewKey): string {
  return [
    key.trustId,
    key.dataVersion,
    key.trustUpdatedAt.getTime(),
    key.catalogueVersionId ?? '',
    key.day,
    key.includeDrafts ? 'wip' : 'completed',
    key.userId,
    key.isPlatformAdmin ? 'admin' : '',
  ].join('|');
}

// About 50 KB to 1 MB each (a trust of 80 schools): a few hundred entries stay well under 200 MB.
export const OVERVIEW_CACHE_ENTRIES = 200;

// Promises, not values: twenty people opening the page at once after a change compute it once.
// A Map keeps insertion order, so re-inserting on a hit makes it a least-recently-used list.
const entries = new Map<string, Promise<unknown>>();

export function rememberOverview<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const found = entries.get(key) as Promise<T> | undefined;
  if (found) {
    entries.delete(key);
    entries.set(key, found);
    return found;
  }
  const pending = compute();
  entries.set(key, pending);
  // A failure is not remembered: the next request tries again.
  pending.catch(() => {
    if (entries.get(key) === pending) entries.delete(key);
  });
  while (entries.size > OVERVIEW_CACHE_ENTRIES) entries.delete(entries.keys().next().value!);
  return pending;
}

export function overviewCacheSize(): number {
  return entries.size;
}
