// A screen reader user uploads a batch CSV with one bad row (review, round r53) and must learn
// which row and why. The status line was the live region: it was told each piece of the file's
// name broken for a narrow screen ("one-", "bad.", "csv") and every count of bytes received, then
// "Done." and "2 of 3 cases made; 1 not made (see the table below)", which named no row. Now each
// step is told once, as one text, and the end names the row and its column, the rule in the table
// (web/src/batch.ts say, rowsNotMade), whose row is read with its header. What every live region of
// the page takes is recorded, as a screen reader queues it. Debian's Chromium
// (tests/web/support/browser.ts), the real HTTP app.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import type { Page } from 'playwright-core';
import { allowIncompleteCase, SHOTS, SLOW, textNow, useBrowser } from './support/browser.js';

declare const document: any;
declare const window: any;

const web = useBrowser({ app: () => createApp({}), allowed: allowIncompleteCase });

/** Records every text any live region of the page takes from now on, in order, as a screen reader queues it; returns the reader. */
async function toldAnywhere(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const told: string[] = (window.__batchTold = []);
    const last = new Map();
    new window.MutationObserver(() => {
      for (const r of document.querySelectorAll('[aria-live], [role=status], [role=alert]')) {
        const text = String(r.textContent).trim();
        if (text !== '' && last.get(r) !== text) told.push(text);
        last.set(r, text);
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => window.__batchTold as string[]);
}

it('a CSV with one bad row, with the keyboard: each step told once, whole; the end names the row and column, the table the rule', async () => {
  await web.withPage('/batch', async (page) => {
    await page.locator('#kind option').nth(3).waitFor({ state: 'attached' });
    const csv = await (await fetch(`${web.base}/v1/documents/rfa/csv-template`)).text();
    const [header, example] = csv.trim().split('\r\n') as [string, string];
    const cells = example.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    const adult = [...cells];
    adult[header.split(',').indexOf('child.dateOfBirth')] = '1990-01-01';
    const file = join(web.work, 'one-bad-row.csv');
    writeFileSync(file, [header, example, adult.join(','), example].join('\r\n') + '\r\n');
    await page.locator('#kind').selectOption('rfa');
    await page.locator('#file').setInputFiles(file);
    const told = await toldAnywhere(page);
    await page.getByRole('button', { name: 'Make the documents' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => textNow(page.locator('#status')), SLOW).toBe('Done.');
    await expect
      .poll(told, SLOW)
      .toEqual([
        'Reading one-bad-row.csv…',
        'Sending one-bad-row.csv…',
        'Making the documents…',
        'Done. 2 of 3 cases made; 1 not made: row 3 (child.dateOfBirth). Each rule is in the table “Rows to fix” below.',
      ]);
    // The table's row, as a screen reader reads it: the row's header, then the rule.
    const row = page.getByRole('region', { name: 'Rows to fix' }).getByRole('row', { name: /^3 child\.dateOfBirth the child is 18 or older/ });
    expect(await row.count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'batch-told.png'), fullPage: true });
  });
});
