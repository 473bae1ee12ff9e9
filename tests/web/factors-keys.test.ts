// A memo's ten best-interests factors with the keyboard alone (review: each factor's "which form of
// answer" chooser was a Tab stop before its box, so the ten factors were twenty stops, ten of them
// for a choice most factors keep). Now Tab goes from box to box, and Shift+Tab from a box comes back
// to its chooser, which is still on the screen and named. Debian's Chromium
// (tests/web/support/browser.ts), against the real HTTP app.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { FACTOR_KEYS } from '../../src/kinds/best-interests-memo/schema.js';
import { allowIncompleteCase, SHOTS, SLOW, useBrowser, valueNow } from './support/browser.js';

declare const document: any;

const web = useBrowser({ app: () => createApp({}), allowed: allowIncompleteCase });

describe("a memo's factors by keyboard", () => {
  it('Tab stops once at each factor, in its box; Shift+Tab from a box reaches its chooser, whose arrow keys choose "Not applicable"', async () => {
    await web.withPage('/forms/best-interests-memo', async (page) => {
      const focused = (): Promise<string> => page.evaluate(() => String(document.activeElement?.id ?? ''));
      const first = page.locator(`#root_factors_${FACTOR_KEYS[0]}`);
      await first.focus();
      // Every stop from the first factor's box until the focus leaves the factors.
      const stops = [await focused()];
      for (let n = 0; n < 40; n++) {
        await page.keyboard.press('Tab');
        const id = await focused();
        if (!id.startsWith('root_factors_')) break;
        stops.push(id);
      }
      expect(stops, 'the Tab stops through the ten factors').toEqual(FACTOR_KEYS.map((k) => `root_factors_${k}`));

      // The choice is not hidden: each chooser is on the screen, named, and said how to reach.
      for (const k of FACTOR_KEYS) {
        const chooser = page.getByRole('combobox', { name: new RegExp(`: which form of answer$`) }).and(page.locator(`#root_factors_${k}__anyof_select`));
        expect(await chooser.isVisible(), k).toBe(true);
      }
      expect(await page.locator('#root_factors_health__anyof_select').ariaSnapshot()).toContain('Mental and Physical Health: which form of answer');

      // Shift+Tab from the third factor's box: its chooser; an arrow chooses "Not applicable", and
      // Tab goes on into that form's boxes.
      await page.locator('#root_factors_health').focus();
      await page.keyboard.press('Shift+Tab');
      expect(await focused()).toBe('root_factors_health__anyof_select');
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => valueNow(page.locator('#root_factors_health__anyof_select')), SLOW).toBe('1');
      await page.keyboard.press('Tab');
      expect(await focused()).toMatch(/^root_factors_health_/);
      // Back from the chooser, Shift+Tab goes on to the factor before (its box), as the page's order has it.
      await page.locator('#root_factors_health__anyof_select').focus();
      await page.keyboard.press('Shift+Tab');
      expect(await focused()).toBe('root_factors_expressedInterests');
      await page.locator('#root_factors_expressedInterests').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, 'factors-keys.png') });
    });
  });
});
