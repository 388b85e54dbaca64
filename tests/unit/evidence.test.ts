import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkEvidenceFile, MAX_EVIDENCE_BYTES, storedFileName } from '@/lib/evidence/check-file';
import { answerEvidenceStatus, evidenceState } from '@/lib/evidence/evidence-state';
import { filterEvidence, unbackedAnswers } from '@/lib/evidence/filter-evidence';
import { readTrainingFile } from '@/lib/evidence/read-training-file';
import { returnPath } from '@/lib/evidence/return-path';
import { simplePdf } from '@/lib/evidence/simple-pdf';
import { summariseTraining, trainingExpires, trainingState } from '@/lib/evidence/training';
import { CROSSWALK, findFramework } from '@/lib/frameworks/crosswalk';
import { CrosswalkSchema, crosswalkProblems, itemTarget } from '@/lib/frameworks/crosswalk-schema';
import { frameworkReadiness, readinessSentence, type ReadinessInput } from '@/lib/frameworks/readiness';
import { DFE_2026_11, DFE_2026_12 } from '@/lib/standards/catalogue';

const TODAY = '2026-12-03';
const text = (s: string) => new TextEncoder().encode(s);

describe('the compliance crosswalk', () => {
  it('maps only requirement codes that exist in the catalogue it names', () => {
    expect(crosswalkProblems(CROSSWALK, DFE_2026_12)).toEqual([]);
    const codes = new Set(DFE_2026_12.standards.flatMap((s) => s.requirements.map((r) => r.code)));
    for (const framework of CROSSWALK.frameworks) for (const item of framework.items) for (const code of item.requirementCodes) expect(codes).toContain(code);
  });

  it('maps the four RPA conditions, the five Cyber Essentials controls and the 2026 rules, KCSIE and the handbook', () => {
    const counts = Object.fromEntries(CROSSWALK.frameworks.map((f) => [f.id, f.items.length]));
    expect(counts).toEqual({ 'rpa-cyber-cover': 4, 'cyber-essentials': 7, 'kcsie-filtering-monitoring': 5, 'academy-trust-handbook': 2 });
    expect(findFramework('rpa-cyber-cover')!.items.find((i) => i.key === 'police-cyberalarm')!.requirementCodes).toEqual([]);
  });

  it('names what is wrong with a crosswalk that does not fit', () => {
    const broken = CrosswalkSchema.parse({
      version: '2026.12',
      catalogueVersion: '2026.12',
      frameworks: [
        {
          ...CROSSWALK.frameworks[0]!,
          items: [
            { ...CROSSWALK.frameworks[0]!.items[0]!, requirementCodes: ['cyber-security.backup.renamed'] },
            { ...CROSSWALK.frameworks[0]!.items[0]!, requirementCodes: ['cyber-security.backup.off-site', 'cyber-security.backup.off-site'] },
          ],
        },
        CROSSWALK.frameworks[0]!,
      ],
    });
    const problems = crosswalkProblems(broken, DFE_2026_12);
    expect(problems).toContain('rpa-cyber-cover:offline-backups maps cyber-security.backup.renamed, which is not in the catalogue');
    expect(problems).toContain('rpa-cyber-cover: item offline-backups appears twice');
    expect(problems).toContain('rpa-cyber-cover:offline-backups maps a requirement twice');
    expect(problems).toContain('framework rpa-cyber-cover appears twice');
    expect(crosswalkProblems(CROSSWALK, DFE_2026_11)).toContain('maps catalogue 2026.12, not 2026.11');
  });
});

describe('evidence expiry', () => {
  it('counts an item up to and including its valid-until day, and warns in the 30 days before', () => {
    expect(evidenceState(null, TODAY)).toBe('undated');
    expect(evidenceState('2026-12-02', TODAY)).toBe('expired');
    expect(evidenceState('2026-12-03', TODAY)).toBe('expiring');
    expect(evidenceState('2027-01-02', TODAY)).toBe('expiring');
    expect(evidenceState('2027-01-03', TODAY)).toBe('current');
  });

  it('flags an answer only when everything behind it has expired', () => {
    expect(answerEvidenceStatus([])).toBe('none');
    expect(answerEvidenceStatus(['expired'])).toBe('expired');
    expect(answerEvidenceStatus(['expired', 'current'])).toBe('current');
    expect(answerEvidenceStatus(['expired', 'undated'])).toBe('current');
  });
});

describe('training records', () => {
  it('lasts a year, is due in its last 60 days and overdue after', () => {
    expect(trainingExpires('2025-12-03')).toBe('2026-12-03');
    expect(trainingExpires('2024-02-29')).toBe('2025-02-28');
    expect(trainingState(null, TODAY)).toBe('missing');
    expect(trainingState('2025-12-02', TODAY)).toBe('overdue');
    expect(trainingState('2025-12-03', TODAY)).toBe('due');
    expect(trainingState('2026-01-31', TODAY)).toBe('due');
    expect(trainingState('2026-02-02', TODAY)).toBe('trained');
  });

  it('names who still needs training', () => {
    const summary = summariseTraining(
      [
        { name: 'A', trainedOn: '2026-09-01' },
        { name: 'B', trainedOn: '2025-12-10' },
        { name: 'C', trainedOn: '2024-09-01' },
        { name: 'D', trainedOn: null },
      ],
      TODAY,
    );
    expect(summary).toEqual({ people: 4, trained: 2, due: ['B'], untrained: ['C', 'D'] });
  });

  it('reads a CSV by its headers, and refuses the whole file when a row is wrong', () => {
    const ok = readTrainingFile(text('Full name,Role,Trained on,Email\nSarah Patel,Staff,14/09/2026,s.patel@school.org.uk\nMargaret Cole,Governor,,\n'));
    expect(ok.ok && ok.rows.map((r) => [r.name, r.role, r.trainedOn?.toISOString().slice(0, 10) ?? null, r.email])).toEqual([
      ['Sarah Patel', 'STAFF', '2026-09-14', 's.patel@school.org.uk'],
      ['Margaret Cole', 'GOVERNOR', null, null],
    ]);
    const bad = readTrainingFile(text('Name,Role,Trained on\nSarah Patel,Staff,14/09/2026\nsarah  patel,Teacher,\nBob,Astronaut,\nAnn,Staff,31/02/2026\n'));
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.problems).toHaveLength(3);
      expect(bad.problems[0]).toMatch(/^Row 3: .*also on row 2/);
      expect(bad.problems[1]).toMatch(/^Row 4: Choose staff, governor/);
      expect(bad.problems[2]).toMatch(/^Row 5: Enter a real date/);
    }
    const headless = readTrainingFile(text('Person,Date\nA,1/1/2026\n'));
    expect(!headless.ok && headless.message).toMatch(/“Name” and “Role” are missing/);
  });
});

describe('readiness', () => {
  const rpa = findFramework('rpa-cyber-cover')!;
  const met = (codes: string[]) => new Map(codes.map((c) => [c, 'MET' as const]));
  const allRpaCodes = rpa.items.flatMap((i) => i.requirementCodes);
  const trained = { people: 2, trained: 2, due: [], untrained: [] };

  it('says 3 of 4 with what is missing, and turns evidenced when the missing item is backed', () => {
    const input: ReadinessInput = {
      answers: met(allRpaCodes),
      evidence: new Map([
        ['cyber-security.backup.restore-tested', ['current']],
        ['rpa-cyber-cover:response-plan', ['expiring']],
      ]),
      training: trained,
    };
    const before = frameworkReadiness(rpa, input);
    expect(before.items.map((i) => i.status)).toEqual(['evidenced', 'evidenced', 'unevidenced', 'evidenced']);
    expect(readinessSentence(before, 'conditions')).toBe('3 of 4 conditions evidenced, missing: Registered with Police CyberAlarm');
    const after = frameworkReadiness(rpa, { ...input, evidence: new Map([...input.evidence, [itemTarget(rpa, rpa.items[2]!), ['undated']]]) });
    expect(after.evidenced).toBe(4);
    expect(readinessSentence(after)).toBe('4 of 4 items evidenced');
  });

  it('needs the mapped answers met, current evidence, and everyone trained', () => {
    const statuses = (input: ReadinessInput) => frameworkReadiness(rpa, input).items.map((i) => i.status);
    const evidence = new Map(allRpaCodes.map((c) => [c, ['current' as const]]));
    expect(statuses({ answers: new Map(), evidence, training: trained })).toEqual(['unanswered', 'unanswered', 'unevidenced', 'unanswered']);
    const partly = met(allRpaCodes);
    partly.set('cyber-security.backup.immutable', 'PARTLY_MET' as never);
    expect(statuses({ answers: partly, evidence, training: trained })[0]).toBe('not-met');
    const expired = new Map(allRpaCodes.map((c) => [c, ['expired' as const]]));
    expect(statuses({ answers: met(allRpaCodes), evidence: expired, training: trained })[0]).toBe('expired');
    expect(statuses({ answers: met(allRpaCodes), evidence, training: { people: 0, trained: 0, due: [], untrained: [] } })[1]).toBe('training-due');
    const missing = frameworkReadiness(rpa, { answers: met(allRpaCodes), evidence, training: { people: 3, trained: 1, due: [], untrained: ['Bob', 'Ann'] } });
    expect(missing.items[1]!.next).toBe('2 people need training: Bob, Ann.');
  });

  it('does not count a condition met when every mapped answer is "not applicable"', () => {
    const na = new Map(rpa.items[3]!.requirementCodes.map((c) => [c, 'NOT_APPLICABLE' as const]));
    const result = frameworkReadiness(rpa, { answers: na, evidence: new Map([['rpa-cyber-cover:response-plan', ['current']]]), training: trained });
    expect(result.items[3]!.status).toBe('not-met');
  });
});

describe('the evidence file check', () => {
  it('accepts what schools keep, told from the content', async () => {
    expect(await checkEvidenceFile('backup test.pdf', simplePdf(['Backup test']))).toEqual({ ok: true, mediaType: 'application/pdf', extension: 'pdf' });
    const png = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'));
    expect(await checkEvidenceFile('screenshot.PNG', png)).toMatchObject({ ok: true, mediaType: 'image/png' });
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Log').addRow(['Restore test', 'pass']);
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await checkEvidenceFile('log.xlsx', xlsx)).toMatchObject({ ok: true, extension: 'xlsx' });
    expect(await checkEvidenceFile('notes.txt', text('Checked the firewall rules on 1 December.\n'))).toMatchObject({ ok: true, mediaType: 'text/plain' });
    const cfb = new Uint8Array(4096);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await checkEvidenceFile('old policy.doc', cfb)).toMatchObject({ ok: true, mediaType: 'application/msword' });
  });

  it('refuses a renamed program, SVG and HTML, binary "text", empty and oversized files', async () => {
    const exe = new Uint8Array(512);
    exe.set(text('MZ'));
    exe.set(text('PE\0\0'), 128);
    exe[60] = 128;
    const renamed = await checkEvidenceFile('backup-test.pdf', exe);
    expect(renamed.ok).toBe(false);
    expect(!renamed.ok && renamed.message).toMatch(/This one is a \.exe file, whatever its name says/);
    expect((await checkEvidenceFile('logo.svg', text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).ok).toBe(false);
    expect((await checkEvidenceFile('page.html', text('<html><script>alert(1)</script></html>'))).ok).toBe(false);
    expect(await checkEvidenceFile('data.txt', new Uint8Array([0x41, 0, 0x42]))).toMatchObject({ ok: false });
    expect(await checkEvidenceFile('empty.pdf', new Uint8Array())).toMatchObject({ ok: false, message: 'The file is empty. Choose the file again.' });
    const big = new Uint8Array(MAX_EVIDENCE_BYTES + 1);
    big.set(simplePdf(['x']));
    expect(await checkEvidenceFile('big.pdf', big)).toMatchObject({ ok: false, message: 'The file must be 20 MB or smaller.' });
  });

  it('downloads under the name given, with the extension the content has', () => {
    expect(storedFileName('Backup test.PDF', 'pdf')).toBe('Backup test.pdf');
    expect(storedFileName('scan', 'jpg')).toBe('scan.jpg');
    expect(storedFileName('.pdf', 'pdf')).toBe('evidence.pdf');
  });
});

describe('the evidence page rules', () => {
  const rows = [
    { id: 'a', state: 'current' as const, targets: ['cyber-security.backup.restore-tested'] },
    { id: 'b', state: 'expired' as const, targets: ['filtering-and-monitoring.review.yearly'] },
    { id: 'c', state: 'expiring' as const, targets: ['rpa-cyber-cover:police-cyberalarm'] },
  ];
  it('filters by standard, framework and state', () => {
    expect(filterEvidence(rows, { standard: 'cyber-security' }).map((r) => r.id)).toEqual(['a']);
    expect(filterEvidence(rows, { framework: findFramework('rpa-cyber-cover') }).map((r) => r.id)).toEqual(['a', 'c']);
    expect(filterEvidence(rows, { framework: findFramework('kcsie-filtering-monitoring') }).map((r) => r.id)).toEqual(['b']);
    expect(filterEvidence(rows, { state: 'expired' }).map((r) => r.id)).toEqual(['b']);
    expect(filterEvidence(rows, { state: 'current' }).map((r) => r.id)).toEqual(['a']);
  });

  it('lists met answers with nothing behind them', () => {
    const requirements = [
      { code: 'x.a', title: 'A', standardSlug: 'x' },
      { code: 'x.b', title: 'B', standardSlug: 'x' },
      { code: 'y.c', title: 'C', standardSlug: 'y' },
    ];
    const answers = new Map([
      ['x.a', 'MET'],
      ['x.b', 'NOT_MET'],
      ['y.c', 'MET'],
    ]);
    expect(unbackedAnswers(requirements, answers, new Set(['y.c']), {}).map((r) => r.code)).toEqual(['x.a']);
  });

  it('returns only to a page of the same school', () => {
    expect(returnPath('abc', '/schools/abc/assessments/x1/cyber-security')).toBe('/schools/abc/assessments/x1/cyber-security');
    expect(returnPath('abc', '/schools/other/readiness')).toBeNull();
    expect(returnPath('abc', 'https://evil.example/schools/abc/readiness')).toBeNull();
    expect(returnPath('abc', '//evil.example')).toBeNull();
  });
});
