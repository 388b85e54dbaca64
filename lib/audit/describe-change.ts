// An audit entry's before and after, in words a head or an auditor can read: "Estimated cost
// changed from £1,200 to £1,500", not "estimatedCostPence: 150000". Pure, for the audit table.
import { TOOL_STATUS_LABEL } from '@/lib/ai-tools/tool-checks';
import { ANSWER_LABEL } from '@/lib/assessment/answer-options';
import { ROLE_LABEL } from '@/lib/auth/roles';
import { formatDate, MONTH_NAMES, parseIsoDate } from '@/lib/dates/format';
import { formatPence, PLAN_ITEM_STATUS_LABEL } from '@/lib/plan/plan-item-options';
import { PHASE_LABEL, TYPE_LABEL } from '@/lib/schools/school-options';

const FIELD_LABEL: Record<string, string> = {
  name: 'Name',
  urn: 'URN',
  phase: 'Phase',
  type: 'Type',
  localAuthority: 'Local authority',
  cycleMonth: 'Month for the yearly self-assessment',
  financialYearStart: 'Month the financial year starts',
  role: 'Role',
  email: 'Email',
  title: 'Action',
  description: 'Details',
  ownerName: 'Owner',
  ownerEmail: 'Owner’s email',
  ownerUserId: 'Owner (member)',
  dueDate: 'Due date',
  estimatedCostPence: 'Estimated cost',
  status: 'Status',
  requirementCodes: 'Requirements it addresses',
  vision: 'Vision',
  positionCommentary: 'Where we stand',
  priorities: 'Priorities',
  actionCommentary: 'Action plan introduction',
  budget: 'Budget',
  aiStance: 'AI stance',
  digitalLead: 'Digital lead',
  oversightGovernor: 'Governor with oversight',
  rolesNotes: 'Roles',
  reviewDate: 'Next review date',
  reviewCycle: 'Review cycle',
  path: 'Page',
  supplier: 'Supplier',
  approved: 'Approved by the school',
  checks: 'Safety checks',
  access: 'Access',
  until: 'Last day',
  purpose: 'Helping with',
  cycle: 'Cycle',
  overallScore: 'Overall score',
  maturity: 'Maturity',
  number: 'Version',
  version: 'Version',
};

const LABELS: Record<string, Record<string, string>> = {
  role: ROLE_LABEL,
  phase: PHASE_LABEL,
  type: TYPE_LABEL,
  status: { ...PLAN_ITEM_STATUS_LABEL },
  checks: { ...TOOL_STATUS_LABEL },
};

function words(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return 'nothing';
  if (field === 'estimatedCostPence' && typeof value === 'number') return formatPence(value);
  if ((field === 'cycleMonth' || field === 'financialYearStart') && typeof value === 'number') return MONTH_NAMES[value - 1] ?? String(value);
  if (field === 'overallScore' && typeof value === 'number') return `${value}%`;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(parseIsoDate(value));
  if (typeof value === 'string' && LABELS[field]?.[value]) return LABELS[field][value]!;
  if (typeof value === 'string' && value in ANSWER_LABEL) return ANSWER_LABEL[value as keyof typeof ANSWER_LABEL];
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.join(', ');
  if (typeof value === 'object') {
    // An answer: { value, reason, note, links }.
    const answer = value as { value?: string; reason?: string | null };
    if (answer.value && answer.value in ANSWER_LABEL)
      return `${ANSWER_LABEL[answer.value as keyof typeof ANSWER_LABEL]}${answer.reason ? ` (“${answer.reason}”)` : ''}`;
    return 'a change';
  }
  const text = String(value);
  return text.length > 80 ? `“${text.slice(0, 77)}…”` : typeof value === 'string' ? `“${text}”` : text;
}

const label = (field: string) => FIELD_LABEL[field] ?? (/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(field) ? `Answer to ${field}` : field);

/** One sentence per field that was set or changed. */
export function describeChange(before: unknown, after: unknown): string[] {
  const b = before && typeof before === 'object' ? (before as Record<string, unknown>) : {};
  const a = after && typeof after === 'object' ? (after as Record<string, unknown>) : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields.flatMap((field) => {
    const was = b[field];
    const now = a[field];
    if (JSON.stringify(was ?? null) === JSON.stringify(now ?? null)) return [];
    if (!(field in b) || was === null || was === undefined) return [`${label(field)}: ${words(field, now)}`];
    return [`${label(field)} changed from ${words(field, was)} to ${words(field, now)}`];
  });
}
