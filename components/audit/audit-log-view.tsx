import { PageContainer } from '@/components/layout/page-container';
import { SelectField, TextField } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/page-header';
import { listAuditEvents } from '@/lib/audit/list-audit-events';
import { requireActor } from '@/lib/auth/session';
import { formatAuditCursor, parseAuditCursor } from '@/lib/audit/audit-cursor';
import { loadOr404 } from '@/lib/http/load-page';
import type { TenantRef } from '@/lib/tenancy/actor';
import { AuditTable } from './audit-table';
import { AuditFiltersSchema, auditFilterQuery } from '@/lib/audit/audit-filters';
import { listTrustSchools } from '@/lib/schools/list-schools';

export async function AuditLogView({ tenant, query }: { tenant: TenantRef; query: Record<string, string | string[] | undefined> }) {
  const actor = await requireActor();
  const filters = AuditFiltersSchema.parse({ school: query.school, person: query.person, from: query.from, to: query.to });
  const before = typeof query.before === 'string' ? query.before : undefined;
  const [{ events, hasMore }, schools] = await Promise.all([
    loadOr404(() => listAuditEvents(actor, tenant, { before: parseAuditCursor(before), filters })),
    tenant.kind === 'trust' ? listTrustSchools(actor, tenant.id) : Promise.resolve([]),
  ]);
  const filtered = Boolean(filters.school || filters.person || filters.from || filters.to);
  const last = events.at(-1);
  const scope = tenant.kind === 'trust' ? 'the trust and its schools' : 'this school';
  return (
    <PageContainer>
      <PageHeader title="Audit log" description={`Every change made in ${scope}, newest first.`} />
      <form method="get" className="mb-6 flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4">
        {tenant.kind === 'trust' ? (
          <SelectField
            label="School"
            name="school"
            placeholder="The trust and every school"
            options={schools.map((school) => ({ value: school.id, label: school.name }))}
            defaultValue={filters.school ?? ''}
          />
        ) : null}
        <TextField label="Person (name or email)" name="person" defaultValue={filters.person ?? ''} />
        <TextField label="From" name="from" type="date" defaultValue={filters.from ?? ''} />
        <TextField label="To" name="to" type="date" defaultValue={filters.to ?? ''} />
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
          Apply filters
        </button>
        {filtered ? (
          <a href="?" className="self-center text-sm font-semibold">
            Clear filters
          </a>
        ) : null}
      </form>
      <AuditTable events={events} caption={`Audit log for ${scope}`} />
      {hasMore && last ? (
        <p className="mt-6">
          <a href={auditFilterQuery(filters, { before: formatAuditCursor(last) })} className="font-semibold">
            Older entries
          </a>
        </p>
      ) : null}
    </PageContainer>
  );
}
