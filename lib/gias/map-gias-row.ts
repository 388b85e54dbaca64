// Turns one GIAS row into a school we can store, or says in a word why we will not.
import type { GiasRecord } from '@/lib/gias/read-gias-file';
import type { SchoolPhase, SchoolType } from '@/lib/schools/school-options';

export type GiasSchool = {
  line: number;
  urn: string;
  name: string;
  phase: SchoolPhase;
  type: SchoolType;
  giasType: string;
  localAuthority: string;
  pupilCount: number | null;
  postcode: string | null;
  trustCode: string | null;
  trustName: string | null;
};

export type SkipReason =
  | 'CLOSED'
  | 'NOT_OPEN_YET'
  | 'BAD_URN'
  | 'MISSING_DETAILS'
  | 'NOT_SUPPORTED'
  | 'NO_PHASE'
  | 'DUPLICATE_URN'
  | 'ANOTHER_TRUST'
  | 'URN_NOT_AVAILABLE'
  | 'TRUST_DIFFERS'
  | 'NOT_IN_FILE';

export const SKIP_REASON_TEXT: Record<SkipReason, string> = {
  CLOSED: 'Closed',
  NOT_OPEN_YET: 'Not open yet',
  BAD_URN: 'URN is not 6 digits',
  MISSING_DETAILS: 'Name or local authority missing',
  NOT_SUPPORTED: 'Not a state-funded school in England',
  NO_PHASE: 'No phase of education we can use',
  DUPLICATE_URN: 'URN appears earlier in the file',
  ANOTHER_TRUST: 'In another trust',
  // Says nothing of where the URN is in use: it may belong to another tenant.
  URN_NOT_AVAILABLE: 'This URN cannot be used here: contact Waypoint support',
  TRUST_DIFFERS: 'In a different trust in Waypoint: move it by hand',
  NOT_IN_FILE: 'Not in this file',
};

// phase: always this phase, whatever GIAS says; fallback: only when GIAS gives none ('Not applicable').
type TypeRule = { type: SchoolType; phase?: SchoolPhase; fallback?: SchoolPhase };

const TYPE_RULES = new Map<string, TypeRule>([
  ['academy converter', { type: 'ACADEMY_CONVERTER' }],
  ['academy sponsor led', { type: 'ACADEMY_SPONSOR_LED' }],
  ['academy special converter', { type: 'ACADEMY_CONVERTER', phase: 'SPECIAL' }],
  ['academy special sponsor led', { type: 'ACADEMY_SPONSOR_LED', phase: 'SPECIAL' }],
  ['academy alternative provision converter', { type: 'ACADEMY_CONVERTER', phase: 'ALTERNATIVE_PROVISION' }],
  ['academy alternative provision sponsor led', { type: 'ACADEMY_SPONSOR_LED', phase: 'ALTERNATIVE_PROVISION' }],
  ['academy 16-19 converter', { type: 'ACADEMY_CONVERTER', fallback: 'SIXTEEN_PLUS' }],
  ['academy 16 to 19 converter', { type: 'ACADEMY_CONVERTER', fallback: 'SIXTEEN_PLUS' }],
  ['academy 16 to 19 sponsor led', { type: 'ACADEMY_SPONSOR_LED', fallback: 'SIXTEEN_PLUS' }],
  ['academy 16-19 sponsor led', { type: 'ACADEMY_SPONSOR_LED', fallback: 'SIXTEEN_PLUS' }],
  ['free schools', { type: 'FREE_SCHOOL' }],
  ['free schools special', { type: 'FREE_SCHOOL', phase: 'SPECIAL' }],
  ['free schools alternative provision', { type: 'FREE_SCHOOL', phase: 'ALTERNATIVE_PROVISION' }],
  ['free schools 16 to 19', { type: 'FREE_SCHOOL', fallback: 'SIXTEEN_PLUS' }],
  ['free schools 16-19', { type: 'FREE_SCHOOL', fallback: 'SIXTEEN_PLUS' }],
  ['studio schools', { type: 'FREE_SCHOOL' }],
  ['university technical college', { type: 'FREE_SCHOOL' }],
  ['community school', { type: 'COMMUNITY' }],
  ['foundation school', { type: 'FOUNDATION' }],
  ['voluntary aided school', { type: 'VOLUNTARY_AIDED' }],
  ['voluntary controlled school', { type: 'VOLUNTARY_CONTROLLED' }],
  ['community special school', { type: 'SPECIAL', fallback: 'SPECIAL' }],
  ['foundation special school', { type: 'SPECIAL', fallback: 'SPECIAL' }],
  ['non-maintained special school', { type: 'SPECIAL', fallback: 'SPECIAL' }],
  ['pupil referral unit', { type: 'PUPIL_REFERRAL_UNIT', fallback: 'ALTERNATIVE_PROVISION' }],
  ['local authority nursery school', { type: 'OTHER', fallback: 'NURSERY' }],
  ['city technology college', { type: 'OTHER' }],
  ["service children's education", { type: 'OTHER' }],
  ['secure units', { type: 'OTHER' }],
]);

const PHASES = new Map<string, SchoolPhase>([
  ['nursery', 'NURSERY'],
  ['primary', 'PRIMARY'],
  ['middle deemed primary', 'MIDDLE'],
  ['middle deemed secondary', 'MIDDLE'],
  ['secondary', 'SECONDARY'],
  ['all-through', 'ALL_THROUGH'],
  ['all through', 'ALL_THROUGH'],
  ['16 plus', 'SIXTEEN_PLUS'],
]);

const KEPT_STATUSES = new Set(['open', 'open, but proposed to close']);

// Lower case, single spaces and one kind of apostrophe, so "Service Children’s Education" still matches.
const key = (value: string) =>
  value
    .trim()
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/\s+/g, ' ');

function normalisePostcode(value: string): string | null {
  const postcode = value.trim().toUpperCase().replace(/\s+/g, ' ');
  return postcode === '' ? null : postcode;
}

function parsePupilCount(value: string): number | null {
  const trimmed = value.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const count = Number(trimmed);
  return Number.isSafeInteger(count) ? count : null;
}

export function mapGiasRecord(record: GiasRecord): { ok: true; school: GiasSchool } | { ok: false; reason: SkipReason } {
  const urn = record.urn.trim();
  if (!/^\d{6}$/.test(urn)) return { ok: false, reason: 'BAD_URN' };

  const status = key(record.statusName);
  if (status === 'closed') return { ok: false, reason: 'CLOSED' };
  if (status === 'proposed to open') return { ok: false, reason: 'NOT_OPEN_YET' };
  if (!KEPT_STATUSES.has(status)) return { ok: false, reason: 'NOT_SUPPORTED' };

  const rule = TYPE_RULES.get(key(record.typeName));
  if (!rule) return { ok: false, reason: 'NOT_SUPPORTED' };

  const name = record.name.trim();
  const localAuthority = record.localAuthority.trim();
  if (name === '' || localAuthority === '') return { ok: false, reason: 'MISSING_DETAILS' };

  const phase = rule.phase ?? PHASES.get(key(record.phaseName)) ?? rule.fallback;
  if (!phase) return { ok: false, reason: 'NO_PHASE' };

  const trustCode = record.trustCode.trim();
  const trustName = record.trustName.trim();
  return {
    ok: true,
    school: {
      line: record.line,
      urn,
      name,
      phase,
      type: rule.type,
      giasType: record.typeName.trim(),
      localAuthority,
      pupilCount: parsePupilCount(record.pupils),
      postcode: normalisePostcode(record.postcode),
      trustCode: trustCode === '' ? null : trustCode,
      trustName: trustName === '' ? null : trustName,
    },
  };
}
