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
  const onDialog = vi.fn();
  act(() => render(<HoursBanner gate={OPEN_GATE} view={view} now={NOW} onClose={onClose} onContinue={onContinue} onDialog={onDialog} />, document.body));
  return { onClose, onContinue, onDialog };
}
const region = () => document.querySelector<HTMLElement>('[role="region"]')!;
const dialog = () => document.querySelector('dialog');
/** A button by its exact text, in the strip or the dialog. */
const button = (name: string, within: ParentNode = document) => [...within.querySelectorAll('button')].find((b) => b.textContent === name)!;
const click = async (el: HTMLElement) => act(() => el.click());
const text = (el: Element = document.body) => el.textContent ?? '';
const key = (el: Element, init: KeyboardEventInit) => act(() => void el.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init })));
async function openDialog() {
  await click(button('Continue', region()));
  return dialog()!;
}

describe('the working-hours strip', () => {
  it('is one labelled line, not a dialog: the mark, the school, when working time ends, and two buttons', () => {
    show();
    expect(region().getAttribute('aria-label')).toBe('Working-hours reminder');
    expect(dialog()).toBeNull();
    expect(region().querySelector('.brand')!.textContent).toBe('Chalkline');
    expect(document.querySelector('h1')!.textContent).toBe('Working time at Oak Hill School until 12:00');
    const actions = [...region().querySelectorAll('.strip-actions button')].map((b) => [b.textContent, b.className]);
    expect(actions).toEqual([
      ['Close this tab', 'primary'],
      ['Continue', 'secondary'],
    ]);
    expect(button('Continue', region()).getAttribute('aria-haspopup')).toBe('dialog');
  });

  it('keeps the rule and its clause one press away, behind "See the rule"', async () => {
    show();
    const toggle = button('See the rule');
    const panel = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(panel.hidden).toBe(true);
    await click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(panel.hidden).toBe(false);
    expect(text(panel)).toContain('Your next break starts at 12:00.');
    expect(text(panel)).toContain('Keep personal social media to your breaks.');
    // The pack's own clause leads; a clause drawn from another school's policy is never shown as this school's.
    expect(panel.querySelector('blockquote')!.textContent).toBe("Your school's policy, 9:“Second quote.”");
    expect(panel.querySelector('.why-link')!.textContent).toBe('Why am I seeing this?');
  });

  it("with the model pack, says the rule is the model's own words and quotes no other school up front", () => {
    const citations = [{ clause: '5.6', quote: 'Staff must not use personal social media during working hours.', from: 'Secondary School' }];
    show({ ...VIEW, rule: { ...VIEW.rule!, citations } });
    const panel = document.getElementById('hours-rule')!;
    expect(panel.querySelector(':scope > blockquote')).toBeNull();
    expect(text(panel)).toContain("Your school's policy (model): this rule is in Chalkline's model words");
    expect(panel.querySelector('details')).not.toBeNull(); // where the model's words were drawn from, behind a disclosure
  });

  it('says when the day ends, and has its own line on a school computer', () => {
    show({ ...VIEW, status: status({ next: 'end-of-day', until: Date.parse('2026-06-15T14:30:00Z'), nextBreak: null }) });
    expect(document.querySelector('h1')!.textContent).toBe('Working time at Oak Hill School until 15:30');
    expect(text()).toContain('The working day ends at 15:30.');
    show({ ...VIEW, schoolName: '' });
    expect(document.querySelector('h1')!.textContent).toBe('Working time until 12:00');
    show({ ...VIEW, status: status({ reason: 'school-device', phase: 'school-device', until: null, next: null, periodId: 'device' }) });
    expect(document.querySelector('h1')!.textContent).toBe('Personal social media is not for school computers');
    expect(text()).not.toContain('ends at');
  });

  it('closes the tab with the primary button', async () => {
    const { onClose, onContinue } = show();
    await click(button('Close this tab'));
    expect(onClose).toHaveBeenCalledOnce();
    expect(onContinue).not.toHaveBeenCalled();
  });

  it('says it is loading until the hours arrive', () => {
    act(() => render(<HoursBanner gate={OPEN_GATE} view={undefined} now={NOW} onClose={async () => {}} onContinue={async () => {}} />, document.body));
    expect(region().getAttribute('aria-busy')).toBe('true');
  });
});

describe('the reason dialog', () => {
  it('opens from "Continue" as a labelled modal dialog that takes focus, quoting the rule above the reasons', async () => {
    const { onDialog } = show();
    const el = await openDialog();
    expect(onDialog).toHaveBeenCalledWith(true);
    expect(el.open).toBe(true);
    expect(document.getElementById(el.getAttribute('aria-labelledby')!)!.textContent).toBe('Before you continue');
    expect(el.contains(document.activeElement)).toBe(true);
    expect(el.querySelector('blockquote')!.textContent).toBe("Your school's policy, 9:“Second quote.”");
    expect(el.querySelector('legend')!.textContent).toBe('Why do you need this site now?');
    const labels = [...el.querySelectorAll('fieldset .check label')].map((l) => l.textContent);
    expect(labels).toEqual(['School business', 'Our official school account', 'Something else']);
    // No reason is chosen for the person.
    expect([...el.querySelectorAll<HTMLInputElement>('input[type="radio"]')].some((r) => r.checked)).toBe(false);
    const last = [...el.querySelectorAll('button, a')].at(-1)!;
    expect(last.textContent).toBe('Why am I seeing this?');
  });

  it('goes on with "School business"', async () => {
    const { onContinue } = show();
    const el = await openDialog();
    await click(el.querySelector<HTMLInputElement>('#reason-school-business')!);
    await click(button('Continue', el));
    expect(onContinue).toHaveBeenCalledWith({ reason: 'school-business' });
  });

  it('"Back" and Escape return to the strip, with focus on its "Continue"', async () => {
    const { onDialog, onContinue } = show();
    await click(button('Back', await openDialog()));
    expect(dialog()).toBeNull();
    expect(onDialog).toHaveBeenLastCalledWith(false);
    expect(document.activeElement).toBe(button('Continue', region()));

    const el = await openDialog();
    await key(el.querySelector('#reason-other')!, { key: 'Escape' });
    expect(dialog()).toBeNull();
    expect(document.activeElement).toBe(button('Continue', region()));
    expect(onDialog.mock.calls).toEqual([[true], [false], [true], [false]]);
    expect(onContinue).not.toHaveBeenCalled();
  });

  it('keeps Tab inside the dialog', async () => {
    show();
    const el = await openDialog();
    const why = el.querySelector<HTMLElement>('.why-link')!;
    why.focus();
    await key(why, { key: 'Tab' });
    expect(document.activeElement).toBe(el.querySelector('summary')); // the other clause, first in the dialog
    await key(document.activeElement!, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(why);
    // From the title it starts on, Shift+Tab goes round to the end rather than out to the page.
    el.querySelector<HTMLElement>('h2')!.focus();
    await key(document.activeElement!, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(why);
  });

  it('announces a missing reason, and a missing note for "Something else", without going on', async () => {
    const { onContinue } = show();
    const el = await openDialog();
    await click(button('Continue', el));
    expect(el.querySelector('[role="alert"]')!.textContent).toBe('Choose a reason first.');
    await click(el.querySelector<HTMLInputElement>('#reason-other')!);
    await click(button('Continue', el));
    expect(el.querySelector('[role="alert"]')!.textContent).toBe('Please say what the reason is.');
    expect(el.querySelector('#hours-note')!.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement?.id).toBe('hours-note');
    expect(onContinue).not.toHaveBeenCalled();

    const note = el.querySelector<HTMLTextAreaElement>('#hours-note')!;
    await act(() => {
      note.value = 'Checking a report about a pupil';
      note.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await click(button('Continue', el));
    expect(onContinue).toHaveBeenCalledWith({ reason: 'other', note: 'Checking a report about a pupil' });
  });

  it('shows what the background refused', async () => {
    const onContinue = vi.fn(async () => {
      throw new Error('Refused continueInHours: note: too long');
    });
    act(() => render(<HoursBanner gate={OPEN_GATE} view={VIEW} now={NOW} onClose={async () => {}} onContinue={onContinue} />, document.body));
    const el = await openDialog();
    await click(el.querySelector<HTMLInputElement>('#reason-official-account')!);
    await act(async () => button('Continue', el).click());
    expect(el.querySelector('[role="alert"]')!.textContent).toBe('Refused continueInHours: note: too long');
  });
});
