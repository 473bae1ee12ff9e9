// Dates typed by a person used to day/month/year, in Debian's Chromium, whose date inputs read
// month/day/year (tests/web/support/browser.ts); split from dates.test.ts. Fictional people only.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { allowIncompleteCase, checkAnswerFor, loadExample, saveDraft, SHOTS, SLOW, step, useBrowser, textNow } from './support/browser.js';
import { typeDate } from './support/dates.js';

const web = useBrowser({ app: () => createApp({}), allowed: allowIncompleteCase });

// A caseworker used to day/month/year types 05/03/2011 for 5 March; the box reads May 3. Its
// "Read as" line now says which part comes first and what to type for the other reading, in every
// kind of date box (a date, a date-time, a T-visa date at the precision known), and a day-first
// date the box cannot read, or a date-time's time typed after a space, says what to type.
describe('dates a person used to day/month/year types', () => {
  it('05/03/2011 in a date box, a date-time and a date at the precision known: read as May 3, with what to type for March 5', async () => {
    await web.withPage('/forms/rfa', async (page) => {
      /** Type a whole date from the box's first part, and leave it. */
      const typeDob = async (text: string): Promise<void> => {
        await page.locator('#root_child_dateOfBirth').focus();
        await page.keyboard.type(text);
        await page.locator('#root_child_givenName').focus();
      };
      await typeDob('05/03/2011');
      expect(await page.locator('#root_child_dateOfBirth').inputValue()).toBe('2011-05-03');
      const help = page.locator('#root_child_dateOfBirth__help');
      await expect.poll(() => textNow(help), SLOW).toBe('Read as: Tuesday, May 3, 2011. This box reads the month first: for March 5, 2011, type 03/05/2011.');
      // What a screen reader reads with the box.
      expect((await page.locator('#root_child_dateOfBirth').getAttribute('aria-describedby'))?.split(' ')).toContain('root_child_dateOfBirth__help');
      await typeDob('03/14/2011'); // one way only: the words alone
      await expect.poll(() => textNow(help), SLOW).toBe('Read as: Monday, March 14, 2011');

      const at = page.locator('#root_discoveredAt');
      await at.focus();
      await page.keyboard.type('05/03/2026');
      await page.keyboard.press('Tab');
      await page.keyboard.type('1030PM');
      await page.locator('#root_requester_name').focus();
      await expect.poll(() => textNow(page.locator('#root_discoveredAt__help')), SLOW).toBe(
        'Read as: Sunday, May 3, 2026 at 10:30 PM. This box reads the month first: for March 5, 2026, type 03/05/2026.',
      );
      await at.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, 'dates-both-ways.png') });

      await page.goto(`${web.base}/forms/t-visa-declaration`);
      await loadExample(page);
      const act = page.locator('#root_trafficking_acts_0_date');
      await act.fill('5/3/2019');
      await page.keyboard.press('Tab');
      await expect.poll(() => textNow(page.locator('#root_trafficking_acts_0_date__help')), SLOW).toBe(
        'Read as: Friday, May 3, 2019. This box reads the month first: for March 5, 2019, type 03/05/2019.',
      );
    });
  });

  it('a loaded case whose dates read both ways says which part comes first once, at the first such date, not under each box', async () => {
    await web.withPage('/forms/restitution-worksheet', async (page) => {
      await loadExample(page);
      const readings = page.locator('.date-reading');
      await expect.poll(() => readings.count(), SLOW).toBeGreaterThan(10);
      // Under each box its date in words, and the note once: it was there thirteen times.
      const noted = page.locator('.date-reading', { hasText: 'reads the month first' });
      expect(await noted.count()).toBe(1);
      expect(await noted.textContent()).toMatch(/^Read as: \w+, \w+ \d{1,2}, \d{4}\. This box reads the month first: for \w+ \d{1,2}, \d{4}, type \d\d\/\d\d\/\d{4}\.$/);
      await noted.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, 'dates-order-note.png') });
      // A date the person types that reads both ways still says it at its box.
      const helpId = (await readings.filter({ hasNotText: 'reads the month first' }).first().getAttribute('id'))!;
      const other = page.locator(`[id="${helpId}"]`);
      await page.locator(`[id="${helpId.replace(/__help$/, '')}"]`).fill('2024-05-03');
      await expect.poll(() => textNow(other), SLOW).toBe('Read as: Friday, May 3, 2024. This box reads the month first: for March 5, 2024, type 03/05/2024.');
    });
  });

  it('14/03/2019 in a T-visa act’s date: refused at its field with what to type, not as "not a date that exists"', async () => {
    await web.withPage('/forms/t-visa-declaration', async (page) => {
      await loadExample(page);
      const act = page.locator('#root_trafficking_acts_0_date');
      await act.fill('14/03/2019');
      await page.keyboard.press('Tab');
      const issues = page.locator('ul.field-issues[data-path="trafficking.acts.0.date"]');
      await expect.poll(() => textNow(issues), SLOW).toBe(
        'Error: Date of the act: 14/03/2019 has no month 14. This box takes the month before the day (month/day/year): for March 14, 2019, type 03/14/2019.',
      );
      expect(await act.getAttribute('aria-invalid')).toBe('true');
      await act.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, 'dates-partial-day-first.png') });
      let downloads = 0;
      page.on('download', () => downloads++);
      await page.getByRole('button', { name: 'Download PDF' }).click();
      await expect.poll(() => textNow(page.locator('#status')), SLOW).toMatch(/^The PDF was not made: a date was not taken as typed/);
      expect(downloads).toBe(0);
      const checked = checkAnswerFor(page, (c) => c.trafficking?.acts?.[0]?.date === '2019-03-14');
      await act.fill('03/14/2019');
      await page.keyboard.press('Tab');
      await expect.poll(() => issues.count(), SLOW).toBe(0);
      await checked;
      await expect.poll(() => textNow(page.locator('#check-state')), SLOW).toMatch(/^The case is valid/);
    });
  });

  it('a draft saved with a date the box changed leaves it out and says so: opened again, the date is asked for, not shown as valid', async () => {
    await web.withPage('/forms/best-interests-memo', async (page) => {
      await loadExample(page);
      // From here the page's clock moves only as the test says: the check a change schedules waits.
      await page.clock.pauseAt(Date.now() + 60_000);
      await page.locator('#root_child_dateOfBirth').fill('');
      await step('leaving the emptied date box', page.evaluate(() => (globalThis as unknown as { document: { activeElement: { blur(): void } | null } }).document.activeElement?.blur()));
      await typeDate(page, '#root_child_dateOfBirth', '14/03/2011');
      expect(await page.locator('#root_child_dateOfBirth').inputValue()).toBe('2011-12-03');
      await expect.poll(() => page.locator('ul.field-issues[data-path="child.dateOfBirth"]').count(), SLOW).toBe(1);
      const { data } = await saveDraft(web, page, 'changed-date.json');
      expect(data.child.dateOfBirth).toBeUndefined(); // it was 2011-12-03, unmarked
      expect(data.child.givenName).toBeTruthy(); // the rest of the case kept
      await expect.poll(() => textNow(page.locator('#status')), SLOW).toMatch(
        /It leaves out a date not finished or not taken as typed \(The child › Date of birth\): type it again after opening the draft\.$/,
      );
      // Opened again, the date of birth is asked for at its field. The check the typed date scheduled
      // is still waiting when the draft opens (in CI the draft opened within the page's pause after
      // the last change): it must not be sent after the draft's own check.
      const sent: unknown[] = [];
      page.on('request', (r) => {
        if (/\/check$/.test(new URL(r.url()).pathname)) sent.push(r.postDataJSON());
      });
      const draftChecked = checkAnswerFor(page, (c) => c.child && !('dateOfBirth' in c.child));
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open draft…' }).click()]);
      await chooser.setFiles({ name: 'changed-date.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data)) });
      await step('the check of the draft opened', draftChecked);
      await page.clock.runFor(2_000); // longer than the page waits after a change before checking
      // A check sent now is answered before this one, made after the pause: so every check sent is recorded when it returns.
      const after = checkAnswerFor(page, (c) => c.child?.givenName === 'Lucíaa');
      await page.locator('#root_child_givenName').press('End');
      await page.keyboard.type('a');
      await page.clock.runFor(2_000);
      await step('the check after a key typed', after);
      expect(sent.map((c) => (c as { child?: { dateOfBirth?: string } }).child?.dateOfBirth ?? 'none'), 'the date of birth of each case checked since the draft opened').toEqual(['none', 'none']);
      // What the page shows, read whole (the check's state and every error at the field), so a failure names what it saw.
      const shown = async (): Promise<{ check: string | null; errors: string[] }> => ({
        check: await textNow(page.locator('#check-state')),
        errors: await page.locator('ul.field-issues[data-path="child.dateOfBirth"] li.error').allTextContents(),
      });
      await expect.poll(shown, SLOW).toEqual({ check: '1 problem to fix.', errors: [expect.stringMatching(/^Error: Date of birth: is required/)] });
      expect(await page.locator('#root_child_dateOfBirth').inputValue()).toBe('');
    }, (p) => p.clock.install());
  });

  it('a month typed 14 after a click into the month of a date the box held is refused at its field; typed again, taken', async () => {
    await web.withPage('/forms/rfa', async (page) => {
      const dob = page.locator('#root_child_dateOfBirth');
      const issues = page.locator('ul.field-issues[data-path="child.dateOfBirth"]');
      await dob.fill('2011-05-03');
      await page.locator('#root_child_givenName').focus();
      await dob.click({ position: { x: 12, y: 10 } }); // the month of 05/03/2011
      await page.keyboard.type('14');
      await page.locator('#root_child_givenName').focus();
      expect(await dob.inputValue()).toBe('2011-12-03');
      await expect.poll(() => textNow(issues), SLOW).toBe(
        'Error: Date of birth: this box changed the month typed to 12 (there is no month 14): check the date and type it again as month/day/year, e.g. 03/14/2011.',
      );
      await dob.click({ position: { x: 12, y: 10 } });
      await page.keyboard.type('03');
      await page.locator('#root_child_givenName').focus();
      expect(await dob.inputValue()).toBe('2011-03-03');
      await expect.poll(() => issues.count(), SLOW).toBe(0);
    });
  });

  it('a held date emptied with Backspace and typed again day first is refused; one edited into February 30 is said not to exist, not incomplete', async () => {
    await web.withPage('/forms/rfa', async (page) => {
      const dob = page.locator('#root_child_dateOfBirth');
      const issues = page.locator('ul.field-issues[data-path="child.dateOfBirth"]');
      const leave = () => page.locator('#root_child_givenName').focus();
      // Every part emptied, back to the month, 14/03/2011 typed: the box reads as empty until the
      // year's first digit, so no digit was judged, and December 3 was kept without a word.
      await dob.fill('2011-05-03');
      await leave();
      await dob.click({ position: { x: 12, y: 10 } }); // the month of 05/03/2011
      for (const key of ['Backspace', 'Tab', 'Backspace', 'Tab', 'Backspace', 'Shift+Tab', 'Shift+Tab']) await page.keyboard.press(key);
      await page.keyboard.type('14032011');
      await leave();
      expect(await dob.inputValue()).toBe('2011-12-03');
      await expect.poll(() => textNow(issues), SLOW).toBe('Error: Date of birth: this box changed the date typed to 12/03/2011: type it again as month/day/year, e.g. 03/14/2011.');
      await page.screenshot({ path: join(SHOTS, 'dates-refilled.png') });
      // The month alone emptied and typed 06 (a 1 typed and taken back first): taken, nothing said.
      await dob.click({ position: { x: 12, y: 10 } });
      for (const key of ['Backspace', '1', 'Backspace', '0', '6']) await page.keyboard.press(key);
      await leave();
      expect(await dob.inputValue()).toBe('2011-06-03');
      await expect.poll(() => issues.count(), SLOW).toBe(0);
      // 12/12/2011, the month emptied and typed 12 again: the same date, nothing said.
      await dob.fill('2011-12-12');
      await leave();
      await dob.click({ position: { x: 12, y: 10 } });
      for (const key of ['Backspace', '1', '2']) await page.keyboard.press(key);
      await leave();
      expect(await dob.inputValue()).toBe('2011-12-12');
      await expect.poll(() => issues.count(), SLOW).toBe(0);
      // 02/03/2011, its day typed 30: whole, but no date, which the box reports as empty.
      await dob.fill('2011-02-03');
      await leave();
      await dob.click({ position: { x: 36, y: 10 } }); // the day
      await page.keyboard.type('30');
      await leave();
      expect(await dob.inputValue()).toBe('');
      await expect.poll(() => textNow(issues), SLOW).toBe(
        'Error: Date of birth: this date does not exist (a day past the end of its month, such as February 30, or a day or month of 00): check the day and the month, and type it again as month/day/year, e.g. 03/14/2011.',
      );
      await page.screenshot({ path: join(SHOTS, 'dates-no-such-day.png') });
      // The day typed 03 again: the date is back, and so is the case's.
      await dob.click({ position: { x: 36, y: 10 } });
      await page.keyboard.type('03');
      await leave();
      expect(await dob.inputValue()).toBe('2011-02-03');
      await expect.poll(() => issues.count(), SLOW).toBe(0);
    });
  });

  it('a month emptied with Backspace and typed 14 is refused though the day is 14, in a date and a date-time', async () => {
    await web.withPage('/forms/rfa', async (page) => {
      const leave = () => page.locator('#root_child_givenName').focus();
      // 05/14/2011, its month and day emptied and 14/14 typed: the box held nothing until the day's
      // last digit, and each 14 spells the day it then held; but the month, not typed 12, is 12.
      const dob = page.locator('#root_child_dateOfBirth');
      const dobIssues = page.locator('ul.field-issues[data-path="child.dateOfBirth"]');
      await dob.fill('2011-05-14');
      await leave();
      await dob.click({ position: { x: 12, y: 10 } }); // the month
      for (const key of ['Backspace', 'Tab', 'Backspace', 'Shift+Tab']) await page.keyboard.press(key);
      await page.keyboard.type('14/14');
      await leave();
      expect(await dob.inputValue()).toBe('2011-12-14');
      await expect.poll(() => textNow(dobIssues), SLOW).toBe('Error: Date of birth: this box changed the date typed to 12/14/2011: type it again as month/day/year, e.g. 03/14/2011.');
      // The same in a date-time, whose parts were not judged after Backspace at all.
      const at = page.locator('#root_discoveredAt');
      const atIssues = page.locator('ul.field-issues[data-path="discoveredAt"]');
      await at.fill('2026-03-14T22:30');
      await leave();
      await at.click({ position: { x: 12, y: 10 } });
      for (const key of ['Backspace', 'Tab', 'Backspace', 'Shift+Tab']) await page.keyboard.press(key);
      await page.keyboard.type('14/14');
      await leave();
      expect(await at.inputValue()).toBe('2026-12-14T22:30');
      await expect.poll(() => textNow(atIssues), SLOW).toContain('this box changed the date typed to 12/14/2026: type it again as month/day/year');
      await page.screenshot({ path: join(SHOTS, 'dates-refilled-14.png') });
      // Typed again as meant: taken, nothing said.
      await at.click({ position: { x: 12, y: 10 } });
      for (const key of ['Backspace', 'Tab', 'Backspace', 'Shift+Tab']) await page.keyboard.press(key);
      await page.keyboard.type('03/14');
      await leave();
      expect(await at.inputValue()).toBe('2026-03-14T22:30');
      await expect.poll(() => atIssues.count(), SLOW).toBe(0);
    });
  });

  it('a date-time typed "03/14/2026 10:30 PM", a space before the time, says to press Tab', async () => {
    await web.withPage('/forms/rfa', async (page) => {
      await page.locator('#root_discoveredAt').focus();
      await page.keyboard.type('03/14/2026 10:30 PM');
      await page.locator('#root_requester_name').focus();
      await expect.poll(() => textNow(page.locator('ul.field-issues[data-path="discoveredAt"]')), SLOW).toBe(
        'Error: Concern learned at: the time typed after a space was not taken: this box goes from the year to the time with the Tab key. Type 03/14/2026, press Tab, then type the time.',
      );
    });
  });
});
