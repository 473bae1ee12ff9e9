// A choice's whole text on a narrow screen (review, round r53): on a 200 px screen (a 400 px phone
// with its text at 200%, WCAG 1.4.10) the selects were 102-138 px wide and a chosen choice such as
// "Higher of the federal and state minimum wage" showed its first words only: a select draws one
// line. Each kind's example, every collapsed group open: every select's chosen text is either wholly
// inside its box (measured in the box's own font, the arrow's room left) or written whole under it,
// visible (templates.tsx ChosenWhole), and the page is no wider than the screen. Debian's Chromium
// (tests/web/support/browser.ts), the real HTTP app.
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { KINDS } from '../../src/kinds/index.js';
import { allowIncompleteCase, loadExample, SHOTS, SLOW, useBrowser } from './support/browser.js';

declare const document: any;
declare const window: any;

const web = useBrowser({ app: () => createApp({}), allowed: allowIncompleteCase });

/** Each drawn select whose chosen text is neither inside its box nor written whole, visible, after it. */
const cutChoices = async (page: import('playwright-core').Page): Promise<string[]> =>
  (await page.evaluate(() => {
    const out: string[] = [];
    for (const select of document.querySelectorAll('main select')) {
      if (select.getClientRects().length === 0) continue;
      const text = String(select.selectedOptions[0]?.text ?? '').trim();
      if (text === '') continue;
      const style = window.getComputedStyle(select);
      const probe = document.createElement('span');
      probe.textContent = text;
      probe.style.cssText = `position:absolute;visibility:hidden;white-space:nowrap;font:${style.font}`;
      document.body.append(probe);
      const width = probe.getBoundingClientRect().width;
      probe.remove();
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 1.5 * parseFloat(style.fontSize);
      if (width <= room) continue;
      // Written whole after the select, inside the same field, on the screen and not cut.
      const field = select.parentElement;
      const written = [...field.querySelectorAll('p, div, span')].some((e: any) => e !== select && String(e.textContent).trim() === text && e.getClientRects().length > 0 && e.scrollWidth <= e.clientWidth + 1);
      if (!written) out.push(`${select.id}: “${text}” in ${Math.round(room)} px`);
    }
    return out;
  })) as string[];

for (const kind of KINDS.map((k) => k.id)) {
  it(`${kind} at 200 px: every chosen choice readable whole, the page no wider than the screen`, async () => {
    await web.withPage(`/forms/${kind}`, async (page) => {
      await page.setViewportSize({ width: 200, height: 740 });
      await loadExample(page);
      await page.evaluate(() => document.querySelectorAll('main details').forEach((d: any) => (d.open = true)));
      await expect.poll(() => cutChoices(page), SLOW).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), 'the page’s width').toBeLessThanOrEqual(200);
      if (kind === 'restitution-worksheet') {
        // A long choice chosen by the person: written whole under its box.
        const select = page.locator('#root_settings_minimumWage');
        await select.selectOption({ label: 'Higher of the federal and state minimum wage' });
        const whole = page.locator('#root_settings_minimumWage__whole');
        await expect.poll(() => whole.isVisible(), SLOW).toBe(true);
        expect(await whole.textContent()).toBe('Higher of the federal and state minimum wage');
        await expect.poll(() => cutChoices(page), SLOW).toEqual([]);
        await select.scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(SHOTS, 'narrow-choices-worksheet-200.png') });
      }
      if (kind === 'best-interests-memo') {
        await page.locator('main select').first().scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(SHOTS, 'narrow-choices-memo-200.png') });
      }
    });
  });
}
