import type { Metadata } from 'next';
import { AdvisersPage } from '@/components/advisers/advisers-page';
import { listAdviserGrants } from '@/lib/advisers/manage-grants';
import { loadSchoolPage } from '@/lib/http/load-page';
import { grantAdviserAction } from './actions';

export const metadata: Metadata = { title: 'Advisers' };

export default async function SchoolAdvisersPage({
  params,
  searchParams,
}: {
  params: Promise<{ schoolId: string }>;
  searchParams: Promise<{ granted?: string; revoked?: string }>;
}) {
  const { granted, revoked } = await searchParams;
  const { actor, school, can } = await loadSchoolPage(params, 'adviser:grant');
  const data = await listAdviserGrants(actor, { kind: 'school', id: school.id });
  return (
    <AdvisersPage
      tenantName={school.name}
      tenant={`school:${school.id}`}
      base={`/schools/${school.id}/advisers`}
      data={data}
      action={grantAdviserAction}
      granted={granted}
      revoked={revoked}
      editable={can.has('adviser:grant')}
    />
  );
}
