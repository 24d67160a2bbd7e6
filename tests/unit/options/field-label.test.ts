import { describe, expect, it, vi } from 'vitest';
import { fieldLabel, focusCandidates } from '@/components/options/field-label';

vi.mock('@/utils/i18n', async () => ({ t: (await import('../support/messages')).britishEnglish }));

describe('fieldLabel', () => {
  it.each([
    ['schoolName', 'School name'],
    ['dsl.email', "DSL's e-mail address"],
    ['workingHours.week.mon.hours[1][0]', 'Monday working hours, row 2'],
    ['workingHours.week.tue.breaks', 'Tuesday breaks'],
    ['workingHours.termDates[0]', 'Term dates, row 1'],
    ['workingHours.closures[2]', 'Closure days, row 3'],
    ['schoolAliases[1]', 'Other names for the school'],
  ])('names %s as the form does', (path, label) => {
    expect(fieldLabel(path)).toBe(label);
  });
});

describe('focusCandidates', () => {
  it('runs from the row to the field that holds it', () => {
    expect(focusCandidates('workingHours.week.mon.hours[1][0]')).toEqual(['workingHours.week.mon.hours[1][0]', 'workingHours.week.mon.hours[1]', 'workingHours.week.mon.hours']);
    expect(focusCandidates('schoolName')).toEqual(['schoolName']);
  });
});
