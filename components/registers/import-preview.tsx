import Link from 'next/link';
import { ConfirmForm } from '@/components/forms/confirm-form';
import { PreviewKeptNote } from '@/components/imports/preview-kept-note';
import type { FormAction } from '@/lib/actions/form-state';
import type { RowProblem } from '@/lib/registers/check-register-rows';
import { ImportProblems } from './import-report';

// The check of an uploaded register: its problems row by row, or the button that imports it all.
export function ImportPreview({
  preview,
  base,
  owner,
  confirmAction,
}: {
  preview: { id: string; register: 'contract' | 'kit'; rowCount: number; createdAt: Date; confirmedAt: Date | null; checked: { problems: RowProblem[] } };
  base: string;
  owner: string;
  confirmAction: FormAction;
}) {
  const what = preview.register === 'contract' ? 'contracts' : 'kit lines';
  const { problems } = preview.checked;
  if (preview.confirmedAt)
    return (
      <p>
        This file has been imported. <Link href={base}>Go to the registers</Link>
      </p>
    );
  if (problems.length)
    return (
      <>
        <div role="alert" className="mb-6 rounded-md border-2 border-red-700 bg-red-50 p-4">
          <h2 className="text-base font-bold text-red-800">
            {problems.length === 1 ? '1 problem' : `${problems.length} problems`} found, so nothing can be imported yet
          </h2>
          <p className="mt-1 text-sm">Fix these in your spreadsheet, save it and upload it again. The other rows are fine.</p>
        </div>
        <ImportProblems problems={problems} />
        <p className="mt-6">
          <Link href={`${base}/import`}>Upload the corrected file</Link>
        </p>
      </>
    );
  return (
    <>
      <p className="mb-4">
        Every row is fine. Importing adds {preview.rowCount} {what} to {owner}; items already there stay as they are.
      </p>
      <PreviewKeptNote createdAt={preview.createdAt} uploadHref={`${base}/import`}>
        <ConfirmForm
          action={confirmAction}
          hidden={{ registerImportId: preview.id }}
          confirmLabel={`Import ${preview.rowCount} ${what}`}
          pendingLabel="Importing…"
          cancelHref={base}
          variant="primary"
        />
      </PreviewKeptNote>
    </>
  );
}
