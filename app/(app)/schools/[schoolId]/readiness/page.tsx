import type { Metadata } from 'next';
import Link from 'next/link';
import { EvidenceStateBadge } from '@/components/evidence/evidence-list';
import { PageContainer } from '@/components/layout/page-container';
import { buttonClasses } from '@/components/ui/button';
import { Badge, PageHeader } from '@/components/ui/page-header';
import { evidenceFor, getSchoolReadiness } from '@/lib/frameworks/get-school-readiness';
import { ITEM_STATUS_LABEL, readinessSentence, type ItemStatus } from '@/lib/frameworks/readiness';
import { requirementTitle } from '@/lib/frameworks/requirement-titles';
import { loadSchoolPage } from '@/lib/http/load-page';

export const metadata: Metadata = { title: 'Readiness' };

const TONE: Record<ItemStatus, 'green' | 'amber' | 'red' | 'slate'> = {
  evidenced: 'green',
  expired: 'red',
  unevidenced: 'amber',
  'not-met': 'red',
  unanswered: 'slate',
  'training-due': 'amber',
};

export default async function ReadinessPage({ params }: { params: Promise<{ schoolId: string }> }) {
  const { actor, school, can } = await loadSchoolPage(params, 'evidence:read');
  const { frameworks, cycle, backing } = await getSchoolReadiness(actor, school.id);
  const base = `/schools/${school.id}`;
  const editable = can.has('evidence:edit');
  return (
    <PageContainer>
      <PageHeader
        title="Readiness"
        description={
          <>
            <p>
              Where the school stands for the frameworks it answers to, from its self-assessment answers and its evidence. Each download is an evidence pack: a
              contents page listing every item, its answers and evidence, with the files, for an insurance claim, an audit or a governors’ meeting.
            </p>
            <p className="mt-2 text-sm">
              {cycle
                ? `From the ${cycle.cycleLabel} cycle${cycle.status === 'DRAFT' ? ' (in progress)' : ''}.`
                : 'No self-assessment yet: answers count once a cycle is started.'}{' '}
              <Link href={`${base}/evidence`}>All evidence</Link> · <Link href={`${base}/training`}>Training records</Link>
            </p>
          </>
        }
      />
      <nav aria-labelledby="summary-heading" className="mb-10">
        <h2 id="summary-heading" className="sr-only">
          Summary
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {frameworks.map(({ framework, evidenced, total }) => (
            <li key={framework.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <a href={`#${framework.id}-heading`} className="font-semibold">
                {framework.shortTitle}
              </a>
              <p className="mt-1 text-2xl font-bold tabular-nums text-slate-900">
                {evidenced} of {total}
              </p>
              <p className="text-sm text-slate-700">items evidenced</p>
            </li>
          ))}
        </ul>
      </nav>
      <div className="space-y-10">
        {frameworks.map((readiness) => {
          const { framework } = readiness;
          return (
            <section key={framework.id} aria-labelledby={`${framework.id}-heading`}>
              <div className="flex flex-wrap items-end justify-between gap-3">
                <div>
                  <h2 id={`${framework.id}-heading`} className="text-2xl font-bold text-slate-900">
                    {framework.title}
                  </h2>
                  <p className="text-sm text-slate-700">
                    {framework.edition}.{' '}
                    <a href={framework.sourceUrl} target="_blank" rel="noreferrer">
                      Source<span className="sr-only"> for {framework.shortTitle} (opens in a new tab)</span>
                    </a>
                  </p>
                </div>
                <a href={`${base}/readiness/${framework.id}/pack.zip`} className={buttonClasses.secondary}>
                  Download the {framework.shortTitle} pack
                </a>
              </div>
              <p className="mt-2 max-w-3xl text-slate-800">{framework.summary}</p>
              <p className="mt-3 text-lg font-semibold text-slate-900" data-testid={`readiness-${framework.id}`}>
                {readinessSentence(readiness, 'items')}
              </p>
              <ol className="mt-4 space-y-3">
                {readiness.items.map((entry) => {
                  const evidence = evidenceFor(backing, entry.target, entry.item.requirementCodes);
                  return (
                    <li key={entry.target} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
                      <div className="flex flex-wrap items-baseline justify-between gap-2">
                        <h3 className="text-lg font-bold text-slate-900">{entry.item.title}</h3>
                        <Badge tone={TONE[entry.status]}>{ITEM_STATUS_LABEL[entry.status]}</Badge>
                      </div>
                      <p className="mt-1 text-sm text-slate-800">{entry.item.description}</p>
                      {entry.item.requirementCodes.length ? (
                        <p className="mt-1 text-sm text-slate-700">Maps to: {entry.item.requirementCodes.map(requirementTitle).join('; ')}.</p>
                      ) : null}
                      {evidence.length ? (
                        <ul className="mt-2 space-y-1 text-sm">
                          {evidence.map((row) => (
                            <li key={row.id} className="flex flex-wrap items-center gap-2">
                              <Link href={`${base}/evidence/${row.id}`}>{row.title}</Link>
                              <EvidenceStateBadge state={row.state} validUntil={row.validUntil} />
                            </li>
                          ))}
                        </ul>
                      ) : null}
                      <p className="mt-2 text-sm font-semibold text-slate-900">{entry.next}</p>
                      {editable && entry.status !== 'evidenced' && entry.item.rule !== 'training' ? (
                        <p className="mt-2 text-sm">
                          <Link href={`${base}/evidence/new?code=${encodeURIComponent(entry.target)}&back=${encodeURIComponent(`${base}/readiness`)}`}>
                            Add evidence<span className="sr-only"> for {entry.item.title}</span>
                          </Link>
                        </p>
                      ) : null}
                      {entry.item.rule === 'training' ? (
                        <p className="mt-2 text-sm">
                          <Link href={`${base}/training`}>Training records</Link>
                        </p>
                      ) : null}
                    </li>
                  );
                })}
              </ol>
            </section>
          );
        })}
      </div>
    </PageContainer>
  );
}
