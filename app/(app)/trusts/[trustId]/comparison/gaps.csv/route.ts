import { fileResponse, slugForFile } from '@/lib/http/file-response';
import { idParam } from '@/lib/http/route-params';
import { gapsCsv } from '@/lib/trust-overview/csv';
import { getTrustOverview } from '@/lib/trust-overview/get-trust-overview';

export async function GET(request: Request, { params }: { params: Promise<{ trustId: string }> }) {
  const { trustId } = await params;
  return fileResponse(request, async (actor) => {
    const overview = await getTrustOverview(actor, idParam(trustId, 'That trust'));
    return {
      body: gapsCsv(overview.gaps, overview.assessedSchools),
      contentType: 'text/csv; charset=utf-8',
      filename: `${slugForFile(overview.trust.name)}-common-gaps.csv`,
    };
  });
}
