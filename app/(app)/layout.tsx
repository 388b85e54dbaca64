import { SiteFooter } from '@/components/layout/site-footer';
import { AppHeader } from '@/components/layout/app-header';
import { requireActor } from '@/lib/auth/session';
import { listMyTenants } from '@/lib/tenancy/list-my-tenants';

export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  const tenants = await listMyTenants(actor);
  return (
    <div className="flex min-h-screen flex-col">
      <AppHeader userName={actor.name} tenants={tenants} isPlatformAdmin={actor.isPlatformAdmin} />
      <div id="main" className="flex-1">
        {children}
      </div>
      <SiteFooter />
    </div>
  );
}
