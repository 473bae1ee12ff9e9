// Two users of the review of round r51, in Debian's Chromium (tests/web/support/browser.ts), the
// real HTTP app:
// - a screen-reader user whose RFA is refused for its problems, finding each field from the list:
//   each entry's button was named "Error: Prepared at" and told nothing of what was wrong (its
//   message stood beside it, out of its name and description), and a section's entry ("Error:
//   Requester: is required: fill in its Name, …") took the focus to the section's first box, whose
//   description said nothing of it (problems.tsx goTo);
// - a phone user with the text at 200% (a 400 px phone: 200 CSS px, WCAG 1.4.10) filling the
//   memo's factors: the memo's title ("recommendation") and its "Recommendations" section, a word
//   wider than the line, made the page 56 px wider than the screen (app.css).
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { allowIncompleteCase, checkAnswerFor, loadExample, SHOTS, SLOW, textNow, useBrowser } from './support/browser.js';

declare const document: any;

const web = useBrowser({ app: () => createApp({}), allowed: allowIncompleteCase });

/** The accessible description of what has the focus, as its aria-describedby composes it. */
const focusedDescription = (page: Page): Promise<string> =>
  page.evaluate(() =>
    String(document.activeElement?.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id: string) => String(document.getElementById(id)?.textContent ?? '').trim())
      .filter((t: string) => t !== '')
      .join(' '),
  );

/** How much wider the page is than the screen, in CSS px (0 when it fits). */
const overflow = (page: Page): Promise<number> => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('a refused RFA, with a screen reader', () => {
  it('each entry of the list is described by what is wrong; a section’s entry takes the focus to a box described by the section’s problem', async () => {
    await web.withPage('/forms/rfa', async (page) => {
      await page.locator('#root_preparedAt').waitFor();
      await page.getByRole('button', { name: 'Download PDF' }).click();
      await expect.poll(() => page.evaluate(() => String(document.activeElement?.id)), SLOW).toBe('problems');
      const entries = (await page.locator('#problems li.issue').evaluateAll((lis) =>
        lis.map((li: any) => {
          const b = li.querySelector('button');
          return { name: String(b.textContent).trim(), described: String(document.getElementById(b.getAttribute('aria-describedby') ?? '')?.textContent ?? '(none)'), message: String(li.textContent).split(' — ')[1]?.trim() };
        }),
      )) as { name: string; described: string; message: string }[];
      expect(entries.length).toBeGreaterThan(3);
      for (const e of entries) expect(e.described, e.name).toBe(e.message);

      // A section's problem: the focus in its first box, told the section's problem with the box's own help.
      const requester = page.getByRole('button', { name: 'Error: Requester', exact: true });
      const said = await requester.evaluate((b: any) => String(document.getElementById(b.getAttribute('aria-describedby'))?.textContent));
      expect(said).toMatch(/^is required: fill in its “Name”/);
      await requester.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => String(document.activeElement?.id)), SLOW).toBe('root_requester_name');
      const described = await focusedDescription(page);
      expect(described).toMatch(/^Error: Requester: is required: fill in its “Name”/);
      expect(described).toContain('The requester’s full name');
      await page.screenshot({ path: join(SHOTS, 'find-and-fit-section-problem.png') });
      // Left, the box is described by its own words again.
      await page.keyboard.press('Tab');
      expect(await page.locator('#root_requester_name').getAttribute('aria-describedby')).not.toContain('root_requester__error');
    });
  });
});

describe("the memo's factors on a phone with its text at 200% (200 CSS px)", () => {
  it('the page is never wider than the screen: empty, with the example, and with a factor not applicable', async () => {
    await web.withPage('/forms/best-interests-memo', async (page) => {
      await page.setViewportSize({ width: 200, height: 740 });
      await page.locator('#root_factors_health').waitFor();
      expect(await overflow(page), 'the new form, px past the screen').toBe(0);
      await loadExample(page);
      expect(await overflow(page), 'the example, px past the screen').toBe(0);
      // A factor marked not applicable, with its reason, from the keyboard.
      const chooser = page.locator('#root_factors_health__anyof_select');
      await chooser.focus();
      await page.keyboard.press('ArrowDown');
      await page.locator('#root_factors_health_notApplicable__anyof_select').waitFor();
      await page.locator('#root_factors_health_notApplicable-0').check();
      const sent = checkAnswerFor(page, (c) => c?.factors?.health?.reason === 'The child has no health needs that bear on the decision.');
      await page.locator('#root_factors_health_reason').fill('The child has no health needs that bear on the decision.');
      await sent;
      await expect.poll(() => textNow(page.locator('#check-state')), SLOW).not.toMatch(/Checking/);
      expect(await overflow(page), 'a factor not applicable, px past the screen').toBe(0);
      await page.locator('#root_factors_health_reason').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, 'find-and-fit-memo-200.png') });
      await page.evaluate(() => document.documentElement.scrollTo(0, 0));
      await page.screenshot({ path: join(SHOTS, 'find-and-fit-memo-200-top.png') });
    });
  });
});
