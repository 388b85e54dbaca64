import { getEvidencePack } from '@/lib/frameworks/evidence-pack';
import { fileResponse } from '@/lib/http/file-response';
import { idParam } from '@/lib/http/route-params';

export const runtime = 'nodejs';

export async function GET(request: Request, { params }: { params: Promise<{ schoolId: string; frameworkId: string }> }) {
  const { schoolId, frameworkId } = await params;
  return fileResponse(request, async (actor) => {
    const { zip, filename } = await getEvidencePack(actor, idParam(schoolId, 'That school'), frameworkId);
    if (!zip) return { pending: 'The evidence pack', back: `/schools/${schoolId}/readiness` };
    return { body: zip as Uint8Array<ArrayBuffer>, contentType: 'application/zip', filename };
  });
}
