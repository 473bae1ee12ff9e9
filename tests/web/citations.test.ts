// A legal citation in a page's title or description kept on one line (web/src/citations.ts): on a 320
// px phone at 200% zoom (160 CSS px) the worksheet's title broke as "(18 U.S.C. §" above "1593)"
// (review, round r56). Each "§ 1593" and "18 U.S.C." of the form pages' title and description, and of
// the home page's list of kinds, is measured as drawn: all of it on one line; and the home page is no
// wider than that screen (its kinds' cards were 18rem wide, the page 294 px).
// And a saved case opened on that screen (review, round r58): the summary's every word and citation
// part whole on its line (the T-visa's "Minor exemption (8 CFR 214.202(c)(1))" was drawn "(8 CFR
// 214.202(c)" above "(1))"; summary.tsx Cited), and each problem's button in the list of checks with
// its words whole (the worksheet's "Defendant’s share" broke "Defendant’s" inside the word); and a
// help's section with its sign and paragraphs on one line at 160, 200 and 640 px (cited.tsx).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { allowIncompleteCase, ROOT, SHOTS, SLOW, textNow, useBrowser } from './support/browser.js';
import { brokenWords } from './support/words.js';

declare const document: any;

const web = useBrowser({ app: () => createApp({}), allowed: allowIncompleteCase });

/** Each citation in the text of `selector`'s elements, with the number of lines it is drawn on. */
const citationLines = (page: Page, selector: string): Promise<{ text: string; lines: number }[]> =>
  page.evaluate((sel: string) => {
    const out: { text: string; lines: number }[] = [];
    for (const el of document.querySelectorAll(sel)) {
      const walker = document.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const m of String(node.data).matchAll(/§§?[\s\u00a0]\d[\w.()-]*|\d+[\s\u00a0](?:U\.S\.C\.|CFR)/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const tops = new Set([...range.getClientRects()].filter((r: any) => r.width > 0).map((r: any) => Math.round(r.top)));
          out.push({ text: m[0].replace(/\u00a0/g, ' '), lines: tops.size });
        }
      }
    }
    return out;
  }, selector);

/** A section number with its sign and paragraphs, as the summary and a help print them: "214.202(c)(1)", "§ 1746(2)", "§ 213(b)(21)". */
const sectionLines = (page: Page, selector: string): Promise<{ text: string; lines: number }[]> =>
  page.evaluate((sel: string) => {
    const out: { text: string; lines: number }[] = [];
    for (const el of document.querySelectorAll(sel)) {
      const whole = String(el.textContent);
      for (const m of whole.matchAll(/(?:§§?\s)?\d+(?:\.\d+)*(?:\(\w+\))+|§§?\s\d[\d.]*/g)) {
        // The match may span text nodes (a span per citation part): measured over the element's text.
        const range = document.createRange();
        const walker = document.createTreeWalker(el, 4);
        let seen = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const len = String(node.data).length;
          if (seen <= m.index && m.index < seen + len) range.setStart(node, m.index - seen);
          const end = m.index + m[0].length;
          if (seen < end && end <= seen + len) range.setEnd(node, end - seen);
          seen += len;
        }
        const tops = new Set([...range.getClientRects()].filter((r: any) => r.width > 0).map((r: any) => Math.round(r.top)));
        out.push({ text: m[0], lines: tops.size });
      }
    }
    return out;
  }, selector);

describe('a saved case opened on a 160 px screen: the summary’s citations and the problems’ buttons', () => {
  for (const [kind, fixture] of [
    ['t-visa-declaration', 'full'],
    ['t-visa-declaration', 'hostile'],
    ['restitution-worksheet', 'full'],
  ] as const) {
    it(`${kind}: ${fixture}.json`, async () => {
      await web.withPage(
        `/forms/${kind}`,
        async (page) => {
          const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open draft…' }).click()]);
          await chooser.setFiles({ name: `${fixture}.json`, mimeType: 'application/json', buffer: readFileSync(join(ROOT, 'fixtures', kind, `${fixture}.json`)) });
          await expect.poll(() => textNow(page.locator('#check-state')), SLOW).toMatch(/valid|problem/);
          await page.evaluate(() => document.querySelectorAll('main details').forEach((d: any) => (d.open = true)));
          for (const width of [160, 200, 640]) {
            await page.setViewportSize({ width, height: 320 });
            await expect.poll(() => page.evaluate(() => document.documentElement.clientWidth), SLOW).toBe(width);
            expect(await brokenWords(page, '.summary dt, .summary dd, .problem-list button'), `${width} px`).toEqual([]);
            const sections = await sectionLines(page, '.summary dt, .summary dd, .field-description');
            if (kind === 't-visa-declaration') expect(sections.map((c) => c.text)).toEqual(expect.arrayContaining(['214.202(c)(1)', '§ 1746(2)']));
            // A help's too: the worksheet's FLSA exemption drew "29 U.S.C. §" above "213(b)(21)" at 640 px (a laptop at 200%).
            if (kind === 'restitution-worksheet') expect(sections.map((c) => c.text)).toEqual(expect.arrayContaining(['§ 213(b)(21)']));
            expect(sections.filter((c) => c.lines !== 1), `${width} px`).toEqual([]);
            expect(await page.evaluate(() => document.documentElement.scrollWidth), `${width} px: the page’s width`).toBeLessThanOrEqual(width);
          }
          if (kind === 'restitution-worksheet') expect(await page.locator('.problem-list button').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('Defendant’s share')]));
          await page.setViewportSize({ width: 160, height: 320 });
          await page.locator(kind === 'restitution-worksheet' ? '#problems' : '.summary').screenshot({ path: join(SHOTS, `citations-${kind}-${fixture}-160.png`) });
        },
        (page) => page.setViewportSize({ width: 160, height: 320 }),
      );
    });
  }
});

describe('a citation kept on one line, and the home page no wider than a 160 px screen (a 320 px phone at 200% zoom)', () => {
  for (const kind of ['rfa', 't-visa-declaration', 'restitution-worksheet', 'best-interests-memo']) {
    it(`${kind}: the form page’s title and description`, async () => {
      await web.withPage(
        `/forms/${kind}`,
        async (page) => {
          await expect.poll(() => textNow(page.locator('#kind-about')), SLOW).not.toBe('');
          const found = await citationLines(page, 'h1, #kind-about');
          if (kind === 'restitution-worksheet') expect(found.map((c) => c.text)).toContain('§ 1593');
          expect(found.filter((c) => c.lines !== 1)).toEqual([]);
          if (kind === 'restitution-worksheet') await page.screenshot({ path: join(SHOTS, 'citations-worksheet-title.png') });
        },
        (page) => page.setViewportSize({ width: 160, height: 320 }),
      );
    });
  }
  it('the home page’s kinds', async () => {
    await web.withPage(
      '/',
      async (page) => {
        await expect.poll(() => page.locator('.kinds li').count(), SLOW).toBe(4);
        const found = await citationLines(page, '.kinds');
        expect(found.length).toBeGreaterThan(2);
        expect(found.filter((c) => c.lines !== 1)).toEqual([]);
        // And the page no wider than the screen: each kind's card was 18rem (288 px), the page 294 px.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(160);
        await page.screenshot({ path: join(SHOTS, 'citations-home.png'), fullPage: true });
      },
      (page) => page.setViewportSize({ width: 160, height: 320 }),
    );
  });
});
