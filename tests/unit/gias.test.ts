import { describe, expect, it } from 'vitest';
import { mapGiasRecord, SKIP_REASON_TEXT, type GiasSchool, type SkipReason } from '@/lib/gias/map-gias-row';
import { planGiasImport, type ExistingSchool, type ExistingTrust, type GiasPlan, type GiasTarget } from '@/lib/gias/plan-gias-import';
import { decodeGiasBytes, GiasFileError, readGiasFile, readGiasRecords, type GiasRecord } from '@/lib/gias/read-gias-file';
import { GIAS_HEADER, giasCsv, giasRow, syntheticGiasExtract, windows1252, type GiasRowInput } from '@/tests/support/gias-file';

const utf8 = (text: string) => new TextEncoder().encode(text);
const fileOf = (rows: GiasRowInput[], header?: string[]) => readGiasRecords(giasCsv(rows, header));

const record = (overrides: Partial<GiasRecord> = {}): GiasRecord => ({
  line: 2,
  urn: '123456',
  name: 'Kingsmead Primary Academy',
  typeName: 'Academy converter',
  statusName: 'Open',
  phaseName: 'Primary',
  localAuthority: 'Leeds',
  pupils: '398',
  trustCode: '16758',
  trustName: 'Aire Valley Learning Trust',
  postcode: 'LS1 4AP',
  ...overrides,
});
const mapped = (overrides: Partial<GiasRecord> = {}): GiasSchool => {
  const result = mapGiasRecord(record(overrides));
  if (!result.ok) throw new Error(`skipped as ${result.reason}`);
  return result.school;
};
const outcome = (overrides: Partial<GiasRecord>): SkipReason | 'KEPT' => {
  const result = mapGiasRecord(record(overrides));
  return result.ok ? 'KEPT' : result.reason;
};

const fieldsOf = (s: GiasSchool) => ({
  name: s.name,
  phase: s.phase,
  type: s.type,
  giasType: s.giasType,
  localAuthority: s.localAuthority,
  pupilCount: s.pupilCount,
  postcode: s.postcode,
});

// The school as the database would hold it after an earlier import of the same row.
function existingFrom(records: GiasRecord[], urn: string, id: string, trustId: string | null, overrides: Partial<ExistingSchool> = {}): ExistingSchool {
  const found = records.find((r) => r.urn === urn);
  const result = found ? mapGiasRecord(found) : null;
  if (!result?.ok) throw new Error(`no mappable row for ${urn}`);
  return { id, urn, trustId, ...fieldsOf(result.school), ...overrides };
}

// Does in memory what the server does in the database, so a second plan can be checked.
function applyPlan(plan: GiasPlan, schools: ExistingSchool[], trusts: ExistingTrust[], trustId: string | null = null) {
  const allTrusts = [...trusts, ...plan.trustsToCreate.map((t) => ({ id: `trust-${t.giasCode}`, giasCode: t.giasCode }))];
  const trustIdByCode = new Map(allTrusts.map((t) => [t.giasCode.trim().toUpperCase(), t.id]));
  const updates = new Map(plan.update.map((u) => [u.schoolId, u.changes]));
  const after = schools.map((school) => {
    const next: ExistingSchool = { ...school };
    for (const change of updates.get(school.id) ?? []) Object.assign(next, { [change.field]: change.to });
    return next;
  });
  for (const school of plan.create) {
    const inTrust = trustId ?? (school.trustCode === null ? null : (trustIdByCode.get(school.trustCode.toUpperCase()) ?? null));
    after.push({ id: `school-${school.urn}`, urn: school.urn, trustId: inTrust, ...fieldsOf(school) });
  }
  return { schools: after, trusts: allTrusts };
}

const totalSkipped = (plan: GiasPlan) => Object.values(plan.skippedByReason).reduce((sum, n) => sum + (n ?? 0), 0);

describe('decoding a GIAS file', () => {
  it('reads UTF-8, with or without a byte order mark', () => {
    const text = 'URN,EstablishmentName\r\n100001,Ysgol Pont Siôn Norton – St Mary’s\r\n';
    expect(decodeGiasBytes(utf8(text))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeGiasBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]))).toEqual({ text, encoding: 'utf-8' });
  });

  it('falls back to Windows-1252, including its curly quotes and dashes', () => {
    const bytes = new Uint8Array([...utf8('St Mary'), 0x92, ...utf8('s '), 0x96, 0x20, 0x80, 0xa3, 0xf4]);
    expect(decodeGiasBytes(bytes)).toEqual({ text: 'St Mary’s – €£ô', encoding: 'windows-1252' });
  });

  it('has a test encoder that writes real Windows-1252 and refuses what it cannot encode', () => {
    expect([...windows1252('Mary’s – £é')]).toEqual([0x4d, 0x61, 0x72, 0x79, 0x92, 0x73, 0x20, 0x96, 0x20, 0xa3, 0xe9]);
    expect(() => windows1252('Ysgol Tŷ Coch')).toThrow();
  });

  it('reads a Windows-1252 file end to end', async () => {
    const { encoding, records } = await readGiasFile(windows1252(giasCsv([giasRow({ EstablishmentName: 'St Mary’s C of E Primary School' })])));
    expect(encoding).toBe('windows-1252');
    expect(records[0]?.name).toBe('St Mary’s C of E Primary School');
  });
});

describe('reading GIAS records', () => {
  it('finds the columns by name, whatever their order, and ignores the rest', async () => {
    const row = giasRow({ URN: '100001', EstablishmentName: 'Kingsmead Primary', Postcode: 'LS1 4AP', NumberOfPupils: '398' });
    const [reversed] = await fileOf([row], [...GIAS_HEADER].reverse());
    expect(reversed).toEqual({
      line: 2,
      urn: '100001',
      name: 'Kingsmead Primary',
      typeName: 'Academy converter',
      statusName: 'Open',
      phaseName: 'Primary',
      localAuthority: 'Leeds',
      pupils: '398',
      trustCode: '16758',
      trustName: 'Aire Valley Learning Trust',
      postcode: 'LS1 4AP',
    });
  });

  it('trims header cells and values, and leaves absent optional columns empty', async () => {
    const text =
      ' URN ,EstablishmentName,TypeOfEstablishment (name),EstablishmentStatus (name),PhaseOfEducation (name), LA (name)\n 100001 , Ashby School ,Academy converter,Open,Secondary,Leicestershire \n';
    const [first] = await readGiasRecords(text);
    expect(first).toMatchObject({
      urn: '100001',
      name: 'Ashby School',
      localAuthority: 'Leicestershire',
      pupils: '',
      trustCode: '',
      trustName: '',
      postcode: '',
    });
  });

  it('names every missing required column', async () => {
    const header = GIAS_HEADER.filter((column) => column !== 'URN' && column !== 'LA (name)');
    await expect(fileOf([giasRow()], header)).rejects.toThrow(
      'The file has no URN or LA (name) column. Download the establishment fields CSV from Get Information About Schools',
    );
    const fewer = header.filter((column) => column !== 'EstablishmentName');
    await expect(fileOf([giasRow()], fewer)).rejects.toThrow('The file has no URN, EstablishmentName or LA (name) column.');
    await expect(fileOf([giasRow()], fewer)).rejects.toBeInstanceOf(GiasFileError);
  });

  it('says when the file is empty or has no rows', async () => {
    await expect(readGiasRecords('')).rejects.toThrow('The file is empty');
    await expect(readGiasRecords(' \r\n\r\n')).rejects.toThrow('The file is empty');
    await expect(readGiasFile(new Uint8Array())).rejects.toThrow('The file is empty');
    await expect(fileOf([])).rejects.toThrow(/no schools/);
  });

  it('says which line cannot be parsed', async () => {
    const text = giasCsv([giasRow(), giasRow()]) + '100009,"Unclosed name,Leeds\r\n';
    await expect(readGiasRecords(text)).rejects.toThrow(/line 4/);
    await expect(readGiasRecords(text)).rejects.toBeInstanceOf(GiasFileError);
  });

  it('handles quoted commas, quotes and line breaks, keeping line numbers true to the file', async () => {
    const rows = [
      giasRow({ URN: '100001', EstablishmentName: 'Holy Trinity, Richmond', Street: '1 Church Lane\r\nHam' }),
      giasRow({ URN: '100002', EstablishmentName: 'The "Gateway" Academy', 'LA (name)': 'Herefordshire, County of' }),
    ];
    const records = await fileOf(rows);
    expect(records.map((r) => [r.line, r.urn, r.name, r.localAuthority])).toEqual([
      [2, '100001', 'Holy Trinity, Richmond', 'Leeds'],
      [4, '100002', 'The "Gateway" Academy', 'Herefordshire, County of'],
    ]);
  });

  it('tolerates short rows, blank lines and rows of empty cells', async () => {
    const header = 'URN,EstablishmentName,LA (name),TypeOfEstablishment (name),EstablishmentStatus (name),PhaseOfEducation (name),Postcode';
    const text = [header, '100001,Short Row,Leeds', '', ',,,,,,', '100002,Full Row,Leeds,Community school,Open,Primary,LS2 7AB', ''].join('\r\n');
    const records = await readGiasRecords(text);
    expect(records.map((r) => [r.line, r.urn, r.typeName, r.postcode])).toEqual([
      [2, '100001', '', ''],
      [5, '100002', 'Community school', 'LS2 7AB'],
    ]);
  });
});

describe('mapping a GIAS record', () => {
  it('keeps open schools and says why others are left out', () => {
    expect(outcome({ statusName: 'Open' })).toBe('KEPT');
    expect(outcome({ statusName: 'Open, but proposed to close' })).toBe('KEPT');
    expect(outcome({ statusName: 'Closed' })).toBe('CLOSED');
    expect(outcome({ statusName: 'Proposed to open' })).toBe('NOT_OPEN_YET');
    expect(outcome({ statusName: '' })).toBe('NOT_SUPPORTED');
  });

  it('maps types and phases', () => {
    const cases: [string, string, GiasSchool['type'], GiasSchool['phase']][] = [
      ['Academy converter', 'Primary', 'ACADEMY_CONVERTER', 'PRIMARY'],
      ['Academy sponsor led', 'Secondary', 'ACADEMY_SPONSOR_LED', 'SECONDARY'],
      ['Academy special converter', 'Not applicable', 'ACADEMY_CONVERTER', 'SPECIAL'],
      ['Academy special sponsor led', 'Secondary', 'ACADEMY_SPONSOR_LED', 'SPECIAL'],
      ['Academy alternative provision converter', 'Not applicable', 'ACADEMY_CONVERTER', 'ALTERNATIVE_PROVISION'],
      ['Academy alternative provision sponsor led', 'Primary', 'ACADEMY_SPONSOR_LED', 'ALTERNATIVE_PROVISION'],
      ['Academy 16-19 converter', '16 plus', 'ACADEMY_CONVERTER', 'SIXTEEN_PLUS'],
      ['Academy 16 to 19 sponsor led', '16 plus', 'ACADEMY_SPONSOR_LED', 'SIXTEEN_PLUS'],
      ['Free schools', 'All-through', 'FREE_SCHOOL', 'ALL_THROUGH'],
      ['Free schools special', 'Not applicable', 'FREE_SCHOOL', 'SPECIAL'],
      ['Studio schools', 'Secondary', 'FREE_SCHOOL', 'SECONDARY'],
      ['University technical college', 'Secondary', 'FREE_SCHOOL', 'SECONDARY'],
      ['Community school', 'Middle deemed primary', 'COMMUNITY', 'MIDDLE'],
      ['Foundation school', 'Middle deemed secondary', 'FOUNDATION', 'MIDDLE'],
      ['Voluntary aided school', 'Primary', 'VOLUNTARY_AIDED', 'PRIMARY'],
      ['voluntary controlled school ', 'primary', 'VOLUNTARY_CONTROLLED', 'PRIMARY'],
      ['Community special school', 'Not applicable', 'SPECIAL', 'SPECIAL'],
      ['Non-maintained special school', 'Not applicable', 'SPECIAL', 'SPECIAL'],
      ['Pupil referral unit', 'Not applicable', 'PUPIL_REFERRAL_UNIT', 'ALTERNATIVE_PROVISION'],
      ['Local authority nursery school', 'Not applicable', 'OTHER', 'NURSERY'],
      ['Local authority nursery school', 'Nursery', 'OTHER', 'NURSERY'],
      ['Service Children’s Education', 'Primary', 'OTHER', 'PRIMARY'],
    ];
    for (const [typeName, phaseName, type, phase] of cases) {
      expect({ typeName, phaseName, ...mapped({ typeName, phaseName }) }).toMatchObject({ typeName, phaseName, type, phase, giasType: typeName.trim() });
    }
  });

  it('leaves out types that are not state-funded schools in England', () => {
    for (const typeName of [
      'Other independent school',
      'Other independent special school',
      'Further education',
      'Welsh establishment',
      'Children’s centre',
      '',
    ]) {
      expect(outcome({ typeName })).toBe('NOT_SUPPORTED');
    }
  });

  it('needs a phase it can use', () => {
    expect(outcome({ typeName: 'Community school', phaseName: 'Not applicable' })).toBe('NO_PHASE');
    expect(outcome({ typeName: 'Secure units', phaseName: 'Not applicable' })).toBe('NO_PHASE');
  });

  it('needs a 6-digit URN, a name and a local authority', () => {
    for (const urn of ['12345', '1234567', 'A12345', '']) expect(outcome({ urn })).toBe('BAD_URN');
    expect(outcome({ name: '' })).toBe('MISSING_DETAILS');
    expect(outcome({ localAuthority: '' })).toBe('MISSING_DETAILS');
  });

  it('reads the pupil count, postcode and trust', () => {
    expect(['398', '0', '', '-3', '12.5', 'n/a'].map((pupils) => mapped({ pupils }).pupilCount)).toEqual([398, 0, null, null, null, null]);
    expect([' ls1   4ap ', 'SW1A 1AA', ''].map((postcode) => mapped({ postcode }).postcode)).toEqual(['LS1 4AP', 'SW1A 1AA', null]);
    expect(mapped({ trustCode: '', trustName: '' })).toMatchObject({ trustCode: null, trustName: null });
    expect(mapped({ trustCode: ' 16758 ' })).toMatchObject({ trustCode: '16758', trustName: 'Aire Valley Learning Trust' });
  });

  it('has words for every reason, and the unavailable URN gives nothing away', () => {
    expect(Object.values(SKIP_REASON_TEXT).every((text) => text.length > 0)).toBe(true);
    expect(SKIP_REASON_TEXT.URN_NOT_AVAILABLE).not.toMatch(/another|other trust|exists/i);
  });
});

describe('planning a trust import', () => {
  const ours = { 'Trusts (code)': 'T1', 'Trusts (name)': 'Aire Valley Learning Trust' };
  const theirs = { 'Trusts (code)': 'T2', 'Trusts (name)': 'Bro Morgannwg Trust' };
  const standalone = { 'Trusts (code)': '', 'Trusts (name)': '' };
  const rows = [
    giasRow({ URN: '200001', ...ours }),
    giasRow({ URN: '200002', ...ours, EstablishmentName: 'New Name Academy', NumberOfPupils: '410' }),
    giasRow({ URN: '200003', ...ours }),
    giasRow({ URN: '200004', ...ours }),
    giasRow({ URN: '200005', ...ours }),
    giasRow({ URN: '200006', ...theirs }),
    giasRow({ URN: '200007', ...standalone, 'EstablishmentStatus (name)': 'Closed' }),
    giasRow({ URN: '200001', ...ours, EstablishmentName: 'Second Copy' }),
    giasRow({ URN: '200008', ...ours, 'EstablishmentStatus (name)': 'Closed' }),
    giasRow({ URN: '200009', ...theirs }),
  ];

  async function world() {
    const records = await fileOf(rows);
    const existing = [
      existingFrom(records, '200002', 's2', 'trust-1', { name: 'Old Name Academy', pupilCount: 380 }),
      existingFrom(records, '200003', 's3', 'trust-1'),
      existingFrom(records, '200004', 's4', 'trust-2'),
      existingFrom(records, '200005', 's5', null),
    ];
    return { records, existing };
  }

  it('by trust code: creates, updates with exact changes, and keeps out what is not the trust’s', async () => {
    const { records, existing } = await world();
    const plan = planGiasImport(records, existing, { kind: 'trust', trustId: 'trust-1', match: { trustCode: ' t1 ' } });

    expect(plan.create.map((s) => s.urn)).toEqual(['200001']);
    expect(plan.update).toEqual([
      {
        schoolId: 's2',
        school: expect.objectContaining({ urn: '200002' }),
        changes: [
          { field: 'name', from: 'Old Name Academy', to: 'New Name Academy' },
          { field: 'pupilCount', from: 380, to: 410 },
        ],
      },
    ]);
    expect(plan.unchanged).toBe(1);
    expect(plan.skipped).toEqual([
      { line: 5, urn: '200004', name: rows[3]?.EstablishmentName, reason: 'URN_NOT_AVAILABLE' },
      { line: 6, urn: '200005', name: rows[4]?.EstablishmentName, reason: 'URN_NOT_AVAILABLE' },
      { line: 9, urn: '200001', name: 'Second Copy', reason: 'DUPLICATE_URN' },
      { line: 10, urn: '200008', name: rows[8]?.EstablishmentName, reason: 'CLOSED' },
    ]);
    expect(plan.skippedByReason).toEqual({ URN_NOT_AVAILABLE: 2, DUPLICATE_URN: 1, CLOSED: 1, ANOTHER_TRUST: 3 });
    expect(plan.trustsToCreate).toEqual([]);
    expect(plan.trustsInFile).toEqual([
      { code: 'T1', name: 'Aire Valley Learning Trust', schoolCount: 5 },
      { code: 'T2', name: 'Bro Morgannwg Trust', schoolCount: 2 },
    ]);
  });

  it('by URN list: takes the listed rows, whatever their trust code, and reports URNs not in the file', async () => {
    const { records, existing } = await world();
    const plan = planGiasImport(records, existing, {
      kind: 'trust',
      trustId: 'trust-1',
      match: { urns: ['200001', '200003', '200006', ' 999999 ', '200003'] },
    });
    expect(plan.create.map((s) => s.urn)).toEqual(['200001', '200006']);
    expect(plan.unchanged).toBe(1);
    expect(plan.skipped).toEqual([
      { line: 9, urn: '200001', name: 'Second Copy', reason: 'DUPLICATE_URN' },
      { line: 0, urn: '999999', name: '', reason: 'NOT_IN_FILE' },
    ]);
    expect(plan.skippedByReason).toEqual({ DUPLICATE_URN: 1, NOT_IN_FILE: 1, ANOTHER_TRUST: 6 });
  });

  it('names a missing URN only when it is the trust’s own school', async () => {
    const { records, existing } = await world();
    const gone = existingFrom(records, '200003', 's9', 'trust-1', { urn: '300009', name: 'Gone Academy' });
    const elsewhere = existingFrom(records, '200003', 's10', 'trust-2', { urn: '300004', name: 'Another Tenant’s School' });
    const plan = planGiasImport(records, [...existing, gone, elsewhere], { kind: 'trust', trustId: 'trust-1', match: { urns: ['300009', '300004'] } });
    expect(plan.skipped).toEqual([
      { line: 0, urn: '300009', name: 'Gone Academy', reason: 'NOT_IN_FILE' },
      { line: 0, urn: '300004', name: '', reason: 'NOT_IN_FILE' },
    ]);
  });

  it('an empty trust code claims nothing', async () => {
    const { records, existing } = await world();
    const plan = planGiasImport(records, existing, { kind: 'trust', trustId: 'trust-1', match: { trustCode: '' } });
    expect(plan.create).toEqual([]);
    expect(plan.skippedByReason).toEqual({ ANOTHER_TRUST: rows.length });
  });
});

describe('planning a platform import', () => {
  const t1 = { 'Trusts (code)': 'T1', 'Trusts (name)': 'Aire Valley Learning Trust' };
  const t2 = { 'Trusts (code)': 'T2', 'Trusts (name)': 'Bro Morgannwg Trust' };
  const none = { 'Trusts (code)': '', 'Trusts (name)': '' };
  const rows = [
    giasRow({ URN: '400001', ...t1 }),
    giasRow({ URN: '400002', ...t2 }),
    giasRow({ URN: '400003', ...t2, 'Trusts (name)': 'Later Spelling' }),
    giasRow({ URN: '400004', ...none, 'TypeOfEstablishment (name)': 'Community school' }),
    giasRow({ URN: '400005', ...t1, Postcode: 'ls1  9zz' }),
    giasRow({ URN: '400006', ...none }),
    giasRow({ URN: '400007', ...t1 }),
    giasRow({ URN: '400008', ...none }),
    giasRow({ URN: '400009', ...t2 }),
    giasRow({ URN: '400010', ...t1, 'EstablishmentStatus (name)': 'Closed' }),
  ];
  const trusts: ExistingTrust[] = [{ id: 'trust-1', giasCode: 't1' }];

  async function world() {
    const records = await fileOf(rows);
    const existing = [
      existingFrom(records, '400005', 's5', 'trust-1', { postcode: 'LS1 4AP' }),
      existingFrom(records, '400006', 's6', null),
      existingFrom(records, '400007', 's7', null),
      existingFrom(records, '400008', 's8', 'trust-1'),
      existingFrom(records, '400009', 's9', null),
    ];
    return { records, existing };
  }

  it('creates schools and new trusts, and never moves a school between trusts', async () => {
    const { records, existing } = await world();
    const plan = planGiasImport(records, existing, { kind: 'platform', trusts });

    expect(plan.create.map((s) => [s.urn, s.trustCode])).toEqual([
      ['400001', 'T1'],
      ['400002', 'T2'],
      ['400003', 'T2'],
      ['400004', null],
    ]);
    expect(plan.update).toEqual([
      { schoolId: 's5', school: expect.objectContaining({ urn: '400005' }), changes: [{ field: 'postcode', from: 'LS1 4AP', to: 'LS1 9ZZ' }] },
    ]);
    expect(plan.unchanged).toBe(1);
    expect(plan.skipped.map((s) => [s.urn, s.reason])).toEqual([
      ['400007', 'TRUST_DIFFERS'],
      ['400008', 'TRUST_DIFFERS'],
      ['400009', 'TRUST_DIFFERS'],
      ['400010', 'CLOSED'],
    ]);
    expect(plan.trustsToCreate).toEqual([{ giasCode: 'T2', name: 'Bro Morgannwg Trust', schoolCount: 2 }]);
    expect(plan.trustsInFile).toEqual([
      { code: 'T1', name: 'Aire Valley Learning Trust', schoolCount: 3 },
      { code: 'T2', name: 'Bro Morgannwg Trust', schoolCount: 3 },
    ]);
  });
});

describe('planning again after applying', () => {
  it('has nothing left to do, and the hash follows the file and the database', async () => {
    const records = await fileOf([
      giasRow({ URN: '500001', 'Trusts (code)': 'T1' }),
      giasRow({ URN: '500002', 'Trusts (code)': 'T9', Postcode: ' sw1a   1aa', NumberOfPupils: '' }),
      giasRow({ URN: '500003', 'Trusts (code)': '', 'PhaseOfEducation (name)': 'Not applicable', 'TypeOfEstablishment (name)': 'Pupil referral unit' }),
      giasRow({ URN: '500004', 'Trusts (code)': 'T1', EstablishmentName: 'Changed Name' }),
    ]);
    const trusts: ExistingTrust[] = [{ id: 'trust-1', giasCode: 'T1' }];
    const existing = [existingFrom(records, '500004', 's4', 'trust-1', { name: 'Old Name', giasType: null })];
    const target: GiasTarget = { kind: 'platform', trusts };

    const first = planGiasImport(records, existing, target);
    expect(first.create).toHaveLength(3);
    expect(first.update).toHaveLength(1);
    expect(planGiasImport(records, existing, target).hash).toBe(first.hash);
    expect(planGiasImport([...records].reverse(), existing, target).hash).toBe(first.hash);

    const applied = applyPlan(first, existing, trusts);
    const second = planGiasImport(records, applied.schools, { kind: 'platform', trusts: applied.trusts });
    expect(second).toMatchObject({ create: [], update: [], trustsToCreate: [], unchanged: 4 });
    expect(second.hash).not.toBe(first.hash);

    const edited = applied.schools.map((s) => (s.urn === '500001' ? { ...s, pupilCount: 1 } : s));
    expect(planGiasImport(records, edited, { kind: 'platform', trusts: applied.trusts }).hash).not.toBe(second.hash);
  });

  it('in trust mode too', async () => {
    const records = await fileOf([giasRow({ URN: '600001', 'Trusts (code)': 'T1' }), giasRow({ URN: '600002', 'Trusts (code)': 'T1', Postcode: 'b1 1bb' })]);
    const target: GiasTarget = { kind: 'trust', trustId: 'trust-1', match: { trustCode: 'T1' } };
    const first = planGiasImport(records, [], target);
    const applied = applyPlan(first, [], [], 'trust-1');
    expect(planGiasImport(records, applied.schools, target)).toMatchObject({ create: [], update: [], unchanged: 2 });
  });
});

describe('a national-sized extract', () => {
  it('survives Windows-1252 and adds up', { timeout: 60_000 }, async () => {
    const rows = 50_000;
    const text = syntheticGiasExtract(rows, { seed: 7 });
    expect(syntheticGiasExtract(200, { seed: 7 })).toBe(syntheticGiasExtract(200, { seed: 7 }));

    const { encoding, records } = await readGiasFile(windows1252(text));
    expect(encoding).toBe('windows-1252');
    expect(records).toHaveLength(rows);
    expect(records.some((r) => r.name.includes('St Mary’s') && r.name.includes(','))).toBe(true);
    expect(records.some((r) => r.name.includes('Siôn'))).toBe(true);

    const addsUp = (plan: GiasPlan) => {
      expect(plan.create.length + plan.update.length + plan.unchanged + totalSkipped(plan)).toBe(rows);
      expect(plan.skipped.length).toBe(totalSkipped(plan) - (plan.skippedByReason.ANOTHER_TRUST ?? 0));
    };

    const empty = planGiasImport(records, [], { kind: 'platform', trusts: [] });
    addsUp(empty);
    const closed = empty.skippedByReason.CLOSED ?? 0;
    expect(closed / rows).toBeGreaterThan(0.08);
    expect(closed / rows).toBeLessThan(0.12);
    expect(empty.trustsToCreate.length).toBe(empty.trustsInFile.length);
    const biggest = Math.max(...empty.trustsInFile.map((t) => t.schoolCount));
    expect(biggest).toBeGreaterThan(40);
    expect(biggest).toBeLessThan(150);

    // Half the trusts and their schools are in the database already, one school in ten out of date.
    const half = new Set(empty.trustsToCreate.filter((_, i) => i % 2 === 0).map((t) => t.giasCode));
    const inDatabase = empty.create.filter((s) => s.trustCode === null || half.has(s.trustCode));
    const applied = applyPlan({ ...empty, create: inDatabase, update: [], trustsToCreate: empty.trustsToCreate.filter((t) => half.has(t.giasCode)) }, [], []);
    const existing = applied.schools.map((s, i) => (i % 10 === 0 ? { ...s, pupilCount: -1 } : s));
    expect(existing.length).toBeGreaterThan(20_000);
    const platform = planGiasImport(records, existing, { kind: 'platform', trusts: applied.trusts });
    addsUp(platform);
    expect(platform.update).toHaveLength(Math.ceil(existing.length / 10));
    expect(platform.create).toHaveLength(empty.create.length - inDatabase.length);
    expect(platform.trustsToCreate).toHaveLength(empty.trustsToCreate.length - half.size);

    const [largest] = platform.trustsInFile.filter((t) => half.has(t.code)).sort((a, b) => b.schoolCount - a.schoolCount);
    if (!largest) throw new Error('no trust in the database');
    const forTrust = planGiasImport(records, existing, { kind: 'trust', trustId: `trust-${largest.code}`, match: { trustCode: largest.code } });
    addsUp(forTrust);
    expect(forTrust.create).toEqual([]);
    expect(forTrust.update.length + forTrust.unchanged).toBe(largest.schoolCount);
  });
});
