// A keyboard-only attorney adds three of the child's quotations to a memo, moves the third up and
// removes one (review, round r53), as a screen reader user hears it: each press told in a polite
// live region of its own (lists.tsx listSaid), where Move up left the focus on a button whose name
// changed (which a screen reader does not read again) and Remove moved it to the next quotation's
// box, neither saying what had happened; the focus where lists.test.ts holds it. Debian's Chromium
// (tests/web/support/browser.ts), the real HTTP app.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { allowIncompleteCase, recordTold, SHOTS, SLOW, tabTo, textNow, useBrowser } from './support/browser.js';

declare const document: any;

const web = useBrowser({ app: () => createApp({}), allowed: allowIncompleteCase });

/** The focused element: a button by its accessible name, else its id. */
const focused = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const e = document.activeElement;
    return e?.tagName === 'BUTTON' ? String(e.getAttribute('aria-label') ?? e.textContent).trim() : String(e?.id ?? '');
  });

/** The quotations' English texts, in order. */
const quotes = (page: Page): Promise<string[]> => page.locator('textarea[id^="root_childsWords_"][id$="_text"]').evaluateAll((es: any[]) => es.map((e) => e.value));

it('three quotations added, the third moved up, one removed, with the keyboard alone: each press told, the focus kept', async () => {
  await web.withPage('/forms/best-interests-memo', async (page) => {
    await expect.poll(() => textNow(page.locator('#kind-about')), SLOW).not.toBe('');
    const add = page.locator('#root_childsWords__add');
    await add.focus();
    const told = await (async () => {
      await expect.poll(() => page.locator('#list-said').count(), SLOW).toBe(1);
      return recordTold(page, 'list-said');
    })();
    const said = ['I want to go to school.', 'I miss my grandmother.', 'I do not want to go back to the farm.'];
    for (const [i, words] of said.entries()) {
      await page.keyboard.press('Enter');
      await expect.poll(() => focused(page), { ...SLOW, message: `Add #${i + 1}` }).toBe(`root_childsWords_${i}_text`);
      await page.keyboard.type(words);
      const name = (await add.getAttribute('aria-label')) ?? 'Add';
      await tabTo(page, name, 'Tab', 20);
    }
    expect(await quotes(page)).toEqual(said);

    // The third up: the focus on its Move up, now the second's; told where it is now.
    await page.locator('#root_childsWords_2_text').focus();
    await tabTo(page, 'Move up item 3 of 3', 'Tab', 20);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page), SLOW).toBe('Move up item 2 of 3');
    expect(await quotes(page)).toEqual([said[0], said[2], said[1]]);

    // The one now third removed: the focus on the one now last, told what was removed.
    await page.locator('#root_childsWords_2_text').focus();
    await tabTo(page, 'Remove item 3 of 3', 'Tab', 20);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page), SLOW).toBe('root_childsWords_1_text');
    expect(await quotes(page)).toEqual([said[0], said[2]]);
    await expect
      .poll(told, SLOW)
      .toEqual([
        'The child’s words added: item 1 of 1.',
        'The child’s words added: item 2 of 2.',
        'The child’s words added: item 3 of 3.',
        'The child’s words moved up: now item 2 of 3.',
        'The child’s words 3 of 3 removed: 2 left.',
      ]);
    await page.locator('#root_childsWords').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'quotations-keys.png') });
  });
});
