import { env } from '@/lib/env';
import { notFound } from '@/lib/errors';
import { fileResponse, slugForFile } from '@/lib/http/file-response';
import { idParam } from '@/lib/http/route-params';
import { getPlanItem } from '@/lib/plan/manage-plan-items';
import { planItemCalendar } from '@/lib/plan/plan-item-calendar';
import { getSchool } from '@/lib/schools/get-school';

export const runtime = 'nodejs';

// "Add to calendar" for one action of the plan: everyone who may read the plan may take its dates.
export async function GET(request: Request, { params }: { params: Promise<{ schoolId: string; itemId: string }> }) {
  const { schoolId, itemId } = await params;
  return fileResponse(request, async (actor) => {
    const school = await getSchool(actor, idParam(schoolId, 'That school'), 'assessment:read');
    const item = await getPlanItem(actor, idParam(itemId, 'That action'), 'assessment:read');
    if (item.schoolId !== school.id) throw notFound('That action');
    const calendar = planItemCalendar(item, school, new URL(`/schools/${school.id}/plan`, env().NEXTAUTH_URL).toString());
    if (!calendar) throw notFound('That action has no due date');
    return { body: calendar, contentType: 'text/calendar; charset=utf-8', filename: `${slugForFile(item.title)}.ics` };
  });
}
