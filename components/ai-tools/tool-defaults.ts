import { SAFETY_STANDARDS } from '@/lib/ai-tools/safety-standards';
import { readChecks } from '@/lib/ai-tools/tool-checks';

// A stored tool as the form's field values (the same names the form sends).
export function toolFormValues(tool: {
  name: string;
  supplier: string;
  usedBy: string;
  pupilAges: string;
  uses: string[];
  dataIn: string;
  personalData: boolean;
  dpiaDone: boolean;
  approved: boolean;
  notes: string;
  checks: unknown;
}): Record<string, string> {
  const checks = readChecks(tool.checks);
  const yesNo = (value: boolean) => (value ? 'yes' : 'no');
  return {
    name: tool.name,
    supplier: tool.supplier,
    usedBy: tool.usedBy,
    pupilAges: tool.pupilAges,
    uses: tool.uses.join('\n'),
    dataIn: tool.dataIn,
    personalData: yesNo(tool.personalData),
    dpiaDone: yesNo(tool.dpiaDone),
    approved: yesNo(tool.approved),
    notes: tool.notes,
    ...Object.fromEntries(SAFETY_STANDARDS.map((s) => [`check:${s.id}`, checks[s.id] ?? 'UNKNOWN'])),
  };
}
