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
