// Pure rules for the AI tool register: which of DfE's product safety standards apply to a tool,
// and what its answers mean. Used by the register, the priorities and the filtering review.
import { SAFETY_STANDARDS, type SafetyStandardId } from './safety-standards';

export const CHECK_VALUES = ['MET', 'NOT_MET', 'UNKNOWN'] as const;
export type CheckValue = (typeof CHECK_VALUES)[number];
export const CHECK_LABEL: Record<CheckValue, string> = { MET: 'Meets it', NOT_MET: 'Does not meet it', UNKNOWN: 'Not sure yet' };

export const TOOL_USERS = ['STAFF', 'PUPILS', 'BOTH'] as const;
export type ToolUsers = (typeof TOOL_USERS)[number];
export const TOOL_USERS_LABEL: Record<ToolUsers, string> = { STAFF: 'Staff only', PUPILS: 'Pupils only', BOTH: 'Staff and pupils' };

export const TOOL_USES = ['planning', 'resources', 'feedback', 'admin', 'learning'] as const;
export type ToolUse = (typeof TOOL_USES)[number];
export const TOOL_USE_LABEL: Record<ToolUse, string> = {
  planning: 'Lesson planning',
  resources: 'Making resources',
  feedback: 'Feedback and marking',
  admin: 'Admin and communication',
  learning: 'Pupils’ learning',
};

export type ToolForChecks = { usedBy: ToolUsers; personalData: boolean; dpiaDone: boolean; checks: unknown };

// Learner-facing standards (filtering, monitoring, cognitive and emotional development, mental
// health) apply when pupils use the tool; the rest apply to every tool.
export function applicableStandards(usedBy: ToolUsers) {
  return SAFETY_STANDARDS.filter((standard) => standard.audience === 'everyone' || usedBy !== 'STAFF');
}

export function readChecks(value: unknown): Partial<Record<SafetyStandardId, CheckValue>> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const known = new Set<string>(SAFETY_STANDARDS.map((s) => s.id));
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).filter(([id, v]) => known.has(id) && (CHECK_VALUES as readonly unknown[]).includes(v)),
  ) as Partial<Record<SafetyStandardId, CheckValue>>;
}

export type ToolStatus = 'fails' | 'incomplete' | 'passes';
export const TOOL_STATUS_LABEL: Record<ToolStatus, string> = { fails: 'Fails a check', incomplete: 'Checks not finished', passes: 'Meets every check' };

// A tool fails when it does not meet a standard that applies to it, or when personal data goes in
// without a DPIA (UK GDPR expects one before high-risk processing; DfE's data protection standard
// expects the supplier's). Unanswered standards leave it incomplete.
export function toolFindings(tool: ToolForChecks) {
  const checks = readChecks(tool.checks);
  const applicable = applicableStandards(tool.usedBy);
  const failing = applicable.filter((s) => checks[s.id] === 'NOT_MET');
  const unknown = applicable.filter((s) => !checks[s.id] || checks[s.id] === 'UNKNOWN');
  const dataRisk = tool.personalData && !tool.dpiaDone;
  const status: ToolStatus = failing.length > 0 || dataRisk ? 'fails' : unknown.length > 0 ? 'incomplete' : 'passes';
  return { status, failing, unknown, dataRisk, applicable };
}

// One line a head can act on, for the priorities and the filtering review.
export function findingSummary(findings: ReturnType<typeof toolFindings>): string {
  const parts = [
    ...(findings.dataRisk ? ['personal data goes in without a DPIA'] : []),
    ...(findings.failing.length > 0 ? [`does not meet: ${findings.failing.map((s) => s.title.toLowerCase()).join(', ')}`] : []),
  ];
  return parts.join('; ');
}
