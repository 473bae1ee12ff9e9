// A caseworker on a 320 px phone with the browser's zoom at 200% (160 by 320 CSS px), the keyboard
// alone, as a screen reader reads it (review, round r54), in Debian's Chromium against the real HTTP
// app (tests/web/support/browser.ts). The stuck buttons and their status took 200 of the 320 px and
// every field and problem was read through the 120 px left under them: on a screen that short
// nothing sticks (app.css, toolbars.tsx). Words wider than a line deep in the RFA's lists ("month/
// day/year," in an event's help, "Relationship to the child") stuck out 8 px and the page scrolled
// sideways: they break (app.css, WCAG 1.4.10). Fictional people only.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { allowIncompleteCase, LONG_TEST_MS, loadExample, SHOTS, SLOW, textNow, useBrowser } from './support/browser.js';

declare const document: any, window: any, getComputedStyle: any;

const web = useBrowser({ app: () => createApp({}), allowed: allowIncompleteCase });

/** A 320 × 640 px phone at 200% zoom, in CSS pixels. */
const ZOOMED = { width: 160, height: 320 };

/** The focused element: its id or text, and whether it is wholly on the screen below what is stuck at the top. */
const focusNow = (page: Page): Promise<{ what: string; onScreen: boolean; stuckPx: number }> =>
  page.evaluate(() => {
    const el = document.activeElement;
    const r = el.getBoundingClientRect();
    const stuck = [...document.querySelectorAll('.toolbars, .stuck')].filter((s: any) => getComputedStyle(s).position === 'sticky' && s.getBoundingClientRect().height > 0);
    const below = Math.max(0, ...stuck.map((s: any) => s.getBoundingClientRect().bottom));
    return { what: String(el.id || el.textContent).trim(), onScreen: r.top >= below - 1 && r.bottom <= window.innerHeight + 1, stuckPx: below };
  });

describe('a 320 px phone at 200% zoom', () => {
  it('the RFA from its example to a PDF: no sideways scrolling, nothing stuck over the page', async () => {
    await web.withPage('/forms/rfa', async (page) => {
      await page.setViewportSize(ZOOMED);
      await loadExample(page);
      const fit = (await page.evaluate(() => {
        const W = document.documentElement.clientWidth;
        const out: string[] = [];
        const walker = document.createTreeWalker(document.querySelector('main'), 4);
        const range = document.createRange();
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const holder = n.parentElement.closest('.visually-hidden, .phone-hidden'); // clipped to 1 px: drawn nowhere
          range.selectNodeContents(n);
          const r = range.getBoundingClientRect();
          if (!holder && r.width > 0 && r.right > W + 0.5) out.push(`${n.parentElement.id || n.parentElement.className}: “${String(n.textContent).slice(0, 40)}” to ${Math.round(r.right)} px`);
        }
        return { page: document.documentElement.scrollWidth, screen: W, out };
      })) as { page: number; screen: number; out: string[] };
      expect(fit.out, 'text past the right edge').toEqual([]);
      // Every date box wide enough for a whole date, measured in its own font with its padding (its
      // "Calendar" under it where both do not fit).
      const narrow = await page.evaluate(() => {
        const context = document.createElement('canvas').getContext('2d');
        return [...document.querySelectorAll('main input[type=date]')]
          .filter((i: any) => i.getClientRects().length > 0)
          .map((i: any) => {
            const style = getComputedStyle(i);
            context.font = style.font;
            const needed = context.measureText('00/00/0000').width + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) + parseFloat(style.borderLeftWidth) * 2;
            return { id: String(i.id), width: i.getBoundingClientRect().width, needed };
          })
          .filter((i: any) => i.width < i.needed)
          .map((i: any) => `${i.id}: ${Math.round(i.width)} of ${Math.ceil(i.needed)} px`);
      });
      expect(narrow, 'date boxes narrower than a date').toEqual([]);
      expect(fit.page, 'the page no wider than the screen').toBeLessThanOrEqual(fit.screen);
      // Nothing stuck: the scroll padding is none, and the buttons scroll away with the page.
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--stuck-height'))).toBe('0px');
      await page.locator('#root_concern_events_0_date').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, 'zoomed-phone-event.png') });
      expect((await focusNow(page)).stuckPx).toBe(0);
      await page.evaluate(() => window.scrollTo(0, 0));
      const pdf = page.getByRole('button', { name: 'Download PDF' });
      const [download] = await Promise.all([page.waitForEvent('download'), pdf.click()]);
      const file = join(web.work, 'zoomed-rfa.pdf');
      await download.saveAs(file);
      expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).toContain('OTIP');
      await page.screenshot({ path: join(SHOTS, 'zoomed-phone-downloaded.png') });
    });
  }, LONG_TEST_MS);

  it('three errors with the keyboard alone: the focus on the list of problems, each entry reached, named and on the screen, and each taking the focus to its field', async () => {
    await web.withPage('/forms/rfa', async (page) => {
      await page.setViewportSize(ZOOMED);
      await loadExample(page);
      await page.locator('#root_requester_email').fill('dana at riverside');
      await page.locator('#root_child_givenName').fill('');
      await page.locator('#root_child_familyName').fill('');
      await page.locator('#root_requester_phone').focus();
      await expect.poll(() => textNow(page.locator('#check-state')), SLOW).toBe('3 problems to fix.');
      await page.getByRole('button', { name: 'Download PDF' }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await focusNow(page)).what, SLOW).toBe('problems');
      // A screen reader: the list's heading and its count, from the section the focus is on.
      const section = page.locator('#problems');
      expect(await page.locator(`#${await section.getAttribute('aria-describedby')}`).textContent()).toBe('3 problems to fix.');
      expect(await page.locator('#problems-title').textContent()).toBe('Checks');
      await page.screenshot({ path: join(SHOTS, 'zoomed-phone-refused.png') });
      const names = ['Error: Requester › Email', 'Error: Child › Given name(s)', 'Error: Child › Family name(s)'];
      for (const name of names) {
        await page.keyboard.press('Tab');
        const at = await focusNow(page);
        expect(at.what, 'the next stop of Tab').toBe(name);
        expect(at.onScreen, `${name}: wholly on the screen`).toBe(true);
      }
      // Each entry takes the focus to its field, which says it is wrong and is on the screen.
      const fields = ['root_requester_email', 'root_child_givenName', 'root_child_familyName'];
      for (const [i, name] of names.entries()) {
        await page.getByRole('button', { name, exact: true }).focus();
        await page.keyboard.press('Enter');
        await expect.poll(async () => (await focusNow(page)).what, SLOW).toBe(fields[i]);
        expect((await focusNow(page)).onScreen, `${fields[i]} on the screen`).toBe(true);
        expect(await page.locator(`#${fields[i]}`).getAttribute('aria-invalid')).toBe('true');
      }
      await page.screenshot({ path: join(SHOTS, 'zoomed-phone-field.png') });
    });
  }, LONG_TEST_MS);
});
