// A legal citation in a page's title or description kept on one line (web/src/citations.ts): on a 320
// px phone at 200% zoom (160 CSS px) the worksheet's title broke as "(18 U.S.C. §" above "1593)"
// (review, round r56). Each "§ 1593" and "18 U.S.C." of the form pages' title and description, and of
// the home page's list of kinds, is measured as drawn: all of it on one line; and the home page is no
// wider than that screen (its kinds' cards were 18rem wide, the page 294 px).
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { allowIncompleteCase, SHOTS, SLOW, textNow, useBrowser } from './support/browser.js';

declare const document: any;

const web = useBrowser({ app: () => createApp({}), allowed: allowIncompleteCase });

/** Each citation in the text of `selector`'s elements, with the number of lines it is drawn on. */
const citationLines = (page: Page, selector: string): Promise<{ text: string; lines: number }[]> =>
  page.evaluate((sel: string) => {
    const out: { text: string; lines: number }[] = [];
    for (const el of document.querySelectorAll(sel)) {
      const walker = document.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const m of String(node.data).matchAll(/§§?[\s\u00a0]\d[\w.()-]*|\d+[\s\u00a0](?:U\.S\.C\.|CFR)/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const tops = new Set([...range.getClientRects()].filter((r: any) => r.width > 0).map((r: any) => Math.round(r.top)));
          out.push({ text: m[0].replace(/\u00a0/g, ' '), lines: tops.size });
        }
      }
    }
    return out;
  }, selector);

describe('a citation kept on one line, and the home page no wider than a 160 px screen (a 320 px phone at 200% zoom)', () => {
  for (const kind of ['rfa', 't-visa-declaration', 'restitution-worksheet', 'best-interests-memo']) {
    it(`${kind}: the form page’s title and description`, async () => {
      await web.withPage(
        `/forms/${kind}`,
        async (page) => {
          await expect.poll(() => textNow(page.locator('#kind-about')), SLOW).not.toBe('');
          const found = await citationLines(page, 'h1, #kind-about');
          if (kind === 'restitution-worksheet') expect(found.map((c) => c.text)).toContain('§ 1593');
          expect(found.filter((c) => c.lines !== 1)).toEqual([]);
          if (kind === 'restitution-worksheet') await page.screenshot({ path: join(SHOTS, 'citations-worksheet-title.png') });
        },
        (page) => page.setViewportSize({ width: 160, height: 320 }),
      );
    });
  }
  it('the home page’s kinds', async () => {
    await web.withPage(
      '/',
      async (page) => {
        await expect.poll(() => page.locator('.kinds li').count(), SLOW).toBe(4);
        const found = await citationLines(page, '.kinds');
        expect(found.length).toBeGreaterThan(2);
        expect(found.filter((c) => c.lines !== 1)).toEqual([]);
        // And the page no wider than the screen: each kind's card was 18rem (288 px), the page 294 px.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(160);
        await page.screenshot({ path: join(SHOTS, 'citations-home.png'), fullPage: true });
      },
      (page) => page.setViewportSize({ width: 160, height: 320 }),
    );
  });
});
