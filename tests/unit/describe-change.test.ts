import { describe, expect, it } from 'vitest';
import { describeChange } from '@/lib/audit/describe-change';
import { ROLE_LABEL } from '@/lib/auth/roles';

describe('audit entries in words', () => {
  it('names the field and shows values as people write them', () => {
    expect(describeChange({ estimatedCostPence: 120000, status: 'PLANNED' }, { estimatedCostPence: 150000, status: 'DONE' })).toEqual([
      'Estimated cost changed from £1,200 to £1,500',
      'Status changed from Planned to Done',
    ]);
    expect(describeChange({ role: 'SCHOOL_CONTRIBUTOR' }, { role: 'SCHOOL_LEADER' })).toEqual([
      `Role changed from ${ROLE_LABEL.SCHOOL_CONTRIBUTOR} to ${ROLE_LABEL.SCHOOL_LEADER}`,
    ]);
    expect(ROLE_LABEL.SCHOOL_LEADER).not.toBe('SCHOOL_LEADER');
    expect(describeChange(null, { type: 'ACADEMY_CONVERTER', dueDate: '2027-02-12', cycleMonth: 9 })).toEqual([
      expect.stringMatching(/^Type: Academy converter$/i),
      'Due date: 12 Feb 2027',
      'Month for the yearly self-assessment: September',
    ]);
  });

  it('writes answers by their meaning and leaves out what did not change', () => {
    expect(
      describeChange(
        { 'broadband-internet.connection.speed': { value: 'NOT_MET' }, title: 'Same' },
        { 'broadband-internet.connection.speed': { value: 'NOT_APPLICABLE', reason: 'Single site' }, title: 'Same' },
      ),
    ).toEqual(['Answer to broadband-internet.connection.speed changed from Not met to Not applicable (“Single site”)']);
    expect(describeChange({ ownerName: null }, { ownerName: 'IT support' })).toEqual(['Owner: “IT support”']);
  });
});
