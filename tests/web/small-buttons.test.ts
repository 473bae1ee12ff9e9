// The form's small buttons (a yes/no's "Clear answer", a list's Add, Move up, Move down and Remove, a
// date's "Calendar", an optional section's Add and Remove) sized for the screen they are on (review,
// round r59): at 160 px (a 320 px phone at 200% zoom) they were 13.6 px beside the 12 px labels of
// their fields, the largest words of a field being a button's, and about 21 px tall, under the 24 px
// a finger needs (WCAG 2.2, 2.5.8 Target Size (Minimum), as the radio buttons and checkboxes have).
// Each kind's example, every collapsed group open, at 160 and 320 px (web/static/app/app.css
// button.small). One that cannot be used (the first item's Move up) kept the blue words of one that
// can (review, round r60). Measured in the fonts .ci/run's Chromium draws. Fictional people only.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { allowIncompleteCase, loadExample, SHOTS, SLOW, useBrowser } from './support/browser.js';

declare const document: any, window: any;

const web = useBrowser({ app: () => createApp({}), allowed: allowIncompleteCase });

interface Drawn {
  /** Each small button drawn, by its words: font size and box (CSS px). */
  buttons: { words: string; size: number; width: number; height: number }[];
  /** The smallest font size of a field's label drawn. */
  smallestLabel: number;
}

/** The small buttons of the form as drawn, and the smallest label beside them. */
const drawn = (page: Page): Promise<Drawn> =>
  page.evaluate(() => {
    const shown = (e: any): boolean => e.getClientRects().length > 0;
    const buttons = [...document.querySelectorAll('main form button.small')].filter(shown).map((b: any) => {
      const r = b.getBoundingClientRect();
      return { words: String(b.textContent).trim(), size: parseFloat(window.getComputedStyle(b).fontSize), width: r.width, height: r.height };
    });
    const labels = [...document.querySelectorAll('main .form-group > label, main .control-label')].filter((e: any) => shown(e) && String(e.textContent).trim() !== '');
    return { buttons, smallestLabel: Math.min(...labels.map((e: any) => parseFloat(window.getComputedStyle(e).fontSize))) };
  });

describe('a small button that cannot be used looks it', () => {
  it('the worksheet example: the first item’s Move up (disabled) drawn apart from its Move down', async () => {
    await web.withPage('/forms/restitution-worksheet', async (page) => {
      await loadExample(page);
      const look = (id: string): Promise<{ disabled: boolean; color: string; border: string }> =>
        page.locator(`#${id}`).evaluate((b: any) => {
          const st = window.getComputedStyle(b);
          return { disabled: b.disabled, color: st.color, border: `${st.borderTopStyle} ${st.borderTopColor}` };
        });
      const [up, down] = [await look('root_laborPeriods_0__moveUp'), await look('root_laborPeriods_0__moveDown')];
      expect([up.disabled, down.disabled]).toEqual([true, false]);
      expect(up.color, 'its words not the blue of one that can be used').not.toBe(down.color);
      expect(up.border, 'its border').not.toBe(down.border);
      await page.locator('#root_laborPeriods_0__moveUp').evaluate((e: any) => e.parentElement.scrollIntoView({ block: 'center' }));
      await page.screenshot({ path: join(SHOTS, 'small-buttons-disabled.png'), clip: { x: 0, y: 350, width: 900, height: 200 } });
    });
  });
});

describe('small buttons at the size of the words beside them, and big enough for a finger', () => {
  for (const kind of ['rfa', 't-visa-declaration', 'restitution-worksheet', 'best-interests-memo']) {
    it(`${kind}: the example at 160 and 320 px`, async () => {
      await web.withPage(`/forms/${kind}`, async (page) => {
        await loadExample(page);
        await page.evaluate(() => document.querySelectorAll('main details').forEach((d: any) => (d.open = true)));
        for (const width of [160, 320]) {
          await page.setViewportSize({ width, height: 640 });
          await expect.poll(() => page.evaluate(() => document.documentElement.clientWidth), SLOW).toBe(width);
          const now = await drawn(page);
          expect(now.buttons.length, `${width} px: small buttons drawn`).toBeGreaterThan(0);
          const words = (b: Drawn['buttons'][number]): string => `“${b.words}” ${b.size} px, ${b.width.toFixed(1)}×${b.height.toFixed(1)}`;
          expect(now.buttons.filter((b) => b.size > now.smallestLabel).map(words), `${width} px: larger than the smallest label (${now.smallestLabel} px)`).toEqual([]);
          expect(now.buttons.filter((b) => b.height < 24 || b.width < 24).map(words), `${width} px: under 24×24 px`).toEqual([]);
        }
        if (kind === 'best-interests-memo') {
          await page.setViewportSize({ width: 160, height: 480 });
          await page.locator('main form button.small').first().evaluate((e: any) => e.scrollIntoView({ block: 'center' }));
          await page.screenshot({ path: join(SHOTS, 'small-buttons-memo-160.png') });
        }
      });
    });
  }
});
