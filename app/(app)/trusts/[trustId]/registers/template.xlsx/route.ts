import { fileResponse } from '@/lib/http/file-response';
import { idParam } from '@/lib/http/route-params';
import { registerTemplate, XLSX } from '@/lib/registers/write-register-workbook';
import { getTrust } from '@/lib/trusts/get-trust';

export async function GET(request: Request, { params }: { params: Promise<{ trustId: string }> }) {
  const { trustId } = await params;
  const register = new URL(request.url).searchParams.get('register') === 'kit' ? 'kit' : 'contract';
  return fileResponse(request, async (actor) => {
    await getTrust(actor, idParam(trustId, 'That trust'), 'register:edit-trust');
    return { body: (await registerTemplate(register)) as BodyInit, contentType: XLSX, filename: `waypoint-${register}-register-template.xlsx` };
  });
}
