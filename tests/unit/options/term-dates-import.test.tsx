// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatSchoolDate, TermDatesImport } from '@/components/options/TermDatesImport';

// WXT's fake browser has no i18n: show message names instead, which is all these checks need.
vi.mock('@/utils/i18n', () => ({ t: (key: string) => key }));

afterEach(() => render(null, document.body));

describe('TermDatesImport', () => {
  it('is disabled, and says why, when the school’s policy sets working hours', () => {
    act(() => render(<TermDatesImport locked timeZone="Europe/London" bankHolidaysUntil={null} onUse={() => {}} />, document.body));
    const input = document.querySelector<HTMLInputElement>('#import-term-dates')!;
    expect(input.disabled).toBe(true);
    expect(input.getAttribute('aria-describedby')).toContain('import-term-dates-locked');
    expect(document.getElementById('import-term-dates-locked')).not.toBeNull();
    // The accessible name stays exactly the label's words: the marker sits outside the label.
    expect(document.querySelector('label[for="import-term-dates"]')!.textContent).toBe('importTermDatesLabel');
  });

  it('is enabled otherwise and accepts iCalendar files only', () => {
    act(() => render(<TermDatesImport locked={false} timeZone="Europe/London" bankHolidaysUntil={null} onUse={() => {}} />, document.body));
    const input = document.querySelector<HTMLInputElement>('#import-term-dates')!;
    expect(input.disabled).toBe(false);
    expect(input.accept).toBe('.ics,text/calendar');
    expect(document.getElementById('import-term-dates-locked')).toBeNull();
  });

  it('writes dates the British way, without a comma after the weekday', () => {
    expect(formatSchoolDate('2026-09-03')).toBe('Thu 3 September 2026');
    expect(formatSchoolDate('2027-03-28')).toBe('Sun 28 March 2027'); // the clocks change: still the same day
  });
});
