import { fileResponse, slugForFile } from '@/lib/http/file-response';
import { gapsCsv } from '@/lib/trust-overview/csv';
import { getTrustOverview } from '@/lib/trust-overview/get-trust-overview';

export async function GET(request: Request, { params }: { params: Promise<{ trustId: string }> }) {
  const { trustId } = await params;
  return fileResponse(request, async (actor) => {
    const overview = await getTrustOverview(actor, trustId);
    return { body: gapsCsv(overview.gaps, overview.assessedSchools), contentType: 'text/csv; charset=utf-8', filename: `${slugForFile(overview.trust.name)}-common-gaps.csv` };
  });
}
