import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { loadTrustPage } from '@/lib/http/load-page';
import { getTrustOverview } from '@/lib/trust-overview/get-trust-overview';

// A heat map cell's link: the school (by URN) and the standard, resolved to the cycle whose score
// the cell showed (the draft's with `?d`, else the latest completed). The comparison's short links
// keep an 80-school page small (components/trust-overview/heat-map-table.ts); this costs one
// redirect on a click, from the same cached overview the table was drawn from.
export default async function ComparisonCellPage({
  params,
  searchParams,
}: {
  params: Promise<{ trustId: string; urn: string; standardSlug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { urn, standardSlug } = await params;
  const fromDraft = (await searchParams).d !== undefined;
  const { actor, trust } = await loadTrustPage(params);
  const overview = await getTrustOverview(actor, trust.id, { includeDrafts: fromDraft });
  const row = overview.rows.find((school) => school.urn === urn);
  if (!row?.scoredCycleId || !overview.columns.some((column) => column.slug === standardSlug)) notFound();
  // Back to the comparison as it was (sort and filters), read from the page the click came from.
  const comparison = `/trusts/${trust.id}/comparison`;
  const referer = (await headers()).get('referer');
  const refererUrl = referer ? URL.parse(referer) : null;
  const from = refererUrl && refererUrl.pathname === comparison ? `${comparison}${refererUrl.search}` : comparison;
  redirect(`/schools/${row.id}/assessments/${row.scoredCycleId}/${standardSlug}?from=${encodeURIComponent(from)}`);
}
