// A heading's or a field's label's words drawn whole on a phone with its text zoomed (review, round
// r57): at 160 px (a 320 px phone at 200% zoom) the browser broke the memo's "Recommendations" and
// "Recommendation" inside the word (wider than their legends), its title's "recommendation", the
// T-visa's "knowledge" and "Declaration", the panels' "Summary"; at 200 and 240 px the memo's and a
// T-visa's and a worksheet's section headings too (app.css: up to 20rem the form's own box gives its
// sides to its sections, and the headings are set smaller; at 12rem smaller still). Each kind's
// example, every collapsed group open, at 160, 200, 240 and 320 px: every word of every heading and
// label on one line (a break after a hyphen is a break between words), the page no wider than the
// screen, and each yes/no's and list of boxes' choices at the size of its field's label (round r59:
// "Yes" and "No" 16 px beside 12 px labels at 160 px). Measured in the fonts .ci/run's Chromium
// draws (DejaVu Sans, among the widest). Fictional people only.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { allowIncompleteCase, SHOTS, SLOW, textNow, useBrowser } from './support/browser.js';
import { brokenWords } from './support/words.js';

/** A page's headings and its fields' labels. */
const HEADINGS_AND_LABELS = 'main h1, main h2, main h3, main h4, main h5, main h6, main label';

declare const document: any, window: any;

const web = useBrowser({ app: () => createApp({}), allowed: allowIncompleteCase });

/** The font sizes (CSS px) drawn, smallest first, of the headings, the labels and the help of the page. */
const sizes = (page: Page): Promise<{ headings: number[]; labels: number[]; help: number[] }> =>
  page.evaluate(() => {
    const of = (sel: string): number[] =>
      [...new Set([...document.querySelectorAll(sel)].filter((e: any) => e.getClientRects().length > 0 && String(e.textContent).trim() !== '').map((e: any) => parseFloat(window.getComputedStyle(e).fontSize)))].sort((a: any, b: any) => a - b) as number[];
    return {
      headings: of('main h1, main h2, main h3, main h4, main h5, main h6, main legend'),
      labels: of('main .form-group > label, main .control-label'),
      help: of('main .field-description, main .field-note, main .date-reading, main .paste-note'),
    };
  });

/**
 * Each yes/no's and list of boxes' choice whose words are drawn at another size than its field's own
 * label: "Yes" and "No" stayed 16 px beside a 12 px label at 160 px (review, round r58).
 */
const choicesOffTheirLabel = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const out = new Set<string>();
    for (const input of document.querySelectorAll('main .field-radio-group input, main .checkboxes input')) {
      const choice = input.closest('label');
      const group = input.closest('.form-group');
      const label = group?.querySelector(':scope > label.control-label, :scope > fieldset > legend');
      if (!choice || !label || choice.getClientRects().length === 0) continue;
      const [c, l] = [choice, label].map((e: any) => parseFloat(window.getComputedStyle(e).fontSize));
      if (c !== l) out.add(`“${String(choice.textContent).trim()}” ${c} px beside “${String(label.textContent).trim()}” ${l} px`);
    }
    return [...out];
  });

describe('headings and labels on a narrow screen: no word broken', () => {
  for (const kind of ['rfa', 't-visa-declaration', 'restitution-worksheet', 'best-interests-memo']) {
    it(`${kind}: the example at 160, 200, 240 and 320 px`, async () => {
      await web.withPage(
        `/forms/${kind}`,
        async (page) => {
          await page.getByRole('button', { name: 'Start from the example', exact: true }).click();
          await expect.poll(() => textNow(page.locator('#status')), SLOW).toContain('The example case is loaded.');
          await page.evaluate(() => document.querySelectorAll('main details').forEach((d: any) => (d.open = true)));
          for (const width of [160, 200, 240, 320]) {
            await page.setViewportSize({ width, height: 320 });
            await expect.poll(() => page.evaluate(() => document.documentElement.clientWidth), SLOW).toBe(width);
            expect(await brokenWords(page, HEADINGS_AND_LABELS), `${width} px`).toEqual([]);
            expect(await page.evaluate(() => document.documentElement.scrollWidth), `${width} px: the page’s width`).toBeLessThanOrEqual(width);
            const drawn = await sizes(page);
            expect(drawn.help.length, `${width} px: help drawn`).toBeGreaterThan(0);
            const largestHelp = Math.max(...drawn.help);
            expect(drawn.headings[0], `${width} px: the smallest heading, against help of ${largestHelp} px`).toBeGreaterThan(largestHelp);
            expect(drawn.labels[0], `${width} px: the smallest label, against help of ${largestHelp} px`).toBeGreaterThan(largestHelp);
            expect(await choicesOffTheirLabel(page), `${width} px: each choice at its field’s label’s size`).toEqual([]);
          }
          if (kind === 'best-interests-memo') {
            await page.setViewportSize({ width: 160, height: 320 });
            await page.locator('#root_recommendations').evaluate((e: any) => e.scrollIntoView());
            await page.screenshot({ path: join(SHOTS, 'headings-narrow-memo-160.png') });
          }
        },
        (page) => page.setViewportSize({ width: 160, height: 320 }),
      );
    });
  }
});
