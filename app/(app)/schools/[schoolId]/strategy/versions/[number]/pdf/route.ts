import { fileResponse } from '@/lib/http/file-response';
import { getStrategyPdf } from '@/lib/strategy/strategy-pdf';
import { notFound } from '@/lib/errors';

export const runtime = 'nodejs';

export async function GET(request: Request, { params }: { params: Promise<{ schoolId: string; number: string }> }) {
  const { schoolId, number } = await params;
  return fileResponse(request, async (actor) => {
    if (!/^\d{1,6}$/.test(number)) throw notFound('That version of the strategy');
    const { pdf, filename } = await getStrategyPdf(actor, schoolId, Number(number));
    return { body: pdf, contentType: 'application/pdf', filename };
  });
}
