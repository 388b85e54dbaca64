import type { Metadata } from 'next';
import { AuditLogView } from '@/components/audit/audit-log-view';

export const metadata: Metadata = { title: 'School audit log' };

export default async function SchoolAuditPage(props: { params: Promise<{ schoolId: string }>; searchParams: Promise<{ before?: string }> }) {
  const [{ schoolId }, { before }] = await Promise.all([props.params, props.searchParams]);
  return <AuditLogView tenant={{ kind: 'school', id: schoolId }} before={before} />;
}
