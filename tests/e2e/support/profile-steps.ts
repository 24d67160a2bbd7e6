import AxeBuilder from '@axe-core/playwright';
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { importSettings, loadSchool } from './contact';

const CARD = 'iframe[src*="profile-warning.html"]';

/** The school the own-profile fixtures name: Oakfield Primary, its alias and website. */
export async function oakfieldSchool(context: BrowserContext, pack = 'model'): Promise<void> {
  await loadSchool(context);
  await importSettings(context, { schoolName: 'Oakfield Primary School', schoolAliases: ['OPS'], schoolWebsite: 'oakfield.sch.uk', policyPack: pack });
}

/** The warning card's frame, as a person sees it. */
export const profileCard = (page: Page) => page.frameLocator(CARD);

/** The card is showing and says each of `lines`; nothing of it is in the page's own DOM. */
export async function cardSays(page: Page, lines: readonly string[]): Promise<void> {
  await expect(page.locator(CARD)).toHaveCount(1, { timeout: 15_000 });
  const card = profileCard(page);
  await expect(card.getByRole('heading', { name: 'Your profile may say where you work' })).toBeVisible();
  for (const line of lines) await expect(card.getByText(line, { exact: false }).first()).toBeVisible();
  expect(await page.locator('body').innerText()).not.toContain('may say where you work');
}

/** No card on the page (polled: the audit reads a changed page on its next animation frame). */
export async function noCard(page: Page): Promise<void> {
  await expect(page.locator(CARD)).toHaveCount(0, { timeout: 15_000 });
}

/** The card passes axe (WCAG 2.2 AA) inside its frame, and its policy quote opens. */
export async function cardIsAccessible(page: Page, clause: RegExp): Promise<void> {
  const frame = page.frames().find((f) => f.url().includes('profile-warning.html'))!;
  await profileCard(page).getByText(clause).click();
  const results = await new AxeBuilder({ page }).include(CARD).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  expect(await frame.locator('blockquote').count()).toBeGreaterThan(0);
}

/** "Hide this note" removes the card until the profile's words change. */
export async function hideCard(page: Page): Promise<void> {
  await profileCard(page).getByRole('button', { name: 'Hide this note' }).click();
  await noCard(page);
}
