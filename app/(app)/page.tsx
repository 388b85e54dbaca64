import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { PageContainer } from '@/components/layout/page-container';
import { EmptyState, PageHeader } from '@/components/ui/page-header';
import { requireActor } from '@/lib/auth/session';
import { listMyTenants } from '@/lib/tenancy/list-my-tenants';

export const metadata: Metadata = { title: 'Home' };

// Sends each person to the right home: one organisation goes straight there; several get a choice.
export default async function HomePage() {
  const actor = await requireActor();
  const tenants = await listMyTenants(actor);
  if (actor.isPlatformAdmin && tenants.length === 0) redirect('/admin');
  if (!actor.isPlatformAdmin && tenants.length === 1) redirect(tenants[0]!.href);

  return (
    <PageContainer>
      <PageHeader title={`Welcome, ${actor.name}`} description="Choose where you want to work." />
      {tenants.length === 0 ? (
        <EmptyState title="You are not a member of any trust or school yet">
          Ask your trust or school administrator to invite you. If you were removed by mistake, they can invite you again.
        </EmptyState>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {actor.isPlatformAdmin ? (
            <li>
              <a href="/admin" className="block rounded-lg border border-slate-200 bg-white p-6 no-underline shadow-sm hover:border-brand-600">
                <span className="block text-lg font-bold text-slate-900">Platform administration</span>
                <span className="text-sm text-slate-700">All trusts and standalone schools</span>
              </a>
            </li>
          ) : null}
          {tenants.map((tenant) => (
            <li key={`${tenant.kind}:${tenant.id}`}>
              <a href={tenant.href} className="block rounded-lg border border-slate-200 bg-white p-6 no-underline shadow-sm hover:border-brand-600">
                <span className="block text-lg font-bold text-slate-900">{tenant.name}</span>
                <span className="text-sm text-slate-700">
                  {tenant.kind === 'trust' ? 'Trust' : 'School'} · {tenant.roleLabel}
                  {tenant.context ? ` · ${tenant.context}` : ''}
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </PageContainer>
  );
}
