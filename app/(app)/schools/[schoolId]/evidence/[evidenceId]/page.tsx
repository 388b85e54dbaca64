import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { EvidenceStateBadge } from '@/components/evidence/evidence-list';
import { PageContainer } from '@/components/layout/page-container';
import { buttonClasses } from '@/components/ui/button';
import { SuccessNotice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { formatDate, londonToday, parseIsoDate } from '@/lib/dates/format';
import { getEvidence } from '@/lib/evidence/list-evidence';
import { targetLabel } from '@/lib/evidence/target-groups';
import { loadOr404, loadSchoolPage } from '@/lib/http/load-page';
import { idParam } from '@/lib/http/route-params';

export const metadata: Metadata = { title: 'Evidence' };

const KIND = { FILE: 'File', LINK: 'Link', NOTE: 'Note' } as const;
const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`);

export default async function EvidenceItemPage({
  params,
  searchParams,
}: {
  params: Promise<{ schoolId: string; evidenceId: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const [{ evidenceId }, query] = await Promise.all([params, searchParams]);
  const { actor, school, can } = await loadSchoolPage(params);
  if (!can.has('evidence:read') && !can.has('evidence:read-shared')) notFound();
  const item = await loadOr404(() => getEvidence(actor, school.id, idParam(evidenceId, 'That evidence'), londonToday()));
  const base = `/schools/${school.id}/evidence/${item.id}`;
  const editable = can.has('evidence:edit') && !item.withdrawn;
  const day = (iso: string) => formatDate(parseIsoDate(iso));
  return (
    <PageContainer>
      {query.evidence === 'saved' ? <SuccessNotice>Evidence saved.</SuccessNotice> : null}
      <nav aria-label="Breadcrumb" className="mb-4 text-sm">
        <Link href={`/schools/${school.id}/evidence`}>← All evidence</Link>
      </nav>
      <PageHeader
        caption={KIND[item.kind]}
        title={item.title}
        actions={
          editable ? (
            <>
              <Link href={`${base}/edit`} className={buttonClasses.primary}>
                Change<span className="sr-only"> {item.title}</span>
              </Link>
              <Link href={`${base}/delete`} className={buttonClasses.secondary}>
                Delete<span className="sr-only"> {item.title}</span>
              </Link>
            </>
          ) : null
        }
      />
      {item.withdrawn ? (
        <p className="mb-6 rounded-md border-l-4 border-slate-500 bg-slate-50 p-3">
          This item was removed. It is kept because a completed self-assessment cycle named it as evidence.
        </p>
      ) : null}
      <dl className="grid max-w-3xl gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold text-slate-900">Status</dt>
        <dd>
          <EvidenceStateBadge state={item.state} validUntil={item.validUntil} />
        </dd>
        <dt className="font-semibold text-slate-900">Produced</dt>
        <dd>{day(item.producedOn)}</dd>
        <dt className="font-semibold text-slate-900">Valid until or review by</dt>
        <dd>{item.validUntil ? day(item.validUntil) : 'Does not go out of date'}</dd>
        {item.kind === 'FILE' && item.fileName ? (
          <>
            <dt className="font-semibold text-slate-900">File</dt>
            <dd>
              <a href={`${base}/file`} download>
                Download {item.fileName}
              </a>{' '}
              <span className="text-sm text-slate-700">({size(item.byteSize)})</span>
            </dd>
          </>
        ) : null}
        {item.url ? (
          <>
            <dt className="font-semibold text-slate-900">Link</dt>
            <dd className="break-all">
              <a href={item.url} target="_blank" rel="noreferrer noopener">
                {item.url}
                <span className="sr-only"> (opens in a new tab)</span>
              </a>
            </dd>
          </>
        ) : null}
        {item.note ? (
          <>
            <dt className="font-semibold text-slate-900">Note</dt>
            <dd className="whitespace-pre-line">{item.note}</dd>
          </>
        ) : null}
        <dt className="font-semibold text-slate-900">Shared with governors</dt>
        <dd>{item.sharedWithGovernors ? 'Yes' : 'No'}</dd>
        <dt className="font-semibold text-slate-900">Added</dt>
        <dd>
          {formatDate(item.createdAt)}
          {item.addedBy ? ` by ${item.addedBy}` : ''}
        </dd>
      </dl>
      <h2 className="mt-8 mb-2 text-xl font-bold text-slate-900">What it backs</h2>
      {item.targets.length ? (
        <ul className="list-disc space-y-1 pl-6">
          {item.targets.map((t) => (
            <li key={t}>{targetLabel(t)}</li>
          ))}
        </ul>
      ) : (
        <p>Nothing yet. {editable ? <Link href={`${base}/edit`}>Choose what it backs</Link> : null}</p>
      )}
    </PageContainer>
  );
}
