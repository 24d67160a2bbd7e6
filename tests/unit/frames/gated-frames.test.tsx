// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HoursBanner } from '@/components/banner/HoursBanner';
import { ComposeHold } from '@/components/interstitial/ComposeHold';
import { Interstitial } from '@/components/interstitial/Interstitial';
import { Unchecked } from '@/components/unchecked/Unchecked';
import type { ComposeHoldView } from '@/utils/compose/types';
import type { HoldView } from '@/utils/contact/types';
import type { DecisionGate } from '@/utils/frames/decision-gate';
import { OPEN_GATE } from '../support/gates';

vi.mock('@/utils/i18n', async () => ({ t: (await import('../support/messages')).britishEnglish }));

afterEach(() => act(() => render(null, document.body)));

/** A gate that refuses every press as covered: only go-ahead buttons ask it. */
const COVERED: DecisionGate = { ...OPEN_GATE, judge: () => 'not-visible', readyIn: () => Infinity };

const HOLD: HoldView = {
  holdId: 'h1',
  network: 'X',
  who: 'Grace Patel',
  roleText: 'a parent or carer on your roster',
  actionText: 'follow',
  title: 'A parent or carer',
  summary: 'Think twice.',
  severity: 'warn',
  citations: [{ clause: '5.5', quote: 'Do not.' }],
  exceptions: [{ kind: 'relative', label: 'They are my relative', requiresReason: false }],
  canProceed: true,
  reportable: true,
  dslName: 'Sam',
};
const COMPOSE: ComposeHoldView = {
  kind: 'compose',
  holdId: 'c1',
  network: 'X',
  surface: 'post',
  action: 'post',
  to: null,
  findings: [{ ruleId: 'r', title: 'A rule', summary: 'Think.', severity: 'warn', citations: [{ clause: '1', quote: 'Q.' }], what: [], words: [] }],
  reasonRequired: false,
  partlyChecked: false,
  dslName: 'Sam',
};

const press = (name: string) => act(() => [...document.querySelectorAll('button')].find((b) => b.textContent === name)!.click());
const alertText = () => document.querySelector('[role="alert"]')?.textContent ?? '';
const COVERED_TEXT = 'That press was not taken: the page was hiding or covering this Chalkline window. Please try again once you can see all of it.';

describe('the frames ask the gate before going ahead, and only then', () => {
  it('the contact interstitial: "Continue anyway" and the exception\'s "Go ahead" are gated; Cancel and Report are not', async () => {
    const onChoose = vi.fn(async () => {});
    act(() => render(<Interstitial view={HOLD} onChoose={onChoose} gate={COVERED} />, document.body));
    await press('Continue anyway');
    await press('They are my relative');
    await press('Go ahead and keep my reason');
    expect(onChoose).not.toHaveBeenCalled();
    expect(alertText()).toBe(COVERED_TEXT);
    await press('Cancel');
    await press('Report this contact to the DSL');
    expect(onChoose.mock.calls).toEqual([[{ choice: 'cancel' }], [{ choice: 'report' }]]);

    act(() => render(null, document.body));
    act(() => render(<Interstitial view={HOLD} onChoose={onChoose} gate={OPEN_GATE} />, document.body));
    await press('Continue anyway');
    expect(onChoose).toHaveBeenLastCalledWith({ choice: 'proceed' });
  });

  it('the compose hold: "Post anyway" is gated; Edit is not', async () => {
    const onChoose = vi.fn(async () => {});
    act(() => render(<ComposeHold view={COMPOSE} onChoose={onChoose} gate={COVERED} />, document.body));
    await press('Post anyway');
    expect(onChoose).not.toHaveBeenCalled();
    await press('Edit post');
    expect(onChoose.mock.calls).toEqual([['edit', undefined]]);
    act(() => render(<ComposeHold view={COMPOSE} onChoose={onChoose} gate={OPEN_GATE} />, document.body));
    await press('Post anyway');
    expect(onChoose).toHaveBeenLastCalledWith('post', undefined);
  });

  it('the compose hold with a reason: opening the form is free, sending it is gated', async () => {
    const onChoose = vi.fn(async () => {});
    act(() => render(<ComposeHold view={{ ...COMPOSE, reasonRequired: true }} onChoose={onChoose} gate={COVERED} />, document.body));
    await press('Post anyway');
    const reason = document.querySelector<HTMLTextAreaElement>('#compose-reason')!;
    await act(() => {
      reason.value = 'A good reason';
      reason.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await press('Go ahead and keep my reason');
    expect(onChoose).not.toHaveBeenCalled();
  });

  it('"could not check yet": going ahead unchecked is gated; Cancel and Try again are not', async () => {
    const onChoose = vi.fn(async () => {});
    act(() => render(<Unchecked onChoose={onChoose} gate={COVERED} />, document.body));
    await press('Go ahead without the check');
    await press('Try again');
    await press('Cancel');
    expect(onChoose.mock.calls).toEqual([['retry'], ['cancel']]);
  });

  it('the working-hours banner: the reason form\'s "Continue" is gated; "Close this tab" is not', async () => {
    const onContinue = vi.fn(async () => {});
    const onClose = vi.fn(async () => {});
    act(() => render(<HoursBanner view={null} now={0} onClose={onClose} onContinue={onContinue} gate={COVERED} />, document.body));
    await press('Continue'); // the strip's: it only opens the dialog
    await act(() => document.querySelector<HTMLInputElement>('#reason-school-business')!.click());
    await act(() => [...document.querySelectorAll<HTMLButtonElement>('dialog button')].find((b) => b.textContent === 'Continue')!.click());
    expect(onContinue).not.toHaveBeenCalled();
    expect(alertText()).toBe(COVERED_TEXT);
    await press('Back');
    await press('Close this tab');
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
