import { TenantNav } from '@/components/layout/tenant-nav';
import { loadTrustPage } from '@/lib/http/load-page';

export default async function TrustLayout({ children, params }: { children: React.ReactNode; params: Promise<{ trustId: string }> }) {
  const { trust, can } = await loadTrustPage(params, 'trust:read', { record: false });
  const base = `/trusts/${trust.id}`;
  const items = [
    { href: base, label: 'Schools', exact: true },
    { href: `${base}/comparison`, label: 'Compare schools', document: true },
    { href: `${base}/central`, label: 'Central services' },
    { href: `${base}/actions`, label: 'Trust actions' },
    { href: `${base}/roadmap`, label: 'Roadmap' },
    { href: `${base}/registers`, label: 'Registers' },
    ...(can.has('evidence:read') ? [{ href: `${base}/readiness`, label: 'Readiness' }] : []),
    ...(can.has('member:read') ? [{ href: `${base}/people`, label: 'People' }] : []),
    ...(can.has('adviser:grant') ? [{ href: `${base}/advisers`, label: 'Advisers' }] : []),
    ...(can.has('audit:read') ? [{ href: `${base}/audit`, label: 'Audit log' }] : []),
  ];
  return (
    <>
      <div className="border-b border-slate-200 bg-white">
        <div className="mx-auto max-w-6xl px-4 pt-6">
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Trust</p>
          <p className="text-xl font-bold text-slate-900">{trust.name}</p>
        </div>
      </div>
      <TenantNav label={`${trust.name} sections`} items={items} />
      {children}
    </>
  );
}
