// The AI tool register as the published strategy shows it to governors: each tool, who uses it,
// whether it is approved and how it stands against DfE's product safety standards, frozen with the
// version (lib/strategy/content.ts). Pure: the caller reads the tools.
import {
  findingSummary,
  TOOL_STATUS_LABEL,
  TOOL_USE_LABEL,
  TOOL_USERS_LABEL,
  toolFindings,
  type ToolForChecks,
  type ToolStatus,
  type ToolUse,
} from './tool-checks';

export type StrategyAiTool = {
  name: string;
  supplier: string;
  // "Staff only", or "Staff and pupils (Years 5 and 6)".
  who: string;
  uses: string[];
  approved: boolean;
  status: ToolStatus;
  // "Meets every check", or what fails, in words a governor can ask about.
  standing: string;
};

type RegisterTool = ToolForChecks & { name: string; supplier: string; pupilAges: string; uses: string[]; approved: boolean };

const STATUS_ORDER: Record<ToolStatus, number> = { fails: 0, incomplete: 1, passes: 2 };

/** Failing tools first (what governors must ask about), then unfinished checks, then the rest, by name. */
export function strategyAiTools(tools: readonly RegisterTool[]): StrategyAiTool[] {
  return tools
    .map((tool) => {
      const findings = toolFindings(tool);
      const concern = findingSummary(findings);
      const standing =
        findings.status === 'fails'
          ? `${TOOL_STATUS_LABEL.fails}: ${concern}`
          : findings.status === 'incomplete'
            ? `${TOOL_STATUS_LABEL.incomplete} (${findings.unknown.length} of ${findings.applicable.length} standards not answered)`
            : TOOL_STATUS_LABEL.passes;
      return {
        name: tool.name,
        supplier: tool.supplier,
        who: tool.usedBy === 'STAFF' || !tool.pupilAges ? TOOL_USERS_LABEL[tool.usedBy] : `${TOOL_USERS_LABEL[tool.usedBy]} (${tool.pupilAges})`,
        uses: tool.uses.map((use) => TOOL_USE_LABEL[use as ToolUse] ?? use),
        approved: tool.approved,
        status: findings.status,
        standing,
      };
    })
    .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.name.localeCompare(b.name, 'en-GB'));
}
