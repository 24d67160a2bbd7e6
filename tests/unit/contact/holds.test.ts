import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { createHold, dropHoldsForTab, HOLD_TTL_MS, HoldGoneError, newestHold, takeHold } from '@/utils/background/holds';

describe('holds, by id and kind, several per tab', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps holds of different kinds side by side and answers each once, only from its own tab', async () => {
    const contact = await createHold(1, 'contact', () => ({ view: 'c', meta: {} }), 1000);
    const compose = await createHold(1, 'compose', () => ({ view: 'p', meta: {} }), 2000);
    expect((await newestHold(1, 2500))!.holdId).toBe(compose);
    await expect(takeHold(2, compose, 'compose', undefined, 2500)).rejects.toBeInstanceOf(HoldGoneError);
    await expect(takeHold(1, compose, 'contact', undefined, 2500)).rejects.toBeInstanceOf(HoldGoneError);
    expect((await takeHold(1, compose, 'compose', undefined, 2500)).view).toBe('p');
    await expect(takeHold(1, compose, 'compose', undefined, 2500)).rejects.toBeInstanceOf(HoldGoneError);
    expect((await newestHold(1, 2500))!.holdId).toBe(contact);
  });

  it('leaves a hold waiting when its answer is refused', async () => {
    const id = await createHold(1, 'compose', () => ({ view: 'p', meta: {} }), 1000);
    await expect(
      takeHold(1, id, 'compose', () => {
        throw new Error('Please give a reason.');
      }, 1500),
    ).rejects.toThrow('Please give a reason.');
    expect((await newestHold(1, 1500))!.holdId).toBe(id);
  });

  it("drops a tab's holds when its page goes, and any hold after the time limit", async () => {
    await createHold(1, 'contact', () => ({ view: 'c', meta: {} }), 1000);
    const other = await createHold(2, 'contact', () => ({ view: 'c', meta: {} }), 1000);
    await dropHoldsForTab(1, 1200);
    expect(await newestHold(1, 1500)).toBeNull();
    expect((await newestHold(2, 1000 + HOLD_TTL_MS - 1))!.holdId).toBe(other);
    expect(await newestHold(2, 1000 + HOLD_TTL_MS)).toBeNull();
  });
});
