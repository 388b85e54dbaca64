import { Badge } from '@/components/ui/page-header';
import { TOOL_STATUS_LABEL, findingSummary, type toolFindings } from '@/lib/ai-tools/tool-checks';

const TONE = { fails: 'red', incomplete: 'amber', passes: 'green' } as const;

export function ToolStatus({ findings }: { findings: ReturnType<typeof toolFindings> }) {
  const summary = findingSummary(findings);
  return (
    <span>
      <Badge tone={TONE[findings.status]}>{TOOL_STATUS_LABEL[findings.status]}</Badge>
      {summary ? <span className="mt-1 block text-sm text-slate-800">{summary[0]!.toUpperCase() + summary.slice(1)}.</span> : null}
      {findings.status === 'incomplete' ? (
        <span className="mt-1 block text-sm text-slate-700">
          {findings.unknown.length} of {findings.applicable.length} standards not answered yet.
        </span>
      ) : null}
    </span>
  );
}
