import type { Metadata } from 'next';
import Link from 'next/link';
import { ToolStatus } from '@/components/ai-tools/tool-status';
import { PageContainer } from '@/components/layout/page-container';
import { SuccessNotice } from '@/components/ui/notice';
import { EmptyState, PageHeader } from '@/components/ui/page-header';
import { TABLE_SCROLL } from '@/components/ui/table-scroll';
import { listAiTools } from '@/lib/ai-tools/manage-ai-tools';
import { SAFETY_STANDARDS_SOURCE } from '@/lib/ai-tools/safety-standards';
import { TOOL_USERS_LABEL } from '@/lib/ai-tools/tool-checks';
import { loadSchoolPage } from '@/lib/http/load-page';

export const metadata: Metadata = { title: 'AI tools' };

export default async function AiToolsPage({
  params,
  searchParams,
}: {
  params: Promise<{ schoolId: string }>;
  searchParams: Promise<{ added?: string; saved?: string; deleted?: string }>;
}) {
  const flags = await searchParams;
  const { actor, school, can } = await loadSchoolPage(params, 'register:read');
  const tools = await listAiTools(actor, school.id);
  const base = `/schools/${school.id}/ai-tools`;
  const edits = can.has('register:edit');
  const named = (id?: string) => tools.find((t) => t.id === id)?.name;
  const notice = named(flags.added)
    ? `${named(flags.added)} is on the register.`
    : named(flags.saved)
      ? `${named(flags.saved)} saved.`
      : flags.deleted
        ? 'The tool was deleted from the register.'
        : null;
  const failing = tools.filter((t) => t.findings.status === 'fails').length;
  return (
    <PageContainer>
      {notice ? <SuccessNotice>{notice}</SuccessNotice> : null}
      <PageHeader
        caption={school.name}
        title="AI tools"
        description={
          <>
            Every AI tool staff or pupils use, who uses it, what goes into it, and how it measures up to DfE’s{' '}
            <a href={SAFETY_STANDARDS_SOURCE.url} rel="noreferrer" target="_blank">
              {SAFETY_STANDARDS_SOURCE.title} (opens in a new tab)
            </a>
            . Tools that fail a check appear in the priorities and in the filtering and monitoring review.
          </>
        }
        actions={
          edits ? (
            <Link href={`${base}/new`} className="self-center font-semibold">
              Add an AI tool
            </Link>
          ) : null
        }
      />
      {failing > 0 ? (
        <p className="mb-6 rounded-md border-l-4 border-red-700 bg-red-50 p-4 text-red-950" role="status">
          {failing === 1 ? '1 tool fails' : `${failing} tools fail`} a safety check. Stop or limit its use until the supplier can show it meets the standard, or
          record why the school accepts the risk.
        </p>
      ) : null}
      {tools.length === 0 ? (
        <EmptyState title="No AI tools recorded yet">
          {edits ? (
            <>
              Start with the tools staff already use for planning, resources or feedback. <Link href={`${base}/new`}>Add the first one</Link>.
            </>
          ) : (
            'The school has not recorded any AI tools yet.'
          )}
        </EmptyState>
      ) : (
        <div className={TABLE_SCROLL}>
          <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
            <caption className="sr-only">AI tools at {school.name}</caption>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Tool
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Who uses it
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Approved
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Safety checks
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 align-top">
              {tools.map((tool) => (
                <tr key={tool.id}>
                  <td className="px-4 py-3">
                    <Link href={`${base}/${tool.id}`} className="font-semibold">
                      {tool.name}
                    </Link>
                    {tool.supplier ? <span className="block text-slate-700">{tool.supplier}</span> : null}
                  </td>
                  <td className="px-4 py-3">
                    {TOOL_USERS_LABEL[tool.usedBy]}
                    {tool.pupilAges ? <span className="block text-slate-700">{tool.pupilAges}</span> : null}
                  </td>
                  <td className="px-4 py-3">{tool.approved ? 'Yes' : 'No'}</td>
                  <td className="px-4 py-3">
                    <ToolStatus findings={tool.findings} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </PageContainer>
  );
}
