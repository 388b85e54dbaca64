import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { MaturityBadge } from '@/components/assessment/maturity-badge';
import { EvidenceBlock, StandardAnswerForm, type FormAnswer } from '@/components/assessment/standard-answer-form';
import { evidenceByAnswer, type AnswerEvidence } from '@/lib/evidence/answer-evidence';
import { PageContainer } from '@/components/layout/page-container';
import { Badge, PageHeader } from '@/components/ui/page-header';
import { ANSWER_LABEL, type AnswerValue } from '@/lib/assessment/answer-options';
import { getAssessment } from '@/lib/assessment/get-assessments';
import { autosaveAnswerAction, clearLocalDifferenceAction, saveAnswersAction } from '../../actions';
import { TrustAnswerCard } from '@/components/central/trust-answer-card';
import { loadOr404, loadSchoolPage } from '@/lib/http/load-page';
import { FailingAiToolsNotice } from '@/components/ai-tools/failing-tools-notice';
import { listAiTools } from '@/lib/ai-tools/manage-ai-tools';
import { idParam } from '@/lib/http/route-params';
import { londonToday } from '@/lib/dates/format';
import { CHECKED_STANDARDS, findContradictions } from '@/lib/roadmap/contradictions';
import { toRoadmapKit } from '@/lib/roadmap/get-school-roadmap';
import { listSchoolRegisters } from '@/lib/registers/list-registers';

export const metadata: Metadata = { title: 'Assess a standard' };

// A drill-down from the trust comparison keeps its way back, filters and sort included. Only a
// comparison address is accepted, so the link cannot be pointed anywhere else.
const COMPARISON_PATH = /^\/trusts\/[a-z0-9]{1,40}\/comparison(\?[A-Za-z0-9=&%:._-]{0,300})?$/;

export default async function StandardPage({
  params,
  searchParams,
}: {
  params: Promise<{ schoolId: string; assessmentId: string; standardSlug: string }>;
  searchParams: Promise<{ from?: string | string[]; gaps?: string | string[] }>;
}) {
  const [{ assessmentId, standardSlug }, query] = await Promise.all([params, searchParams]);
  const from = typeof query.from === 'string' && COMPARISON_PATH.test(query.from) ? query.from : null;
  const gapsOnly = query.gaps === '1';
  const { actor, school, can } = await loadSchoolPage(params, 'assessment:read-completed');
  const [{ assessment, catalogue, answers, effective, values, central, trustName, evaluation }, registers, aiTools] = await Promise.all([
    loadOr404(() => getAssessment(actor, school.id, idParam(assessmentId, 'That assessment'))),
    CHECKED_STANDARDS.has(standardSlug) ? listSchoolRegisters(actor, school.id) : { kit: [] },
    // The filtering and monitoring review covers the AI tools pupils and staff use.
    standardSlug === 'filtering-and-monitoring' && can.has('register:read') ? listAiTools(actor, school.id) : Promise.resolve([]),
  ]);
  const readsEvidence = can.has('evidence:read') || can.has('evidence:read-shared');
  const evidence = readsEvidence
    ? await evidenceByAnswer(actor, school.id, { status: assessment.status, answers }, londonToday())
    : new Map<string, AnswerEvidence[]>();
  // Register facts that contradict a saved "met" answer, shown beside that question.
  const registerNotes = new Map(findContradictions(values, registers.kit.map(toRoadmapKit), londonToday()).map((c) => [c.requirementCode, c.message]));
  const index = catalogue.findIndex((s) => s.slug === standardSlug);
  const standard = catalogue[index];
  if (!standard) notFound();
  const result = evaluation.standards[index]!.result;
  const editable = assessment.status === 'DRAFT' && can.has('assessment:edit');
  const base = `/schools/${school.id}/assessments/${assessment.id}`;
  const evidenceFor = (code: string) =>
    readsEvidence
      ? {
          items: evidence.get(code) ?? [],
          addHref:
            assessment.status === 'DRAFT' && can.has('evidence:edit')
              ? `/schools/${school.id}/evidence/new?code=${encodeURIComponent(code)}&back=${encodeURIComponent(`${base}/${standardSlug}`)}`
              : null,
        }
      : undefined;
  // Requirements the trust has answered (or the school answered differently): shown apart, read-only.
  const fromTrust = (code: string) => ['TRUST', 'LOCAL'].includes(effective.get(code)?.origin ?? '');
  const trustAnswered = editable ? standard.requirements.filter((r) => fromTrust(r.code)) : [];
  const ownRequirements = editable ? standard.requirements.filter((r) => !fromTrust(r.code)) : standard.requirements;
  const awaiting = standard.requirements.filter((r) => effective.get(r.code)?.origin === 'AWAITING_TRUST').length;
  const previousStandard = catalogue[index - 1];
  const nextStandard = catalogue[index + 1];

  const formAnswers: Record<string, FormAnswer> = Object.fromEntries(
    [...answers.values()].map((a) => [
      a.requirementCode,
      { value: a.value, reason: a.notApplicableReason ?? '', note: a.evidenceNote ?? '', links: a.evidenceLinks.join('\n'), version: a.version },
    ]),
  );

  return (
    <PageContainer>
      <nav aria-label="Breadcrumb" className="mb-4 flex flex-wrap gap-x-6 text-sm">
        {from ? (
          <Link href={from} className="font-semibold">
            ← Back to compare schools
          </Link>
        ) : null}
        <span>
          <Link href={base}>{assessment.cycleLabel} cycle</Link> <span aria-hidden="true">›</span> {standard.title}
        </span>
      </nav>
      <PageHeader
        caption={standard.core ? 'Core standard' : 'Standard'}
        title={standard.title}
        description={
          <>
            <p>{standard.summary}</p>
            <p className="mt-2 text-sm">
              {standard.timing.text}.{' '}
              <a href={standard.sourceUrl} target="_blank" rel="noreferrer">
                Read the DfE standard<span className="sr-only"> (opens in a new tab)</span>
              </a>
            </p>
          </>
        }
        actions={
          <div className="text-right">
            <p className="text-3xl font-bold tabular-nums text-slate-900">{result.score === null ? '—' : `${result.score}%`}</p>
            <MaturityBadge maturity={result.maturity} />
            <p className="mt-1 text-sm text-slate-700">
              {result.answered} of {result.total} answered
            </p>
          </div>
        }
      />
      <FailingAiToolsNotice tools={aiTools} base={`/schools/${school.id}/ai-tools`} />
      {trustAnswered.length > 0 ? (
        <section aria-labelledby="trust-answers-heading" className="mb-8">
          <h2 id="trust-answers-heading" className="mb-1 text-xl font-bold text-slate-900">
            Answered by {trustName ?? 'your trust'}
          </h2>
          <p className="mb-3 text-slate-700">
            Your trust provides these centrally and answers them for its schools. If it is different at your school, say so and why.
          </p>
          <ol className="space-y-4">
            {trustAnswered.map((requirement) => {
              const own = answers.get(requirement.code);
              const trust = central?.answers.get(requirement.code) ?? null;
              return (
                <TrustAnswerCard
                  key={requirement.code}
                  number={standard.requirements.indexOf(requirement) + 1}
                  title={requirement.title}
                  question={requirement.question}
                  trust={trust}
                  local={
                    effective.get(requirement.code)?.origin === 'LOCAL' && own?.localReason
                      ? { value: own.value as AnswerValue, localReason: own.localReason }
                      : null
                  }
                  differentHref={`${base}/${standard.slug}/local/${encodeURIComponent(requirement.code)}`}
                  useTrustAction={clearLocalDifferenceAction}
                  hidden={{ schoolId: school.id, assessmentId: assessment.id, standardSlug: standard.slug, code: requirement.code }}
                />
              );
            })}
          </ol>
        </section>
      ) : null}
      {editable && awaiting > 0 ? (
        <p className="mb-6 rounded-md border border-slate-300 bg-white p-4 text-slate-800">
          {trustName ?? 'Your trust'} provides {awaiting === 1 ? 'one of these questions' : `${awaiting} of these questions`} centrally and has not answered{' '}
          {awaiting === 1 ? 'it' : 'them'} yet. Ask your trust, or answer {awaiting === 1 ? 'it' : 'them'} yourselves meanwhile: the trust’s answer replaces
          yours when it comes.
        </p>
      ) : null}
      {editable && ownRequirements.length === 0 ? null : editable ? (
        <StandardAnswerForm
          action={saveAnswersAction}
          autosave={autosaveAnswerAction}
          initialScore={{ score: result.score === null ? '' : String(result.score), answered: String(result.answered), total: String(result.total) }}
          hidden={{ assessmentId: assessment.id }}
          standardSlug={standard.slug}
          hasNext={Boolean(nextStandard)}
          nextSlug={nextStandard?.slug}
          answers={formAnswers}
          requirements={ownRequirements.map((r) => ({
            code: r.code,
            title: r.title,
            question: r.question,
            hint: r.hint,
            expectation: r.expectation,
            timingText: r.timing.text,
            sourceUrl: r.sourceUrl,
            source: r.source,
            changedSinceAnswered: Boolean(answers.get(r.code) && answers.get(r.code)!.requirementHash !== r.contentHash),
            registerNote: registerNotes.get(r.code) ?? null,
            evidence: evidenceFor(r.code),
          }))}
        />
      ) : (
        <>
          <p className="mb-4 text-sm">
            {gapsOnly ? (
              <Link href={`${base}/${standard.slug}${from ? `?from=${encodeURIComponent(from)}` : ''}`}>Show every requirement</Link>
            ) : (
              <Link href={`${base}/${standard.slug}?gaps=1${from ? `&from=${encodeURIComponent(from)}` : ''}`}>Show only what is not met</Link>
            )}
          </p>
          <ol className="space-y-4">
            {standard.requirements.map((requirement, i) => {
              const answer = answers.get(requirement.code);
              // What counts: in a draft, the trust's answer where it provides this centrally.
              const counted = effective.get(requirement.code);
              const value = counted?.value ?? null;
              // "Gaps only": not met, partly met, not sure, or not answered.
              if (gapsOnly && (value === 'MET' || value === 'NOT_APPLICABLE')) return null;
              return (
                <li key={requirement.code} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
                  <h2 className="text-lg font-bold text-slate-900">
                    {i + 1}. {requirement.title}
                  </h2>
                  <p className="mt-1 text-slate-800">{requirement.question}</p>
                  <p className="mt-2">
                    <Badge tone={value === 'MET' ? 'green' : value ? 'amber' : 'slate'}>{value ? ANSWER_LABEL[value] : 'Not answered'}</Badge>
                    {counted?.origin === 'TRUST' ? <span className="ml-2 text-sm text-slate-700">Answered by the trust</span> : null}
                    {counted?.origin === 'LOCAL' ? <span className="ml-2 text-sm text-slate-700">Different here: {answer?.localReason}</span> : null}
                  </p>
                  {answer?.notApplicableReason ? <p className="mt-2 text-sm text-slate-700">Why not applicable: {answer.notApplicableReason}</p> : null}
                  {answer?.evidenceNote ? <p className="mt-2 text-sm text-slate-700">Evidence notes: {answer.evidenceNote}</p> : null}
                  {evidenceFor(requirement.code) ? <EvidenceBlock title={requirement.title} {...evidenceFor(requirement.code)!} /> : null}
                </li>
              );
            })}
          </ol>
        </>
      )}
      <nav aria-label="Other standards" className="mt-8 flex flex-wrap justify-between gap-4 text-sm font-semibold">
        {previousStandard ? <Link href={`${base}/${previousStandard.slug}`}>← {previousStandard.title}</Link> : <span />}
        {nextStandard ? <Link href={`${base}/${nextStandard.slug}`}>{nextStandard.title} →</Link> : null}
      </nav>
    </PageContainer>
  );
}
