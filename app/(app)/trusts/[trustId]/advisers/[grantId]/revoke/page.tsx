import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RevokeGrantPage } from '@/components/advisers/revoke-page';
import { listAdviserGrants } from '@/lib/advisers/manage-grants';
import { loadTrustPage } from '@/lib/http/load-page';
import { revokeAdviserAction } from '../../../../../schools/[schoolId]/advisers/actions';

export const metadata: Metadata = { title: 'Revoke an adviser’s access' };

export default async function RevokeTrustAdviserPage({ params }: { params: Promise<{ trustId: string; grantId: string }> }) {
  const { grantId } = await params;
  const { actor, trust } = await loadTrustPage(params, 'adviser:grant');
  const grant = (await listAdviserGrants(actor, { kind: 'trust', id: trust.id })).grants.find((g) => g.id === grantId);
  if (!grant || (grant.status !== 'live' && grant.status !== 'scheduled')) notFound();
  return (
    <RevokeGrantPage action={revokeAdviserAction} tenant={`trust:${trust.id}`} tenantName={trust.name} grant={grant} back={`/trusts/${trust.id}/advisers`} />
  );
}
