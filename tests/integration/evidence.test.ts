// Evidence end to end against PostgreSQL: files stored in the database back end, type and quota
// checks, every tenant and role refusal, governors' shared view, snapshots, readiness, packs
// built by the worker, and training records.
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

// A small quota, so the quota test needs only a few hundred kilobytes.
vi.hoisted(() => {
  process.env.EVIDENCE_QUOTA_MB = '1';
});

import { completeAssessment } from '@/lib/assessment/complete-assessment';
import { startAssessment } from '@/lib/assessment/start-assessment';
import { prisma } from '@/lib/db/prisma';
import { evidenceByAnswer } from '@/lib/evidence/answer-evidence';
import { getEvidence, getEvidenceFile, getSnapshotEvidence, listEvidence } from '@/lib/evidence/list-evidence';
import { createEvidence, deleteEvidence, updateEvidence } from '@/lib/evidence/manage-evidence';
import { createTrainingRecord, deleteTrainingRecord, importTrainingRecords, listTrainingRecords, updateTrainingRecord } from '@/lib/evidence/manage-training';
import { CreateEvidenceSchema, UpdateEvidenceSchema, type EvidenceInput } from '@/lib/evidence/schemas';
import { simplePdf } from '@/lib/evidence/simple-pdf';
import { TrainingFieldsSchema } from '@/lib/evidence/training-schemas';
import { getEvidencePack } from '@/lib/frameworks/evidence-pack';
import { getSchoolReadiness } from '@/lib/frameworks/get-school-readiness';
import { getTrustReadiness } from '@/lib/frameworks/get-trust-readiness';
import { startWorker } from '@/lib/jobs/worker';
import { DFE_2026_12 } from '@/lib/standards/catalogue';
import { loadCatalogue } from '@/lib/standards/load-catalogue';
import { fileStore } from '@/lib/storage/file-store';
import type { Actor } from '@/lib/tenancy/actor';
import { expectAppError } from '../support/expect-app-error';
import { answerEverything, makeWorld } from '../support/factories';

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
let catalogueVersionId: string;
let worker: Awaited<ReturnType<typeof startWorker>>;

beforeAll(async () => {
  await loadCatalogue(prisma as never, DFE_2026_12);
  catalogueVersionId = (await prisma.catalogueVersion.findUniqueOrThrow({ where: { version: DFE_2026_12.version } })).id;
  worker = await startWorker({ pollingIntervalSeconds: 0.5 });
}, 60_000);

afterAll(async () => {
  await worker.stop();
});

beforeEach(async () => {
  w = await makeWorld();
});

function input(over: Record<string, unknown> = {}): EvidenceInput {
  const {
    schoolId: _s,
    back: _b,
    ...parsed
  } = CreateEvidenceSchema.parse({
    schoolId: 'x',
    kind: 'FILE',
    title: 'Backup restore test',
    producedOn: '2026-11-20',
    validUntil: '2027-11-20',
    file: new File([simplePdf(['Backup restore test', 'Result: pass']) as Uint8Array<ArrayBuffer>], 'restore test.pdf'),
    targets: ['cyber-security.backup.restore-tested', 'cyber-security.backup.off-site'],
    ...over,
  });
  return parsed;
}
// The edit form: no new file means the file stays.
function edit(over: Record<string, unknown> = {}): EvidenceInput {
  const {
    schoolId: _s,
    evidenceId: _e,
    version: _v,
    back: _b,
    ...parsed
  } = UpdateEvidenceSchema.parse({
    schoolId: 'x',
    evidenceId: 'x',
    version: '1',
    kind: 'FILE',
    title: 'Backup restore test',
    producedOn: '2026-11-20',
    ...over,
  });
  return parsed;
}
const note = (over: Record<string, unknown> = {}) => input({ kind: 'NOTE', note: 'Registered; email kept by the business manager.', file: undefined, ...over });
const countRows = async () => ({ items: await prisma.evidenceItem.count(), files: await prisma.storedFile.count() });

describe('evidence files in PostgreSQL', () => {
  it('keeps the file in the database and gives back the same bytes, as a PDF', async () => {
    expect(fileStore().kind).toBe('postgresql');
    const item = await createEvidence(w.leaderA, w.schoolA.id, input());
    const file = await getEvidenceFile(w.leaderA, w.schoolA.id, item.id);
    expect(file).toMatchObject({ fileName: 'restore test.pdf', mediaType: 'application/pdf' });
    expect(
      Buffer.from((await fileStore().get(file.key))!)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { event: 'evidence.added', targetId: item.id } });
    expect(audit.schoolId).toBe(w.schoolA.id);
    expect(audit.trustId).toBe(w.trustA.id);
  });

  it('refuses a renamed executable with a clear message and stores nothing', async () => {
    const before = await countRows();
    const exe = new Uint8Array(512);
    exe.set(new TextEncoder().encode('MZ'));
    exe.set(new TextEncoder().encode('PE\0\0'), 128);
    exe[60] = 128;
    const error = await expectAppError(
      createEvidence(w.leaderA, w.schoolA.id, input({ file: new File([exe], 'backup-test.pdf') })),
      'VALIDATION',
      /whatever its name says/,
    );
    expect(error.fieldErrors?.file?.[0]).toMatch(/PDF, an image/);
    expect(await countRows()).toEqual(before);
  });

  it('refuses files over 20 MB at the form, and uploads past the school’s quota with what is used', async () => {
    const big = CreateEvidenceSchema.safeParse({
      schoolId: 'x',
      kind: 'FILE',
      title: 'Big',
      producedOn: '2026-11-20',
      file: new File([new Uint8Array(20 * 1024 * 1024 + 1)], 'big.pdf'),
    });
    expect(big.success).toBe(false);
    expect(big.error?.issues.map((i) => i.message)).toContain('The file must be 20 MB or smaller');
    const padded = (size: number) => {
      const bytes = new Uint8Array(size);
      bytes.set(simplePdf(['padded']));
      return new File([bytes], 'padded.pdf');
    };
    await createEvidence(w.leaderA, w.schoolA.id, input({ file: padded(700 * 1024) }));
    const before = await countRows();
    const error = await expectAppError(
      createEvidence(w.contributorA, w.schoolA.id, input({ file: padded(400 * 1024) })),
      'CONFLICT',
      /storage is full: it holds 0\.7 MB of 1 MB/,
    );
    expect(error.fieldErrors?.file).toBeTruthy();
    expect(await countRows()).toEqual(before);
    // Another school's room is its own.
    await createEvidence(w.leaderB, w.schoolB.id, input({ file: padded(400 * 1024) }));
  });
});

describe('who may do what with evidence', () => {
  it('lets leaders and contributors add, trust staff read, and refuses everyone else', async () => {
    const item = await createEvidence(w.contributorA, w.schoolA.id, input());
    for (const [who, reader] of Object.entries({
      leader: w.leaderA,
      contributor: w.contributorA,
      trustAdmin: w.trustAdminA,
      trustViewer: w.trustViewerA,
      platform: w.platformAdmin,
    })) {
      expect(
        (await listEvidence(reader, w.schoolA.id, '2026-12-03')).map((e) => e.id),
        who,
      ).toEqual([item.id]);
      await getEvidenceFile(reader, w.schoolA.id, item.id);
    }
    const outsiders: Actor[] = [w.leaderB, w.trustAdminB, w.standaloneLeader];
    for (const actor of [...outsiders, w.governorA]) {
      await expectAppError(getEvidenceFile(actor, w.schoolA.id, item.id), 'NOT_FOUND');
      await expectAppError(getEvidence(actor, w.schoolA.id, item.id, '2026-12-03'), 'NOT_FOUND');
      expect(await listEvidence(actor, w.schoolA.id, '2026-12-03')).toEqual([]);
    }
    const before = await countRows();
    for (const actor of [...outsiders, w.governorA, w.trustAdminA, w.trustViewerA]) {
      await expectAppError(createEvidence(actor, w.schoolA.id, note()), 'NOT_FOUND');
      await expectAppError(updateEvidence(actor, w.schoolA.id, item.id, 1, edit({ title: 'Changed' })), 'NOT_FOUND');
      await expectAppError(deleteEvidence(actor, w.schoolA.id, item.id, 1), 'NOT_FOUND');
    }
    // Naming another school's id with one's own school does not reach it either.
    await expectAppError(getEvidenceFile(w.leaderB, w.schoolB.id, item.id), 'NOT_FOUND');
    await expectAppError(deleteEvidence(w.leaderB, w.schoolB.id, item.id, 1), 'NOT_FOUND');
    expect(await countRows()).toEqual(before);
    expect((await getEvidence(w.leaderA, w.schoolA.id, item.id, '2026-12-03')).title).toBe('Backup restore test');
  });

  it('shows governors only what the school shares with them', async () => {
    const shared = await createEvidence(w.leaderA, w.schoolA.id, input({ title: 'Shared', sharedWithGovernors: 'on' }));
    await createEvidence(w.leaderA, w.schoolA.id, input({ title: 'Not shared' }));
    expect((await listEvidence(w.governorA, w.schoolA.id, '2026-12-03')).map((e) => e.title)).toEqual(['Shared']);
    await getEvidenceFile(w.governorA, w.schoolA.id, shared.id);
    await expectAppError(getSchoolReadiness(w.governorA, w.schoolA.id), 'NOT_FOUND');
  });

  it('refuses an edit based on an old version, and links to anything not in the catalogue or crosswalk', async () => {
    const item = await createEvidence(w.leaderA, w.schoolA.id, note());
    await updateEvidence(w.leaderA, w.schoolA.id, item.id, 1, note({ title: 'First edit' }));
    await expectAppError(updateEvidence(w.contributorA, w.schoolA.id, item.id, 1, note({ title: 'Stale edit' })), 'CONFLICT');
    expect((await getEvidence(w.leaderA, w.schoolA.id, item.id, '2026-12-03')).title).toBe('First edit');
    await expectAppError(createEvidence(w.leaderA, w.schoolA.id, note({ targets: ['made-up.code'] })), 'VALIDATION');
    await expectAppError(updateEvidence(w.leaderA, w.schoolA.id, item.id, 2, input({ title: 'Now a file' })), 'VALIDATION', /stays a file, a link or a note/);
  });
});

describe('evidence and completed cycles', () => {
  it('is kept with the snapshot it backed: deleting withdraws it, and a new file makes a new item', async () => {
    const cycle = await startAssessment(w.leaderA, w.schoolA.id, { catalogueVersionId });
    await answerEverything(cycle.id, 'MET');
    const backup = await createEvidence(w.leaderA, w.schoolA.id, input());
    const loose = await createEvidence(w.leaderA, w.schoolA.id, note({ targets: [] }));
    await completeAssessment(w.leaderA, cycle.id);
    const answer = await prisma.answer.findFirstOrThrow({ where: { assessmentId: cycle.id, requirementCode: 'cyber-security.backup.restore-tested' } });
    expect(answer.evidenceItemIds).toEqual([backup.id]);

    // A new file on an item the snapshot names: the old one stays for the record.
    const replacement = await updateEvidence(w.leaderA, w.schoolA.id, backup.id, 1, input({ title: 'Backup restore test, spring' }));
    expect(replacement).not.toBe(backup.id);
    const old = await getEvidence(w.leaderA, w.schoolA.id, backup.id, '2026-12-03');
    expect(old.withdrawn).toBe(true);
    expect((await listEvidence(w.leaderA, w.schoolA.id, '2026-12-03')).map((e) => e.id).sort()).toEqual([replacement, loose.id].sort());
    await getEvidenceFile(w.leaderA, w.schoolA.id, backup.id);

    await deleteEvidence(w.leaderA, w.schoolA.id, replacement, 1);
    await deleteEvidence(w.leaderA, w.schoolA.id, loose.id, 1);
    expect(await prisma.evidenceItem.findUnique({ where: { id: loose.id } })).toBeNull();
    const answers = new Map((await prisma.answer.findMany({ where: { assessmentId: cycle.id } })).map((a) => [a.requirementCode, a]));
    const shown = await evidenceByAnswer(w.trustViewerA, w.schoolA.id, { status: 'COMPLETED', answers }, '2026-12-03');
    expect(shown.get('cyber-security.backup.restore-tested')?.map((e) => e.title)).toEqual(['Backup restore test']);
    expect((await getSnapshotEvidence(w.leaderA, w.schoolA.id, [backup.id], '2026-12-03')).get(backup.id)?.withdrawn).toBe(true);
    const deleted = await prisma.auditEvent.count({ where: { event: 'evidence.deleted', schoolId: w.schoolA.id } });
    expect(deleted).toBe(2);
  });
});

describe('readiness and evidence packs', () => {
  it('moves RPA readiness when evidence is added, and packs the files for the framework', async () => {
    const cycle = await startAssessment(w.leaderA, w.schoolA.id, { catalogueVersionId });
    await answerEverything(cycle.id, 'MET');
    const rpa = async () => (await getSchoolReadiness(w.trustAdminA, w.schoolA.id, '2026-12-03')).frameworks.find((f) => f.framework.id === 'rpa-cyber-cover')!;
    expect((await rpa()).evidenced).toBe(0);
    await createEvidence(w.leaderA, w.schoolA.id, input());
    await createEvidence(w.leaderA, w.schoolA.id, note({ title: 'Police CyberAlarm registration', targets: ['rpa-cyber-cover:police-cyberalarm'] }));
    await createEvidence(w.leaderA, w.schoolA.id, note({ title: 'Response plan', validUntil: '2026-11-30', targets: ['cyber-security.response.plan'] }));
    const training = TrainingFieldsSchema.parse({ name: 'Sam Jones', role: 'Staff', trainedOn: '2026-10-01' });
    await createTrainingRecord(w.leaderA, w.schoolA.id, training);
    const after = await rpa();
    expect(after.items.map((i) => [i.item.key, i.status])).toEqual([
      ['offline-backups', 'evidenced'],
      ['ncsc-training', 'evidenced'],
      ['police-cyberalarm', 'evidenced'],
      ['response-plan', 'expired'],
    ]);

    const pack = await getEvidencePack(w.trustViewerA, w.schoolA.id, 'rpa-cyber-cover', { waitMs: 30_000, now: new Date('2026-12-03T10:00:00Z') });
    if (!pack.zip) throw new Error('The worker did not build the pack');
    expect(pack.filename).toMatch(/-rpa-cyber-cover-evidence-2026-12-03\.zip$/);
    const files = unzipSync(pack.zip);
    const index = new TextDecoder().decode(files['index.html']);
    expect(index).toContain('3 of 4 items evidenced, missing: A cyber response plan');
    expect(index).toContain('Registered with Police CyberAlarm');
    const pdfs = Object.keys(files).filter((name) => name.startsWith('evidence/'));
    expect(pdfs).toEqual(['evidence/01-backup-restore-test.pdf']);
    expect(new TextDecoder('latin1').decode(files[pdfs[0]!]!.subarray(0, 5))).toBe('%PDF-');
    // Asking again with nothing changed gives the same pack; another school's people get none.
    const again = await getEvidencePack(w.leaderA, w.schoolA.id, 'rpa-cyber-cover', { waitMs: 30_000, now: new Date('2026-12-03T11:00:00Z') });
    expect(await prisma.evidencePack.count({ where: { schoolId: w.schoolA.id } })).toBe(1);
    expect(Buffer.from(again.zip!)).toEqual(Buffer.from(pack.zip));
    for (const actor of [w.leaderB, w.trustAdminB, w.governorA])
      await expectAppError(getEvidencePack(actor, w.schoolA.id, 'rpa-cyber-cover', { waitMs: 0 }), 'NOT_FOUND');
    await expectAppError(getEvidencePack(w.leaderA, w.schoolA.id, 'no-such-framework', { waitMs: 0 }), 'NOT_FOUND');
  }, 60_000);

  it('shows a trust readiness for its own schools only', async () => {
    await createEvidence(w.leaderA, w.schoolA.id, note({ title: 'Police CyberAlarm registration', targets: ['rpa-cyber-cover:police-cyberalarm'] }));
    const { rows } = await getTrustReadiness(w.trustViewerA, w.trustA.id, '2026-12-03');
    expect(rows.map((r) => r.school.id).sort()).toEqual([w.schoolA.id, w.schoolA2.id].sort());
    const a = rows.find((r) => r.school.id === w.schoolA.id)!;
    expect(a.frameworks.find((f) => f.framework.id === 'rpa-cyber-cover')!.evidenced).toBe(1);
    for (const actor of [w.trustAdminB, w.leaderA, w.governorA]) await expectAppError(getTrustReadiness(actor, w.trustA.id), 'NOT_FOUND');
  });
});

describe('training records', () => {
  it('imports a CSV, updates by name on re-import, and refuses a file with a bad row whole', async () => {
    const csv = (text: string) => new TextEncoder().encode(text);
    expect(await importTrainingRecords(w.leaderA, w.schoolA.id, csv('Name,Role,Trained on\nSam Jones,Staff,01/10/2026\nAlex Reid,Governor,\n'))).toEqual({
      added: 2,
      updated: 0,
    });
    expect(await importTrainingRecords(w.contributorA, w.schoolA.id, csv('Name,Role,Trained on\nsam jones,Staff,02/10/2026\nAlex Reid,Governor,\n'))).toEqual({
      added: 0,
      updated: 2,
    });
    const before = await listTrainingRecords(w.leaderA, w.schoolA.id);
    await expectAppError(
      importTrainingRecords(w.leaderA, w.schoolA.id, csv('Name,Role\nNew Person,Staff\nBad,Astronaut\n')),
      'VALIDATION',
      /One row needs fixing/,
    );
    expect(await listTrainingRecords(w.leaderA, w.schoolA.id)).toEqual(before);
    // Staff first, then governors; the newest file's spelling of a name wins.
    expect(before.map((r) => [r.name, r.trainedOn?.toISOString().slice(0, 10) ?? null])).toEqual([
      ['sam jones', '2026-10-02'],
      ['Alex Reid', null],
    ]);
  });

  it('is kept by the school’s leaders and contributors, read by its trust, and refused to others', async () => {
    const fields = TrainingFieldsSchema.parse({ name: 'Sam Jones', role: 'Staff' });
    const record = await createTrainingRecord(w.contributorA, w.schoolA.id, fields);
    await expectAppError(createTrainingRecord(w.leaderA, w.schoolA.id, fields), 'CONFLICT', /already listed/);
    expect((await listTrainingRecords(w.trustViewerA, w.schoolA.id)).map((r) => r.name)).toEqual(['Sam Jones']);
    expect(await listTrainingRecords(w.governorA, w.schoolA.id)).toEqual([]);
    expect(await listTrainingRecords(w.leaderB, w.schoolA.id)).toEqual([]);
    for (const actor of [w.governorA, w.trustAdminA, w.leaderB]) {
      await expectAppError(createTrainingRecord(actor, w.schoolA.id, TrainingFieldsSchema.parse({ name: 'Other', role: 'Staff' })), 'NOT_FOUND');
      await expectAppError(updateTrainingRecord(actor, w.schoolA.id, record.id, 1, fields), 'NOT_FOUND');
      await expectAppError(deleteTrainingRecord(actor, w.schoolA.id, record.id, 1), 'NOT_FOUND');
      await expectAppError(importTrainingRecords(actor, w.schoolA.id, new TextEncoder().encode('Name,Role\nX,Staff\n')), 'NOT_FOUND');
    }
    // A certificate must be this school's evidence.
    const elsewhere = await createEvidence(w.leaderB, w.schoolB.id, input());
    await expectAppError(updateTrainingRecord(w.leaderA, w.schoolA.id, record.id, 1, { ...fields, certificateId: elsewhere.id }), 'VALIDATION');
    await deleteTrainingRecord(w.leaderA, w.schoolA.id, record.id, 1);
    expect(await listTrainingRecords(w.leaderA, w.schoolA.id)).toEqual([]);
  });
});
