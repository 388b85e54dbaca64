import { fileResponse } from '@/lib/http/file-response';
import { idParam } from '@/lib/http/route-params';
import { getSchool } from '@/lib/schools/get-school';
import { registerTemplate, XLSX } from '@/lib/registers/write-register-workbook';

// The import template, for those who may import into this school's registers.
export async function GET(request: Request, { params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = await params;
  const register = new URL(request.url).searchParams.get('register') === 'kit' ? 'kit' : 'contract';
  return fileResponse(request, async (actor) => {
    await getSchool(actor, idParam(schoolId, 'That school'), 'register:edit');
    return { body: (await registerTemplate(register)) as BodyInit, contentType: XLSX, filename: `waypoint-${register}-register-template.xlsx` };
  });
}
