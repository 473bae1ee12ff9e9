// The status line stuck at the top of the screen with the document's buttons, on a 390 × 844
// phone (review in Debian's Chromium, tests/web/support/browser.ts). A document refused for the
// case's problems said so in a sentence ("The document could not be made: The case data is not
// valid (see the list of problems)") that took three lines of the stuck bar, over the form the
// person was to correct, and five for a PDF refused for its text; on a phone the bar now holds a
// count and a button to the first problem, one line. On a wide screen the sentence stays whole.
// Fictional people only.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { allowIncompleteCase, axe, fillAndCheck, SHOTS, SLOW, useBrowser, textNow } from './support/browser.js';

// The browser's globals, for the functions that run in the page (page.evaluate).
declare const document: any, window: any;

const web = useBrowser({ app: () => createApp({}), allowed: allowIncompleteCase });

/** A new RFA with only the requester's name, and Download PDF pressed: refused for the case's problems. */
async function refused(width: number): Promise<Page> {
  const page = await web.newPage();
  await page.setViewportSize({ width, height: 844 });
  await page.goto(`${web.base}/forms/rfa`);
  await fillAndCheck(page, '#root_requester_name', 'Dana Whitfield');
  await page.getByRole('button', { name: 'Download PDF' }).click();
  await expect.poll(() => textNow(page.locator('#check-state')), SLOW).toMatch(/^\d+ problems to fix\.$/);
  return page;
}

describe('the stuck status line when a document is refused', () => {
  it('on a phone (390 px): one line, the count of problems and a button to the first, and the bar stays short', async () => {
    const page = await refused(390);
    try {
      const count = Number(/^(\d+)/.exec((await page.locator('#check-state').textContent())!)![1]);
      const short = page.locator('#status-short');
      await expect.poll(() => textNow(short), SLOW).toBe(`Not made: ${count} problems. First problem`);
      expect(await short.isVisible()).toBe(true);
      expect(await page.locator('#status').isVisible()).toBe(false);
      // Far down the form, the bar stuck at the top: its buttons and one line, at most an eighth of the screen.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
      const bar = await page.locator('.stuck').evaluate((e: any) => e.getBoundingClientRect().height);
      expect(bar).toBeLessThanOrEqual(844 / 8);
      await page.screenshot({ path: join(SHOTS, 'status-phone-refused.png') });
      // The button takes the person to the first problem's field.
      await page.getByRole('button', { name: 'First problem' }).click();
      const first = await page.locator('.problem-list li button.link').first().getAttribute('data-path');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(`root_${first!.split('.').join('_')}`);
      await axe(page, 'the phone form, refused');
    } finally {
      await page.close();
    }
    web.noProblems();
  });

  it('on a wide screen (1,280 px): the whole sentence, and no short form', async () => {
    const page = await refused(1280);
    try {
      await expect.poll(() => textNow(page.locator('#status')), SLOW).toBe('The document could not be made: The case data is not valid (see the list of problems)');
      expect(await page.locator('#status').isVisible()).toBe(true);
      expect(await page.locator('#status-short').isVisible()).toBe(false);
    } finally {
      await page.close();
    }
    web.noProblems();
  });
});
