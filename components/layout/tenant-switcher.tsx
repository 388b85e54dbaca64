import type { TenantChoice } from '@/lib/tenancy/list-my-tenants';

// A disclosure of plain links: works with keyboard and without JavaScript.
export function TenantSwitcher({ tenants, isPlatformAdmin }: { tenants: TenantChoice[]; isPlatformAdmin: boolean }) {
  if (tenants.length === 0 && !isPlatformAdmin) return null;
  return (
    <details className="group relative">
      <summary className="flex cursor-pointer list-none items-center gap-2 rounded-md border border-brand-600 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-800">
        Switch organisation
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 transition group-open:rotate-180" fill="currentColor">
          <path d="M5.5 7.5 10 12l4.5-4.5" stroke="currentColor" strokeWidth="2" fill="none" />
        </svg>
      </summary>
      <nav aria-label="Your organisations" className="absolute left-0 z-20 mt-2 w-80 rounded-md border border-slate-200 bg-white p-2 shadow-lg">
        <ul className="space-y-1">
          {isPlatformAdmin ? (
            <li>
              <a href="/admin" className="block rounded px-3 py-2 text-sm text-slate-900 no-underline hover:bg-slate-100">
                <span className="font-semibold">Platform administration</span>
                <span className="block text-xs text-slate-600">All trusts and schools</span>
              </a>
            </li>
          ) : null}
          {tenants.map((tenant) => (
            <li key={`${tenant.kind}:${tenant.id}`}>
              <a href={tenant.href} className="block rounded px-3 py-2 text-sm text-slate-900 no-underline hover:bg-slate-100">
                <span className="font-semibold">{tenant.name}</span>
                <span className="block text-xs text-slate-600">
                  {tenant.roleLabel}
                  {tenant.context ? ` · ${tenant.context}` : ''}
                </span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </details>
  );
}
