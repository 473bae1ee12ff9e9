// A caseworker on a laptop with the browser's zoom at 200% (review, round r58): a 1280 by 800 screen
// is 640 by 400 CSS px at device scale 2. Each kind's example, every collapsed group open: the page no
// wider than the screen, no text or control past its right edge, no two texts or controls drawn over
// each other, and each list item holding a section of fields (a labor period, an event) drawn with
// its fields across the item, not beside a column of buttons: a worksheet's labor period took 292
// of its 556 px beside a 264 px column empty for screens down to its Move up, Move down and Remove
// (app.css, the item's fields 28rem before its buttons go under them). Fictional people only.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { allowIncompleteCase, loadExample, SHOTS, SLOW, useBrowser, WAIT_MS } from './support/browser.js';

declare const document: any, window: any;

const web = useBrowser({ app: () => createApp({}), allowed: allowIncompleteCase });

/** What is drawn past the right edge, or over another text or control: one line each. */
const misdrawn = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const out: string[] = [];
    const vw = document.documentElement.clientWidth;
    const items: { l: number; t: number; r: number; b: number; el: any; what: string }[] = [];
    const walker = document.createTreeWalker(document.body, 4 /* NodeFilter.SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (String(n.data).trim() === '' || n.parentElement.closest('.visually-hidden, .phone-hidden')) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) items.push({ l: r.left, t: r.top + window.scrollY, r: r.right, b: r.bottom + window.scrollY, el: n.parentElement, what: `“${String(n.data).trim().slice(0, 40)}”` });
    }
    for (const el of document.querySelectorAll('input, select, textarea, button')) {
      const r = el.getBoundingClientRect();
      if (r.width > 1 && window.getComputedStyle(el).visibility !== 'hidden') items.push({ l: r.left, t: r.top + window.scrollY, r: r.right, b: r.bottom + window.scrollY, el, what: `${el.tagName.toLowerCase()} ${el.id || String(el.textContent).trim().slice(0, 30)}` });
    }
    for (const a of items) if (a.r > vw + 0.5) out.push(`${a.what} past the edge: ${Math.round(a.r)} of ${vw} px`);
    items.sort((a, b) => a.t - b.t);
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length && items[j]!.t < items[i]!.b; j++) {
        const a = items[i]!;
        const c = items[j]!;
        if (a.el === c.el || a.el.contains(c.el) || c.el.contains(a.el)) continue;
        const x = Math.min(a.r, c.r) - Math.max(a.l, c.l);
        const y = Math.min(a.b, c.b) - Math.max(a.t, c.t);
        if (x > 2 && y > 2) out.push(`${a.what} and ${c.what} overlap ${Math.round(x)} by ${Math.round(y)} px`);
      }
    }
    return out;
  });

/** Each list item holding a section whose fields are drawn beside its buttons in less than 28rem (448 px). */
const squeezedItems = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const out: string[] = [];
    for (const item of document.querySelectorAll('.array-item-list .rjsf-array-item')) {
      const fields = item.querySelector(':scope > .col-xs-9');
      const tools = item.querySelector(':scope > .array-item-toolbox');
      if (!fields || !tools || !fields.querySelector('fieldset')) continue;
      const f = fields.getBoundingClientRect();
      const t = tools.getBoundingClientRect();
      const beside = t.top < f.bottom - 1;
      if (beside && f.width < 448) out.push(`${fields.querySelector('fieldset').id}: ${Math.round(f.width)} of ${Math.round(item.getBoundingClientRect().width)} px beside its buttons`);
    }
    return out;
  });

describe('a laptop at 200% zoom (640 by 400 CSS px, device scale 2)', () => {
  for (const kind of ['rfa', 't-visa-declaration', 'restitution-worksheet', 'best-interests-memo']) {
    it(`${kind}: the example, nothing cut off or drawn over another`, async () => {
      // A context of its own: the file's shares device scale 1. Its page's errors are recorded as the file's are.
      const zoomed = await web.context.browser()!.newContext({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
      zoomed.setDefaultTimeout(WAIT_MS);
      const errors: string[] = [];
      try {
        const page = await zoomed.newPage();
        page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
        page.on('console', (m) => {
          if (m.type() === 'error' && !allowIncompleteCase(m.text(), m.location().url)) errors.push(`console: ${m.text()}`);
        });
        await page.goto(`${web.base}/forms/${kind}`);
        await loadExample(page);
        await page.evaluate(() => document.querySelectorAll('main details').forEach((d: any) => (d.open = true)));
        await expect.poll(() => page.evaluate(() => [document.documentElement.clientWidth, window.devicePixelRatio]), SLOW).toEqual([640, 2]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), 'the page’s width').toBeLessThanOrEqual(640);
        expect(await misdrawn(page)).toEqual([]);
        expect(await squeezedItems(page)).toEqual([]);
        if (kind === 'restitution-worksheet') {
          await page.locator('#root_laborPeriods_0_weeklySchedule').evaluate((e: any) => e.scrollIntoView());
          await page.screenshot({ path: join(SHOTS, 'zoomed-laptop-worksheet.png') });
        }
      } finally {
        await zoomed.close();
      }
      expect(errors).toEqual([]);
    });
  }
});
