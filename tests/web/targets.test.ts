// The form's small controls as a finger meets them on a phone (review: each yes/no's radio buttons
// were 13 px, Chromium's default, on a 390 px phone). WCAG 2.2, 2.5.8 Target Size (Minimum): a
// target is at least 24 by 24 CSS pixels. Every radio button and checkbox of every kind's form,
// with its example loaded (so each list holds an item) and every collapsed group opened, is
// measured as drawn; and on a 320 px phone the stuck row of the document's buttons stays on the
// screen (WCAG 1.4.10). A screenshot of each form goes to tests/output/web/ (not committed).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { KINDS } from '../../src/kinds/index.js';
import { allowIncompleteCase, loadExample, SHOTS, useBrowser } from './support/browser.js';

// The browser's globals, for the functions that run in the page (page.evaluate).
declare const document: any;

const web = useBrowser({ app: () => createApp({}), allowed: allowIncompleteCase });

/** WCAG 2.2, 2.5.8: the least width and height of a target, in CSS pixels. */
const TARGET_PX = 24;

describe('on a phone, every radio button and checkbox of every form (390 px), and the document buttons (320 px)', () => {
  for (const kind of KINDS.map((k) => k.id)) {
    it(`${kind}: at least ${TARGET_PX} × ${TARGET_PX} CSS px (WCAG 2.2, 2.5.8); on a 320 px phone, the document's buttons on the screen`, async () => {
      await web.withPage(`/forms/${kind}`, async (page) => {
        await page.setViewportSize({ width: 390, height: 844 });
        await loadExample(page);
        await page.evaluate(() => document.querySelectorAll('main details').forEach((d: any) => (d.open = true)));
        const measured = (await page.evaluate(() =>
          [...document.querySelectorAll('main input[type=radio], main input[type=checkbox]')]
            .filter((e: any) => e.getClientRects().length > 0) // drawn (not inside a group shown only for another choice)
            .map((e: any) => {
              const r = e.getBoundingClientRect();
              return { id: String(e.id || e.name), width: Math.round(r.width * 10) / 10, height: Math.round(r.height * 10) / 10 };
            }),
        )) as { id: string; width: number; height: number }[];
        expect(measured.length, 'radio buttons and checkboxes drawn').toBeGreaterThan(0);
        const small = measured.filter((m) => m.width < TARGET_PX || m.height < TARGET_PX).map((m) => `${m.id}: ${m.width} × ${m.height}`);
        expect(small, `smaller than ${TARGET_PX} × ${TARGET_PX} px`).toEqual([]);
        const first = page.locator('main input[type=radio]').first();
        if ((await first.count()) === 1) await first.scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(SHOTS, `targets-${kind}-phone.png`) });
        // A 320 px phone (WCAG 1.4.10, reflow: no sideways scrolling at 320 CSS px): the stuck row of
        // Preview, "Download:", PDF and DOCX stuck out 10 px, DOCX cut at the screen's edge.
        await page.setViewportSize({ width: 320, height: 640 });
        await page.evaluate(() => document.documentElement.scrollTo(0, 0));
        const fit = (await page.evaluate(() => ({
          page: document.documentElement.scrollWidth,
          screen: document.documentElement.clientWidth,
          out: [...document.querySelectorAll('.document-actions button')]
            .map((b: any) => ({ name: String(b.textContent).trim(), r: b.getBoundingClientRect() }))
            .filter((b: any) => b.r.left < 0 || b.r.right > document.documentElement.clientWidth)
            .map((b: any) => `${b.name}: ${Math.round(b.r.left)}-${Math.round(b.r.right)} px`),
        }))) as { page: number; screen: number; out: string[] };
        expect(fit.out, 'document buttons past the edge of a 320 px screen').toEqual([]);
        expect(fit.page, 'the page on a 320 px screen is no wider than it').toBeLessThanOrEqual(fit.screen);
        await page.evaluate(() => document.documentElement.scrollTo(0, 1500)); // the bar stuck at the top
        await page.screenshot({ path: join(SHOTS, `targets-${kind}-320.png`) });
      });
    });
  }
});
