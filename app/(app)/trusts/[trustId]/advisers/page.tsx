import type { Metadata } from 'next';
import { AdvisersPage } from '@/components/advisers/advisers-page';
import { listAdviserGrants } from '@/lib/advisers/manage-grants';
import { loadTrustPage } from '@/lib/http/load-page';
import { grantAdviserAction } from '../../../schools/[schoolId]/advisers/actions';

export const metadata: Metadata = { title: 'Advisers' };

export default async function TrustAdvisersPage({
  params,
  searchParams,
}: {
  params: Promise<{ trustId: string }>;
  searchParams: Promise<{ granted?: string; revoked?: string }>;
}) {
  const { granted, revoked } = await searchParams;
  const { actor, trust, can } = await loadTrustPage(params, 'adviser:grant');
  const data = await listAdviserGrants(actor, { kind: 'trust', id: trust.id });
  return (
    <AdvisersPage
      tenantName={trust.name}
      tenant={`trust:${trust.id}`}
      base={`/trusts/${trust.id}/advisers`}
      data={data}
      action={grantAdviserAction}
      granted={granted}
      revoked={revoked}
      editable={can.has('adviser:grant')}
    />
  );
}
