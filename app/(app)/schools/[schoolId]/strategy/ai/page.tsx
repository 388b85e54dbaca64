import type { Metadata } from 'next';
import Link from 'next/link';
import { AiDecisionsForm } from '@/components/ai-tools/ai-decisions-form';
import { PageContainer } from '@/components/layout/page-container';
import { SuccessNotice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { getAiPolicy } from '@/lib/ai-tools/manage-ai-policy';
import { loadOr404, loadSchoolPage } from '@/lib/http/load-page';
import { saveAiPolicyAction } from '../actions';

export const metadata: Metadata = { title: 'AI decisions' };

// Safe starting answers: staff use approved tools for planning and resources, pupils only with a
// teacher, AI use declared, staff trained before use, reviewed every year.
const STARTING_ANSWERS: Record<string, string> = {
  staffUses: 'planning\nresources',
  'pupil:primary': 'teacher-led',
  'pupil:secondary': 'teacher-led',
  'pupil:sixth-form': 'teacher-led',
  integrity: 'declare',
  training: 'before-use',
  review: 'yearly',
};

export default async function AiDecisionsPage({ params, searchParams }: { params: Promise<{ schoolId: string }>; searchParams: Promise<{ saved?: string }> }) {
  const { saved } = await searchParams;
  const { actor, school } = await loadSchoolPage(params, 'strategy:edit');
  const policy = await loadOr404(() => getAiPolicy(actor, school.id));
  const defaults = policy.decisions
    ? {
        staffUses: policy.decisions.staffUses.join('\n'),
        ...Object.fromEntries(Object.entries(policy.decisions.pupils).map(([band, use]) => [`pupil:${band}`, use])),
        integrity: policy.decisions.integrity,
        training: policy.decisions.training,
        review: policy.decisions.review,
      }
    : STARTING_ANSWERS;
  return (
    <PageContainer>
      {saved ? (
        <SuccessNotice>Saved, and the strategy’s AI section now says what you decided. Review the wording in the strategy before publishing.</SuccessNotice>
      ) : null}
      <PageHeader
        caption="Digital strategy"
        title="AI decisions"
        description="Questions for the leadership team and governors to agree. The answers draft the strategy’s section on AI in plain words: neither a ban, which leaves pupils and staff to use AI unguided, nor use without rules."
      />
      <AiDecisionsForm
        action={saveAiPolicyAction}
        hidden={{ schoolId: school.id, version: String(policy.version) }}
        defaults={defaults}
        bands={policy.context.bands}
      />
      {policy.draft ? (
        <section aria-labelledby="ai-draft" className="mt-10 max-w-3xl">
          <h2 id="ai-draft" className="mb-2 text-xl font-bold text-slate-900">
            What the strategy says
          </h2>
          <div className="space-y-3 rounded-md border border-slate-200 bg-white p-4 text-slate-900">
            {policy.draft.split('\n\n').map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
          </div>
          <p className="mt-3 text-sm">
            <Link href={`/schools/${school.id}/strategy#aiStance`}>Edit the wording in the strategy</Link> ·{' '}
            <Link href={`/schools/${school.id}/ai-tools`}>See the AI tool register</Link>
          </p>
        </section>
      ) : null}
    </PageContainer>
  );
}
