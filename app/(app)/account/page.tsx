import type { Metadata } from 'next';
import { PasswordForm, ProfileForm } from '@/components/forms/account-forms';
import { PageContainer } from '@/components/layout/page-container';
import { Card, PageHeader } from '@/components/ui/page-header';
import { requireActor } from '@/lib/auth/session';
import { changePasswordAction, updateProfileAction } from './actions';

export const metadata: Metadata = { title: 'Your account' };

export default async function AccountPage() {
  const actor = await requireActor();
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
      </div>
    </PageContainer>
  );
}
