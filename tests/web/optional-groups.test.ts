// An optional group of a list's item is a button until the person opens it (review, round r51: a
// worksheet's payment drew "Paid in another currency", its amount, currency and rate each
// "(required if you fill in …)", under every payment, as every income and loss drew "In another
// currency" and every loss its Basis: a caseworker never paid in another currency met a group of
// required fields at each). Now "Add “Paid in another currency”" opens it, the focus in its first
// box; "Remove …" takes it out of the case again, the focus back on Add; a draft's group is drawn
// open. Round r52: so is an optional section outside a list (the RFA's Sponsor, Case manager,
// Attorney, Letter recipient and Supervisor; a T-visa's Translator, Interpreter and Opinion; a
// worksheet's Court and Payee), each drawn whole on the empty form with its fields "(required if
// you fill in …)". Round r53: a section just added, still empty, read "(required if you fill in
// Sponsor)" where the person had chosen to fill it in: now "(required)". web/src/form/optional-group.tsx. Debian's Chromium (tests/web/support/browser.ts), the
// real HTTP app.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { KINDS } from '../../src/kinds/index.js';
import { allowIncompleteCase, checkAnswerFor, loadExample, SHOTS, SLOW, textNow, useBrowser } from './support/browser.js';

declare const document: any;

const web = useBrowser({ app: () => createApp({}), allowed: allowIncompleteCase });

describe("an optional group of a list's item", () => {
  for (const kind of KINDS.map((k) => k.id)) {
    it(`${kind}: the example's list items ask for no field of a group not given`, async () => {
      await web.withPage(`/forms/${kind}`, async (page) => {
        await loadExample(page);
        const asked = (await page.evaluate(() =>
          [...document.querySelectorAll('main .list-item label, main .list-item legend')]
            .map((l: any) => String(l.textContent).trim())
            .filter((t: string) => /\(required if you fill in /.test(t)),
        )) as string[];
        expect(asked, 'fields of a group nobody opened, asked for in a list item').toEqual([]);
      });
    });
  }

  for (const kind of KINDS.map((k) => k.id)) {
    it(`${kind}: the empty form asks for no field of a section not given`, async () => {
      await web.withPage(`/forms/${kind}`, async (page) => {
        await expect.poll(() => textNow(page.locator('#kind-about')), SLOW).not.toBe('');
        const asked = (await page.evaluate(() =>
          [...document.querySelectorAll('main label, main legend')].map((l: any) => String(l.textContent).trim()).filter((t: string) => /\(required if you fill in /.test(t)),
        )) as string[];
        expect(asked, 'fields of a section nobody opened, asked for').toEqual([]);
        expect(await page.locator('main button.add-group').count(), 'the optional sections, each an Add button').toBeGreaterThan(0);
      });
    });
  }

  it('the RFA’s Sponsor by keyboard: Add, typed, sent; Remove, gone from the case, the focus back on Add', async () => {
    await web.withPage('/forms/rfa', async (page) => {
      await expect.poll(() => textNow(page.locator('#kind-about')), SLOW).not.toBe('');
      const base = 'root_location_sponsor';
      const add = page.getByRole('button', { name: 'Add “Sponsor”' }).and(page.locator(`#${base}__add`));
      expect(await add.count()).toBe(1);
      expect(await page.locator(`#${base} input, #${base} textarea`).count(), 'the section’s boxes before it is added').toBe(0);
      await add.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => String(document.activeElement?.id)), SLOW).toMatch(new RegExp(`^${base}_`));
      const first = await page.evaluate(() => String(document.activeElement?.id));
      // Just added, still empty: its fields are what the person chose to fill in, "(required)", as
      // a screen reader hears on the box; not "(required if you fill in Sponsor)" (round r53).
      const labels = (await page.locator(`#${base} label, #${base} legend`).allTextContents()).map((t) => t.trim());
      expect(labels.filter((t) => /required if you fill in/.test(t)), 'the added section’s fields').toEqual([]);
      expect(labels.filter((t) => /\(required\)$/.test(t)).length, `the added section’s required fields (${labels.join(' / ')})`).toBeGreaterThan(0);
      expect(await page.locator(`#${first}`).evaluate((e: any) => e.required === true), 'the first box, told required').toBe(true);
      await page.screenshot({ path: join(SHOTS, 'optional-section-added.png') });
      const sent = checkAnswerFor(page, (c) => JSON.stringify(c?.location?.sponsor ?? null).includes('Ramirez'));
      await page.keyboard.type('Ramirez');
      await sent;
      await page.locator(`#${base}`).scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, 'optional-section-open.png') });
      // Tab on to the section's Remove, as a keyboard user reaches it, and Enter.
      const remove = page.getByRole('button', { name: 'Remove “Sponsor”' });
      for (let n = 0; n < 60 && !(await remove.evaluate((b: any) => b === document.activeElement)); n++) await page.keyboard.press('Tab');
      const gone = checkAnswerFor(page, (c) => c?.location?.sponsor === undefined);
      await page.keyboard.press('Enter');
      await gone;
      await expect.poll(() => page.evaluate(() => String(document.activeElement?.id)), SLOW).toBe(`${base}__add`);
      expect(await page.locator(`#${first}`).count(), 'the section’s boxes once removed').toBe(0);
      await add.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, 'optional-section-closed.png') });
    });
  });

  it('a payment in another currency: added with the keyboard, filled, sent; removed, gone from the case', async () => {
    await web.withPage('/forms/restitution-worksheet', async (page) => {
      await loadExample(page);
      const base = 'root_laborPeriods_0_wagesPaid_payments_0_original';
      const add = page.getByRole('button', { name: 'Add “Paid in another currency”' }).and(page.locator(`#${base}__add`));
      expect(await add.count()).toBe(1);
      expect(await page.locator(`#${base}_amount`).count(), 'the group’s boxes before it is added').toBe(0);
      // What it is, said with the button.
      expect(await add.getAttribute('aria-describedby')).toBe(`${base}__add-help`);
      expect(await page.locator(`#${base}__add-help`).textContent()).toMatch(/^For a payment in pesos, quetzales or another currency/);

      await add.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => String(document.activeElement?.id)), SLOW).toBe(`${base}_amount`);
      await page.keyboard.type('775');
      await page.locator(`#${base}_currency`).fill('GTQ');
      const sent = checkAnswerFor(page, (c) => c?.laborPeriods?.[0]?.wagesPaid?.payments?.[0]?.original?.rate === 0.129);
      await page.locator(`#${base}_rate`).fill('0.1290');
      await sent;
      await page.locator(`#${base}`).scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, 'optional-group-open.png') });

      const remove = page.getByRole('button', { name: 'Remove “Paid in another currency”' }).first();
      const gone = checkAnswerFor(page, (c) => c?.laborPeriods?.[0]?.wagesPaid?.payments?.[0] !== undefined && c.laborPeriods[0].wagesPaid.payments[0].original === undefined);
      await remove.focus();
      await page.keyboard.press('Enter');
      await gone;
      await expect.poll(() => page.evaluate(() => String(document.activeElement?.id)), SLOW).toBe(`${base}__add`);
      expect(await page.locator(`#${base}_amount`).count(), 'the group’s boxes once removed').toBe(0);
      await add.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, 'optional-group-closed.png') });
    });
  });
});
