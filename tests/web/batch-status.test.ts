// The batch page's status line and table of rows to fix, as a clinic meets them (review, round
// r51): the status line set the file's name as plain text, which the browser breaks neither at a
// hyphen before a digit nor at the full stop before the format, so on a 200 px screen (a 400 px
// phone with its text at 200%, WCAG 1.4.10) a spreadsheet's name stuck out past the edge, the page
// scrolling sideways (the form page's status line breaks it between its parts: name-breaks.ts);
// and a column the manifest guards for a spreadsheet ("'=HYPERLINK(…)", src/errors.ts
// spreadsheetSafe) was shown with the guard's apostrophe, not as the file names it. Debian's
// Chromium (tests/web/support/browser.ts), the real HTTP app; the ZIP with a guarded column is the
// service's answer to a JSON batch (the page sends CSV and Excel, whose unknown columns refuse the
// whole file), given to the page by the test.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { allowIncompleteCase, SHOTS, SLOW, textNow, useBrowser } from './support/browser.js';

const web = useBrowser({ app: () => createApp({}), allowed: (text, url) => allowIncompleteCase(text, url) || /net::ERR_FAILED/.test(text) });

describe('the batch page on a narrow screen, and its rows to fix', () => {
  it('on a 200 px screen, a spreadsheet name in the status line breaks between its parts and stays on the screen', async () => {
    const name = 'clinic-intake-2026-12-06-rfa-cases-0516933c6b5067b.csv';
    const file = join(web.work, name);
    writeFileSync(file, 'preparedAt\n2026-03-08T09:00:00-05:00\n');
    await web.withPage(
      '/batch',
      async (page) => {
        await page.setViewportSize({ width: 200, height: 740 });
        await page.locator('#kind option').nth(3).waitFor({ state: 'attached' });
        await page.locator('#file').setInputFiles(file);
        await page.getByRole('button', { name: 'Make the documents' }).click();
        await expect.poll(() => textNow(page.locator('#status')), SLOW).toMatch(new RegExp(`^${name.replace(/\./g, '\\.')} was not sent`));
        const fit = (await page.locator('#status').evaluate((e: any) => {
          const line = e.closest('p');
          const r = e.getBoundingClientRect();
          return { breaks: e.querySelectorAll('wbr').length, right: r.right, screen: e.ownerDocument.documentElement.clientWidth, page: e.ownerDocument.documentElement.scrollWidth, line: line.scrollWidth - line.clientWidth };
        })) as { breaks: number; right: number; screen: number; page: number; line: number };
        expect(fit.breaks, 'places a line may break inside the name').toBeGreaterThan(0);
        expect(fit.right, 'the status line’s right edge, within the screen').toBeLessThanOrEqual(fit.screen);
        expect(fit.line, 'the status line wider than its box by').toBeLessThanOrEqual(0);
        expect(fit.page, 'the page no wider than the screen').toBeLessThanOrEqual(fit.screen);
        await page.screenshot({ path: join(SHOTS, 'batch-status-200.png') });
      },
      // The network refuses the batch: the status line then keeps the file's name.
      (page) => page.route('**/v1/batches/**', (route) => route.abort('failed')),
    );
  });

  it('a column the manifest guards for a spreadsheet is shown as the file names it', async () => {
    const manifest = {
      total: 1,
      rendered: 0,
      failed: 1,
      records: [{ index: 0, row: 2, status: 'invalid', errors: [{ path: "'=HYPERLINK(1)", code: 'unrecognized-keys', message: 'is not a field Harbor knows' }] }],
    };
    const zip = zipSync({ 'manifest.json': strToU8(JSON.stringify(manifest)) });
    const file = join(web.work, 'guarded.csv');
    writeFileSync(file, 'preparedAt\n2026-03-08T09:00:00-05:00\n');
    await web.withPage(
      '/batch',
      async (page) => {
        await page.locator('#kind option').nth(3).waitFor({ state: 'attached' });
        await page.locator('#file').setInputFiles(file);
        await page.getByRole('button', { name: 'Make the documents' }).click();
        await expect.poll(() => textNow(page.locator('#status')), SLOW).toBe('Done.');
        const row = await page.locator('#bad-rows-body tr').first().locator('th, td').allTextContents();
        expect(row.slice(0, 2)).toEqual(['2', '=HYPERLINK(1)']);
      },
      (page) => page.route('**/v1/batches/**', (route) => route.fulfill({ status: 200, contentType: 'application/zip', headers: { 'Content-Disposition': 'attachment; filename="rfa-batch.zip"' }, body: Buffer.from(zip) })),
    );
  });
});
