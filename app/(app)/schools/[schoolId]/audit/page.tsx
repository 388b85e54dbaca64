import type { Metadata } from 'next';
import { AuditLogView } from '@/components/audit/audit-log-view';

export const metadata: Metadata = { title: 'School audit log' };

export default async function SchoolAuditPage(props: {
  params: Promise<{ schoolId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ schoolId }, query] = await Promise.all([props.params, props.searchParams]);
  return <AuditLogView tenant={{ kind: 'school', id: schoolId }} query={query} />;
}
