import { fileResponse } from '@/lib/http/file-response';
import { idParam, positiveIntParam } from '@/lib/http/route-params';
import { getStrategyPdf } from '@/lib/strategy/strategy-pdf';

export const runtime = 'nodejs';

export async function GET(request: Request, { params }: { params: Promise<{ schoolId: string; number: string }> }) {
  const { schoolId, number } = await params;
  return fileResponse(request, async (actor) => {
    const what = 'That version of the strategy';
    const { pdf, filename } = await getStrategyPdf(actor, idParam(schoolId, what), positiveIntParam(number, what));
    if (!pdf) return { pending: 'Your PDF', back: `/schools/${schoolId}/strategy` };
    return { body: pdf, contentType: 'application/pdf', filename };
  });
}
