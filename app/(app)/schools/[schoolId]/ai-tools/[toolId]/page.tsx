import type { Metadata } from 'next';
import Link from 'next/link';
import { AiToolForm } from '@/components/ai-tools/ai-tool-form';
import { toolFormValues } from '@/components/ai-tools/tool-defaults';
import { ToolStatus } from '@/components/ai-tools/tool-status';
import { PageContainer } from '@/components/layout/page-container';
import { Card, PageHeader } from '@/components/ui/page-header';
import { getAiTool } from '@/lib/ai-tools/manage-ai-tools';
import { readChecks, CHECK_LABEL, TOOL_USE_LABEL, TOOL_USERS_LABEL } from '@/lib/ai-tools/tool-checks';
import { loadOr404, loadSchoolPage } from '@/lib/http/load-page';
import { updateAiToolAction } from '../actions';

export const metadata: Metadata = { title: 'AI tool' };

export default async function AiToolPage({ params }: { params: Promise<{ schoolId: string; toolId: string }> }) {
  const { toolId } = await params;
  const { actor, school, can } = await loadSchoolPage(params, 'register:read');
  const tool = await loadOr404(() => getAiTool(actor, school.id, toolId));
  const base = `/schools/${school.id}/ai-tools`;
  const checks = readChecks(tool.checks);
  return (
    <PageContainer>
      <PageHeader
        caption="AI tools"
        title={tool.name}
        actions={
          can.has('register:edit') ? (
            <Link href={`${base}/${tool.id}/delete`} className="self-center font-semibold text-red-800">
              Delete this tool
            </Link>
          ) : null
        }
      />
      <div className="mb-6">
        <ToolStatus findings={tool.findings} />
      </div>
      {can.has('register:edit') ? (
        <AiToolForm
          action={updateAiToolAction}
          hidden={{ schoolId: school.id, toolId: tool.id, version: String(tool.version) }}
          defaults={toolFormValues(tool)}
          submitLabel="Save changes"
        />
      ) : (
        <Card title="What the school recorded">
          <dl className="divide-y divide-slate-100 text-sm">
            {(
              [
                ['Supplier', tool.supplier || 'Not recorded'],
                ['Who uses it', `${TOOL_USERS_LABEL[tool.usedBy]}${tool.pupilAges ? `: ${tool.pupilAges}` : ''}`],
                ['Used for', tool.uses.map((u) => TOOL_USE_LABEL[u as keyof typeof TOOL_USE_LABEL] ?? u).join(', ') || 'Not recorded'],
                ['What goes in', tool.dataIn || 'Not recorded'],
                ['Personal data', tool.personalData ? `Yes; DPIA ${tool.dpiaDone ? 'done' : 'not done'}` : 'No'],
                ['Approved by the school', tool.approved ? 'Yes' : 'No'],
                ...tool.findings.applicable.map((s) => [s.title, CHECK_LABEL[checks[s.id] ?? 'UNKNOWN']] as [string, string]),
              ] as Array<[string, string]>
            ).map(([term, value]) => (
              <div key={term} className="grid grid-cols-3 gap-4 py-2">
                <dt className="font-semibold text-slate-700">{term}</dt>
                <dd className="col-span-2 text-slate-900">{value}</dd>
              </div>
            ))}
          </dl>
        </Card>
      )}
    </PageContainer>
  );
}
