import type { Metadata } from 'next';
import { AuditLogView } from '@/components/audit/audit-log-view';

export const metadata: Metadata = { title: 'Trust audit log' };

export default async function TrustAuditPage(props: {
  params: Promise<{ trustId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ trustId }, query] = await Promise.all([props.params, props.searchParams]);
  return <AuditLogView tenant={{ kind: 'trust', id: trustId }} query={query} />;
}
