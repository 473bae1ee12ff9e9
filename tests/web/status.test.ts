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
import { allowIncompleteCase, axe, fillAndCheck, loadExample, SHOTS, SLOW, textNow, useBrowser } from './support/browser.js';

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

/**
 * Where the status line's text breaks into lines as drawn: each line's text, read character by
 * character from where the browser put each one (a new line where a character's top moves down).
 */
async function drawnLines(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const status = document.getElementById('status');
    const walker = document.createTreeWalker(status, 4 /* NodeFilter.SHOW_TEXT */);
    const lines: string[] = [];
    let top = -Infinity;
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = String(node.textContent);
      for (let i = 0; i < text.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = [...range.getClientRects()].find((r: any) => r.width > 0);
        if (rect !== undefined && rect.top > top + 2) {
          lines.push('');
          top = rect.top;
        }
        if (lines.length > 0) lines[lines.length - 1] = `${lines[lines.length - 1]}${text[i]}`;
      }
    }
    return lines;
  });
}

describe("a download's file name in the status line on a phone", () => {
  // Each kind's file names: the kind's id (t-visa-declaration), then "draft" and its date and time,
  // or the case's 16-digit code, then the format. A line may end after a separator between the
  // name's parts; never inside one (the code, "visa", the date's numbers), nor after the "t-" of
  // "t-visa"; and the name never sticks out past the screen. 200 px is a 400 px phone with its text
  // at 200% (WCAG 1.4.10, reflow), where "…-f0516933c6b5067b.docx" stuck out 48 px: the browser
  // breaks neither a hyphen before a digit nor the full stop before the format.
  for (const [kind, width] of [
    ['t-visa-declaration', 200],
    ['rfa', 200],
    ['best-interests-memo', 320],
    ['restitution-worksheet', 280],
  ] as const) {
    it(`${kind} on a ${width} px phone: the DOCX's and the draft's names break only between their parts`, async () => {
      await web.withPage(`/forms/${kind}`, async (page) => {
        await page.setViewportSize({ width, height: 740 });
        await loadExample(page);
        const check = async (what: string, name: string): Promise<void> => {
          const lines = await drawnLines(page);
          const text = lines.join('');
          const at = text.indexOf(name);
          expect(at, `${what}: the name in ${JSON.stringify(lines)}`).toBeGreaterThanOrEqual(0);
          // Where the lines break, counted from the name's first character; those inside the name.
          let offset = 0;
          const inside: string[] = [];
          for (const line of lines.slice(0, -1)) {
            offset += line.length;
            const b = offset - at;
            if (b > 0 && b < name.length) inside.push(`${name.slice(0, b)} | ${name.slice(b)}`);
          }
          // Each break inside the name is after a separator (- . _) that ends a part of two letters or more.
          for (const cut of inside) expect(cut, `${what}: ${JSON.stringify(lines)}`).toMatch(/(^|[-._])[^-._]{2,}[-._] \| /);
          // And no line is wider than the status line (a name that could not break stuck out past the screen's edge).
          const wide = await page.locator('#status').evaluate((e: any) => ({ scroll: e.scrollWidth, client: e.clientWidth, right: e.getBoundingClientRect().right, screen: e.ownerDocument.documentElement.clientWidth }));
          expect(wide.scroll, `${what}: the status line's text is wider than the line (${JSON.stringify(lines)})`).toBeLessThanOrEqual(wide.client);
        };
        const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download DOCX' }).click()]);
        await expect.poll(() => textNow(page.locator('#status')), SLOW).toMatch(/ downloaded\./);
        await check('the DOCX', docx.suggestedFilename());
        await page.locator('.stuck').screenshot({ path: join(SHOTS, `status-file-name-${kind}-${width}.png`) });
        const [draft] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save draft' }).click()]);
        await expect.poll(() => textNow(page.locator('#status')), SLOW).toMatch(/^Draft saved/);
        await check('the draft', draft.suggestedFilename());
      });
    });
  }
});
