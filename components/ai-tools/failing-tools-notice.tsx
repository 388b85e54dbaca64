import Link from 'next/link';
import { findingSummary, type toolFindings } from '@/lib/ai-tools/tool-checks';

type Tool = { id: string; name: string; findings: ReturnType<typeof toolFindings> };

// AI tools in use that fail a DfE product safety check: a safeguarding and data protection gap
// that the self-assessment's answers do not show, so it is listed beside the priorities.
export function FailingAiToolsNotice({ tools, base }: { tools: Tool[]; base: string }) {
  const failing = tools.filter((tool) => tool.findings.status === 'fails');
  if (failing.length === 0) return null;
  return (
    <section className="mb-6 rounded-md border-l-4 border-red-700 bg-red-50 p-4" aria-labelledby="failing-ai-tools">
      <h2 id="failing-ai-tools" className="font-bold text-red-900">
        AI tools that fail a safety check
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
        {failing.map((tool) => (
          <li key={tool.id}>
            <Link href={`${base}/${tool.id}`}>{tool.name}</Link>: {findingSummary(tool.findings)}.
          </li>
        ))}
      </ul>
    </section>
  );
}
