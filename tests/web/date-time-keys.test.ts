// A date-time edited with the keyboard alone, as a keyboard user does it (Debian's Chromium, whose
// date-time input reads month/day/year, hour, minute, AM/PM, Tab going from part to part; its clock
// America/Chicago, tests/web/support/browser.ts): its UTC offset following the date, AM/PM typed
// again, and parts stepped with the arrow keys, in a date too. Split from dates.test.ts.
// Fictional people only.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { allowIncompleteCase, checkAnswerFor, saveDraft, SLOW, useBrowser, textNow } from './support/browser.js';

const web = useBrowser({ app: () => createApp({}), allowed: allowIncompleteCase });

/** The RFA's "Concern learned at" holding `local` (yyyy-mm-ddThh:mm), its check answered, the focus left in the next field. */
async function heldAt(page: Page, local: string): Promise<void> {
  const answered = checkAnswerFor(page, (c) => typeof c.discoveredAt === 'string' && c.discoveredAt.startsWith(local));
  await page.locator('#root_discoveredAt').fill(local);
  await page.locator('#root_requester_name').focus();
  await answered;
}

/** The fields Tab reaches after the RFA's "Concern learned at" (its UTC offset) and after the child's date of birth. */
const NEXT_AFTER_DISCOVERED = 'root_submittedAt';
const NEXT_AFTER_BORN = 'root_child_dateOfBirthEstimated-0';

/** Tab `n` times: from the month of a date-time, 1 is the day, 2 the year, 3 the hour, 4 the minute, 5 AM/PM. */
async function tabs(page: Page, n: number): Promise<void> {
  for (let i = 0; i < n; i++) await page.keyboard.press('Tab');
}

describe('a date-time’s UTC offset', () => {
  // The browser's clock is America/Chicago (support/browser.ts): daylight saving time began on
  // March 8, 2026.
  it('follows the date while it is this computer’s own: moved across the change to daylight time it becomes -05:00; one typed stays', async () => {
    await web.withPage('/forms/rfa', async (page) => {
      const at = page.locator('#root_discoveredAt');
      const offset = page.locator('#root_discoveredAt__offset');
      await at.focus();
      await page.keyboard.type('03/07/2026');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.type('1130P');
      await page.locator('#root_requester_name').focus();
      expect([await at.inputValue(), await offset.inputValue()]).toEqual(['2026-03-07T23:30', '-06:00']);
      await at.fill('2026-03-09T23:30'); // as the calendar sets it
      expect(await offset.inputValue()).toBe('-05:00');
      const { data } = await saveDraft(web, page, 'after-dst.json');
      expect(data.discoveredAt).toBe('2026-03-09T23:30:00-05:00');
      // An offset the person typed (the concern learned in another time zone) is theirs: it stays.
      await offset.fill('-08:00');
      await at.fill('2026-03-10T23:30');
      expect(await offset.inputValue()).toBe('-08:00');
    });
  });
});

describe('a date-time edited with the keyboard', () => {
  it('AM/PM typed again, and the hour and day stepped with the arrows: the time, its offset and "Read as" follow, and the case is checked with them', async () => {
    await web.withPage('/forms/rfa', async (page) => {
      const at = page.locator('#root_discoveredAt');
      const offset = page.locator('#root_discoveredAt__offset');
      const reading = page.locator('#root_discoveredAt__help');
      await heldAt(page, '2026-03-07T10:30');
      // AM/PM, reached with Tab from the month: "P" makes 10:30 PM.
      await at.focus();
      await tabs(page, 5);
      const pm = checkAnswerFor(page, (c) => c.discoveredAt === '2026-03-07T22:30:00-06:00');
      await page.keyboard.type('P');
      expect(await at.inputValue()).toBe('2026-03-07T22:30');
      await page.locator('#root_requester_name').focus();
      await pm;
      await expect.poll(() => textNow(reading), SLOW).toMatch(/^Read as: Saturday, March 7, 2026 at 10:30 PM/);
      // The day stepped up with the arrow, over the change to daylight time (March 8): -05:00.
      await at.focus();
      await tabs(page, 1);
      await page.keyboard.press('ArrowUp');
      expect([await at.inputValue(), await offset.inputValue()]).toEqual(['2026-03-08T22:30', '-05:00']);
      // The hour stepped down from 10 PM to 9 PM, AM/PM typed again "A": 9:30 AM.
      await tabs(page, 2);
      await page.keyboard.press('ArrowDown');
      await tabs(page, 2);
      await page.keyboard.type('A');
      expect(await at.inputValue()).toBe('2026-03-08T09:30');
      const am = checkAnswerFor(page, (c) => c.discoveredAt === '2026-03-08T09:30:00-05:00');
      await page.locator('#root_requester_name').focus();
      await am;
      await expect.poll(() => textNow(reading), SLOW).toMatch(/^Read as: Sunday, March 8, 2026 at 9:30 AM/);
      expect(await page.locator('ul.field-issues[data-path="discoveredAt"]').count(), 'no error at the field').toBe(0);
      const { data } = await saveDraft(web, page, 'stepped.json');
      expect(data.discoveredAt).toBe('2026-03-08T09:30:00-05:00');
    });
  });

  it('a day stepped with the arrow past the end of its month (February 28 to 29, 2026) is said not to exist, not to be incomplete, in a date-time and a date', async () => {
    await web.withPage('/forms/rfa', async (page) => {
      for (const [box, path, held] of [
        ['#root_discoveredAt', 'discoveredAt', '2026-02-28T10:30'],
        ['#root_child_dateOfBirth', 'child.dateOfBirth', '2011-02-28'],
      ] as const) {
        if (box === '#root_discoveredAt') await heldAt(page, held);
        else {
          await page.locator(box).fill(held);
          await page.locator('#root_requester_name').focus();
        }
        await page.locator(box).focus();
        await tabs(page, 1);
        await page.keyboard.press('ArrowUp');
        expect(await page.locator(box).inputValue(), 'February 29, 2026 or 2011: no such date, the box empty').toBe('');
        await page.locator('#root_requester_name').focus();
        const issues = page.locator(`ul.field-issues[data-path="${path}"]`);
        await expect.poll(() => textNow(issues), SLOW).toMatch(/this date does not exist/);
        expect(await issues.textContent(), path).not.toMatch(/incomplete/);
        // Stepped back down to the 28th: whole again, the error gone.
        await page.locator(box).focus();
        await tabs(page, 1);
        await page.keyboard.press('ArrowDown');
        expect(await page.locator(box).inputValue()).toBe(held);
        await page.locator('#root_requester_name').focus();
        await expect.poll(() => issues.count(), SLOW).toBe(0);
      }
    });
  });
});

describe('a date box with the keyboard: Tab, Shift+Tab and its calendar', () => {
  // Chromium's own calendar button, drawn inside the box after its last part, took a stop of Tab
  // and Shift+Tab: Shift+Tab from the UTC offset landed on it, and "P" then did nothing (forward,
  // Tab from AM/PM passed it). It is hidden; a named "Calendar" button follows the box for a mouse
  // or a finger, out of the order of Tab (a stop after every date box of the form, for what the box
  // opens itself): Alt+Down in the box opens the calendar, as it opens Chromium's own, and the box's
  // help says so. Headless Chromium draws no calendar a page can see, so the page's call for it
  // (showPicker) is recorded instead of made.
  it('lands on its last part both ways; Tab goes from the box to the next field, past the calendar button; Alt+Down in the box opens its calendar', async () => {
    /** Records each call for a calendar (which box's) instead of opening one, before the page's script runs. */
    const recordCalendars = (p: Page) =>
      p.addInitScript(() => {
        const w = globalThis as any;
        w.__calendars = [];
        w.HTMLInputElement.prototype.showPicker = function (this: { id: string }) {
          w.__calendars.push(this.id);
        };
      });
    await web.withPage('/forms/rfa', async (page) => {
      const calendars = (): Promise<string[]> => page.evaluate(() => (globalThis as any).__calendars);
      const at = page.locator('#root_discoveredAt');
      await heldAt(page, '2026-03-07T11:30');
      await page.locator('#root_discoveredAt__offset').focus();
      await page.keyboard.press('Shift+Tab');
      const pm = checkAnswerFor(page, (c) => c.discoveredAt === '2026-03-07T23:30:00-06:00');
      await page.keyboard.press('P');
      expect(await at.inputValue(), 'AM/PM typed after Shift+Tab from the offset').toBe('2026-03-07T23:30');
      const focused = (): Promise<string | undefined> => page.evaluate(() => (globalThis as any).document.activeElement?.getAttribute('aria-label') ?? (globalThis as any).document.activeElement?.id);
      await page.keyboard.press('Tab');
      expect(await focused()).toBe('root_discoveredAt__offset');
      await pm;
      await page.keyboard.press('Tab');
      expect(await focused(), 'Tab from the offset: the next field, not the calendar button').toBe(NEXT_AFTER_DISCOVERED);
      // Alt+Down in the box (from any part) and in its offset opens the date-time's calendar, and steps no part.
      await at.focus();
      await page.keyboard.press('Alt+ArrowDown');
      await page.locator('#root_discoveredAt__offset').focus();
      await page.keyboard.press('Alt+ArrowDown');
      expect(await calendars()).toEqual(['root_discoveredAt', 'root_discoveredAt']);
      expect(await at.inputValue()).toBe('2026-03-07T23:30');
      // The help the box is described by says so.
      const help = (id: string) =>
        page.evaluate((i) => {
          const d = (globalThis as any).document;
          return String(d.getElementById(i).getAttribute('aria-describedby')).split(' ').map((h: string) => d.getElementById(h)?.textContent ?? '').join(' ');
        }, id);
      expect(await help('root_discoveredAt')).toContain('10:30 PM (calendar: Alt+Down).');

      // A date: Shift+Tab from the field after it reaches the year, typed over; Tab goes on past its calendar button.
      const born = page.locator('#root_child_dateOfBirth');
      const bornAt = checkAnswerFor(page, (c) => c?.child?.dateOfBirth === '2011-03-14');
      await born.fill('2011-03-14');
      await page.locator('#root_requester_name').focus();
      await bornAt;
      const calendar = page.getByRole('button', { name: 'Calendar: Date of birth' });
      expect(await calendar.count(), 'a calendar button after the date').toBe(1);
      await page.locator(`#${NEXT_AFTER_BORN}`).focus();
      await page.keyboard.press('Shift+Tab');
      const typed = checkAnswerFor(page, (c) => c?.child?.dateOfBirth === '2012-03-14');
      await page.keyboard.type('2012');
      expect(await born.inputValue(), 'the year typed after Shift+Tab').toBe('2012-03-14');
      await page.keyboard.press('Tab');
      expect(await focused(), 'Tab from the year: the next field, not the calendar button').toBe(NEXT_AFTER_BORN);
      await typed;
      await born.focus();
      await page.keyboard.press('Alt+ArrowDown');
      expect(await calendars()).toEqual(['root_discoveredAt', 'root_discoveredAt', 'root_child_dateOfBirth']);
      expect(await born.inputValue(), 'Alt+Down steps no part').toBe('2012-03-14');
      expect(await help('root_child_dateOfBirth')).toContain('or pick it from the calendar (Alt+Down).');
      // The button, for a mouse or a finger, opens the same calendar.
      await calendar.click();
      expect((await calendars()).at(-1)).toBe('root_child_dateOfBirth');
    }, recordCalendars);
  });
});
