import Link from 'next/link';
import { TenantNav } from '@/components/layout/tenant-nav';
import { Badge } from '@/components/ui/page-header';
import { loadSchoolPage } from '@/lib/http/load-page';

export default async function SchoolLayout({ children, params }: { children: React.ReactNode; params: Promise<{ schoolId: string }> }) {
  const { school, can } = await loadSchoolPage(params, 'school:read', { record: false });
  const base = `/schools/${school.id}`;
  const items = [
    { href: base, label: 'Overview', exact: true },
    ...(can.has('assessment:read') ? [{ href: `${base}/purpose`, label: 'Purpose' }] : []),
    ...(can.has('assessment:read-completed') ? [{ href: `${base}/assessments`, label: 'Self-assessment' }] : []),
    ...(can.has('assessment:read') ? [{ href: `${base}/priorities`, label: 'Priorities' }] : []),
    ...(can.has('assessment:read') ? [{ href: `${base}/plan`, label: 'Action plan' }] : []),
    ...(can.has('register:read') ? [{ href: `${base}/roadmap`, label: 'Roadmap' }] : []),
    ...(can.has('register:read') ? [{ href: `${base}/registers`, label: 'Registers' }] : []),
    ...(can.has('register:read') ? [{ href: `${base}/ai-tools`, label: 'AI tools' }] : []),
    ...(can.has('evidence:read') || can.has('evidence:read-shared') ? [{ href: `${base}/evidence`, label: 'Evidence' }] : []),
    ...(can.has('evidence:read') ? [{ href: `${base}/readiness`, label: 'Readiness' }] : []),
    ...(can.has('strategy:read-published') ? [{ href: `${base}/strategy`, label: 'Strategy' }] : []),
    ...(can.has('school:update') || can.has('school:archive') ? [{ href: `${base}/edit`, label: 'School details' }] : []),
    ...(can.has('member:read') ? [{ href: `${base}/people`, label: 'People' }] : []),
    ...(can.has('adviser:grant') ? [{ href: `${base}/advisers`, label: 'Advisers' }] : []),
    ...(can.has('audit:read') ? [{ href: `${base}/audit`, label: 'Audit log' }] : []),
  ];
  return (
    <>
      <div className="border-b border-slate-200 bg-white">
        <div className="mx-auto max-w-6xl px-4 pt-6">
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">
            {school.trust ? (
              can.has('trust:read') ? (
                <Link href={`/trusts/${school.trust.id}`}>{school.trust.name}</Link>
              ) : (
                school.trust.name
              )
            ) : (
              'Standalone school'
            )}
          </p>
          <p className="flex flex-wrap items-center gap-3 text-xl font-bold text-slate-900">
            {school.name}
            {school.archivedAt ? <Badge tone="amber">Archived</Badge> : null}
          </p>
        </div>
      </div>
      <TenantNav label={`${school.name} sections`} items={items} />
      {children}
    </>
  );
}
