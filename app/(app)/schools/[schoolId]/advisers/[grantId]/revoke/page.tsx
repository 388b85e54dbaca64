import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RevokeGrantPage } from '@/components/advisers/revoke-page';
import { listAdviserGrants } from '@/lib/advisers/manage-grants';
import { loadSchoolPage } from '@/lib/http/load-page';
import { revokeAdviserAction } from '../../actions';

export const metadata: Metadata = { title: 'Revoke an adviser’s access' };

export default async function RevokeSchoolAdviserPage({ params }: { params: Promise<{ schoolId: string; grantId: string }> }) {
  const { grantId } = await params;
  const { actor, school } = await loadSchoolPage(params, 'adviser:grant');
  const grant = (await listAdviserGrants(actor, { kind: 'school', id: school.id })).grants.find((g) => g.id === grantId);
  if (!grant || (grant.status !== 'live' && grant.status !== 'scheduled')) notFound();
  return (
    <RevokeGrantPage
      action={revokeAdviserAction}
      tenant={`school:${school.id}`}
      tenantName={school.name}
      grant={grant}
      back={`/schools/${school.id}/advisers`}
    />
  );
}
