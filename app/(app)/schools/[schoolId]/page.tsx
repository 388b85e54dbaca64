import type { Metadata } from 'next';
import { SuccessNotice } from '@/components/ui/notice';
import { PageContainer } from '@/components/layout/page-container';
import { Card, PageHeader } from '@/components/ui/page-header';
import { requireActor } from '@/lib/auth/session';
import { loadOr404 } from '@/lib/http/page-guard';
import { getSchool } from '@/lib/schools/get-school';
import { PHASE_LABEL, TYPE_LABEL } from '@/lib/schools/school-options';
import { getCapabilities } from '@/lib/tenancy/capabilities';

export const metadata: Metadata = { title: 'School overview' };

export default async function SchoolOverviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ schoolId: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const [{ schoolId }, { created }] = await Promise.all([params, searchParams]);
  const actor = await requireActor();
  const school = await loadOr404(() => getSchool(actor, schoolId));
  const can = await getCapabilities(actor, { kind: 'school', id: school.id }, school.trustId);
  const details: Array<[string, string]> = [
    ['URN', school.urn],
    ['Phase', PHASE_LABEL[school.phase]],
    ['Type', TYPE_LABEL[school.type]],
    ['Local authority', school.localAuthority],
    ['Trust', school.trust?.name ?? 'None (standalone school)'],
  ];
  return (
    <PageContainer>
      {created ? (
        <SuccessNotice>{school.name} has been added. Next, invite its leaders from the People tab.</SuccessNotice>
      ) : null}
      <PageHeader
        title="Overview"
        description="Where this school stands against the DfE digital and technology standards, and what it plans to do next."
      />
      <div className="grid gap-6 md:grid-cols-2">
        <Card title="School details">
          <dl className="divide-y divide-slate-100">
            {details.map(([term, value]) => (
              <div key={term} className="grid grid-cols-3 gap-4 py-2 text-sm">
                <dt className="font-semibold text-slate-700">{term}</dt>
                <dd className="col-span-2 text-slate-900">{value}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card title="Your part">
          <ul className="list-disc space-y-2 pl-5 text-sm text-slate-800">
            {can.has('assessment:edit') ? <li>You can answer the school’s self-assessment.</li> : null}
            {can.has('strategy:edit') ? <li>You can write and publish the school’s digital strategy.</li> : null}
            {can.has('member:invite') ? <li>You can invite and manage the school’s people.</li> : null}
            {can.has('strategy:read-published') ? <li>You can read the school’s published digital strategy.</li> : null}
          </ul>
        </Card>
      </div>
    </PageContainer>
  );
}
