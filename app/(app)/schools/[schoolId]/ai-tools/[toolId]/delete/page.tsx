import type { Metadata } from 'next';
import { ConfirmForm } from '@/components/forms/confirm-form';
import { PageContainer } from '@/components/layout/page-container';
import { PageHeader } from '@/components/ui/page-header';
import { getAiTool } from '@/lib/ai-tools/manage-ai-tools';
import { loadOr404, loadSchoolPage } from '@/lib/http/load-page';
import { deleteAiToolAction } from '../../actions';

export const metadata: Metadata = { title: 'Delete an AI tool' };

export default async function DeleteAiToolPage({ params }: { params: Promise<{ schoolId: string; toolId: string }> }) {
  const { toolId } = await params;
  const { actor, school } = await loadSchoolPage(params, 'register:edit');
  const tool = await loadOr404(() => getAiTool(actor, school.id, toolId));
  return (
    <PageContainer>
      <PageHeader caption="AI tools" title={`Delete “${tool.name}”?`} />
      <p className="mb-6 max-w-3xl">
        Delete it only if the school no longer uses it: a tool still in use belongs on the register, even when it fails a check. The deletion is recorded in the
        audit log.
      </p>
      <ConfirmForm
        action={deleteAiToolAction}
        hidden={{ schoolId: school.id, toolId: tool.id, version: String(tool.version) }}
        confirmLabel="Delete tool"
        pendingLabel="Deleting…"
        cancelHref={`/schools/${school.id}/ai-tools/${tool.id}`}
      />
    </PageContainer>
  );
}
