import type { Metadata } from 'next';
import { ResetPasswordForm } from '@/components/forms/password-reset-forms';
import { RESET_UNUSABLE, isUsableResetToken } from '@/lib/account/password-reset';
import { resetPasswordAction } from './actions';

export const metadata: Metadata = { title: 'Choose a new password', referrer: 'no-referrer' };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!(await isUsableResetToken(token))) {
    return (
      <div className="rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
        <h1 className="text-2xl font-bold text-slate-900">This link cannot be used</h1>
        <p className="mt-4 text-slate-700">{RESET_UNUSABLE}</p>
        <p className="mt-6">
          <a href="/forgot-password" className="font-semibold">
            Ask for a new link
          </a>
        </p>
      </div>
    );
  }
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
      <h1 className="text-2xl font-bold text-slate-900">Choose a new password</h1>
      <p className="mt-2 mb-6 text-slate-700">Setting it signs you out everywhere you are signed in.</p>
      <ResetPasswordForm action={resetPasswordAction} token={token} />
    </div>
  );
}
