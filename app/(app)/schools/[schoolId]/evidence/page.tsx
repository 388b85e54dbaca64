import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { EvidenceList } from '@/components/evidence/evidence-list';
import { PageContainer } from '@/components/layout/page-container';
import { buttonClasses } from '@/components/ui/button';
import { SuccessNotice } from '@/components/ui/notice';
import { EmptyState, PageHeader } from '@/components/ui/page-header';
import { getCurrentEvaluation } from '@/lib/assessment/current-evaluation';
import { londonToday } from '@/lib/dates/format';
import { filterEvidence, unbackedAnswers, type EvidenceFilter } from '@/lib/evidence/filter-evidence';
import { byTarget, listEvidence } from '@/lib/evidence/list-evidence';
import { targetLabel } from '@/lib/evidence/target-groups';
import { CROSSWALK, findFramework } from '@/lib/frameworks/crosswalk';
import { loadSchoolPage } from '@/lib/http/load-page';
import { DFE_2026_12 } from '@/lib/standards/catalogue';

export const metadata: Metadata = { title: 'Evidence' };

const NOTICES: Record<string, string> = {
  added: 'Evidence added.',
  saved: 'Evidence saved.',
  deleted: 'Evidence deleted.',
  withdrawn: 'Evidence removed. A completed cycle named it, so it is kept with that cycle’s record.',
};
const STATES = ['expired', 'expiring', 'current', 'missing'] as const;
const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);

export default async function EvidencePage({
  params,
  searchParams,
}: {
  params: Promise<{ schoolId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = await searchParams;
  const { actor, school, can } = await loadSchoolPage(params);
  if (!can.has('evidence:read') && !can.has('evidence:read-shared')) notFound();
  const full = can.has('evidence:read');
  const today = londonToday();
  const standard = DFE_2026_12.standards.find((s) => s.slug === one(query.standard)) ?? null;
  const framework = findFramework(one(query.framework) ?? '');
  const state = STATES.find((s) => s === one(query.state)) ?? null;
  const filter: EvidenceFilter = { standard: standard?.slug ?? null, framework, state };
  const [rows, evaluation] = await Promise.all([
    listEvidence(actor, school.id, today),
    full && state === 'missing' ? getCurrentEvaluation(actor, school.id) : null,
  ]);
  const shown = state === 'missing' ? [] : filterEvidence(rows, filter);
  const backed = new Set(byTarget(rows).keys());
  const missing =
    state === 'missing' && evaluation?.detail
      ? unbackedAnswers(
          DFE_2026_12.standards.flatMap((s) => s.requirements.map((r) => ({ code: r.code, title: r.title, standardSlug: s.slug }))),
          evaluation.detail.values,
          backed,
          filter,
        )
      : [];
  const base = `/schools/${school.id}/evidence`;
  const notice = NOTICES[one(query.evidence) ?? ''];
  const filtered = Boolean(standard || framework || state);
  return (
    <PageContainer>
      {notice ? <SuccessNotice>{notice}</SuccessNotice> : null}
      <PageHeader
        title="Evidence"
        description={
          full
            ? 'What backs the school’s answers: test records, certificates, reviews and plans, with the date each stops counting. One item can back several questions and frameworks.'
            : 'The evidence the school shares with governors.'
        }
        actions={
          can.has('evidence:edit') ? (
            <Link href={`${base}/new`} className={buttonClasses.primary}>
              Add evidence
            </Link>
          ) : null
        }
      />
      {full ? (
        <p className="mb-6 flex flex-wrap gap-x-6 gap-y-2">
          <Link href={`/schools/${school.id}/readiness`}>See readiness for RPA, Cyber Essentials and KCSIE</Link>
          <Link href={`/schools/${school.id}/training`}>Cyber training records</Link>
        </p>
      ) : null}
      <form method="get" className="mb-6 grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4 sm:items-end">
        <div>
          <label htmlFor="standard" className="block text-sm font-semibold text-slate-900">
            Standard
          </label>
          <select
            id="standard"
            name="standard"
            defaultValue={standard?.slug ?? ''}
            className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2"
          >
            <option value="">All standards</option>
            {DFE_2026_12.standards.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.title}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="framework" className="block text-sm font-semibold text-slate-900">
            Framework
          </label>
          <select
            id="framework"
            name="framework"
            defaultValue={framework?.id ?? ''}
            className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2"
          >
            <option value="">All frameworks</option>
            {CROSSWALK.frameworks.map((f) => (
              <option key={f.id} value={f.id}>
                {f.shortTitle}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="state" className="block text-sm font-semibold text-slate-900">
            Show
          </label>
          <select id="state" name="state" defaultValue={state ?? ''} className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2">
            <option value="">All evidence</option>
            <option value="expired">Expired</option>
            <option value="expiring">Expiring in 30 days</option>
            <option value="current">Current</option>
            {full ? <option value="missing">Answers with no evidence</option> : null}
          </select>
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className={buttonClasses.secondary}>
            Filter
          </button>
          {filtered ? <Link href={base}>Clear</Link> : null}
        </div>
      </form>
      {state === 'missing' ? (
        <section aria-labelledby="missing-heading">
          <h2 id="missing-heading" className="mb-2 text-xl font-bold text-slate-900">
            Answered met with no evidence
          </h2>
          {!evaluation?.detail ? (
            <EmptyState title="No self-assessment yet">Start a cycle: this lists the answers that say “met” with nothing behind them.</EmptyState>
          ) : missing.length === 0 ? (
            <EmptyState title="Every met answer here has evidence" />
          ) : (
            <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
              {missing.map((r) => (
                <li key={r.code} className="flex flex-wrap items-center justify-between gap-2 p-3">
                  <span>{r.title}</span>
                  {can.has('evidence:edit') ? (
                    <Link href={`${base}/new?code=${encodeURIComponent(r.code)}`}>
                      Add evidence<span className="sr-only"> for {r.title}</span>
                    </Link>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : shown.length === 0 ? (
        <EmptyState title={filtered ? 'No evidence matches' : 'No evidence yet'}>
          {filtered
            ? 'Try another filter, or clear them.'
            : full
              ? 'Add the records that show your answers hold: a backup restore test, training certificates, the filtering review, the response plan.'
              : 'The school has not shared any evidence with governors yet.'}
        </EmptyState>
      ) : (
        <>
          <h2 className="sr-only">Evidence items</h2>
          <p className="mb-3 text-sm text-slate-700">
            {shown.length} {shown.length === 1 ? 'item' : 'items'}
          </p>
          <EvidenceList items={shown.map((row) => ({ ...row, backs: row.targets.map(targetLabel) }))} href={(id) => `${base}/${id}`} />
        </>
      )}
    </PageContainer>
  );
}
