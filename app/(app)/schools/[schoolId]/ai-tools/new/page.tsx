import type { Metadata } from 'next';
import { AiToolForm } from '@/components/ai-tools/ai-tool-form';
import { PageContainer } from '@/components/layout/page-container';
import { PageHeader } from '@/components/ui/page-header';
import { loadSchoolPage } from '@/lib/http/load-page';
import { createAiToolAction } from '../actions';

export const metadata: Metadata = { title: 'Add an AI tool' };

export default async function NewAiToolPage({ params }: { params: Promise<{ schoolId: string }> }) {
  const { school } = await loadSchoolPage(params, 'register:edit');
  return (
    <PageContainer>
      <PageHeader
        caption={school.name}
        title="Add an AI tool"
        description="Record it even before every check is answered: unanswered standards are listed as still to do."
      />
      <AiToolForm action={createAiToolAction} hidden={{ schoolId: school.id }} defaults={{}} submitLabel="Add tool" />
    </PageContainer>
  );
}
