// A year typed into a date box, key by key: the box holds each digit as the whole year as it comes
// (2011 is held 0002, 0020, 0201 on the way), and the page's check of the case, sent at each pause
// in typing, answered "must be between the years 1900 and 2100" to a person still typing the year
// (seen on a slow machine, where a pause between two keys is longer than the page's wait). The
// check now waits while the box that has the focus holds a year below 1000 typed last, or a part
// half typed that it reads as no date (the 0 of a month 03 typed over a held date: "is required"),
// dates.tsx dateBeingTyped, and checks the date once it is whole, a key moves on from the year (Tab
// to a date-time's time) or the box is left. The page's clock
// is the test's (Playwright's clock): the pauses are as long as the test says, on any machine.
// Fictional people only.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

// The browser's globals, for the functions that run in the page (page.evaluate).
declare const document: any;
import { createApp } from '../../src/http/app.js';
import { allowIncompleteCase, checkAnswerFor, SLOW, useBrowser, textNow } from './support/browser.js';

const web = useBrowser({ app: () => createApp({}), allowed: allowIncompleteCase });

/** Longer than any pause the page waits for before a check (form.tsx CHECK_DELAY_MS, 400 ms). */
const PAUSE_MS = 2_000;

/** A year below 1000 in the case's text: one caught half typed. */
const HALF_YEAR = /^0\d{3}-/;

/** Every date and date-time of a case sent to the check (its leaves matching a date's shape). */
function datesOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string' && /^\d{4}-\d\d-\d\d/.test(value)) out.push(value);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) datesOf(v, out);
  return out;
}

/** The bodies of the checks the page sends, in order, from now on. */
function recordChecks(page: Page): unknown[] {
  const sent: unknown[] = [];
  page.on('request', (r) => {
    if (/\/v1\/documents\/[a-z-]+\/check$/.test(new URL(r.url()).pathname)) sent.push(r.postDataJSON());
  });
  return sent;
}

/** Type `text` key by key, the person pausing after each key longer than the page waits. */
async function typeSlowly(page: Page, text: string): Promise<void> {
  for (const key of text) {
    await page.keyboard.type(key);
    await page.clock.runFor(PAUSE_MS);
  }
}

describe('a year typed key by key', () => {
  it('is not checked until it is whole: no check of 0002, 0020 or 0201, and no "between the years" error on the way', async () => {
    await web.withPage('/forms/rfa', async (page) => {
      await page.locator('#root_child_dateOfBirth').waitFor();
      const sent = recordChecks(page);
      await page.locator('#root_child_givenName').fill('Amaru');
      await page.locator('#root_child_dateOfBirth').focus();
      await typeSlowly(page, '03/14/201');
      expect(await page.locator('#root_child_dateOfBirth').inputValue()).toBe('0201-03-14');
      const issues = page.locator('ul.field-issues[data-path="child.dateOfBirth"]');
      expect(await issues.count(), 'no error at the date while its year is typed').toBe(0);
      const whole = checkAnswerFor(page, (c) => c.child?.dateOfBirth === '2011-03-14');
      await typeSlowly(page, '1');
      await whole;
      // Checks are sent in the order they are made: one of a half-typed year came before this one.
      expect(sent.flatMap((c) => datesOf(c)).filter((d) => HALF_YEAR.test(d))).toEqual([]);
      expect(sent.some((c) => (c as { child?: { givenName?: string } }).child?.givenName === 'Amaru')).toBe(true);
      expect(await issues.count()).toBe(0);
    }, (p) => p.clock.install());
  });

  it('left half typed, the date is checked as left and its error shown', async () => {
    await web.withPage('/forms/rfa', async (page) => {
      await page.locator('#root_child_dateOfBirth').waitFor();
      await page.locator('#root_child_dateOfBirth').focus();
      await typeSlowly(page, '03/14/201');
      const left = checkAnswerFor(page, (c) => c.child?.dateOfBirth === '0201-03-14');
      await page.locator('#root_child_givenName').focus();
      await page.clock.runFor(PAUSE_MS);
      await left;
      await expect.poll(() => textNow(page.locator('ul.field-issues[data-path="child.dateOfBirth"]')), SLOW).toMatch(/between the years 1900 and 2100/);
    }, (p) => p.clock.install());
  });

  it('in a date-time too: its date typed again over the one it held is checked once the year is whole', async () => {
    await web.withPage('/forms/rfa', async (page) => {
      const at = page.locator('#root_discoveredAt');
      await at.fill('2026-03-07T22:30');
      await page.locator('#root_requester_name').focus();
      await page.clock.runFor(PAUSE_MS);
      const sent = recordChecks(page);
      // Typed over the held date from its first part: each part replaced as it is typed, the time kept.
      await at.focus();
      await typeSlowly(page, '03/08/202');
      expect(await at.inputValue()).toBe('0202-03-08T22:30');
      const whole = checkAnswerFor(page, (c) => typeof c.discoveredAt === 'string' && c.discoveredAt.startsWith('2025-03-08T22:30'));
      await typeSlowly(page, '5');
      await whole;
      expect(sent.flatMap((c) => datesOf(c)).filter((d) => HALF_YEAR.test(d))).toEqual([]);
      // Nor of the box read as empty between the 0 and the 3 of the month, which said "is required".
      expect(sent.filter((c) => (c as { discoveredAt?: unknown }).discoveredAt === undefined)).toEqual([]);
      expect(await page.locator('ul.field-issues[data-path="discoveredAt"]').count()).toBe(0);
    }, (p) => p.clock.install());
  });

  it('in a date-time, a year left half typed with Tab to the time is checked there, and "Read as" never shows the year half typed', async () => {
    await web.withPage('/forms/rfa', async (page) => {
      const at = page.locator('#root_discoveredAt');
      const reading = page.locator('#root_discoveredAt__help');
      await at.fill('2026-03-07T22:30');
      await page.locator('#root_requester_name').focus();
      await page.clock.runFor(PAUSE_MS);
      await expect.poll(() => textNow(reading), SLOW).toMatch(/March 7, 2026/);
      await at.focus();
      await typeSlowly(page, '03/08/202');
      expect(await at.inputValue()).toBe('0202-03-08T22:30');
      expect(await reading.textContent(), 'no date read from a year half typed').toBe('');
      // Tab moves from the year to the hour, in the same box: the year is what the person left it as.
      const left = checkAnswerFor(page, (c) => typeof c.discoveredAt === 'string' && c.discoveredAt.startsWith('0202-03-08T22:30'));
      await page.keyboard.press('Tab');
      await page.clock.runFor(PAUSE_MS);
      await left;
      await expect.poll(() => textNow(page.locator('ul.field-issues[data-path="discoveredAt"]')), SLOW).toMatch(/between the years 1900 and 2100/);
      expect(await page.evaluate(() => document.activeElement?.id), 'still in the box, at its time').toBe('root_discoveredAt');
      expect(await reading.textContent()).toMatch(/March 8/);
      // The hour typed next (9, the box keeping PM) is checked too, the year still 0202.
      const sent = recordChecks(page);
      const hour = checkAnswerFor(page, (c) => typeof c.discoveredAt === 'string' && c.discoveredAt.startsWith('0202-03-08T21:30'));
      await typeSlowly(page, '09');
      await hour;
      expect(sent.filter((c) => (c as { discoveredAt?: unknown }).discoveredAt === undefined), 'none of the box read as empty between 0 and 9').toEqual([]);
    }, (p) => p.clock.install());
  });
});
