// The RFA form and the clock its times are read on (docs/domain/rfa-deadline.md, "The requester's
// clock"), in a real browser whose own zone is America/Chicago (support/browser.ts): a date-time's
// UTC offset follows the case's time zone, not this computer's, and without a zone the summary says
// what the draft's "Clock change" row says. Fictional people only (the kind's example).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { allowIncompleteCase, loadExample, SHOTS, SLOW, useBrowser, textNow } from './support/browser.js';

const web = useBrowser({ app: () => createApp({}), allowed: allowIncompleteCase });

describe('a date-time’s UTC offset follows the case’s time zone', () => {
  it('the example (Los Angeles, −08:00 on March 7) moved to May 7 becomes −07:00, though this computer keeps Chicago time', async () => {
    await web.withPage('/forms/rfa', async (page) => {
      await loadExample(page);
      const at = page.locator('#root_discoveredAt');
      const offset = page.locator('#root_discoveredAt__offset');
      expect([await at.inputValue(), await offset.inputValue()]).toEqual(['2026-03-07T19:00', '-08:00']);
      await at.fill('2026-05-07T19:00');
      // Chicago's −05:00 then, or the −08:00 kept, were both an hour or more off the instant.
      expect(await offset.inputValue()).toBe('-07:00');
      // Back across the change, Pacific standard time again.
      await at.fill('2026-03-07T18:00');
      expect(await offset.inputValue()).toBe('-08:00');
    });
  });
});

describe('the summary of a draft without a zone across a clock change', () => {
  it('says, as the draft’s deadline box does, what a changed clock reads at the deadline', async () => {
    await web.withPage('/forms/rfa', async (page) => {
      await loadExample(page);
      await page.locator('#root_requester_timeZone').fill('');
      // Chicago's CDT written on Saturday, October 31, 2026; due Sunday 8:00 PM at −05:00, after the clocks go back.
      for (const [field, local] of [
        ['preparedAt', '2026-10-31T21:10'],
        ['discoveredAt', '2026-10-31T20:00'],
      ] as const) {
        await page.locator(`#root_${field}`).fill(local);
        await page.locator(`#root_${field}__offset`).fill('-05:00');
      }
      const row = page.locator('#clock-change');
      await expect.poll(() => textNow(row), SLOW).toContain('the deadline on it is Sunday, November 1, 2026, 7:00 PM UTC-06:00, an hour earlier than printed: go by that time');
      expect(await row.textContent()).toMatch(/^Clock change: Daylight-saving time ends before the deadline: if the requester’s clock moves back/);
      // The row says which deadline and which to go by; its why follows in a paragraph of its own, as on the draft.
      expect(await row.textContent()).not.toContain('The due times above are at');
      const why = page.locator('#clock-change-why');
      expect(await why.textContent()).toMatch(/^The due times above are at UTC-05:00, the offset written in the preparation time, which does not change with the clocks\. Give the requester’s time zone/);
      // The due time above names that offset, as the draft's "Due (UTC-05:00)" does.
      expect(await page.locator('#due-local-label').textContent()).toBe('Due, UTC-05:00 (no time zone given: the offset written in the preparation time)');
      await page.locator('aside.summary').screenshot({ path: join(SHOTS, 'rfa-clock-change-summary.png') });
      // With the zone given, the times are on the requester's clock and the row goes.
      await page.locator('#root_requester_timeZone').fill('America/Chicago');
      await page.locator('#root_requester_name').focus();
      await expect.poll(() => row.count(), SLOW).toBe(0);
      expect(await why.count()).toBe(0);
      expect(await page.locator('#due-local-label').textContent()).toBe('Due, requester’s time');
    });
  });
});
