import type { Metadata } from 'next';
import { ForgotPasswordForm } from '@/components/forms/password-reset-forms';
import { forgotPasswordAction } from './actions';

export const metadata: Metadata = { title: 'Reset your password' };

export default function ForgotPasswordPage() {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
      <h1 className="text-2xl font-bold text-slate-900">Reset your password</h1>
      <p className="mt-2 mb-6 text-slate-700">
        Enter the email address you sign in with. We will email you a link to choose a new password. If you sign in with Microsoft or Google, use that instead:
        you have no Waypoint password.
      </p>
      <ForgotPasswordForm action={forgotPasswordAction} />
      <p className="mt-6 text-sm">
        <a href="/sign-in" className="font-semibold">
          Back to sign in
        </a>
      </p>
    </div>
  );
}
