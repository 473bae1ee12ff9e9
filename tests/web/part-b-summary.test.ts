// The summary panel of a Part B draft (a request whose Part A is already in Shepherd: computed
// .submittedAt), read in Debian's Chromium as the caseworker sees it after opening the saved draft:
// the heading said "24-hour deadline" and the lines "Due", as if a deadline were still ahead.
// Fictional people only (fixtures/rfa/part-b-after-18.json).
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { allowIncompleteCase, ROOT, SHOTS, SLOW, useBrowser, textNow } from './support/browser.js';

const web = useBrowser({ app: () => createApp({}), allowed: allowIncompleteCase });

describe('a Part B draft’s summary', () => {
  it('says Part A’s deadline was met, when it was due and when Part A went in, and never “24-hour deadline”', async () => {
    const page = await web.newPage();
    try {
      copyFileSync(join(ROOT, 'fixtures', 'rfa', 'part-b-after-18.json'), join(web.work, 'part-b.json'));
      await page.goto(`${web.base}/forms/rfa`);
      await page.locator('#open-draft').setInputFiles(join(web.work, 'part-b.json'));
      await expect.poll(() => textNow(page.locator('#check-state')), SLOW).toMatch(/^The case is valid/);
      await expect.poll(() => textNow(page.locator('#deadline-heading')), SLOW).toBe('Deadline of Part A, already submitted');
      expect(await page.locator('#countdown').textContent()).toMatch(/^Part A submitted on time \(\d+ h \d\d min before the deadline\)$/);
      const panel = (await page.locator('#deadline-heading').locator('..').textContent()) ?? '';
      expect(panel).not.toContain('24-hour deadline');
      expect(panel).toContain('Part A was due, requester’s time');
      expect(panel).toContain('Part A was due, Eastern time');
      expect(panel).toContain('Part A submitted, requester’s time');
      expect(await page.locator('#submitted-local').textContent()).toMatch(/July 8, 2026/);
      await page.screenshot({ path: join(SHOTS, 'part-b-summary.png'), fullPage: false });
    } finally {
      await page.close();
    }
    web.noProblems();
  });

  it('a draft not yet submitted keeps its 24-hour heading and its “Due” lines', async () => {
    const page = await web.newPage();
    try {
      await page.goto(`${web.base}/forms/rfa`);
      await page.getByRole('button', { name: 'Start from the example' }).click();
      await expect.poll(() => textNow(page.locator('#check-state')), SLOW).toMatch(/^The case is valid/);
      expect(await page.locator('#deadline-heading').textContent()).toBe('24-hour deadline');
      expect(await page.locator('#submitted-local').count()).toBe(0);
    } finally {
      await page.close();
    }
    web.noProblems();
  });
});
