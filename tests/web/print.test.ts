// The form page printed with the browser's Print (review in Debian's Chromium, printed to PDF
// through the DevTools protocol, as Print → Save as PDF does, and read back with pdftotext): a
// text box printed only the lines it showed, so a twenty-line account stopped after four with
// nothing on the paper to say so; "Confidential" stood on the first sheet only; and every button
// of the page (the toolbars, each list item's Move up, Move down and Remove) was printed.
// Fictional people only.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { allowIncompleteCase, loadExample, SLOW, useBrowser, textNow } from './support/browser.js';
import { childBound } from '../support/until.js';

const web = useBrowser({ app: () => createApp({}), allowed: allowIncompleteCase });

describe('the form page printed', () => {
  it('prints each text box’s whole text, "Confidential" on every sheet, and no button', async () => {
    const page = await web.newPage();
    try {
      await page.goto(`${web.base}/forms/rfa`);
      await loadExample(page);
      const account = Array.from({ length: 20 }, (_, i) => `Line ${i + 1} of the account: the foster parent called the hotline and the child spoke with an interpreter.`);
      account.push('The last line of the account, which the paper must hold.');
      await page.getByLabel('How the concern was learned').fill(account.join('\n'));
      await expect.poll(() => textNow(page.locator('#check-state')), SLOW).toMatch(/^The case is valid/);

      const file = join(web.work, 'printed.pdf');
      await page.pdf({ path: file, format: 'Letter' });
      const sheets = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', ...childBound() }).split('\f').filter((s) => s.trim() !== '');
      // Each sheet's running header (the @page margin box) read out of the text that runs on, so
      // a line the page break splits reads as one.
      const HEADER = 'Confidential: a child’s case (Harbor)';
      const text = sheets
        .map((s) => s.trim())
        .map((s) => (s.startsWith(HEADER) ? s.slice(HEADER.length) : s))
        .join(' ')
        .replace(/\s+/g, ' ');
      expect(text).toContain('The last line of the account, which the paper must hold.');
      for (const line of account) expect(text, line).toContain(line);
      expect(sheets.length).toBeGreaterThan(3);
      sheets.forEach((sheet, n) => expect(sheet, `sheet ${n + 1}`).toContain('Confidential: a child’s case'));
      for (const button of ['Start from the example', 'Download PDF', 'Move up', 'Remove', 'Advanced: the case as JSON']) expect(text, button).not.toContain(button);
      // The screen never shows the print-only copies.
      expect(await page.locator('.print-text').count()).toBe(0);
    } finally {
      await page.close();
    }
    web.noProblems();
  });
});
