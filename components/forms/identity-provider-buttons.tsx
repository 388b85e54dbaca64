'use client';

import { signIn } from 'next-auth/react';
import { Button } from '@/components/ui/button';

export function IdentityProviderButtons({ providers, callbackUrl }: { providers: Array<{ id: string; name: string }>; callbackUrl: string }) {
  if (providers.length === 0) return null;
  return (
    <div className="space-y-3">
      {providers.map((provider) => (
        <Button key={provider.id} variant="secondary" className="w-full" onClick={() => void signIn(provider.id, { callbackUrl })}>
          Sign in with {provider.name}
        </Button>
      ))}
      <p className="text-center text-sm text-slate-600">or use your email and password</p>
    </div>
  );
}

// On the invitation page and the account page: the server first records why this provider sign-in
// happens (to accept this invitation, or to link the signed-in account), then the provider opens.
export function InvitationProviderButtons({
  providers,
  action,
  verb = 'Accept with',
  callbackUrl = '/',
}: {
  providers: Array<{ id: string; name: string }>;
  action: () => Promise<{ ok: boolean }>;
  verb?: string;
  callbackUrl?: string;
}) {
  return (
    <div className="space-y-3">
      {providers.map((provider) => (
        <Button
          key={provider.id}
          variant="secondary"
          className="w-full"
          onClick={async () => {
            const started = await action();
            if (started.ok) await signIn(provider.id, { callbackUrl });
          }}
        >
          {verb} {provider.name}
        </Button>
      ))}
    </div>
  );
}
