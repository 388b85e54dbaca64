import 'server-only';
import { env } from '@/lib/env';
import { postgresFileStore } from './postgres-file-store';
import { s3FileStore } from './s3-file-store';

// Where uploaded files live. One interface, two back ends: PostgreSQL (the default, so the
// embedded demo needs nothing else) and S3-compatible object storage when S3_* is configured.
// Files are only ever read back through the app, after the permission check: nothing here makes a
// public or signed address.
export interface FileStore {
  readonly kind: 'postgresql' | 's3';
  put(key: string, bytes: Uint8Array, mediaType: string): Promise<void>;
  /** The bytes, or null when there is no such file. */
  get(key: string): Promise<Uint8Array | null>;
  remove(keys: readonly string[]): Promise<void>;
}

let chosen: FileStore | undefined;

export function fileStore(): FileStore {
  if (chosen) return chosen;
  const config = env();
  chosen =
    config.S3_ENDPOINT && config.S3_BUCKET && config.S3_REGION && config.S3_ACCESS_KEY_ID && config.S3_SECRET_ACCESS_KEY
      ? s3FileStore({
          endpoint: config.S3_ENDPOINT,
          bucket: config.S3_BUCKET,
          region: config.S3_REGION,
          accessKeyId: config.S3_ACCESS_KEY_ID,
          secretAccessKey: config.S3_SECRET_ACCESS_KEY,
          forcePathStyle: config.S3_FORCE_PATH_STYLE === '1',
        })
      : postgresFileStore();
  return chosen;
}

/** A new key for a file of this school: random, so it cannot be guessed or collide. */
export function newFileKey(area: 'evidence' | 'packs', schoolId: string): string {
  return `${area}/${schoolId}/${crypto.randomUUID()}`;
}
