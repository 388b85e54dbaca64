import { ConfirmForm } from '@/components/forms/confirm-form';
import { PageContainer } from '@/components/layout/page-container';
import { PageHeader } from '@/components/ui/page-header';
import type { FormAction } from '@/lib/actions/form-state';
import { formatLongDate } from '@/lib/dates/format';

export function RevokeGrantPage({
  action,
  tenant,
  tenantName,
  grant,
  back,
}: {
  action: FormAction;
  tenant: string;
  tenantName: string;
  grant: { id: string; displayName: string; adviser: { email: string }; lastDay: Date };
  back: string;
}) {
  return (
    <PageContainer>
      <PageHeader caption={tenantName} title={`Revoke ${grant.displayName}’s access?`} />
      <p className="mb-6 max-w-3xl">
        {grant.displayName} ({grant.adviser.email}) has access until {formatLongDate(grant.lastDay)}. Revoking ends it now: the next page they open in{' '}
        {tenantName} is “Page not found”. What they already changed stays, and the audit log keeps what they did. You can grant access again later.
      </p>
      <ConfirmForm action={action} hidden={{ tenant, grantId: grant.id }} confirmLabel="Revoke access" pendingLabel="Revoking…" cancelHref={back} />
    </PageContainer>
  );
}
