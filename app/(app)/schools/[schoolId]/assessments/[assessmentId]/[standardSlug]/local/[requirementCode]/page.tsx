import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LocalDifferenceForm } from '@/components/central/local-difference-form';
import { trustAnswerLine } from '@/components/central/trust-answer-card';
import { PageContainer } from '@/components/layout/page-container';
import { Card, PageHeader } from '@/components/ui/page-header';
import { getAssessment } from '@/lib/assessment/get-assessments';
import { loadOr404, loadSchoolPage } from '@/lib/http/load-page';
import { idParam } from '@/lib/http/route-params';
import { recordLocalDifferenceAction } from '../../../../actions';

export const metadata: Metadata = { title: 'This is different here' };

export default async function LocalDifferencePage({
  params,
}: {
  params: Promise<{ schoolId: string; assessmentId: string; standardSlug: string; requirementCode: string }>;
}) {
  const { assessmentId, standardSlug, requirementCode } = await params;
  const { actor, school } = await loadSchoolPage(params, 'assessment:edit');
  const { assessment, catalogue, answers, effective, central, trustName } = await loadOr404(() =>
    getAssessment(actor, school.id, idParam(assessmentId, 'That assessment')),
  );
  const code = decodeURIComponent(requirementCode);
  const standard = catalogue.find((s) => s.slug === standardSlug);
  const requirement = standard?.requirements.find((r) => r.code === code);
  const origin = effective.get(code)?.origin;
  // Only for a draft, and only where the trust answers this requirement for the school.
  if (assessment.status !== 'DRAFT' || !standard || !requirement || (origin !== 'TRUST' && origin !== 'LOCAL')) notFound();
  const own = answers.get(code);
  const trust = central?.answers.get(code) ?? null;
  const back = `/schools/${school.id}/assessments/${assessment.id}/${standard.slug}`;
  return (
    <PageContainer>
      <PageHeader caption={`${standard.title} · ${school.name}`} title="This is different here" description={requirement.question} />
      <div className="grid gap-8 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <LocalDifferenceForm
            action={recordLocalDifferenceAction}
            hidden={{ schoolId: school.id, assessmentId: assessment.id, standardSlug: standard.slug, code, version: String(own?.version ?? 0) }}
            defaults={{
              value: origin === 'LOCAL' ? (own?.value ?? '') : '',
              reason: origin === 'LOCAL' ? (own?.notApplicableReason ?? '') : '',
              note: origin === 'LOCAL' ? (own?.evidenceNote ?? '') : '',
              localReason: own?.localReason ?? '',
            }}
            cancelHref={back}
          />
        </div>
        <Card title={`${trustName ?? 'Your trust'}’s answer`}>
          {trust ? (
            <>
              <p>{trustAnswerLine(trust)}</p>
              {trust.evidenceNote ? <p className="mt-2 text-sm text-slate-700">Evidence: {trust.evidenceNote}</p> : null}
            </>
          ) : (
            <p>Not answered yet.</p>
          )}
          <p className="mt-3 text-sm text-slate-700">
            Your answer counts for your school instead of the trust’s, until you choose to use the trust’s answer again.
          </p>
        </Card>
      </div>
    </PageContainer>
  );
}
