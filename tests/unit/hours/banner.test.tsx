// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HoursBanner } from '@/components/banner/HoursBanner';
import type { ScheduleStatus } from '@/utils/schedule/status';
import type { HoursView } from '@/utils/schedule/view';
import { OPEN_GATE } from '../support/gates';

vi.mock('@/utils/i18n', async () => ({ t: (await import('../support/messages')).britishEnglish }));

afterEach(() => render(null, document.body));

// 09:00 in London (BST): the times on the banner are the school's clock, whatever the computer's.
const NOW = Date.parse('2026-06-15T08:00:00Z');
const status = (extra: Partial<ScheduleStatus> = {}): ScheduleStatus => ({
  at: NOW,
  restricted: true,
  reason: 'working-hours',
  phase: 'working',
  enforcement: 'warn',
  until: Date.parse('2026-06-15T11:00:00Z'),
  next: 'break',
  nextBreak: { start: Date.parse('2026-06-15T11:00:00Z'), end: Date.parse('2026-06-15T12:00:00Z') },
  periodId: 'hours:1',
  dayOff: null,
  ...extra,
});
const VIEW: HoursView = {
  status: status(),
  timeZone: 'Europe/London',
  schoolName: 'Oak Hill School',
  rule: {
    id: 'r',
    packId: 'model',
    title: 'No personal social media in working hours',
    summary: 'Keep personal social media to your breaks.',
    citations: [{ clause: '5.6', quote: 'Staff must not use personal social media during working hours.', from: 'Secondary School' }, { clause: '9', quote: 'Second quote.' }],
  },
};

function show(view: HoursView = VIEW) {
  const onClose = vi.fn(async () => {});
  const onContinue = vi.fn(async () => {});
  act(() => render(<HoursBanner gate={OPEN_GATE} view={view} now={NOW} onClose={onClose} onContinue={onContinue} />, document.body));
  return { onClose, onContinue };
}
const button = (name: string) => [...document.querySelectorAll('button')].find((b) => b.textContent === name)!;
const click = async (el: HTMLElement) => act(() => el.click());
const text = () => document.body.textContent ?? '';

describe('the working-hours banner', () => {
  it('is a labelled region, not a dialog, naming the school, the break and the rule in its own words', () => {
    show();
    const region = document.querySelector('[role="region"]')!;
    expect(region.getAttribute('aria-label')).toBe('Working-hours reminder');
    expect(document.querySelector('[role="dialog"], [role="alertdialog"], [aria-modal]')).toBeNull();
    expect(document.querySelector('h1')!.textContent).toBe("It's working time at Oak Hill School");
    expect(text()).toContain('Your next break starts at 12:00.');
    expect(text()).toContain('Keep personal social media to your breaks.');
    // The pack's own clause leads; a clause drawn from another school's policy is never shown as this school's.
    expect(document.querySelector('blockquote')!.textContent).toBe("Your school's policy, 9:“Second quote.”");
    expect(document.querySelectorAll('blockquote')).toHaveLength(1);
  });

  it("with the model pack, says the rule is the model's own words and quotes no other school up front", () => {
    const citations = [{ clause: '5.6', quote: 'Staff must not use personal social media during working hours.', from: 'Secondary School' }];
    show({ ...VIEW, rule: { ...VIEW.rule!, citations } });
    expect(document.querySelectorAll('blockquote')).toHaveLength(0);
    expect(text()).toContain("Your school's policy (model): these are the model rules Chalkline follows");
    expect(text()).not.toContain('Secondary School');
  });

  it('says when the day ends, and has its own heading on a school computer', () => {
    show({ ...VIEW, status: status({ next: 'end-of-day', until: Date.parse('2026-06-15T14:30:00Z'), nextBreak: null }) });
    expect(text()).toContain('The working day ends at 15:30.');
    show({ ...VIEW, status: status({ reason: 'school-device', phase: 'school-device', until: null, next: null, periodId: 'device' }) });
    expect(document.querySelector('h1')!.textContent).toBe('Personal social media is not for school computers');
    expect(text()).not.toContain('ends at');
  });

  it('offers both choices side by side; the reasons appear only when asked for', async () => {
    const { onClose } = show();
    const actions = [...document.querySelectorAll('.banner-actions button')].map((b) => [b.textContent, b.className]);
    expect(actions).toEqual([
      ['Close this tab', ''],
      ['Continue — I have a reason', ''],
    ]);
    expect(document.querySelector('input[type="radio"]')).toBeNull();
    await click(button('Close this tab'));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('goes on with "School business"', async () => {
    const { onContinue } = show();
    const reveal = button('Continue — I have a reason');
    await click(reveal);
    expect(reveal.getAttribute('aria-expanded')).toBe('true');
    expect(document.querySelector('legend')!.textContent).toBe('Why do you need this site now?');
    const labels = [...document.querySelectorAll('fieldset .check label')].map((l) => l.textContent);
    expect(labels).toEqual(['School business', 'Our official school account', 'Something else']);
    await click(document.querySelector<HTMLInputElement>('#reason-school-business')!);
    await click(button('Continue'));
    expect(onContinue).toHaveBeenCalledWith({ reason: 'school-business' });
  });

  it('announces a missing reason, and a missing note for "Something else", without going on', async () => {
    const { onContinue } = show();
    await click(button('Continue — I have a reason'));
    await click(button('Continue'));
    expect(document.querySelector('[role="alert"]')!.textContent).toBe('Choose a reason first.');
    await click(document.querySelector<HTMLInputElement>('#reason-other')!);
    await click(button('Continue'));
    expect(document.querySelector('[role="alert"]')!.textContent).toBe('Please say what the reason is.');
    expect(document.querySelector('#hours-note')!.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement?.id).toBe('hours-note');
    expect(onContinue).not.toHaveBeenCalled();

    const note = document.querySelector<HTMLTextAreaElement>('#hours-note')!;
    await act(() => {
      note.value = 'Checking a report about a pupil';
      note.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await click(button('Continue'));
    expect(onContinue).toHaveBeenCalledWith({ reason: 'other', note: 'Checking a report about a pupil' });
  });

  it('shows what the background refused', async () => {
    const onContinue = vi.fn(async () => {
      throw new Error('Refused continueInHours: note: too long');
    });
    act(() => render(<HoursBanner gate={OPEN_GATE} view={VIEW} now={NOW} onClose={async () => {}} onContinue={onContinue} />, document.body));
    await click(button('Continue — I have a reason'));
    await click(document.querySelector<HTMLInputElement>('#reason-official-account')!);
    await act(async () => button('Continue').click());
    expect(document.querySelector('[role="alert"]')!.textContent).toBe('Refused continueInHours: note: too long');
  });

  it('says it is loading until the hours arrive', () => {
    act(() => render(<HoursBanner gate={OPEN_GATE} view={undefined} now={NOW} onClose={async () => {}} onContinue={async () => {}} />, document.body));
    expect(document.querySelector('[role="region"]')!.getAttribute('aria-busy')).toBe('true');
  });
});
