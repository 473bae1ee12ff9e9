// The worksheet's form as a clinic's paralegal fills it (review, round r54), typing and clicking in
// Debian's Chromium against the real HTTP app (tests/web/support/browser.ts): a period paid by the
// day beside one at an agreed rate, and a gross income line by the month. The day rate's help gave
// its own example ("110.00 for $110 a day") and then the generic "e.g. 1250.50" of every amount
// (plain.ts whatToType); the summary's "Hours at each agreed rate" listed the agreed rate's hours
// alone beside a regular rate that averaged the day-rate pay in ("36 h at $12.00; regular rate
// $12.25", words.ts agreedRateLines); and every G line drew "From" and "To", which only a line by
// the month takes (the contract's `x-with`, schema.ts shownWithItsField), whose figure in another
// currency its note did not name; and the summary's total counted the gross income from commercial
// sex acts, which the summary did not show (summary.tsx). Fictional people only.
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { allowIncompleteCase, describedBy, loadExample, SHOTS, SLOW, textNow, useBrowser } from './support/browser.js';

declare const document: any;

const web = useBrowser({ app: () => createApp({}), allowed: allowIncompleteCase });

/** Two jobs in the same two weeks: Monday to Wednesday at an agreed $12.00, Thursday to Saturday by the day. */
const TWO_JOBS = {
  preparedOn: '2026-02-10',
  defendants: ['Rowan Tessaly'],
  victim: { identifier: 'K.M.', minor: true },
  preparer: { name: 'Dana Whitcombe' },
  laborPeriods: [
    { startDate: '2012-03-04', endDate: '2012-03-17', weeklySchedule: { monday: 12, tuesday: 12, wednesday: 12 }, agreedRate: '12' },
    { startDate: '2012-03-04', endDate: '2012-03-17', weeklySchedule: { thursday: 12, friday: 12, saturday: 12 } },
  ],
};

describe('the worksheet with a period paid by the day', () => {
  it('the day rate’s help gives its own example alone; the summary lists the hours by the day beside the agreed rate’s', async () => {
    await web.withPage('/forms/restitution-worksheet', async (page) => {
      await page.locator('#advanced-json').waitFor({ state: 'attached' });
      await page.locator('summary', { hasText: 'Advanced' }).first().click();
      await page.locator('#advanced-json').fill(JSON.stringify(TWO_JOBS));
      await page.getByRole('button', { name: 'Apply to the form' }).click();
      const dayRate = page.locator('#root_laborPeriods_1_dayRate');
      await dayRate.waitFor();
      const help = await describedBy(dayRate);
      expect(help).toContain('(e.g. 110.00 for $110 a day)');
      expect(help).not.toContain('1250.50');
      expect(help).toMatch(/Type the amount in dollars, with or without its \$ and commas\.$/);
      // The same class: a date whose help gives its example, and an amount whose help gives none.
      expect(await describedBy(page.locator('#root_laborPeriods_0_agreedRate'))).not.toContain('1250.50');
      await dayRate.click();
      await dayRate.pressSequentially('150');
      await page.locator('#root_laborPeriods_1_label').focus();
      const weeks = page.locator('#agreed-rate-weeks');
      await expect.poll(() => textNow(weeks.locator('summary')), SLOW).toBe('2 weeks valued on an agreed rate and day-rate pay');
      expect(await textNow(page.locator('.summary dt', { hasText: 'Hours at each' }))).toBe('Hours at each agreed rate and by the day');
      await weeks.locator('summary').click();
      expect(await weeks.locator('li').first().textContent()).toBe('Week of March 4, 2012: 36 h at $12.00, 36 h paid by the day ($150.00 a day × 3 days = $450.00); regular rate $12.25');
      await weeks.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, 'worksheet-lines-day-rate.png') });
    });
  });
});

describe('the worksheet’s gross income lines', () => {
  it('“From” and “To” only on a line by the month: drawn once its monthly earnings are typed, gone when emptied; with its dates, the summary shows its figure × its months', async () => {
    await web.withPage('/forms/restitution-worksheet', async (page) => {
      await loadExample(page);
      const dates = (n: number): Locator => page.locator(`#root_grossIncome_${n}_startDate, #root_grossIncome_${n}_endDate`);
      await page.locator('#root_grossIncome_2_dailyEarnings').waitFor();
      expect([await dates(0).count(), await dates(1).count(), await dates(2).count()], 'lines of acts, an amount and daily earnings').toEqual([0, 0, 0]);
      // The amount's line becomes a line by the month.
      await page.locator('#root_grossIncome_1_amount').fill('');
      const monthly = page.locator('#root_grossIncome_1_monthlyEarnings');
      await monthly.click();
      await monthly.pressSequentially('3,000');
      await expect.poll(() => dates(1).count(), SLOW).toBe(2);
      expect(await describedBy(page.locator('#root_grossIncome_1_startDate'))).toContain('(e.g. 03/15/2024). Type the date as month/day/year, or pick it');
      // The line's figure in another currency converts the monthly earnings too (conversion.ts
      // grossFigure): its note named only the price per act, the daily earnings and the amount.
      expect(await textNow(page.locator('#root_grossIncome_1_original__add-help'))).toMatch(/^When the price per act, the daily earnings, the monthly earnings or the amount was in pesos/);
      await dates(1).first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, 'worksheet-lines-monthly.png') });
      await monthly.fill('');
      await expect.poll(() => dates(1).count(), SLOW).toBe(0);
      await monthly.pressSequentially('3,000');
      await expect.poll(() => dates(1).count(), SLOW).toBe(2);
      // Typed again, with its dates: the summary shows the line's parts, not G's total alone (review, round r55),
      // the months as the worksheet prints them (words.ts grossLineParts).
      for (const [id, typed] of [['startDate', '03152024'], ['endDate', '06302024']] as const) {
        await page.locator(`#root_grossIncome_1_${id}`).focus();
        await page.keyboard.type(typed);
      }
      await page.locator('#root_grossIncome_1_victims').focus();
      await expect
        .poll(() => textNow(page.locator('#gross-lines li').nth(0)), SLOW)
        .toBe('Cleaning contracts billed for L.M.\'s labor: $3,000.00 a month × (17 ÷ 31 + 3) months, March 15, 2024 to June 30, 2024 = $10,645.16');
      expect(await textNow(page.locator('#gross-lines li').nth(1))).toBe('Restaurant earnings attributed to L.M.: 40 days × $22.50 a day = $900.00');
      // The commercial sex acts' line under what is added, which G does not count.
      expect(await textNow(page.locator('#sex-lines li'))).toBe('Commercial sex acts sold by the defendants: 15 days × 6 acts a day × $80.00 = $7,200.00; the defendant’s share, 0.5: $3,600.00');
      await page.locator('.summary').screenshot({ path: join(SHOTS, 'worksheet-lines-monthly-summary.png') });
      // A label in Arabic: drawn apart from its figures (a <bdi>), so that the line still reads label,
      // colon, figures, left to right: unisolated, the colon and the figures after it took the
      // label's direction (review, round r55).
      await page.locator('#root_grossIncome_1_label').fill('عقود التنظيف');
      await page.locator('#root_grossIncome_1_victims').focus();
      const first = page.locator('#gross-lines li').nth(0);
      await expect.poll(() => textNow(first), SLOW).toBe('عقود التنظيف: $3,000.00 a month × (17 ÷ 31 + 3) months, March 15, 2024 to June 30, 2024 = $10,645.16');
      const order = (await first.evaluate((li: any) => {
        const label = li.querySelector('bdi').getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(li.lastChild);
        const rest = range.getClientRects()[0];
        return { labelRight: label.right, restLeft: rest.left, restTop: rest.top, labelTop: label.top };
      })) as { labelRight: number; restLeft: number; restTop: number; labelTop: number };
      expect(order.restTop === order.labelTop ? order.restLeft >= order.labelRight - 0.5 : true, `the figures after the label: ${JSON.stringify(order)}`).toBe(true);
      await page.locator('.summary').screenshot({ path: join(SHOTS, 'worksheet-lines-rtl-summary.png') });
    });
  });

  it('the summary adds up: the commercial sex acts’ gross income, which the total counts, is on it', async () => {
    await web.withPage('/forms/restitution-worksheet', async (page) => {
      await loadExample(page);
      // The example: F $51,401.86, G $2,745.00, L $17,033.75 and, added, half of 15 days × 6 acts × $80.00.
      const cents = async (id: string): Promise<number> => Math.round(Number((await textNow(page.locator(`#${id}`))).replace(/[$,]/g, '')) * 100);
      await expect.poll(() => textNow(page.locator('#amount-sex')), SLOW).toBe('$3,600.00');
      expect(await textNow(page.locator('.summary dt', { hasText: 'Total' }))).toBe('Total (L + commercial sex acts + the greater of F and G)');
      const [f, g, l, sex, total] = await Promise.all(['amount-f', 'amount-g', 'amount-l', 'amount-sex', 'amount-total'].map(cents));
      expect(l! + Math.max(f!, g!) + sex!).toBe(total);
      await page.locator('.summary').screenshot({ path: join(SHOTS, 'worksheet-lines-summary.png') });
    });
  });
});
