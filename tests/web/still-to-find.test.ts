// The RFA summary's "Still to find out" is what the service says applies to this case (computed
// `stillToFindOut`: needed now first, then later), as the draft's PDF lists it. The page listed
// every empty field of the form instead, ~80 on a new draft, "Why the request comes after 24
// hours" among them with the deadline hours away.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import type { Page } from 'playwright-core';
import { allowIncompleteCase, ROOT, SHOTS, SLOW, useBrowser, textNow } from './support/browser.js';

const web = useBrowser({ app: () => createApp({ log: () => {} }), allowed: allowIncompleteCase });

interface Item {
  label: string;
}

/**
 * Open `fixture` of the RFA in the form; the panel's list (all its items, opened) and the service's.
 * `look`: run on the page once checked (a screenshot, the answers the form shows).
 */
async function opened(fixture: string, look: (page: Page) => Promise<void> = async () => {}): Promise<{ shown: string[]; now: string[]; later: string[] }> {
  const text = readFileSync(join(ROOT, 'fixtures/rfa', fixture), 'utf8');
  const res = await fetch(`${web.base}/v1/documents/rfa/check`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: text });
  const { computed } = (await res.json()) as { computed: { stillToFindOut: { now: Item[]; later: Item[] } } };
  const file = join(web.work, fixture);
  writeFileSync(file, text);
  const page = await web.newPage();
  try {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(web.base + '/forms/rfa');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open draft…' }).click()]);
    await chooser.setFiles(file);
    await expect.poll(() => textNow(page.locator('#check-state')), SLOW).toMatch(/valid/);
    const shown = await page.locator('aside.summary details.missing li').allTextContents();
    await look(page);
    return { shown, now: computed.stillToFindOut.now.map((i) => i.label), later: computed.stillToFindOut.later.map((i) => i.label) };
  } finally {
    await page.close();
  }
}

describe('the RFA summary’s “Still to find out”', () => {
  it('lists what the service says applies, needed now first; no late reason while the deadline is ahead', async () => {
    const { shown, now, later } = await opened('turns-18-soon.json');
    expect(now.length).toBeGreaterThan(0);
    const expected = [...now, ...later.slice(0, 12), ...(later.length > 12 ? [`and ${later.length - 12} more`] : [])];
    expect(shown).toEqual(expected);
    expect(shown.join('\n')).not.toMatch(/after 24 hours/);
    web.noProblems();
  });

  it('a case manager answered none is not listed; an attorney answered yes but not named is, by “Attorney’s name” (age-range-none)', async () => {
    const { shown, later } = await opened('age-range-none.json', async (page) => {
      // The two yes/no questions beside the people, answered as the draft says.
      expect(await page.getByRole('radiogroup', { name: 'Has a case manager' }).getByRole('radio', { name: 'No' }).isChecked()).toBe(true);
      expect(await page.getByRole('radiogroup', { name: 'Has an attorney' }).getByRole('radio', { name: 'Yes' }).isChecked()).toBe(true);
      await page.getByRole('radiogroup', { name: 'Has an attorney' }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, 'rfa-has-attorney-name-to-follow.png') });
    });
    expect(later).toContain('Attorney’s name');
    expect(later.join('\n')).not.toMatch(/Case manager/);
    expect(shown).toContain('Attorney’s name');
    web.noProblems();
  });

  it('a draft prepared after the 24 hours asks, first, why it comes now', async () => {
    const { shown, now } = await opened('late.json');
    expect(now).toContain('Why the request comes after 24 hours');
    expect(shown.slice(0, now.length)).toEqual(now);
    web.noProblems();
  });
});
