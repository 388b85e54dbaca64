import type { Metadata } from 'next';
import { ConfirmForm } from '@/components/forms/confirm-form';
import { PageContainer } from '@/components/layout/page-container';
import { PageHeader } from '@/components/ui/page-header';
import { setSchoolArchivedAction } from '../actions';
import { loadSchoolPage } from '@/lib/http/load-page';

export const metadata: Metadata = { title: 'Archive a school' };

export default async function ArchiveSchoolPage({ params }: { params: Promise<{ schoolId: string }> }) {
  const { school } = await loadSchoolPage(params, 'school:archive');
  const archiving = !school.archivedAt;
  return (
    <PageContainer>
      <PageHeader
        title={archiving ? `Archive ${school.name}?` : `Restore ${school.name}?`}
        description={
          archiving
            ? 'The school will be hidden from the trust’s lists and its people will no longer see it in their switcher. Its records, assessments and audit log are kept. You can restore it at any time.'
            : 'The school will appear in the trust’s lists again and its people will be able to reach it.'
        }
      />
      <ConfirmForm
        action={setSchoolArchivedAction}
        hidden={{ schoolId: school.id, archive: String(archiving) }}
        confirmLabel={archiving ? 'Yes, archive the school' : 'Yes, restore the school'}
        pendingLabel={archiving ? 'Archiving…' : 'Restoring…'}
        cancelHref={`/schools/${school.id}/edit`}
        variant={archiving ? 'danger' : 'primary'}
      />
    </PageContainer>
  );
}
