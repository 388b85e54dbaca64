import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CoverageForm } from '@/components/central/coverage-form';
import { trustAnswerLine } from '@/components/central/trust-answer-card';
import { StandardAnswerForm, type FormAnswer } from '@/components/assessment/standard-answer-form';
import { PageContainer } from '@/components/layout/page-container';
import { Card, EmptyState, PageHeader } from '@/components/ui/page-header';
import { getCentralServices } from '@/lib/central/central-services';
import { standardCoverage } from '@/lib/central/standard-coverage';
import { loadTrustPage } from '@/lib/http/load-page';
import { autosaveCentralAnswerAction, saveCentralAnswersAction, setCoverageAction } from '../actions';
import type { AnswerValue } from '@/lib/assessment/answer-options';

export const metadata: Metadata = { title: 'Central service' };

export default async function CentralStandardPage({ params }: { params: Promise<{ trustId: string; standardSlug: string }> }) {
  const { standardSlug } = await params;
  const { actor, trust, can } = await loadTrustPage(params);
  const { catalogue, services, answers, schools } = await getCentralServices(actor, trust.id);
  const standard = catalogue.standards.find((s) => s.slug === standardSlug);
  if (!standard) notFound();
  const coverage = standardCoverage(standard, services);
  const covered = standard.requirements.filter((r) => coverage.codes.includes(r.code));
  const editable = can.has('trust:update');
  const formAnswers: Record<string, FormAnswer> = Object.fromEntries(
    covered.flatMap((r) => {
      const a = answers.get(r.code);
      return a
        ? [[r.code, { value: a.value, reason: a.notApplicableReason ?? '', note: a.evidenceNote ?? '', links: a.evidenceLinks.join('\n'), version: a.version }]]
        : [];
    }),
  );
  return (
    <PageContainer>
      <nav aria-label="Breadcrumb" className="mb-4 text-sm">
        <Link href={`/trusts/${trust.id}/central`}>Central services</Link> <span aria-hidden="true">›</span> {standard.title}
      </nav>
      <PageHeader caption="Central service" title={standard.title} description={standard.summary} />
      {editable ? (
        <div className="mb-10">
          <Card title="What your trust provides">
            <CoverageForm
              action={setCoverageAction}
              hidden={{ trustId: trust.id, standardSlug: standard.slug }}
              requirements={standard.requirements.map((r) => ({ code: r.code, title: r.title }))}
              schools={schools}
              current={coverage}
            />
          </Card>
        </div>
      ) : null}
      <section aria-labelledby="answers-heading">
        <h2 id="answers-heading" className="mb-3 text-xl font-bold text-slate-900">
          The trust’s answers
        </h2>
        {covered.length === 0 ? (
          <EmptyState title="Nothing provided centrally in this standard">Each school answers it for itself.</EmptyState>
        ) : editable ? (
          <StandardAnswerForm
            action={saveCentralAnswersAction}
            autosave={autosaveCentralAnswerAction}
            hidden={{ trustId: trust.id }}
            standardSlug={standard.slug}
            initialScore={{ score: '', answered: '0', total: '0' }}
            hasNext={false}
            answers={formAnswers}
            requirements={covered.map((r) => ({
              code: r.code,
              title: r.title,
              question: r.question,
              hint: r.hint,
              expectation: r.expectation,
              timingText: r.timing.text,
              sourceUrl: r.sourceUrl,
              source: r.source,
              changedSinceAnswered: Boolean(answers.get(r.code) && answers.get(r.code)!.requirementHash !== r.contentHash),
            }))}
          />
        ) : (
          <ol className="space-y-4">
            {covered.map((r, i) => {
              const a = answers.get(r.code);
              return (
                <li key={r.code} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
                  <h3 className="text-lg font-bold text-slate-900">
                    {i + 1}. {r.title}
                  </h3>
                  <p className="mt-1">
                    {a
                      ? trustAnswerLine({
                          value: a.value as AnswerValue,
                          evidenceNote: a.evidenceNote,
                          updatedByName: a.updatedBy?.name ?? null,
                          updatedAt: a.updatedAt,
                        })
                      : 'Not answered yet'}
                  </p>
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </PageContainer>
  );
}
