import { describe, expect, it } from 'vitest';
import { expiredBefore, isPreviewExpired, PREVIEW_KEPT_DAYS, previewExpiresAt } from '@/lib/imports/preview-lifetime';

describe('how long an unconfirmed import preview is kept', () => {
  const made = new Date('2026-12-01T09:30:00Z');

  it('is two weeks to the minute', () => {
    expect(PREVIEW_KEPT_DAYS).toBe(14);
    expect(previewExpiresAt(made).toISOString()).toBe('2026-12-15T09:30:00.000Z');
  });

  it('can be imported up to that moment and not from it', () => {
    expect(isPreviewExpired(made, new Date('2026-12-15T09:29:59Z'))).toBe(false);
    expect(isPreviewExpired(made, new Date('2026-12-15T09:30:00Z'))).toBe(true);
    expect(isPreviewExpired(made, made)).toBe(false);
  });

  it('removes exactly the previews that can no longer be imported', () => {
    const now = new Date('2026-12-15T09:30:00Z');
    expect(expiredBefore(now).getTime()).toBe(made.getTime());
    // Made a moment later than the cut-off: still importable, so not removed.
    expect(isPreviewExpired(new Date(made.getTime() + 1), now)).toBe(false);
  });
});
