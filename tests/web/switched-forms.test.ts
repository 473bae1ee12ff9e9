// A memo factor's "Not applicable" form holds a choice of its own: "Yes or no, with the reason
// below" (a Yes/No and a "Why not applicable" box) or "The reason, written here" (one box). Review,
// round r53: the reason typed under the first, then the inner choice switched to the second, and
// "Why not applicable" stayed drawn with its text beside the new box, the case refused "not both".
// Now the text goes with the switch: into "The reason, written here", the old box gone, and back
// into "Why not applicable" when switched back (web/src/form/schema.ts settledBesideSiblings, on the
// contract's `x-not-with`). Clicked and typed as a person does. Debian's Chromium
// (tests/web/support/browser.ts), the real HTTP app.
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { allowIncompleteCase, checkAnswerFor, SHOTS, SLOW, textNow, useBrowser, valueNow } from './support/browser.js';

const web = useBrowser({ app: () => createApp({}), allowed: allowIncompleteCase });

it('a factor’s reason typed under “Yes or no”, then the inner choice switched: the text moves with it, never beside it', async () => {
  await web.withPage('/forms/best-interests-memo', async (page) => {
    await expect.poll(() => textNow(page.locator('#kind-about')), SLOW).not.toBe('');
    const base = 'root_factors_health';
    const outer = page.locator(`#${base}__anyof_select`);
    await outer.selectOption({ label: 'Not applicable (with the reason)' });
    const inner = page.locator(`#${base}_notApplicable__anyof_select`);
    await expect.poll(() => inner.count(), SLOW).toBe(1);
    await inner.selectOption({ label: 'Yes or no, with the reason below' });
    await page.locator(`#${base}_notApplicable`).getByRole('radio', { name: 'Yes' }).click();
    const reason = page.locator(`#${base}_reason`);
    await expect.poll(() => reason.count(), SLOW).toBe(1);
    const said = 'No health concern was raised in any record reviewed.';
    const sent = checkAnswerFor(page, (c) => c?.factors?.health?.reason === said);
    await reason.fill(said);
    await sent;

    // Switched to the reason written in "Not applicable" itself: the text goes there.
    const moved = checkAnswerFor(page, (c) => c?.factors?.health?.notApplicable === said && c.factors.health.reason === undefined);
    await inner.selectOption({ label: 'The reason, written here' });
    await moved;
    await expect.poll(() => reason.count(), SLOW).toBe(0);
    const written = page.locator(`#${base}_notApplicable textarea, textarea#${base}_notApplicable`);
    await expect.poll(() => valueNow(written), SLOW).toBe(said);
    await expect.poll(() => textNow(page.locator(`#${base}`)), SLOW).not.toMatch(/not both/i);
    await page.locator(`#${base}`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'switched-form-reason-moved.png') });

    // And back: the text in "Why not applicable" again, nothing lost.
    const back = checkAnswerFor(page, (c) => c?.factors?.health?.reason === said && typeof c.factors.health.notApplicable !== 'string');
    await inner.selectOption({ label: 'Yes or no, with the reason below' });
    await back;
    await expect.poll(() => valueNow(reason), SLOW).toBe(said);
  });
});
