import { createEvent } from 'ics';

// An "Add to calendar" file for one plan item: an all-day event on its due date (ics: the
// RFC 5545 writer, so escaping and line folding are not ours to get wrong). Null without a date.
export function planItemCalendar(
  item: { id: string; title: string; description: string | null; ownerName: string | null; dueDate: Date | null },
  school: { name: string },
  link: string,
): string | null {
  if (!item.dueDate) return null;
  // Due dates are date-only (UTC midnight), so the UTC parts are the calendar day itself.
  const day = [item.dueDate.getUTCFullYear(), item.dueDate.getUTCMonth() + 1, item.dueDate.getUTCDate()] as [number, number, number];
  const next = new Date(item.dueDate.getTime() + 24 * 60 * 60 * 1000);
  const details = [item.ownerName ? `Owner: ${item.ownerName}` : null, item.description, `In Waypoint: ${link}`].filter(Boolean).join('\n\n');
  const { error, value } = createEvent({
    uid: `plan-item-${item.id}@waypoint`,
    productId: 'waypoint/plan',
    calName: `${school.name} action plan`,
    title: `Due: ${item.title} (${school.name})`,
    description: details,
    url: link,
    start: day,
    end: [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()],
    startInputType: 'utc',
    startOutputType: 'utc',
  });
  if (error || !value) throw error ?? new Error('Could not build the calendar file');
  return value;
}
