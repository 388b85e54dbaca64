import { PageContainer } from '@/components/layout/page-container';
import { PageHeader } from '@/components/ui/page-header';
import { listAuditEvents } from '@/lib/audit/list-audit-events';
import { requireActor } from '@/lib/auth/session';
import { formatAuditCursor, parseAuditCursor } from '@/lib/audit/audit-cursor';
import { loadOr404 } from '@/lib/http/load-page';
import type { TenantRef } from '@/lib/tenancy/actor';
import { AuditTable } from './audit-table';

export async function AuditLogView({ tenant, before }: { tenant: TenantRef; before?: string }) {
  const actor = await requireActor();
  const { events, hasMore } = await loadOr404(() => listAuditEvents(actor, tenant, { before: parseAuditCursor(before) }));
  const last = events.at(-1);
  const scope = tenant.kind === 'trust' ? 'the trust and its schools' : 'this school';
  return (
    <PageContainer>
      <PageHeader title="Audit log" description={`Every change made in ${scope}, newest first.`} />
      <AuditTable events={events} caption={`Audit log for ${scope}`} />
      {hasMore && last ? (
        <p className="mt-6">
          <a href={`?before=${encodeURIComponent(formatAuditCursor(last))}`} className="font-semibold">
            Older entries
          </a>
        </p>
      ) : null}
    </PageContainer>
  );
}
