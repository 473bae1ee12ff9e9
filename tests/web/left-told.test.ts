// An error that appears as a field is left is told at once, not only when the person comes back
// (review, round r59: it was drawn under the field and named by the field's aria-describedby, which a
// screen reader reads when the focus arrives, so a caseworker who typed a wrong email and pressed
// Tab heard the next field's name and nothing else). It is said in a polite live region of its own
// (web/src/form/left-told.ts), once, and only for a field the person changed: tabbing through an
// empty form says nothing. Debian's Chromium (tests/web/support/browser.ts), the real HTTP app;
// fictional people only.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { allowIncompleteCase, describedBy, LONG_TEST_MS, recordTold, SHOTS, SLOW, textNow, useBrowser } from './support/browser.js';

declare const document: any;

const web = useBrowser({ app: () => createApp({}), allowed: allowIncompleteCase });

/** The live-region properties Chromium gives a screen reader for the element `selector` (DevTools protocol). */
async function liveOf(page: Page, selector: string): Promise<Record<string, unknown>> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    const props = (nodes[0]?.properties ?? []) as { name: string; value: { value?: unknown } }[];
    return Object.fromEntries(props.filter((p) => /^(live|atomic|relevant|busy)$/.test(p.name)).map((p) => [p.name, p.value.value]));
  } finally {
    await cdp.detach();
  }
}

/** The id of the field that has the keyboard's focus. */
const focused = (page: Page): Promise<string> => page.evaluate(() => String(document.activeElement?.id));

/** Waits until no check is due: the verdict has settled after the last key (the page checks 400 ms after typing stops). */
async function checked(page: Page): Promise<void> {
  await expect.poll(() => textNow(page.locator('#check-state')), SLOW).toMatch(/problems? to fix\.$|^The case is valid/);
  await page.waitForTimeout(1_000);
  await expect.poll(() => textNow(page.locator('#check-state')), SLOW).toMatch(/problems? to fix\.$|^The case is valid/);
}

describe('an error shown as a field is left, told as it appears', () => {
  it('an RFA: a wrong email typed and left is told once in a polite live region; fields passed through with Tab, and the fields a check finds elsewhere, are not', async () => {
    await web.withPage('/forms/rfa', async (page) => {
      await page.locator('#root').waitFor();
      // Made with the form, before anything is said in it (a region made with its text is not read).
      await expect.poll(() => page.locator('#left-said').count(), { timeout: 5_000 }).toBe(1);
      expect(await liveOf(page, '#left-said'), 'a polite live region in the accessibility tree').toMatchObject({ live: 'polite' });
      const told = await recordTold(page, 'left-said');

      // Tab through the requester's first fields without typing: nothing to tell.
      await page.locator('#root_requester_name').focus();
      for (let n = 0; n < 4; n++) await page.keyboard.press('Tab');
      await page.waitForTimeout(1_000);
      expect(await told(), 'fields passed through with Tab').toEqual([]);

      // Type a wrong email and leave it with Tab.
      await page.locator('#root_requester_email').focus();
      await page.keyboard.type('dana.whitfield at example');
      await page.keyboard.press('Tab');
      expect(await focused(page), 'the focus has moved on').not.toBe('root_requester_email');
      await expect.poll(told, SLOW).toEqual([expect.stringMatching(/^Error: Requester › Email: .*email address/)]);
      await checked(page);
      // Told once, and nothing of the case's other errors (every required field still empty).
      expect(await told(), 'told once, and only the field left').toHaveLength(1);
      // The same words stay the field's description, read when the person comes back to it.
      expect(await describedBy(page.locator('#root_requester_email'))).toContain('email address');
      await page.locator('#root_requester_email').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, 'left-told-email.png') });

      // Back to it (its description reads the error), fixed and left: nothing wrong, nothing told.
      await page.keyboard.press('Shift+Tab');
      expect(await focused(page)).toBe('root_requester_email');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('dana.whitfield@example.org');
      await page.keyboard.press('Tab');
      await checked(page);
      expect(await textNow(page.locator('ul.field-issues[data-path="requester.email"]'))).toMatch(/no element/);
      expect(await told(), 'a field left with nothing wrong says nothing').toHaveLength(1);
    });
  }, LONG_TEST_MS); // three checks waited for, key by key: 48 s with four browser test files at once here
});
