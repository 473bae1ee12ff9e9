// Every group and region of a form page named, as a screen reader announces it on entering (review,
// round r57): the worksheet's and the T-visa's schemas have no title, and the library drew the form's
// own fieldset, around every field, with no legend, a group announced as nothing (WCAG 1.3.1, 4.1.2).
// It is now named by the page's title (not-printed-group.tsx UntitledForm); the RFA's and the memo's
// by their schema's title, as before. Read from the accessibility tree Chromium builds, on the new form
// and with the example loaded (every list's items drawn). Fictional people only.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { allowIncompleteCase, SHOTS, SLOW, textNow, useBrowser } from './support/browser.js';

const web = useBrowser({ app: () => createApp({}), allowed: allowIncompleteCase });

/** The lines of the page's accessibility tree that are a group, a radio group or a region with no name. */
async function unnamedGroups(page: Page): Promise<string[]> {
  const tree = await page.locator('main').ariaSnapshot();
  return tree.split('\n').filter((line) => /^\s*- (group|radiogroup|region)(:|\s*$)/.test(line));
}

/** The name of the form's own fieldset (the case), as the accessibility tree gives it. */
async function formName(page: Page): Promise<string> {
  const first = (await page.locator('form fieldset#root').ariaSnapshot()).split('\n')[0]!;
  return /^- group "(.*)"/.exec(first)?.[1] ?? `(no name: ${first})`;
}

const TITLED: Record<string, string> = {
  rfa: 'Request for Assistance (child)',
  'best-interests-memo': 'Best-interests memo',
};

describe('every group of a form named', () => {
  for (const kind of ['rfa', 't-visa-declaration', 'restitution-worksheet', 'best-interests-memo']) {
    it(`${kind}: the form’s own group named by its title, and no group or region without a name, new and with the example`, async () => {
      await web.withPage(`/forms/${kind}`, async (page) => {
        await expect.poll(() => page.locator('form fieldset#root').count(), SLOW).toBe(1);
        const pageTitle = (await page.locator('h1').textContent())!.replace(/\u00a0/g, ' ');
        expect(await formName(page)).toBe(TITLED[kind] ?? pageTitle);
        expect(await unnamedGroups(page), 'new form').toEqual([]);
        await page.getByRole('button', { name: 'Start from the example', exact: true }).click();
        await expect.poll(() => textNow(page.locator('#status')), SLOW).toContain('The example case is loaded.');
        expect(await unnamedGroups(page), 'the example').toEqual([]);
        await page.screenshot({ path: join(SHOTS, `group-names-${kind}.png`) });
      });
    });
  }
});
