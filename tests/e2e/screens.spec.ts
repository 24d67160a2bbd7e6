import type { BrowserContext, Frame, Locator, Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { RISKY, typeInto } from './support/compose-steps';
import { importSettings, interstitial, loadSchool, openSite } from './support/contact';
import { blockedUrl, blockingIs, hoursAroundNow, setSettings } from './support/hours';
import { popupFor } from './support/options-steps';
import { cardSays, oakfieldSchool } from './support/profile-steps';
import { axeViolations, expectInView, focusHiddenInDialog, layoutProblems, picture, SMALL } from './support/screens';
import { serveSite } from './support/sites';

// Every screen Chalkline shows, from the real extension: WCAG 2.2 AA by axe, pictured at a desktop
// and a phone width (npm run screens keeps the pictures in tests/screens), and usable in a small
// window: at 360 px wide and at 200% zoom nothing scrolls sideways or is cut off, and the choices a
// decision needs are on screen without scrolling.

interface Fixtures {
  context: BrowserContext;
  worker: Worker;
  openExtensionPage: (path: string) => Promise<Page>;
}

/** A screen as a person meets it: the tab, and the frame when it is one over a site. */
interface Shown {
  page: Page;
  /** Chalkline's frame in the site's page, found by its address. */
  frame?: Frame;
  /** The frame's element in the page, for axe to check it in place. */
  frameElement?: string;
}

interface Screen {
  name: string;
  open(fixtures: Fixtures): Promise<Shown>;
  /** Pictured whole at 360 px (a page), or as the window shows it (a frame over a site). */
  whole: boolean;
  /** Another engineer's screen, pictured and checked by axe only; its layout is theirs to fix. */
  pictureOnly?: boolean;
  /** What must be on screen without scrolling for the person to decide, at 360 px and at 200% zoom (or null at that size). */
  decisions?(target: Page | Frame, size: (typeof SMALL)[number]): Locator | null;
}

const EDITOR = '#main footer [role="textbox"][data-lexical-editor="true"]';
const BANNER = 'iframe[src*="hours-banner.html"]';

/** The frame with this extension page, once it shows `role`. */
async function frameOf(page: Page, path: string, role: 'alertdialog' | 'status' | 'region' | 'heading'): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().includes(path)), { timeout: 15_000 }).toBe(true);
  const frame = page.frames().find((f) => f.url().includes(path))!;
  await frame.getByRole(role).first().waitFor();
  return frame;
}

/** A school with a roster, a DSL and the model pack, as most staff will have it. */
async function school(context: BrowserContext): Promise<void> {
  await loadSchool(context);
  await importSettings(context, { schoolName: 'Oakfield Primary School', staffName: 'Alex Morgan', policyPack: 'model', dsl: { name: 'Sam Okafor', email: 'dsl@school.example' } });
}

/** The popup for a tab on a pupil's X profile. */
async function popupOnX({ context, worker }: Fixtures): Promise<Page> {
  await school(context);
  await openSite(context, 'x', 'profile', 'https://x.com/ellie.smith09');
  const popup = await popupFor(context, worker, 'https://x.com/ellie.smith09');
  await expect(popup.getByText('You are on X (Twitter).')).toBeVisible();
  return popup;
}

/** One of the in-page dialogs (interstitial, compose hold, "could not check"): all of it, its title and its choices. */
const choices = (target: Page | Frame) => target.locator('[role="alertdialog"], [role="alertdialog"] :is(h1, .choices button)');

const SCREENS: Screen[] = [
  {
    name: 'why',
    whole: true,
    open: async ({ openExtensionPage }) => ({ page: await openExtensionPage('why.html') }),
  },
  {
    // As tall as a pack's rules make it: pictured as the window shows it, like the toolbar's popup.
    name: 'popup',
    whole: false,
    open: async (fixtures) => ({ page: await popupOnX(fixtures) }),
    // Report to DSL comes before the rules, and is in the first screen however small the window.
    decisions: (page) => page.getByRole('button', { name: 'Report to DSL' }),
  },
  {
    name: 'popup-report',
    whole: false,
    open: async (fixtures) => {
      const page = await popupOnX(fixtures);
      await page.getByRole('button', { name: 'Report to DSL' }).click();
      await expect(page.getByRole('status').filter({ hasText: /^Report CL-/ })).toBeVisible({ timeout: 15_000 });
      return { page };
    },
    // With no automatic sending, the report reaches the DSL only by these two buttons. A phone's
    // screen shows them; at 200% zoom the popup scrolls, as any popup taller than 300 px does.
    decisions: (page, size) => (size.width === 360 ? page.locator('.by-hand button') : null),
  },
  {
    name: 'review',
    whole: true,
    open: async ({ openExtensionPage }) => {
      const page = await openExtensionPage('review.html');
      // One network ticked: its checklist, with its settings links, is what the page is for.
      await page.getByRole('checkbox', { name: 'Facebook' }).check();
      await expect(page.getByRole('region', { name: 'Facebook' })).toBeVisible();
      return { page };
    },
  },
  {
    name: 'options-you',
    whole: true,
    open: async ({ context, openExtensionPage }) => {
      await school(context);
      return { page: await openExtensionPage('options.html#you') };
    },
  },
  {
    name: 'options-school',
    whole: false,
    open: async ({ context, openExtensionPage }) => {
      await school(context);
      return { page: await openExtensionPage('options.html#school') };
    },
  },
  {
    name: 'pack-editor',
    whole: false,
    open: async ({ openExtensionPage }) => {
      const page = await openExtensionPage('pack-editor.html');
      await page.getByLabel("Your school's name").fill('Oakfield Primary School');
      return { page };
    },
  },
  {
    name: 'blocked',
    whole: true,
    open: async ({ context, worker }) => {
      await setSettings(worker, { schoolName: 'Oak Hill School', policyPack: 'model', workingHours: hoursAroundNow(-60, 120) });
      await blockingIs(worker, true);
      await serveSite(context, 'x', 'profile', 'https://x.com/**');
      const page = await context.newPage();
      await page.goto('https://x.com/jordanrivers');
      await expect(page).toHaveURL(blockedUrl('https://x.com/jordanrivers'));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Personal social media is paused');
      await expect(page.getByText('(this tab)')).toBeVisible();
      return { page };
    },
    // Why, until when, and which pages wait: what someone needs to decide what to do instead.
    decisions: (page) => page.locator('main > :is(h1, .lead), #paused-heading, .paused li, .paused + .hint'),
  },
  {
    name: 'interstitial',
    whole: false,
    open: async ({ context }) => {
      await school(context);
      const page = await openSite(context, 'x', 'profile', 'https://x.com/ellie.smith09');
      await page.locator('[data-testid="primaryColumn"] [data-testid$="-follow"]').click();
      const frame = await interstitial(page);
      await expect(frame.getByRole('button', { name: 'Cancel' })).toBeFocused();
      return { page, frame, frameElement: 'iframe[src*="interstitial.html"]' };
    },
    decisions: choices,
  },
  {
    name: 'compose-hold',
    whole: false,
    open: async ({ context }) => {
      await school(context);
      const page = await openSite(context, 'whatsapp', 'chat', 'https://web.whatsapp.com/#ellie');
      await typeInto(page, page.locator(EDITOR), RISKY);
      await page.keyboard.press('Enter');
      const frame = await interstitial(page);
      await expect(frame.getByRole('button', { name: 'Edit message' })).toBeFocused();
      return { page, frame, frameElement: 'iframe[src*="interstitial.html"]' };
    },
    decisions: choices,
  },
  {
    name: 'compose-hint',
    whole: false,
    open: async ({ context }) => {
      await school(context);
      const page = await openSite(context, 'whatsapp', 'chat', 'https://web.whatsapp.com/#jordan');
      await typeInto(page, page.locator(EDITOR), RISKY);
      const frame = await frameOf(page, '/compose-hint.html', 'status');
      await expect(frame.getByRole('status')).toContainText("a name from your school's roster");
      return { page, frame, frameElement: 'iframe[src*="compose-hint.html"]' };
    },
  },
  {
    name: 'unchecked',
    whole: false,
    open: async ({ context, worker }) => {
      await loadSchool(context);
      const page = await openSite(context, 'whatsapp', 'chat', 'https://web.whatsapp.com/#jordan');
      await typeInto(page, page.locator(EDITOR), RISKY);
      // The worker's one thread kept busy past the page's 4 s wait, as a cold start can: the page then
      // says it could not check, rather than send unchecked. Started on the worker's next task, so it
      // is surely busy before Enter.
      await worker.evaluate(() => {
        setTimeout(() => {
          const end = Date.now() + 6000;
          while (Date.now() < end);
        }, 0);
      });
      await page.keyboard.press('Enter');
      const frame = await frameOf(page, '/unchecked.html', 'alertdialog');
      await expect(frame.getByRole('alertdialog')).toContainText('Chalkline could not check this yet');
      return { page, frame, frameElement: 'iframe[src*="unchecked.html"]' };
    },
    decisions: choices,
  },
  {
    name: 'profile-warning',
    whole: false,
    open: async ({ context }) => {
      await oakfieldSchool(context);
      const page = await openSite(context, 'x', 'own-profile', 'https://x.com/alexmorgan');
      await cardSays(page, ['In your bio: “Year 4 teacher at Oakfield Primary”']);
      const frame = await frameOf(page, 'profile-warning.html', 'heading');
      return { page, frame, frameElement: 'iframe[src*="profile-warning.html"]' };
    },
    // Not a decision, but the one thing to do with the card: hiding it needs no scrolling.
    decisions: (frame) => frame.getByRole('button', { name: 'Hide this note' }),
  },
  {
    name: 'hours-banner',
    whole: false,
    open: async ({ context, worker }) => {
      await setSettings(worker, { schoolName: 'Alderley Edge Community Primary School', policyPack: 'alderley-edge-primary', workingHours: hoursAroundNow(-60, 120, [], 'warn') });
      await serveSite(context, 'x', 'profile', 'https://x.com/**');
      const page = await context.newPage();
      await page.goto('https://x.com/jordanrivers');
      const frame = await frameOf(page, 'hours-banner.html', 'region');
      return { page, frame, frameElement: BANNER };
    },
  },
  {
    name: 'hours-banner-dialog',
    whole: false,
    open: async ({ context, worker }) => {
      await setSettings(worker, { schoolName: 'Alderley Edge Community Primary School', policyPack: 'alderley-edge-primary', workingHours: hoursAroundNow(-60, 120, [], 'warn') });
      await serveSite(context, 'x', 'profile', 'https://x.com/**');
      const page = await context.newPage();
      await page.goto('https://x.com/jordanrivers');
      const frame = await frameOf(page, 'hours-banner.html', 'region');
      await frame.getByRole('button', { name: 'Continue', exact: true }).click();
      await expect(frame.getByRole('dialog', { name: 'Before you continue' })).toBeVisible();
      return { page, frame, frameElement: BANNER };
    },
    // Going on, or going back: both stay on screen however small the window.
    decisions: (frame) => frame.locator('dialog :is(h2, button)').filter({ hasText: /^(Before you continue|Continue|Back)$/ }),
  },
];

test.describe('every screen', () => {
  for (const screen of SCREENS) {
    test(`${screen.name}: axe finds nothing at 1280 and 360 px${screen.pictureOnly ? '' : ', and it is usable at 360 px and at 200% zoom'}`, async ({ context, worker, openExtensionPage }, info) => {
      // Two axe runs, four window sizes and a round of Tab: more than most tests, on a shared machine.
      test.setTimeout(60_000);
      const { page, frame, frameElement } = await screen.open({ context, worker, openExtensionPage });
      for (const width of [1280, 360]) {
        await page.setViewportSize({ width, height: 800 });
        expect(await axeViolations(page, frameElement), `axe at ${width} px`).toEqual([]);
      }
      await picture(page, info, screen.name, { whole: screen.whole });
      if (screen.pictureOnly) return;

      const target = frame ?? page;
      for (const size of SMALL) {
        await page.setViewportSize({ width: size.width, height: size.height });
        // A frame over a site follows the window on its content script's next frame: poll until it has.
        await expect.poll(() => layoutProblems(target), { message: `layout at ${size.name}` }).toEqual([]);
        const path = info.outputPath(`${screen.name}-${size.width}x${size.height}.png`);
        await page.screenshot({ path });
        await info.attach(`${screen.name}-${size.width}x${size.height}`, { path, contentType: 'image/png' });
        const controls = screen.decisions?.(target, size);
        if (!controls) continue;
        expect(await controls.count()).toBeGreaterThan(0);
        for (const control of await controls.all()) {
          const what = (await control.getAttribute('role')) === 'alertdialog' ? 'The dialog' : (await control.textContent())?.trim();
          const label = `${what} at ${size.name}`;
          await expect(async () => expectInView(page, control, label)).toPass({ timeout: 3_000 });
        }
      }
      // Last: tabbing round scrolls the dialog, which the checks above need at its start.
      if (!frame || !(await frame.getByRole('alertdialog').count())) return;
      for (const size of SMALL) {
        await page.setViewportSize({ width: size.width, height: size.height });
        expect(await focusHiddenInDialog(page, frame), `focus hidden at ${size.name}`).toEqual([]);
      }
    });
  }
});
