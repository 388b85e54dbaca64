'use client';

import { signOut } from 'next-auth/react';
import { useState } from 'react';

export function SignOutButton() {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signOut({ callbackUrl: '/sign-in?signedOut=1' });
      }}
      className="rounded-md px-3 py-2 text-sm font-semibold text-white hover:bg-brand-800"
    >
      {pending ? 'Signing out…' : 'Sign out'}
    </button>
  );
}
