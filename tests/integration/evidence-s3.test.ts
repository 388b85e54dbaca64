// Evidence files in S3-compatible storage: the same flows as with PostgreSQL, against a real S3
// server over HTTP. The S3_* variables are set before anything reads the environment.
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

const s3 = await vi.hoisted(async () => {
  const { startS3Server, TEST_BUCKET } = await import('../support/s3-server');
  const server = await startS3Server();
  Object.assign(process.env, {
    S3_ENDPOINT: server.endpoint,
    S3_BUCKET: TEST_BUCKET,
    S3_REGION: 'eu-west-2',
    S3_ACCESS_KEY_ID: server.accessKeyId,
    S3_SECRET_ACCESS_KEY: server.secretAccessKey,
  });
  return server;
});

import { readdir } from 'node:fs/promises';
import { prisma } from '@/lib/db/prisma';
import { getEvidenceFile } from '@/lib/evidence/list-evidence';
import { createEvidence, deleteEvidence, updateEvidence } from '@/lib/evidence/manage-evidence';
import { CreateEvidenceSchema } from '@/lib/evidence/schemas';
import { simplePdf } from '@/lib/evidence/simple-pdf';
import { fileStore } from '@/lib/storage/file-store';
import { makeWorld } from '../support/factories';

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;

beforeEach(async () => {
  w = await makeWorld();
});

afterAll(async () => {
  await s3.stop();
});

const upload = (name: string, bytes: Uint8Array, extra: Record<string, unknown> = {}) =>
  CreateEvidenceSchema.parse({
    schoolId: 'x',
    kind: 'FILE',
    title: 'Backup restore test',
    producedOn: '2026-11-20',
    validUntil: '2027-11-20',
    file: new File([bytes as Uint8Array<ArrayBuffer>], name),
    targets: ['cyber-security.backup.restore-tested'],
    ...extra,
  });

async function objectsIn(directory: string): Promise<number> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && !e.name.startsWith('.') && !e.name.endsWith('._S3rver_metadata.json') && !e.name.endsWith('._S3rver_object.md5'))
    .length;
}

describe('evidence in S3-compatible storage', () => {
  it('is configured from S3_*', () => {
    expect(fileStore().kind).toBe('s3');
  });

  it('stores the file in the bucket, not in PostgreSQL, and reads it back only through the permission check', async () => {
    const pdf = simplePdf(['Backup restore test', 'Result: pass']);
    const { schoolId: _s, ...input } = upload('restore test.pdf', pdf);
    // Other files' tests may have left rows in the shared database: none may be added here.
    const rowsBefore = await prisma.storedFile.count();
    const item = await createEvidence(w.leaderA, w.schoolA.id, input);
    expect(await prisma.storedFile.count()).toBe(rowsBefore);
    const file = await getEvidenceFile(w.trustViewerA, w.schoolA.id, item.id);
    expect(file.mediaType).toBe('application/pdf');
    expect(Buffer.from((await fileStore().get(file.key))!)).toEqual(Buffer.from(pdf));
    await expect(getEvidenceFile(w.leaderB, w.schoolA.id, item.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('replaces and deletes the object with the item', async () => {
    const { schoolId: _s, ...input } = upload('restore test.pdf', simplePdf(['First']));
    const item = await createEvidence(w.leaderA, w.schoolA.id, input);
    const first = (await getEvidenceFile(w.leaderA, w.schoolA.id, item.id)).key;
    const { schoolId: _t, ...next } = upload('restore test 2.pdf', simplePdf(['Second']));
    await updateEvidence(w.leaderA, w.schoolA.id, item.id, 1, next);
    const second = (await getEvidenceFile(w.leaderA, w.schoolA.id, item.id)).key;
    expect(second).not.toBe(first);
    expect(await fileStore().get(first)).toBeNull();
    expect(Buffer.from((await fileStore().get(second))!).toString('latin1')).toContain('Second');
    await deleteEvidence(w.leaderA, w.schoolA.id, item.id, 2);
    expect(await fileStore().get(second)).toBeNull();
  });

  it('leaves nothing in the bucket when a refused upload is rolled back', async () => {
    const before = await objectsIn(s3.directory);
    const { schoolId: _s, ...input } = upload('restore test.pdf', simplePdf(['x']), { targets: ['cyber-security.backup.restore-tested'] });
    await expect(createEvidence(w.governorA, w.schoolA.id, input)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await objectsIn(s3.directory)).toBe(before);
  });
});
