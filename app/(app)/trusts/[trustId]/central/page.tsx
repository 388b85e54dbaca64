import type { Metadata } from 'next';
import Link from 'next/link';
import { PageContainer } from '@/components/layout/page-container';
import { Badge, EmptyState, PageHeader } from '@/components/ui/page-header';
import { TABLE_SCROLL } from '@/components/ui/table-scroll';
import { ANSWER_LABEL, type AnswerValue } from '@/lib/assessment/answer-options';
import { getCentralServices } from '@/lib/central/central-services';
import { standardCoverage } from '@/lib/central/standard-coverage';
import { formatDate } from '@/lib/dates/format';
import { loadTrustPage } from '@/lib/http/load-page';

export const metadata: Metadata = { title: 'Central services' };

export default async function CentralServicesPage({ params }: { params: Promise<{ trustId: string }> }) {
  const { actor, trust, can } = await loadTrustPage(params);
  const { catalogue, services, answers, schools, differences } = await getCentralServices(actor, trust.id);
  const titles = new Map(catalogue.standards.flatMap((s) => s.requirements.map((r) => [r.code, { title: r.title, slug: s.slug }] as const)));
  return (
    <PageContainer>
      <PageHeader
        title="Central services"
        description="Say which standards, or parts of them, your trust provides for its schools (broadband, filtering, cyber security and IT support often are) and answer them once. Each school covered sees your answer, and can record where it is different."
      />
      <section aria-labelledby="standards-heading" className="mb-10">
        <h2 id="standards-heading" className="mb-3 text-xl font-bold text-slate-900">
          Standards
        </h2>
        <div className={TABLE_SCROLL}>
          <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
            <caption className="sr-only">What the trust provides centrally, by standard</caption>
            <thead className="bg-slate-50">
              <tr>
                {['Standard', 'Provided centrally', 'Schools', 'Answered'].map((heading) => (
                  <th key={heading} scope="col" className="px-4 py-3 font-semibold">
                    {heading}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {catalogue.standards.map((standard) => {
                const coverage = standardCoverage(standard, services);
                const answered = coverage.codes.filter((code) => answers.has(code)).length;
                return (
                  <tr key={standard.slug}>
                    <th scope="row" className="px-4 py-3 font-semibold">
                      <Link href={`/trusts/${trust.id}/central/${standard.slug}`}>{standard.title}</Link>
                    </th>
                    <td className="px-4 py-3">
                      {coverage.mode === 'none'
                        ? '—'
                        : coverage.mode === 'standard'
                          ? 'Whole standard'
                          : `${coverage.codes.length} of ${standard.requirements.length} requirements`}
                    </td>
                    <td className="px-4 py-3">
                      {coverage.mode === 'none' ? '—' : coverage.schoolIds.length === 0 ? 'All' : `${coverage.schoolIds.length} of ${schools.length}`}
                    </td>
                    <td className="px-4 py-3">
                      {coverage.mode === 'none' ? (
                        '—'
                      ) : answered === coverage.codes.length ? (
                        <Badge tone="green">All {answered} answered</Badge>
                      ) : (
                        <Badge tone="amber">
                          {answered} of {coverage.codes.length} answered
                        </Badge>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {can.has('trust:update') ? null : <p className="mt-2 text-sm text-slate-700">Trust admins set these up and answer them.</p>}
      </section>
      <section aria-labelledby="differences-heading">
        <h2 id="differences-heading" className="mb-3 text-xl font-bold text-slate-900">
          Where schools say it is different ({differences.length})
        </h2>
        {differences.length === 0 ? (
          <EmptyState title="No local differences">
            When a school records that a central answer is not right for it, it is listed here with its reason.
          </EmptyState>
        ) : (
          <div className={TABLE_SCROLL}>
            <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
              <caption className="sr-only">Local differences in schools’ open self-assessments</caption>
              <thead className="bg-slate-50">
                <tr>
                  {['School', 'Requirement', 'Trust’s answer', 'School’s answer', 'Why'].map((heading) => (
                    <th key={heading} scope="col" className="px-4 py-3 font-semibold">
                      {heading}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {differences.map((difference) => {
                  const requirement = titles.get(difference.requirementCode);
                  const trustAnswer = answers.get(difference.requirementCode);
                  return (
                    <tr key={`${difference.assessment.id}-${difference.requirementCode}`}>
                      <th scope="row" className="px-4 py-3 font-semibold">
                        {difference.assessment.school.name}
                      </th>
                      <td className="px-4 py-3">
                        {requirement ? (
                          <Link href={`/schools/${difference.assessment.school.id}/assessments/${difference.assessment.id}/${requirement.slug}`}>
                            {requirement.title}
                          </Link>
                        ) : (
                          difference.requirementCode
                        )}
                      </td>
                      <td className="px-4 py-3">{trustAnswer ? ANSWER_LABEL[trustAnswer.value as AnswerValue] : 'Not answered'}</td>
                      <td className="px-4 py-3">{ANSWER_LABEL[difference.value as AnswerValue]}</td>
                      <td className="px-4 py-3">
                        {difference.localReason}
                        <span className="block text-xs text-slate-600">{formatDate(difference.updatedAt)}</span>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </PageContainer>
  );
}
