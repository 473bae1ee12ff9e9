// The RFA form in forced colours (Windows' high-contrast themes, "Contrast themes" in Windows 11),
// where the browser replaces the page's colours with the person's few system colours: every
// background, border and text colour the page sets is dropped, so a mark said by colour alone is gone.
// Emulated with Chromium's forced-colors media (page.emulateMedia), as DevTools' Rendering panel does.
// Review, round r56. Fictional people only.
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { allowIncompleteCase, attributeNow, SHOTS, SLOW, useBrowser } from './support/browser.js';

declare const window: any;

const web = useBrowser({ app: () => createApp({}), allowed: allowIncompleteCase });

/** What a person sees of a button: its text's, border's and background's colours as drawn. */
const looks = (b: Locator): Promise<string> =>
  b.evaluate((e: any) => {
    const s = window.getComputedStyle(e);
    return `${s.color} on ${s.backgroundColor}, border ${s.borderTopColor}`;
  });

/** A field's list of issues as drawn: its bar at the left (width, style, colour) and the page's background behind it. */
const bar = (ul: Locator): Promise<{ width: number; style: string; color: string; background: string }> =>
  ul.evaluate((e: any) => {
    const s = window.getComputedStyle(e);
    return { width: parseFloat(s.borderLeftWidth), style: s.borderLeftStyle, color: s.borderLeftColor, background: window.getComputedStyle(e.ownerDocument.body).backgroundColor };
  });

async function forced(page: Page): Promise<void> {
  await page.emulateMedia({ forcedColors: 'active' });
  expect(await page.evaluate(() => window.matchMedia('(forced-colors: active)').matches), 'forced colours emulated').toBe(true);
}

describe('the form in forced colours (Windows high contrast)', () => {
  it('the RFA: a button waiting for its document looks unusable; each field’s issues keep their bar and their words; the required marks and the focus show', async () => {
    await web.withPage('/forms/rfa', async (page) => {
      await forced(page);
      await page.locator('#root_child_givenName').fill('Marisol');
      await expect.poll(() => page.locator('.problem-list button.link').count(), SLOW).toBeGreaterThan(3);

      // The PDF asked for, its answer held: Preview, PDF and DOCX wait (aria-disabled), and must look
      // it, as they do in the page's own colours (grey), beside Save draft, which does not wait.
      let release: () => void = () => undefined;
      const held = new Promise<void>((r) => (release = r));
      await page.route(/\/v1\/documents\/rfa\?format=pdf$/, async (route) => {
        await held;
        await route.continue().catch(() => undefined); // the page may be closing
      });
      const pdf = page.getByRole('button', { name: 'Download PDF' });
      await pdf.click();
      await expect.poll(() => attributeNow(pdf, 'aria-disabled'), SLOW).toBe('true');
      const save = page.getByRole('button', { name: 'Save draft' });
      await page.mouse.move(0, 0); // no button under the pointer (a hovered one is drawn apart)
      await page.locator('.toolbars').screenshot({ path: join(SHOTS, 'forced-colours-busy.png') });
      // (PDF, pressed, has the focus, drawn apart: the buttons compared are its neighbours.)
      const [preview, docx] = [page.getByRole('button', { name: 'Preview' }), page.getByRole('button', { name: 'Download DOCX' })];
      expect(await looks(preview), 'a waiting button beside a usable one').not.toBe(await looks(save));
      expect(await looks(docx)).toBe(await looks(preview));
      release();
      await expect.poll(() => attributeNow(pdf, 'aria-disabled'), SLOW).toBeNull();
      expect(await looks(docx), 'usable again').toBe(await looks(save));

      // Refused for the case's errors: each field in error says so in words, in a list with a bar
      // that shows against the page (its own colours are gone: red and amber, and their backgrounds).
      await expect.poll(() => page.locator('ul.field-issues[data-errors]').count(), SLOW).toBeGreaterThan(3);
      const lists = page.locator('ul.field-issues');
      for (let i = 0; i < (await lists.count()); i++) {
        const ul = lists.nth(i);
        const b = await bar(ul);
        expect(b.width, 'the bar’s width').toBeGreaterThanOrEqual(3);
        expect(b.style).toBe('solid');
        expect(b.color, 'the bar against the page').not.toBe(b.background);
        for (const text of await ul.locator('li').allTextContents()) expect(text).toMatch(/^(Error|Warning): /);
      }
      for (const text of await page.locator('.problem-list li button.link').allTextContents()) expect(text).toMatch(/^(Error|Warning)\b/);
      // "(required)" in words at a required field, not a sign in red.
      const marks = await page.locator('#root_child label.control-label .required').allTextContents();
      expect(marks.length, 'the child’s required fields').toBeGreaterThan(1);
      for (const mark of marks) expect(mark).toBe(' (required)');
      await page.locator('#root_child').screenshot({ path: join(SHOTS, 'forced-colours-errors.png') });

      // The focus, moved with Tab, shows: an outline the system colours draw.
      await page.locator('#root_child_givenName').focus();
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const s = window.getComputedStyle(window.document.activeElement);
        return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
      });
      expect(outline.style).not.toBe('none');
      expect(outline.width).toBeGreaterThanOrEqual(2);
    });
  });
});
