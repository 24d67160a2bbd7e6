// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { startProfileAudit } from '@/utils/content/profile-audit';
import type { ProfileField } from '@/utils/profile/audit';
import type { ProfileReader } from '@/utils/sites/adapter';

/** A reader over a bare page: the bio is the text of #bio while #own is present. */
const reader: ProfileReader = {
  network: 'x',
  SELECTORS: {},
  ownProfile: (doc) => (doc.querySelector('#own') ? [{ field: 'bio', text: doc.querySelector('#bio')?.textContent ?? '' }] : null),
};

function setup(answer: (fields: ProfileField[]) => Promise<{ warn: boolean }>) {
  document.body.innerHTML = '<div id="own"></div><p id="bio">Year 4 teacher at Oakfield Primary</p>';
  const frames = { opened: 0, closed: 0 };
  const check = vi.fn(answer);
  const controller = new AbortController();
  const audit = startProfileAudit(reader, controller.signal, {
    check,
    open: () => {
      frames.opened += 1;
      return { close: () => void (frames.closed += 1), resize: () => undefined, modal: () => undefined };
    },
  });
  return { frames, check, controller, audit };
}

describe('own-profile watch', () => {
  it('asks once per distinct profile text, shows one card, and closes it when the profile no longer warns', async () => {
    const { frames, check } = setup(async ([field]) => ({ warn: /Oakfield/.test(field!.text) }));
    await vi.waitFor(() => expect(frames.opened).toBe(1));
    document.body.setAttribute('data-x', '1'); // A change elsewhere: same text, no new question.
    await new Promise((r) => setTimeout(r, 400));
    expect(check).toHaveBeenCalledTimes(1);
    document.querySelector('#bio')!.textContent = 'Gardener and cyclist';
    await vi.waitFor(() => expect(frames.closed).toBe(1));
    expect(check).toHaveBeenCalledTimes(2);
  });

  it('a hidden card stays hidden until the words change; leaving the own profile closes it; abort removes it', async () => {
    const { frames, audit, controller } = setup(async () => ({ warn: true }));
    await vi.waitFor(() => expect(frames.opened).toBe(1));
    audit.dismiss();
    expect(frames.closed).toBe(1);
    document.body.append(document.createElement('span'));
    await new Promise((r) => setTimeout(r, 400));
    expect(frames.opened).toBe(1);
    document.querySelector('#bio')!.textContent = 'Teacher at Oakfield Primary School';
    await vi.waitFor(() => expect(frames.opened).toBe(2));
    document.querySelector('#own')!.remove();
    await vi.waitFor(() => expect(frames.closed).toBe(2));
    document.body.insertAdjacentHTML('afterbegin', '<div id="own"></div>');
    await vi.waitFor(() => expect(frames.opened).toBe(3));
    controller.abort();
    expect(frames.closed).toBe(3);
  });

  it('redraws the card when what it lists changes while the profile still warns, and not when only other words change', async () => {
    const { frames } = setup(async ([field]) => ({ warn: /Oakfield|teacher/.test(field!.text), found: field!.text.match(/Oakfield \w+|teacher/g)?.join() }));
    await vi.waitFor(() => expect(frames.opened).toBe(1));
    document.querySelector('#bio')!.textContent = 'Year 4 teacher at Oakfield Primary. Tea and hills.';
    await new Promise((r) => setTimeout(r, 400));
    expect(frames).toEqual({ opened: 1, closed: 0 });
    document.querySelector('#bio')!.textContent = 'Year 4 teacher. Tea and hills.';
    await vi.waitFor(() => expect(frames).toEqual({ opened: 2, closed: 1 }));
  });

  it('when the background does not answer, it asks again rather than deciding there is nothing to say', async () => {
    let calls = 0;
    const { frames } = setup(async () => {
      calls += 1;
      if (calls === 1) throw new Error('Could not establish connection');
      return { warn: true };
    });
    await vi.waitFor(() => expect(frames.opened).toBe(1));
    expect(calls).toBe(2);
  });
});
