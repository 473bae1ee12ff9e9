// A group that belongs to a field beside it is shown only while that field is in use (review: the
// worksheet's form drew "Paid each week in another currency", five fields, under every labor
// period, paid by the week or not). The contract marks such a group (`"x-with": "perWeek"`,
// src/kinds/kit/value-format.ts); the form draws it while that field holds a value, or the group
// holds one of its own, so nothing given is hidden. Debian's Chromium (tests/web/support/browser.ts),
// against the real HTTP app. A screenshot goes to tests/output/web/ (not committed).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { KINDS } from '../../src/kinds/index.js';
import { caseJsonSchema } from '../../src/kinds/json-schema.js';
import { allowIncompleteCase, SHOTS, SLOW, useBrowser } from './support/browser.js';

declare const document: any;

const web = useBrowser({ app: () => createApp({}), allowed: allowIncompleteCase });

/** A worksheet with two labor periods: one paid by the week, one by dated payments. */
const CASE = {
  laborPeriods: [
    { startDate: '2024-03-04', endDate: '2024-06-28', wagesPaid: { perWeek: '150.00' } },
    { startDate: '2024-07-01', endDate: '2024-09-27', wagesPaid: { payments: [{ date: '2024-07-12', amount: '200.00' }] } },
  ],
};

/** Every group the contracts mark as belonging to a field, by kind: the class the form handles. */
function marked(value: unknown, path: string[] = [], out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => marked(v, path, out));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'x-with') out.push(`${path.join('.')} with ${String(v)}`);
      marked(v, k === 'properties' || k === 'items' || k === 'anyOf' ? path : [...path, k], out);
    }
  }
  return out;
}

describe('a group that belongs to a field', () => {
  it('the contracts mark the worksheet’s weekly other currency as belonging to the weekly amount', () => {
    const all = KINDS.flatMap((k) => marked(caseJsonSchema(k)).map((m) => `${k.id}: ${m}`));
    expect(all).toContain('restitution-worksheet: laborPeriods.wagesPaid.perWeekOriginal with perWeek');
  });

  it('the worksheet: "Paid each week in another currency" under the period paid by the week only, and shown once its amount is typed', async () => {
    await web.withPage('/forms/restitution-worksheet', async (page) => {
      await page.locator('#advanced-json').waitFor({ state: 'attached' });
      await page.locator('summary', { hasText: 'Advanced' }).first().click();
      await page.locator('#advanced-json').fill(JSON.stringify(CASE));
      await page.getByRole('button', { name: 'Apply to the form' }).click();
      // The group, or the button that adds it (an optional group of a list's item: optional-group.tsx).
      const weekly = (n: number) => page.locator(`#root_laborPeriods_${n}_wagesPaid_perWeekOriginal, #root_laborPeriods_${n}_wagesPaid_perWeekOriginal__add`);
      await page.locator('#root_laborPeriods_1_wagesPaid_payments_0_date').waitFor({ timeout: SLOW.timeout });
      expect(await weekly(0).count(), 'the period paid by the week').toBe(1);
      expect(await weekly(1).count(), 'the period paid by dated payments').toBe(0);
      expect(await page.getByRole('button', { name: 'Add “Paid each week in another currency”', exact: true }).count(), 'the group\'s Add buttons').toBe(1);
      // The second period's weekly amount typed: its group appears; emptied, it goes again.
      await page.locator('#root_laborPeriods_1_wagesPaid_perWeek').fill('90.00');
      await expect.poll(() => weekly(1).count(), SLOW).toBe(1);
      await page.locator('#root_laborPeriods_1_wagesPaid_perWeek').fill('');
      await expect.poll(() => weekly(1).count(), SLOW).toBe(0);
      await weekly(0).scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, 'shown-with-worksheet.png') });
      // A group that holds a value is never hidden, its field empty or not (a draft's).
      const held = { laborPeriods: [{ startDate: '2024-03-04', endDate: '2024-06-28', wagesPaid: { perWeekOriginal: { amount: '1000', currency: 'GTQ', rate: '0.13' } } }] };
      await page.locator('#advanced-json').fill(JSON.stringify(held));
      await page.getByRole('button', { name: 'Apply to the form' }).click();
      await expect.poll(() => page.evaluate(() => document.querySelector('#root_laborPeriods_0_wagesPaid_perWeekOriginal_currency')?.value ?? '(none)'), SLOW).toBe('GTQ');
    });
  });
});
