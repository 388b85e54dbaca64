import Link from 'next/link';
import { formatLongDateTime } from '@/lib/dates/format';
import { isPreviewExpired, PREVIEW_EXPIRED_MESSAGE, previewExpiresAt } from '@/lib/imports/preview-lifetime';

// How long an unconfirmed preview can still be imported (lib/imports/preview-lifetime.ts), or,
// once that has passed, why it cannot and what to do instead. Shown where the confirm button is.
export function PreviewKeptNote({ createdAt, uploadHref, children }: { createdAt: Date; uploadHref: string; children: React.ReactNode }) {
  if (isPreviewExpired(createdAt)) {
    return (
      <div role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-4">
        <p>{PREVIEW_EXPIRED_MESSAGE}</p>
        <p className="mt-2">
          <Link href={uploadHref} className="font-semibold">
            Upload the file again
          </Link>
        </p>
      </div>
    );
  }
  return (
    <>
      <p className="mb-4 text-sm text-slate-700">
        You can import this until {formatLongDateTime(previewExpiresAt(createdAt))}. After that the preview is removed and the file must be uploaded again.
      </p>
      {children}
    </>
  );
}
