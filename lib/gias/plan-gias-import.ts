// Works out what importing a GIAS extract would do, without touching the database: the same plan is
// shown in the preview and, if its hash still matches, applied.
import { createHash } from 'node:crypto';
import { mapGiasRecord, type GiasSchool, type SkipReason } from '@/lib/gias/map-gias-row';
import type { GiasRecord } from '@/lib/gias/read-gias-file';
import type { SchoolPhase, SchoolType } from '@/lib/schools/school-options';

export type ExistingSchool = {
  id: string;
  urn: string;
  trustId: string | null;
  name: string;
  phase: SchoolPhase;
  type: SchoolType;
  giasType: string | null;
  localAuthority: string;
  pupilCount: number | null;
  postcode: string | null;
};
export type ExistingTrust = { id: string; giasCode: string };

export type GiasTarget = { kind: 'trust'; trustId: string; match: { trustCode: string } | { urns: string[] } } | { kind: 'platform'; trusts: ExistingTrust[] };

export const SCHOOL_FIELDS = ['name', 'phase', 'type', 'giasType', 'localAuthority', 'pupilCount', 'postcode'] as const;
export type SchoolField = (typeof SCHOOL_FIELDS)[number];
export type FieldChange = { field: SchoolField; from: string | number | null; to: string | number | null };
export type SkippedRow = { line: number; urn: string; name: string; reason: SkipReason };

export type GiasPlan = {
  create: GiasSchool[];
  update: { schoolId: string; school: GiasSchool; changes: FieldChange[] }[];
  unchanged: number;
  // Every skipped row except ANOTHER_TRUST ones: in trust mode those are the rest of England, so only counted.
  skipped: SkippedRow[];
  skippedByReason: Partial<Record<SkipReason, number>>;
  trustsToCreate: { giasCode: string; name: string; schoolCount: number }[];
  trustsInFile: { code: string; name: string; schoolCount: number }[];
  hash: string;
};

// Trust codes are compared the way people type them: trimmed, any case.
const codeKey = (code: string) => code.trim().toUpperCase();

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// From the database's values to the file's; the file's are already normalised by mapGiasRecord, so a
// school updated from this plan compares equal next time.
function changesBetween(current: ExistingSchool, school: GiasSchool): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of SCHOOL_FIELDS) {
    const from = current[field] ?? null;
    const to = school[field];
    if (from !== to) changes.push({ field, from, to });
  }
  return changes;
}

// Arrays, not objects, so the JSON has one spelling; sorted, so row order alone does not change it.
function planHash(plan: Pick<GiasPlan, 'create' | 'update' | 'trustsToCreate'>): string {
  const canonical = JSON.stringify([
    [...plan.create]
      .sort((a, b) => compareText(a.urn, b.urn))
      .map((s) => [s.urn, s.name, s.phase, s.type, s.giasType, s.localAuthority, s.pupilCount, s.postcode, s.trustCode, s.trustName]),
    [...plan.update]
      .sort((a, b) => compareText(a.school.urn, b.school.urn))
      .map((u) => [u.schoolId, u.school.urn, u.changes.map((c) => [c.field, c.from, c.to])]),
    [...plan.trustsToCreate].sort((a, b) => compareText(a.giasCode, b.giasCode)).map((t) => [t.giasCode, t.name, t.schoolCount]),
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

function belongsToTrust(match: { trustCode: string } | { urns: string[] }): (record: GiasRecord) => boolean {
  if ('trustCode' in match) {
    const wanted = codeKey(match.trustCode);
    // An empty code would otherwise claim every standalone school in England.
    return (record) => wanted !== '' && codeKey(record.trustCode) === wanted;
  }
  const urns = new Set(match.urns.map((urn) => urn.trim()));
  return (record) => urns.has(record.urn.trim());
}

export function planGiasImport(records: GiasRecord[], existing: ExistingSchool[], target: GiasTarget): GiasPlan {
  const existingByUrn = new Map(existing.map((school) => [school.urn, school]));
  const trustIdByCode = new Map<string, string>();
  if (target.kind === 'platform') {
    for (const trust of target.trusts) if (!trustIdByCode.has(codeKey(trust.giasCode))) trustIdByCode.set(codeKey(trust.giasCode), trust.id);
  }
  const belongs = target.kind === 'trust' ? belongsToTrust(target.match) : null;

  const create: GiasSchool[] = [];
  const update: GiasPlan['update'] = [];
  let unchanged = 0;
  const skipped: SkippedRow[] = [];
  const skippedByReason: Partial<Record<SkipReason, number>> = {};
  const trustsInFile = new Map<string, { code: string; name: string; schoolCount: number }>();
  const trustsToCreate = new Map<string, { giasCode: string; name: string; schoolCount: number }>();
  const seen = new Set<string>();

  const skip = (record: { line: number; urn: string; name: string }, reason: SkipReason) => {
    skippedByReason[reason] = (skippedByReason[reason] ?? 0) + 1;
    if (reason !== 'ANOTHER_TRUST') skipped.push({ line: record.line, urn: record.urn, name: record.name, reason });
  };
  const compare = (current: ExistingSchool, school: GiasSchool) => {
    const changes = changesBetween(current, school);
    if (changes.length === 0) unchanged++;
    else update.push({ schoolId: current.id, school, changes });
  };

  for (const record of records) {
    const urn = record.urn.trim();
    const duplicate = urn !== '' && seen.has(urn);
    if (urn !== '') seen.add(urn);
    const mapped = mapGiasRecord(record);

    if (!duplicate && mapped.ok && mapped.school.trustCode !== null) {
      const key = codeKey(mapped.school.trustCode);
      const trust = trustsInFile.get(key);
      if (trust) trust.schoolCount++;
      else trustsInFile.set(key, { code: mapped.school.trustCode, name: mapped.school.trustName ?? mapped.school.trustCode, schoolCount: 1 });
    }

    // In trust mode the rest of the country is not the trust's business, whatever state it is in.
    if (belongs && !belongs(record)) {
      skip(record, 'ANOTHER_TRUST');
      continue;
    }
    if (duplicate) {
      skip(record, 'DUPLICATE_URN');
      continue;
    }
    if (!mapped.ok) {
      skip(record, mapped.reason);
      continue;
    }

    const school = mapped.school;
    const current = existingByUrn.get(school.urn);
    if (target.kind === 'trust') {
      if (!current) create.push(school);
      // Standalone or another trust's (maybe another tenant's): not this trust admin's to take.
      else if (current.trustId !== target.trustId) skip(school, 'URN_NOT_AVAILABLE');
      else compare(current, school);
      continue;
    }

    const key = school.trustCode === null ? null : codeKey(school.trustCode);
    if (!current) {
      create.push(school);
      if (key !== null && !trustIdByCode.has(key)) {
        const trust = trustsToCreate.get(key);
        if (trust) trust.schoolCount++;
        else trustsToCreate.set(key, { giasCode: school.trustCode ?? key, name: trustsInFile.get(key)?.name ?? key, schoolCount: 1 });
      }
      continue;
    }
    // A school whose file trust is not yet in Waypoint cannot already be in it.
    const wantedTrustId = key === null ? null : trustIdByCode.get(key);
    if (wantedTrustId !== undefined && current.trustId === wantedTrustId) compare(current, school);
    // Moving schools between trusts changes who can see them: never done in bulk.
    else skip(school, 'TRUST_DIFFERS');
  }

  if (target.kind === 'trust' && 'urns' in target.match) {
    for (const urn of new Set(target.match.urns.map((value) => value.trim()))) {
      if (urn === '' || seen.has(urn)) continue;
      const current = existingByUrn.get(urn);
      // Only the trust's own school is named: the URN might be another tenant's.
      skip({ line: 0, urn, name: current?.trustId === target.trustId ? current.name : '' }, 'NOT_IN_FILE');
    }
  }

  const plan = {
    create,
    update,
    unchanged,
    skipped,
    skippedByReason,
    trustsToCreate: [...trustsToCreate.values()].sort((a, b) => collator.compare(a.name, b.name) || compareText(a.giasCode, b.giasCode)),
    trustsInFile: [...trustsInFile.values()].sort((a, b) => collator.compare(a.name, b.name) || compareText(a.code, b.code)),
  };
  return { ...plan, hash: planHash(plan) };
}
