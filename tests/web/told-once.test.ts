// The checks' verdict is once in the accessibility tree (review, round r52: "2 problems to fix." was
// both the text shown under "Checks", #check-state, and the live region's, #check-announce, so a
// screen reader moving through the page read it twice). While the live region holds the sentence,
// the one shown is hidden from the tree; it still describes the list of problems the focus goes to
// when a document is refused (web/src/form/problems.tsx). Debian's Chromium
// (tests/web/support/browser.ts), the real HTTP app.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { allowIncompleteCase, SHOTS, SLOW, textNow, useBrowser } from './support/browser.js';

declare const document: any;

const web = useBrowser({ app: () => createApp({}), allowed: allowIncompleteCase });

/** How many times the accessibility tree of the page holds `sentence` as a text of its own. */
async function timesInTree(page: Page, sentence: string): Promise<number> {
  const tree = await page.locator('body').ariaSnapshot();
  return tree.split('\n').filter((line) => line.includes(sentence)).length;
}

/** The description the browser gives a screen reader for the element `selector` (DevTools protocol). */
async function descriptionOf(page: Page, selector: string): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    return String(nodes[0]?.description?.value ?? '');
  } finally {
    await cdp.detach();
  }
}

describe('the checks’ verdict, told once', () => {
  it('an RFA with problems: the count once in the accessibility tree, and still the description of the list a refused PDF brings the focus to', async () => {
    await web.withPage('/forms/rfa', async (page) => {
      await page.locator('#root_requester_name').fill('Dana Whitfield');
      await expect.poll(() => textNow(page.locator('#check-announce')), SLOW).toMatch(/^\d+ problems to fix\.$/);
      const sentence = await textNow(page.locator('#check-announce'));
      expect(await textNow(page.locator('#check-state')), 'the verdict shown').toBe(sentence);
      expect(await timesInTree(page, sentence), `“${sentence}” in the accessibility tree`).toBe(1);
      await page.locator('#problems').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, 'told-once-checks.png') });
      // A refused document: the focus on the list, described by the verdict.
      await page.getByRole('button', { name: 'Download PDF' }).first().click();
      await expect.poll(() => page.evaluate(() => String(document.activeElement?.id)), SLOW).toBe('problems');
      expect(await descriptionOf(page, '#problems')).toBe(sentence);
      expect(await timesInTree(page, sentence), `“${sentence}” in the accessibility tree, the list shown`).toBe(1);
    });
  });
});
