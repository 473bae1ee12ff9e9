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
import { childBound } from '../support/until.js';

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

/**
 * How many CSS px of room a date or date-time box leaves after the last ink of its text, inside its
 * padding, read from a screenshot of the box (the page's CSP forbids a data: image, so a blank tab
 * decodes it). A box whose text is wider than it scrolls it, the rest cut at the edge of its
 * content: the ink then runs to that edge (0 px). Only the box's middle rows are read: its rounded
 * corners show the page behind them, and its border is not its text.
 */
async function roomAfterText(page: Page, blank: Page, id: string): Promise<number> {
  const box = page.locator(`#${id}`);
  await box.scrollIntoViewIfNeeded();
  const { edge, border } = await box.evaluate((el: any) => {
    const s = getComputedStyle(el);
    const border = el.getBoundingClientRect().width - parseFloat(s.borderRightWidth);
    return { edge: border - parseFloat(s.paddingRight), border };
  });
  const shot = (await box.screenshot()).toString('base64');
  const ink = await blank.evaluate(async ([b64, inside]: [string, number]) => {
    const img = new (window as any).Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [img.width, img.height];
    const g = canvas.getContext('2d');
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, img.width, img.height).data;
    let right = -1;
    for (let y = Math.floor(img.height * 0.3); y < img.height * 0.7; y++)
      for (let x = 0; x < inside; x++) {
        const o = (y * img.width + x) * 4;
        if (d[o] + d[o + 1] + d[o + 2] < 360) right = Math.max(right, x);
      }
    return right + 1;
  }, [shot, Math.floor(border) - 1] as [string, number]); // the pixels inside its right border (the screen's pixels are CSS px)
  return edge - ink;
}

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
      expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', ...childBound() })).toContain('OTIP');
      await page.screenshot({ path: join(SHOTS, 'zoomed-phone-downloaded.png') });
    });
  }, LONG_TEST_MS);

  it('every date and date-time box shows its whole date: its text set smaller where the box is narrower than it', async () => {
    // At 160 px an RFA's date-times were 139 px wide, "03/08/2026, 09:30 AM" scrolled to "03/08/2026,
    // 09", and a worksheet payment's date three lists deep lost its year's last digit in 97 px (review,
    // round r55): each box now sets its text small enough for the whole of it (app.css).
    const blank = await web.newPage();
    try {
      for (const kind of ['rfa', 'restitution-worksheet']) {
        await web.withPage(`/forms/${kind}`, async (page) => {
          await page.setViewportSize(ZOOMED);
          await loadExample(page);
          const ids: string[] = await page.evaluate(() =>
            [...document.querySelectorAll('main input[type=date], main input[type=datetime-local]')].filter((i: any) => i.getClientRects().length > 0 && i.value !== '').map((i: any) => String(i.id)),
          );
          expect(ids.length, `${kind}: dates shown`).toBeGreaterThanOrEqual(kind === 'rfa' ? 6 : 10);
          const cut: string[] = [];
          for (const id of ids) {
            const room = await roomAfterText(page, blank, id);
            if (room < 1) cut.push(`${id}: ${room.toFixed(1)} px`);
          }
          expect(cut, `${kind}: boxes whose text reaches their edge`).toEqual([]);
          const shown = kind === 'rfa' ? 'root_preparedAt' : 'root_laborPeriods_0_wagesPaid_payments_0_date';
          await page.locator(`#${shown}`).scrollIntoViewIfNeeded();
          await page.screenshot({ path: join(SHOTS, `zoomed-phone-dates-${kind}.png`) });
        });
      }
    } finally {
      await blank.close();
    }
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
