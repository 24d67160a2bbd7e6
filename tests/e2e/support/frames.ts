import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Presses a button in one of Chalkline's frames as a person does: a real, trusted click of the mouse
 * at the button, once it is enabled (a go-ahead button is `aria-disabled` for its first half-second,
 * and a synthetic click never counts). The click goes through the page's mouse, not the frame, so a
 * frame that the click closes cannot leave Playwright waiting on it.
 */
export async function pressInFrame(page: Page, button: Locator): Promise<void> {
  await expect(button).toBeEnabled();
  await button.scrollIntoViewIfNeeded();
  const box = await button.boundingBox();
  if (!box) throw new Error('The button is not on screen');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}
