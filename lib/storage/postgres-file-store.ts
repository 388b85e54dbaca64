import 'server-only';
import { prisma } from '@/lib/db/prisma';
import type { FileStore } from './file-store';

// Files as rows of StoredFile. Fine for the tens of megabytes a school keeps; a large deployment
// sets S3_* instead, and the rows stay readable until moved.
export function postgresFileStore(db = prisma): FileStore {
  return {
    kind: 'postgresql',
    async put(key, input) {
      const bytes = input as Uint8Array<ArrayBuffer>;
      await db.storedFile.upsert({ where: { key }, create: { key, bytes }, update: { bytes } });
    },
    async get(key) {
      const row = await db.storedFile.findUnique({ where: { key }, select: { bytes: true } });
      return row ? new Uint8Array(row.bytes) : null;
    },
    async remove(keys) {
      if (keys.length) await db.storedFile.deleteMany({ where: { key: { in: [...keys] } } });
    },
  };
}
