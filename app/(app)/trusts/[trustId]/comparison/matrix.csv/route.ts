import { fileResponse, slugForFile } from '@/lib/http/file-response';
import { idParam } from '@/lib/http/route-params';
import { filterRows, overallAverage, sortRows, standardAverages } from '@/lib/trust-overview/aggregate';
import { matrixCsv } from '@/lib/trust-overview/csv';
import { getTrustOverview } from '@/lib/trust-overview/get-trust-overview';
import { parseViewParams } from '@/lib/trust-overview/view-params';

// The comparison table as on screen: same filters, same order.
export async function GET(request: Request, { params }: { params: Promise<{ trustId: string }> }) {
  const { trustId } = await params;
  const view = parseViewParams(Object.fromEntries(new URL(request.url).searchParams));
  return fileResponse(request, async (actor) => {
    const overview = await getTrustOverview(actor, idParam(trustId, 'That trust'), { includeDrafts: view.includeDrafts });
    const rows = sortRows(filterRows(overview.rows, view.filter), view.sort, view.dir);
    const body = matrixCsv(rows, overview.columns, standardAverages(rows, overview.columns), overallAverage(rows), overview.strategies, overview.spends);
    return { body, contentType: 'text/csv; charset=utf-8', filename: `${slugForFile(overview.trust.name)}-schools-by-standard.csv` };
  });
}
