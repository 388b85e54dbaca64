'use client';

import { signIn } from 'next-auth/react';
import { useState, type FormEvent } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import type { FormState } from '@/lib/actions/form-state';

function validate(email: string, password: string): FormState['fieldErrors'] {
  const errors: Record<string, string[]> = {};
  if (!email.trim()) errors.email = ['Enter your email address'];
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) errors.email = ['Enter an email address in the correct format, like name@school.org.uk'];
  if (!password) errors.password = ['Enter your password'];
  return Object.keys(errors).length ? errors : undefined;
}

export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string }) {
  const [email, setEmail] = useState('');
  const [pending, setPending] = useState(false);
  const [state, setState] = useState<FormState>(initialError ? { status: 'error', message: initialError } : { status: 'idle' });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get('password') ?? '');
    const fieldErrors = validate(email, password);
    if (fieldErrors) {
      setState({ status: 'error', message: 'There is a problem: check the fields marked below.', fieldErrors });
      return;
    }
    setPending(true);
    const result = await signIn('credentials', { email: email.trim(), password, redirect: false });
    if (result?.ok && !result.error) {
      // A full page load, so every part of the page is rendered for the signed-in person.
      window.location.assign(callbackUrl);
      return;
    }
    setPending(false);
    setState({ status: 'error', message: result?.error && result.error !== 'CredentialsSignin' ? result.error : 'Sign-in failed. Please try again.' });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-describedby="sign-in-help">
      <FormMessage state={state} />
      <TextField
        label="Email address"
        name="email"
        type="email"
        autoComplete="username"
        spellCheck={false}
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        errors={state.fieldErrors?.email}
      />
      <TextField label="Password" name="password" type="password" autoComplete="current-password" errors={state.fieldErrors?.password} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? 'Signing in…' : 'Sign in'}
      </Button>
      <p className="text-sm">
        <a href="/forgot-password" className="font-semibold">
          Forgot your password?
        </a>
      </p>
      <p id="sign-in-help" className="text-sm text-slate-600">
        New to Waypoint? Ask your trust or school administrator for an invitation.
      </p>
    </form>
  );
}
