// Dates as a caseworker in the United States types them (review in Debian's Chromium,
// tests/web/support/browser.ts, whose date inputs read month/day/year): "12/31/2010" whole, and
// a date typed in part ("4/7", the year not yet typed), which the browser's input shows
// ("04/07/yyyy") but reports as empty. The form took it as not given: an optional date (a memo's
// next hearing) left the case and the document without a word, a required one said "is required"
// under a date the person could see. Dates typed day first are in day-first.test.ts, a date-time's
// time and offset edited with the keyboard in date-time-keys.test.ts. Fictional people only.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { allowIncompleteCase, checkAnswerFor, loadExample, saveDraft, SHOTS, SLOW, useBrowser, textNow } from './support/browser.js';
import { typeDate } from './support/dates.js';

const web = useBrowser({ app: () => createApp({}), allowed: allowIncompleteCase });

describe('dates typed as month/day/year', () => {
  it('a whole date typed 12/31/2010 is the case’s 2010-12-31', async () => {
    await web.withPage('/forms/best-interests-memo', async (page) => {
      await loadExample(page);
      await page.locator('#root_child_dateOfBirth').fill('');
      const checked = checkAnswerFor(page, (c) => c.child?.dateOfBirth === '2010-12-31'); // not the example's verdict, from before
      await typeDate(page, '#root_child_dateOfBirth', '12/31/2010');
      expect(await page.locator('#root_child_dateOfBirth').inputValue()).toBe('2010-12-31');
      await checked;
      await expect.poll(() => textNow(page.locator('#check-state')), SLOW).toMatch(/^The case is valid/);
      expect((await saveDraft(web, page, 'dates-whole.json')).data.child.dateOfBirth).toBe('2010-12-31');
    });
  });

  it('an optional date typed in part is an error at its field and in the list, and no document is made until it is finished', async () => {
    await web.withPage('/forms/best-interests-memo', async (page) => {
      await loadExample(page);
      await typeDate(page, '#root_nextHearingOn', '4/7');
      await expect.poll(() => textNow(page.locator('#check-state')), SLOW).toBe('1 problem to fix: a date is incomplete.');
      expect(await page.locator('ul.field-issues[data-path="nextHearingOn"]').textContent()).toBe(
        'Error: Next hearing: this date is incomplete: give the month, day and year, or clear it. Until then it is not in the case.',
      );
      expect(await page.locator('#root_nextHearingOn').getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('.problem-list').textContent()).toMatch(/^Error: Next hearing — this date is incomplete/);
      await page.locator('#root_nextHearingOn').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, 'dates-incomplete.png') });

      // Download PDF makes nothing: the status says why and the focus goes to the list.
      let downloads = 0;
      page.on('download', () => downloads++);
      await page.getByRole('button', { name: 'Download PDF' }).click();
      await expect.poll(() => textNow(page.locator('#status')), SLOW).toBe(
        'The PDF was not made: a date is incomplete (listed under Checks). Finish it or clear it, then try again.',
      );
      await expect.poll(() => page.evaluate(() => (globalThis as any).document.activeElement?.id), SLOW).toBe('problems');
      expect(downloads).toBe(0);

      // Typed again whole, the error goes and the date is in the case.
      await page.locator('#root_nextHearingOn').fill('');
      const checked = checkAnswerFor(page, (c) => c.nextHearingOn === '2026-04-07');
      await typeDate(page, '#root_nextHearingOn', '04/07/2026');
      await checked;
      await expect.poll(() => textNow(page.locator('#check-state')), SLOW).toMatch(/^The case is valid/);
      expect(await page.locator('ul.field-issues[data-path="nextHearingOn"]').count()).toBe(0);
      expect(await page.locator('#root_nextHearingOn').getAttribute('aria-invalid')).toBeNull();
      expect((await saveDraft(web, page, 'dates-finished.json')).data.nextHearingOn).toBe('2026-04-07');
    });
  });

  it('a required date typed in part is one error, that it is incomplete, not that it is missing', async () => {
    await web.withPage('/forms/best-interests-memo', async (page) => {
      await loadExample(page);
      await page.locator('#root_child_dateOfBirth').fill('');
      await typeDate(page, '#root_child_dateOfBirth', '12/31');
      await expect.poll(() => textNow(page.locator('#check-state')), SLOW).toBe('1 problem to fix.');
      expect(await page.locator('ul.field-issues[data-path="child.dateOfBirth"]').textContent()).toMatch(/^Error: Date of birth: this date is incomplete: give the month, day and year, or clear it/);
      expect(await page.locator('.problem-list li').count()).toBe(1);
    });
  });

  it('a date-time typed without its time is incomplete too', async () => {
    await web.withPage('/forms/rfa', async (page) => {
      await loadExample(page);
      await page.locator('#root_discoveredAt').fill('');
      await page.locator('#root_discoveredAt').focus();
      await page.keyboard.type('03/07/2026');
      await page.locator('#root_requester_name').focus();
      await expect.poll(() => textNow(page.locator('ul.field-issues[data-path="discoveredAt"]')), SLOW).toMatch(
        /^Error: Concern learned at: this date is incomplete: give the month, day, year and time \(Tab goes from the year to the time\), or clear it/,
      );
    });
  });

  it('a date-time whose month the browser changed as it was typed is refused at its field; typed again, taken', async () => {
    await web.withPage('/forms/rfa', async (page) => {
      const at = page.locator('#root_discoveredAt');
      /** Type the date, Tab to the time and type it, as a person whose keyboard brought the focus to the input. */
      const typeAt = async (date: string): Promise<void> => {
        await at.fill('');
        await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { blur(): void } | null } }).document.activeElement?.blur());
        await at.focus();
        await page.keyboard.type(date);
        await page.keyboard.press('Tab');
        await page.keyboard.type('1030PM');
        await page.locator('#root_requester_name').focus();
      };
      await typeAt('14/03/2026');
      expect(await at.inputValue()).toBe('2026-12-03T22:30');
      const issues = page.locator('ul.field-issues[data-path="discoveredAt"]');
      await expect.poll(() => textNow(issues), SLOW).toBe(
        'Error: Concern learned at: 14/03/2026 has no month 14, so this box changed it to 12/03/2026. It takes the month before the day (month/day/year): for March 14, 2026, type 03/14/2026.',
      );
      await typeAt('03/14/2026');
      expect(await at.inputValue()).toBe('2026-03-14T22:30');
      await expect.poll(() => issues.count(), SLOW).toBe(0);
    });
  });

  it('a date typed 14/03/2011 after a click into the empty box is refused at its field as when tabbed to', async () => {
    await web.withPage('/forms/rfa', async (page) => {
      const dob = page.locator('#root_child_dateOfBirth');
      await dob.click({ position: { x: 8, y: 10 } });
      await page.keyboard.type('14/03/2011');
      await page.locator('#root_child_givenName').focus();
      expect(await dob.inputValue()).toBe('2011-12-03');
      await expect.poll(() => textNow(page.locator('ul.field-issues[data-path="child.dateOfBirth"]')), SLOW).toMatch(/^Error: Date of birth: 14\/03\/2011 has no month 14, so this box changed it to 12\/03\/2011\./);
    });
  });

  it('a date typed in part in a list keeps its error when an item above it is removed', async () => {
    await web.withPage('/forms/best-interests-memo', async (page) => {
      await page.locator('#root_contacts__add').click();
      await page.locator('#root_contacts__add').click();
      await typeDate(page, '#root_contacts_1_date', '12/31');
      await expect.poll(() => page.locator('ul.field-issues[data-path="contacts.1.date"]').count(), SLOW).toBe(1);
      await page.locator('#root_contacts_0__remove').click();
      await expect.poll(() => textNow(page.locator('ul.field-issues[data-path="contacts.0.date"]')), SLOW).toMatch(/^Error: Date: this date is incomplete/);
      expect(await page.locator('ul.field-issues[data-path="contacts.1.date"]').count()).toBe(0);
      expect(await page.locator('.problem-list').textContent()).toMatch(/Contact 1 › Date — this date is incomplete/);
    });
  });
});
