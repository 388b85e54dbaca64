import { describe, expect, it } from 'vitest';
import { planItemCalendar } from '@/lib/plan/plan-item-calendar';

const item = {
  id: 'cm1',
  title: 'Replace the firewall; test it',
  description: 'Quote from the supplier first.',
  ownerName: 'IT support',
  dueDate: new Date('2027-03-31T00:00:00Z'),
};

describe('the "Add to calendar" file for a plan item', () => {
  it('is an all-day event on the due date, with a stable id and a link back', () => {
    const ics = planItemCalendar(item, { name: 'Riverside Primary' }, 'https://waypoint.example.org/schools/s1/plan/cm1')!;
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain('DTSTART;VALUE=DATE:20270331');
    expect(ics).toContain('DTEND;VALUE=DATE:20270401');
    expect(ics).toContain('UID:plan-item-cm1@waypoint');
    // Commas and semicolons are escaped as RFC 5545 requires.
    expect(ics).toContain('SUMMARY:Due: Replace the firewall\\; test it (Riverside Primary)');
    expect(ics.replace(/\r\n /g, '')).toContain('https://waypoint.example.org/schools/s1/plan/cm1');
  });

  it('keeps the day across British Summer Time and the end of a month or year', () => {
    expect(planItemCalendar({ ...item, dueDate: new Date('2027-06-30T00:00:00Z') }, { name: 'S' }, 'http://localhost:3000/schools/s1/plan/cm1')).toContain(
      'DTEND;VALUE=DATE:20270701',
    );
    expect(planItemCalendar({ ...item, dueDate: new Date('2027-12-31T00:00:00Z') }, { name: 'S' }, 'http://localhost:3000/schools/s1/plan/cm1')).toContain(
      'DTEND;VALUE=DATE:20280101',
    );
  });

  it('is not offered for an item without a due date', () => {
    expect(planItemCalendar({ ...item, dueDate: null }, { name: 'S' }, 'http://localhost:3000/schools/s1/plan/cm1')).toBeNull();
  });
});
