import type { Metadata } from 'next';
import { PasswordForm, ProfileForm } from '@/components/forms/account-forms';
import { PageContainer } from '@/components/layout/page-container';
import { Card, PageHeader } from '@/components/ui/page-header';
import { LinkProviderForm } from '@/components/forms/link-provider-form';
import { UnlinkProviderForm } from '@/components/forms/unlink-provider-form';
import { formatDate } from '@/lib/dates/format';
import { enabledIdentityProviders } from '@/lib/auth/options';
import { PROVIDER_NAME, listProviderAccounts } from '@/lib/auth/provider-accounts';
import { requireActor } from '@/lib/auth/session';
import { MailPreferencesForm } from '@/components/forms/mail-preferences-form';
import { listMailPreferences } from '@/lib/reminders/mail-preferences';
import { changePasswordAction, startAccountLinkAction, unlinkProviderAction, updateMailPreferencesAction, updateProfileAction } from './actions';

export const metadata: Metadata = { title: 'Your account' };

export default async function AccountPage() {
  const actor = await requireActor();
  const [linked, mail, providers] = [await listProviderAccounts(actor), await listMailPreferences(actor), enabledIdentityProviders()];
  const linkable = providers.filter((provider) => !linked.some((link) => link.provider === provider.id));
  return (
    <PageContainer>
      <PageHeader title="Your account" description={`Signed in as ${actor.email}.`} />
      <div className="grid max-w-4xl gap-6 md:grid-cols-2">
        <Card title="Your name">
          <ProfileForm action={updateProfileAction} name={actor.name} />
        </Card>
        <Card title="Change your password">
          <PasswordForm action={changePasswordAction} email={actor.email} />
        </Card>
        {providers.length > 0 || linked.length > 0 ? (
          <Card title="Sign in with Microsoft or Google">
            <p className="mb-4 text-sm text-slate-700">
              Link your school’s Microsoft or Google account once, and you can sign in with it. Waypoint never signs anyone in just because an email address
              matches.
            </p>
            {linked.length > 0 ? (
              <ul className="mb-4 space-y-3">
                {linked.map((link) => (
                  <li key={link.id} className="rounded-md border border-slate-200 p-3">
                    <p className="font-semibold">
                      {PROVIDER_NAME[link.provider] ?? link.provider}: {link.email || 'no email shared'}
                    </p>
                    <p className="text-sm text-slate-600">
                      Linked {formatDate(link.createdAt)}
                      {link.lastUsedAt ? `, last used ${formatDate(link.lastUsedAt)}` : ''}
                    </p>
                    <UnlinkProviderForm
                      action={unlinkProviderAction}
                      providerAccountId={link.id}
                      providerName={PROVIDER_NAME[link.provider] ?? link.provider}
                    />
                  </li>
                ))}
              </ul>
            ) : null}
            {linkable.length > 0 ? <LinkProviderForm action={startAccountLinkAction} providers={linkable} /> : null}
          </Card>
        ) : null}
      </div>
      <section id="mail" aria-labelledby="mail-heading" className="mt-8 max-w-4xl rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h2 id="mail-heading" className="text-lg font-bold text-slate-900">
          Emails Waypoint sends you
        </h2>
        <p className="mt-1 mb-4 text-sm text-slate-700">
          Choose reminders and digests for each school or trust. Invitations, password emails and security notices always arrive.
        </p>
        {mail.length > 0 ? (
          <MailPreferencesForm action={updateMailPreferencesAction} groups={mail} />
        ) : (
          <p className="text-slate-700">You are not a member of any school or trust yet, so Waypoint sends you no reminders.</p>
        )}
      </section>
    </PageContainer>
  );
}
