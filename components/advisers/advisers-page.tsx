import Link from 'next/link';
import { AuditTable } from '@/components/audit/audit-table';
import { GrantAdviserForm } from '@/components/advisers/grant-form';
import { PageContainer } from '@/components/layout/page-container';
import { Badge, Card, EmptyState, PageHeader } from '@/components/ui/page-header';
import { SuccessNotice } from '@/components/ui/notice';
import { TABLE_SCROLL } from '@/components/ui/table-scroll';
import type { FormAction } from '@/lib/actions/form-state';
import { GRANT_STATUS_LABEL, MAX_GRANT_DAYS, type GrantStatus } from '@/lib/advisers/grant-status';
import type { listAdviserGrants } from '@/lib/advisers/manage-grants';
import { ADVISER_ACCESS_LABEL } from '@/lib/auth/permissions';
import { formatDate, londonToday } from '@/lib/dates/format';

type Data = Awaited<ReturnType<typeof listAdviserGrants>>;

const TONE: Record<GrantStatus, 'green' | 'amber' | 'slate' | 'red'> = { live: 'green', scheduled: 'amber', ended: 'slate', revoked: 'red' };
const DAY_MS = 24 * 60 * 60 * 1000;
const plusDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

// Advisers of a school or a trust: who may come in, until when, and what they did here.
export function AdvisersPage({
  tenantName,
  tenant,
  base,
  data,
  action,
  granted,
  revoked,
  editable,
}: {
  tenantName: string;
  tenant: string;
  base: string;
  data: Data;
  action: FormAction;
  granted?: string;
  revoked?: string;
  editable: boolean;
}) {
  const today = londonToday();
  const name = (id?: string) => data.grants.find((g) => g.id === id)?.displayName;
  const notice = name(granted) ? `${name(granted)} has access and has been emailed.` : name(revoked) ? `${name(revoked)}’s access has ended.` : null;
  return (
    <PageContainer>
      <PageHeader
        caption={tenantName}
        title="Advisers"
        description="Let an outside adviser, such as a digital strategist or your IT support provider, into Waypoint for a fixed period. Everything they open or change is recorded below and in the audit log, and you can end their access at any time."
      />
      {notice ? <SuccessNotice>{notice}</SuccessNotice> : null}
      <section aria-labelledby="grants" className="mb-10">
        <h2 id="grants" className="mb-4 text-xl font-bold text-slate-900">
          Who has access
        </h2>
        {data.grants.length === 0 ? (
          <EmptyState title="No advisers yet">When you grant an adviser access, they appear here with the day it ends.</EmptyState>
        ) : (
          <GrantsTable grants={data.grants} caption={`Advisers of ${tenantName}`} revokeHref={editable ? (grant) => `${base}/${grant.id}/revoke` : undefined} />
        )}
      </section>
      {data.trustName && data.trustGrants.length > 0 ? (
        <section aria-labelledby="trust-grants" className="mb-10">
          <h2 id="trust-grants" className="mb-2 text-xl font-bold text-slate-900">
            Let in by {data.trustName}
          </h2>
          <p className="mb-4 max-w-3xl text-sm text-slate-700">
            These advisers were given access by your trust and can reach every school in it, this one included. Their activity here is listed below. Only the
            trust can end their access.
          </p>
          <GrantsTable grants={data.trustGrants} caption={`Advisers let in by ${data.trustName}`} />
        </section>
      ) : null}
      {editable ? (
        <div className="mb-10">
          <Card title="Grant an adviser access">
            <GrantAdviserForm action={action} tenant={tenant} defaultEnd={plusDays(today, 90)} latestEnd={plusDays(today, MAX_GRANT_DAYS)} />
          </Card>
        </div>
      ) : null}
      <section aria-labelledby="activity">
        <h2 id="activity" className="mb-2 text-xl font-bold text-slate-900">
          What advisers did here
        </h2>
        <p className="mb-4 text-sm text-slate-700">The latest {data.activity.length > 0 ? data.activity.length : ''} pages, files and changes, newest first.</p>
        <AuditTable
          events={data.activity}
          caption={`Adviser activity in ${tenantName}`}
          empty={<EmptyState title="No adviser activity yet">Pages and files an adviser opens, and anything they change, appear here.</EmptyState>}
        />
      </section>
    </PageContainer>
  );
}

type Grant = Data['grants'][number];

function GrantsTable({ grants, caption, revokeHref }: { grants: Grant[]; caption: string; revokeHref?: (grant: Grant) => string }) {
  return (
    <div className={TABLE_SCROLL}>
      <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className="px-4 py-3 font-semibold">
              Adviser
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Access
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Period
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Status
            </th>
            {revokeHref ? (
              <th scope="col" className="px-4 py-3 font-semibold">
                <span className="sr-only">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {grants.map((grant) => (
            <tr key={grant.id}>
              <td className="px-4 py-3">
                <span className="block font-semibold text-slate-900">{grant.displayName}</span>
                <span className="block break-all text-slate-700">{grant.adviser.email}</span>
                {grant.purpose ? <span className="block text-slate-700">{grant.purpose}</span> : null}
              </td>
              <td className="px-4 py-3">{ADVISER_ACCESS_LABEL[grant.access]}</td>
              <td className="whitespace-nowrap px-4 py-3">
                {formatDate(grant.startsAt)} to {formatDate(grant.lastDay)}
                {grant.grantedBy ? <span className="block text-slate-700">Granted by {grant.grantedBy.name}</span> : null}
              </td>
              <td className="px-4 py-3">
                <Badge tone={TONE[grant.status]}>{GRANT_STATUS_LABEL[grant.status]}</Badge>
                {grant.revokedAt ? <span className="block text-slate-700">on {formatDate(grant.revokedAt)}</span> : null}
              </td>
              {revokeHref ? (
                <td className="px-4 py-3">
                  {grant.status === 'live' || grant.status === 'scheduled' ? (
                    <Link href={revokeHref(grant)} className="font-semibold">
                      Revoke<span className="sr-only"> access for {grant.displayName}</span>
                    </Link>
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
