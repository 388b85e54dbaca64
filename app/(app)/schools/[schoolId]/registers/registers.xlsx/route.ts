import { fileResponse, slugForFile } from '@/lib/http/file-response';
import { idParam } from '@/lib/http/route-params';
import { getSchool } from '@/lib/schools/get-school';
import { listSchoolRegisters } from '@/lib/registers/list-registers';
import { registerWorkbook, XLSX } from '@/lib/registers/write-register-workbook';

// Both registers as the school sees them (its trust's items included), in the import's columns.
export async function GET(request: Request, { params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = await params;
  return fileResponse(request, async (actor) => {
    const school = await getSchool(actor, idParam(schoolId, 'That school'), 'register:read');
    const registers = await listSchoolRegisters(actor, school.id);
    return { body: (await registerWorkbook(registers)) as BodyInit, contentType: XLSX, filename: `${slugForFile(school.name)}-registers.xlsx` };
  });
}
