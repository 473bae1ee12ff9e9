// The batch page in a real browser (issue 13; the browser setup is tests/web/support/browser.ts):
// a person chooses a CSV or an Excel workbook with bad rows, makes the documents, sees each bad
// row (spreadsheet row, column, rule) and downloads the ZIP; a Windows-1252 CSV is refused as
// UTF-8 until its encoding is chosen. axe-core checks the page; any console error or CSP
// violation fails the test. The failures of the network are in failures.test.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { allowIncompleteCase, axe, cspViolations, README_SHOTS, SLOW, useBrowser, textNow } from './support/browser.js';

const web = useBrowser({ app: () => createApp({}), allowed: allowIncompleteCase });

describe('batch page', () => {
  let page: Page;
  beforeAll(async () => {
    page = await web.newPage();
    await page.goto(web.base + '/batch');
    await page.locator('#kind option').nth(3).waitFor({ state: 'attached' });
  });
  afterAll(async () => page?.close());

  /** Cases for the sheet: the example, a child who is an adult, and a date that is not a date. */
  async function cases(): Promise<{ header: string[]; rows: string[][] }> {
    const csv = await (await fetch(`${web.base}/v1/documents/rfa/csv-template`)).text();
    const [h, r] = csv.trim().split('\r\n').map((l) => l.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/).map((c) => c.replace(/^"|"$/g, '').replace(/""/g, '"')));
    const dob = h!.indexOf('child.dateOfBirth');
    const adult = [...r!];
    adult[dob] = '1990-01-01';
    const notADate = [...r!];
    notADate[dob] = 'sometime in 2010';
    return { header: h!, rows: [r!, adult, r!, notADate] };
  }

  async function run(file: string): Promise<{ rows: string[][]; zip: Uint8Array }> {
    await page.locator('#kind').selectOption('rfa');
    await page.locator('#file').setInputFiles(file);
    await page.getByRole('button', { name: 'Make the documents' }).click();
    await expect.poll(() => textNow(page.locator('#status')), SLOW).toBe('Done.');
    const rows = await page.locator('#bad-rows-body tr').evaluateAll((trs) => trs.map((tr) => Array.from((tr as any).children as ArrayLike<{ textContent: string | null }>).map((c) => c.textContent ?? '')));
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download').click()]);
    expect(download.suggestedFilename()).toBe('rfa-batch.zip');
    const saved = join(web.work, `batch-${Date.now()}.zip`);
    await download.saveAs(saved);
    return { rows, zip: readFileSync(saved) };
  }

  function checkZip(zip: Uint8Array): void {
    const files = unzipSync(zip);
    const manifest = JSON.parse(strFromU8(files['manifest.json']!));
    expect(manifest).toMatchObject({ total: 4, rendered: 2, failed: 2 });
    expect(Object.keys(files).filter((f) => f.endsWith('.pdf'))).toHaveLength(2);
  }

  it('a CSV with bad rows: each bad row in the table (row, column, rule), then the ZIP', async () => {
    const { header, rows } = await cases();
    const q = (c: string) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
    const file = join(web.work, 'cases.csv');
    writeFileSync(file, [header, ...rows].map((r) => r.map(q).join(',')).join('\r\n') + '\r\n');
    const { rows: table, zip } = await run(file);
    expect(table.map((r) => [r[0], r[1]])).toEqual([
      ['3', 'child.dateOfBirth'],
      ['5', 'child.dateOfBirth'],
    ]);
    expect(table[0]![2]).toMatch(/18|adult|under/i);
    checkZip(zip);
    await axe(page, 'batch with bad rows (CSV)');
    web.noProblems('batch csv');
  });

  it('an Excel workbook made from the template, with bad rows: the same table, then the ZIP (screenshot for the README)', async () => {
    const { header, rows } = await cases();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await (await fetch(`${web.base}/v1/documents/rfa/xlsx-template`)).arrayBuffer()) as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0]!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(header);
    rows.forEach((r, i) => {
      header.forEach((h, j) => {
        // Dates typed as Excel dates, as a person would; everything else as text.
        const v = r[j]!.replace(/^'(?=[=+\-@])/, ''); // the CSV's formula guard is not part of the value
        ws.getCell(i + 2, j + 1).value = h === 'child.dateOfBirth' && /^\d{4}-\d\d-\d\d$/.test(v) ? new Date(v + 'T00:00:00Z') : v;
      });
    });
    const file = join(web.work, 'cases.xlsx');
    writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
    const { rows: table, zip } = await run(file);
    expect(table.map((r) => [r[0], r[1]])).toEqual([
      ['3', 'child.dateOfBirth'],
      ['5', 'child.dateOfBirth'],
    ]);
    checkZip(zip);
    await page.screenshot({ path: join(README_SHOTS, 'batch-bad-rows.png'), fullPage: true });
    await axe(page, 'batch with bad rows (XLSX)');
    expect(await cspViolations(page)).toEqual([]);
    web.noProblems('batch xlsx');
  });

  it('a CSV saved by Excel as plain "CSV" (Windows-1252): refused as UTF-8, naming where, and made once its encoding is chosen', async () => {
    const { header, rows } = await cases();
    const q = (c: string) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
    const text = [header, ...rows].map((r) => r.map(q).join(',')).join('\r\n') + '\r\n';
    // Windows-1252's bytes: Latin-1 letters as themselves, curly quotes at 0x91–0x94.
    const cp1252: Record<string, number> = { '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94 };
    const bytes = Buffer.from(
      [...text].map((ch) => {
        const c = ch.codePointAt(0)!;
        if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) return c;
        if (cp1252[ch] !== undefined) return cp1252[ch]!;
        throw new Error(`no Windows-1252 byte for U+${c.toString(16)}`);
      }),
    );
    expect(bytes.some((b) => b >= 0x80)).toBe(true);
    const file = join(web.work, 'excel-plain.csv');
    writeFileSync(file, bytes);
    await page.locator('#kind').selectOption('rfa');
    await page.locator('#encoding').selectOption('');
    await page.locator('#file').setInputFiles(file);
    await page.getByRole('button', { name: 'Make the documents' }).click();
    await expect.poll(() => textNow(page.locator('#status')), SLOW).toMatch(/^The batch was refused: The batch is not UTF-8 text: line 2 \(byte offset [\d,]+\).*charset=windows-1252$/);
    // The refusal is the API's answer (400 problem+json), which Chromium logs as a console error.
    expect(web.problems).toEqual([expect.stringMatching(/^console: .*status of 400.*\/v1\/batches\/rfa\?/)]);
    web.problems.length = 0;
    await page.locator('#encoding').selectOption('windows-1252');
    const { rows: table, zip } = await run(file);
    expect(table.map((r) => [r[0], r[1]])).toEqual([
      ['3', 'child.dateOfBirth'],
      ['5', 'child.dateOfBirth'],
    ]);
    checkZip(zip);
    await page.locator('#encoding').selectOption('');
    web.noProblems('batch windows-1252');
  });
});
