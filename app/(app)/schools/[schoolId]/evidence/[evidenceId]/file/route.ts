import { getEvidenceFile } from '@/lib/evidence/list-evidence';
import { fileResponse } from '@/lib/http/file-response';
import { notFound } from '@/lib/errors';
import { idParam } from '@/lib/http/route-params';
import { fileStore } from '@/lib/storage/file-store';

export const runtime = 'nodejs';

// Only through the app, after the permission check; always as an attachment with nosniff
// (fileResponse), never shown inline, whatever the file holds.
export async function GET(request: Request, { params }: { params: Promise<{ schoolId: string; evidenceId: string }> }) {
  const { schoolId, evidenceId } = await params;
  return fileResponse(request, async (actor) => {
    const file = await getEvidenceFile(actor, idParam(schoolId, 'That school'), idParam(evidenceId, 'That evidence'));
    const bytes = await fileStore().get(file.key);
    if (!bytes) throw notFound('That file');
    return { body: bytes as Uint8Array<ArrayBuffer>, contentType: file.mediaType, filename: file.fileName };
  });
}
