// The form's small controls as a finger meets them on a phone (review: each yes/no's radio buttons
// were 13 px, Chromium's default, on a 390 px phone). WCAG 2.2, 2.5.8 Target Size (Minimum): a
// target is at least 24 by 24 CSS pixels. Every radio button and checkbox of every kind's form,
// with its example loaded (so each list holds an item) and every collapsed group opened, is
// measured as drawn. A screenshot of each form goes to tests/output/web/ (not committed).
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

describe('on a 390 px phone, every radio button and checkbox of every form', () => {
  for (const kind of KINDS.map((k) => k.id)) {
    it(`${kind}: at least ${TARGET_PX} × ${TARGET_PX} CSS px (WCAG 2.2, 2.5.8)`, async () => {
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
      });
    });
  }
});
