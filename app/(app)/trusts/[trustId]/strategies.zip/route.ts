import { fileResponse, slugForFile } from '@/lib/http/file-response';
import { idParam } from '@/lib/http/route-params';
import { getTrustStrategiesZip } from '@/lib/strategy/strategy-pdf';

export const runtime = 'nodejs';

// The newest published strategy of every school in the trust, in one zip.
export async function GET(request: Request, { params }: { params: Promise<{ trustId: string }> }) {
  const { trustId } = await params;
  return fileResponse(request, async (actor) => {
    const { trust, zip } = await getTrustStrategiesZip(actor, idParam(trustId, 'That trust'));
    if (!zip) return { pending: 'The zip of strategies', back: `/trusts/${trust.id}` };
    return { body: zip, contentType: 'application/zip', filename: `${slugForFile(trust.name)}-digital-strategies.zip` };
  });
}
