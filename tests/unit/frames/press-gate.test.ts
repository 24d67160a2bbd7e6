import { describe, expect, it } from 'vitest';
import { judgePress, observe, readyIn, SETTLE_MS, UNSEEN, type Sight } from '@/utils/frames/press-gate';

const seen: Sight = { visible: true, since: -Infinity };
const press = (at: number, trusted = true) => ({ trusted, at });

describe('which presses on a go-ahead button count', () => {
  it('takes a trusted press once frame and button have been visible for the settling time', () => {
    expect(SETTLE_MS).toBe(500);
    expect(judgePress(press(1500), 1000, seen)).toBeNull();
    expect(judgePress(press(1499), 1000, seen)).toBe('too-soon');
    expect(judgePress(press(1100), 1000, seen)).toBe('too-soon');
  });

  it('never takes a synthetic press, however long the frame has been there', () => {
    expect(judgePress(press(10_000, false), 0, seen)).toBe('untrusted');
  });

  it('refuses while the frame is not on screen or the button is not seen to be visible', () => {
    expect(judgePress(press(10_000), null, seen)).toBe('not-visible');
    expect(judgePress(press(10_000), 0, { visible: false, since: -Infinity })).toBe('not-visible');
  });

  it('waits, without calling it hidden, for a button whose first observation has not come yet', () => {
    expect(judgePress(press(10_000), 0, UNSEEN)).toBe('too-soon');
    expect(readyIn(10_000, 0, UNSEEN)).toBe(Infinity);
  });

  it('counts from the later of the frame becoming visible and the button becoming visible again', () => {
    expect(judgePress(press(2400), 1000, { visible: true, since: 2000 })).toBe('too-soon');
    expect(judgePress(press(2500), 1000, { visible: true, since: 2000 })).toBeNull();
    expect(readyIn(2100, 1000, { visible: true, since: 2000 })).toBe(400);
    expect(readyIn(2600, 1000, { visible: true, since: 2000 })).toBe(0);
    expect(readyIn(2600, 1000, { visible: false, since: 2000 })).toBe(Infinity);
    expect(readyIn(2600, null, seen)).toBe(Infinity);
  });

  it('a settling time of its own only for a button seen hidden and then visible again', () => {
    const first = observe(UNSEEN, true, 3000);
    expect(first).toEqual({ visible: true, since: -Infinity });
    const hidden = observe(first, false, 4000);
    expect(hidden).toEqual({ visible: false, since: -Infinity });
    const back = observe(hidden, true, 4200);
    expect(back).toEqual({ visible: true, since: 4200 });
    // Still visible: nothing restarts.
    expect(observe(back, true, 5000)).toEqual(back);
    // Seen hidden at its first observation: it waits from when it shows.
    expect(observe(observe(UNSEEN, false, 100), true, 900)).toEqual({ visible: true, since: 900 });
  });
});
