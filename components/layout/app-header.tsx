import Link from 'next/link';
import type { TenantChoice } from '@/lib/tenancy/list-my-tenants';
import { Logo } from './logo';
import { SignOutButton } from './sign-out-button';
import { TenantSwitcher } from './tenant-switcher';

export function AppHeader({ userName, tenants, isPlatformAdmin }: { userName: string; tenants: TenantChoice[]; isPlatformAdmin: boolean }) {
  return (
    <header className="bg-brand-900 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <div className="flex items-center gap-6">
          <Link href="/" className="no-underline hover:no-underline">
            <Logo />
            <span className="sr-only"> home</span>
          </Link>
          <TenantSwitcher tenants={tenants} isPlatformAdmin={isPlatformAdmin} />
        </div>
        <div className="flex items-center gap-2">
          <Link href="/account" className="rounded-md px-3 py-2 text-sm font-semibold text-white no-underline hover:bg-brand-800 hover:text-white">
            <span className="sr-only">Your account: </span>
            {userName}
          </Link>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
