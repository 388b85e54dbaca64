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
      <footer className="border-t border-slate-200 bg-white py-6 text-center text-sm text-slate-600">
        Waypoint · planning digital strategy against the DfE digital and technology standards
      </footer>
    </div>
  );
}
