// An uploaded file waits as a preview (a GIAS extract, a register workbook) until someone confirms
// it. Previews hold the whole file's rows, a national GIAS extract tens of megabytes of them, so an
// unconfirmed one is kept for two weeks, long enough to get a decision signed off, and then removed
// by the daily run (lib/imports/remove-expired-previews.ts). After that it must be uploaded again.

export const PREVIEW_KEPT_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

export const PREVIEW_EXPIRED_MESSAGE = `This preview is more than ${PREVIEW_KEPT_DAYS} days old, so it can no longer be imported. Upload the file again to see what it would change today.`;

/** The moment a preview made at this time stops being importable. */
export function previewExpiresAt(createdAt: Date): Date {
  return new Date(createdAt.getTime() + PREVIEW_KEPT_DAYS * DAY_MS);
}

export function isPreviewExpired(createdAt: Date, now: Date = new Date()): boolean {
  return now.getTime() >= previewExpiresAt(createdAt).getTime();
}

/** Previews made before this moment have expired. */
export function expiredBefore(now: Date = new Date()): Date {
  return new Date(now.getTime() - PREVIEW_KEPT_DAYS * DAY_MS);
}
