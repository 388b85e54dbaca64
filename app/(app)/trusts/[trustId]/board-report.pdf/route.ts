import { getBoardReportPdf } from '@/lib/board-report/board-report';
import { fileResponse } from '@/lib/http/file-response';
import { idParam } from '@/lib/http/route-params';

export const runtime = 'nodejs';

export async function GET(request: Request, { params }: { params: Promise<{ trustId: string }> }) {
  const { trustId } = await params;
  return fileResponse(request, async (actor) => {
    const { pdf, filename } = await getBoardReportPdf(actor, idParam(trustId, 'That trust'));
    if (!pdf) return { pending: 'The board report', back: `/trusts/${trustId}/comparison` };
    return { body: pdf, contentType: 'application/pdf', filename };
  });
}
