// Through the CLI's `main` in-process, as a user would: `harbor check restitution-worksheet <file>`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cliCheck } from '../../support/cli.js';
import { EXAMPLE_1, EXAMPLE_2, EXAMPLE_3, EXAMPLE_4 } from './cases.js';

const K = 'restitution-worksheet';
const FIX = fileURLToPath(new URL(`../../../fixtures/${K}/`, import.meta.url));
const TMP = mkdtempSync(join(tmpdir(), 'harbor-rw-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

async function checkJson(name: string, data: unknown) {
  const f = join(TMP, `${name}.json`);
  writeFileSync(f, JSON.stringify(data));
  return cliCheck(K, f);
}

describe('worked examples through harbor check', () => {
  it('1: F = $638.00 from two workweeks', async () => {
    const r = await checkJson('ex1', EXAMPLE_1);
    expect(r.status).toBe(0);
    expect(r.json.computed.weeks.map((w: any) => [w.weekStart, w.hours, w.overtimeHours, w.owedCents, w.paidCents, w.unpaidCents])).toEqual([
      ['2012-03-04', 48, 8, 37700, 0, 37700],
      ['2012-03-11', 36, 0, 26100, 0, 26100],
    ]);
    expect(r.json.computed.flsa).toMatchObject({ owedCents: 63800, paidCents: 0, unpaidCents: 63800, liquidatedDamagesCents: 0, totalCents: 63800 });
    expect(r.json.computed.totalCents).toBe(63800);
  });
  it('2: F = $1,746.75 across the 2009-07-24 rate change', async () => {
    const r = await checkJson('ex2', EXAMPLE_2);
    expect(r.json.computed.weeks.map((w: any) => w.owedCents)).toEqual([55675, 57375, 61625]);
    expect(r.json.computed.flsa.totalCents).toBe(174675);
  });
  it('3: F = $41,470.00 with liquidated damages ($20,735.00 without)', async () => {
    const r = await checkJson('ex3', EXAMPLE_3);
    expect(r.json.computed.flsa).toMatchObject({ unpaidCents: 2073500, liquidatedDamagesCents: 2073500, totalCents: 4147000 });
    expect(r.json.computed.laborValue).toMatchObject({ method: 'flsa', cents: 4147000 });
  });
  it('4: G = $3,600.00 from commercial sex acts, added to the labor value (none here)', async () => {
    const r = await checkJson('ex4', EXAMPLE_4);
    expect(r.json.computed.grossIncome).toMatchObject({ totalCents: 360000, commercialSexCents: 360000, laborCents: 0 });
    expect(r.json.computed.laborValue).toMatchObject({ cents: 0 });
    expect(r.json.computed.losses.totalCents).toBe(0);
    expect(r.json.computed.totalCents).toBe(360000);
  });
});

describe('fixtures', () => {
  it('full, with the state setting on, returns both figures (and warns with both)', async () => {
    const r = await cliCheck(K, join(FIX, 'full.json'));
    expect(r.status).toBe(0);
    const c = r.json.computed;
    expect(c.settings.minimumWage).toBe('higher-of-federal-and-state');
    expect(c.flsaFederalOnly).toBeDefined();
    // The state rate (FL $7.21 until 2009-07-23) is above federal ($6.55) in the first weeks, so
    // the federal-only F is lower.
    expect(c.flsaFederalOnly.totalCents).toBeLessThan(c.flsa.totalCents);
    expect(c.flsa.totalCents).toBe(c.flsa.unpaidCents + c.flsa.liquidatedDamagesCents);
    expect(c.flsaFederalOnly.totalCents).toBe(c.flsaFederalOnly.unpaidCents * 2);
    const state = r.json.warnings!.find((w: any) => w.code === 'state-rates-used');
    const dollars = (cents: number) => '$' + (cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2 });
    expect(state.message).toContain(dollars(c.flsa.totalCents));
    expect(state.message).toContain(dollars(c.flsaFederalOnly.totalCents));
    // 18 U.S.C. § 1593(b)(3), commercial sex income added (docs/domain/restitution-worksheet.md).
    expect(c.totalCents).toBe(c.losses.totalCents + Math.max(c.flsa.totalCents, c.grossIncome.laborCents) + c.grossIncome.commercialSexCents);
  });
  it('the first week of full by hand: Wed 06-24 to Sat 06-27 2009 = 11 + 11 + 12 + 12 h at FL $7.21', async () => {
    const c = (await cliCheck(K, join(FIX, 'full.json'))).json.computed;
    // 46 h: 46 × 7.21 = 331.66; + 0.5 × 7.21 × 6 = 21.63 → $353.29.
    expect(c.weeks[0]).toMatchObject({ weekStart: '2009-06-21', hours: 46, overtimeHours: 6, owedCents: 35329 });
    expect(c.flsaFederalOnly).toBeDefined();
  });
  it('long: 260 workweeks of 110 hours at $7.25 = 260 × $1,051.25', async () => {
    const c = (await cliCheck(K, join(FIX, 'long.json'))).json.computed;
    expect(c.weeks).toHaveLength(260);
    expect(c.weeks.every((w: any) => w.hours === 110 && w.overtimeHours === 70 && w.owedCents === 105125)).toBe(true);
    expect(c.flsa.totalCents).toBe(2 * 260 * 105125);
  });
  it('minimal and hostile are valid', async () => {
    expect((await cliCheck(K, join(FIX, 'minimal.json'))).status).toBe(0);
    expect((await cliCheck(K, join(FIX, 'hostile.json'))).status).toBe(0);
  });
});

// One fixture per validation rule; each fails for exactly that reason, naming the path.
const INVALID: Array<[string, string, string]> = [
  ['invalid-hours-25', 'laborPeriods.0.weeklySchedule.monday', 'hours-out-of-range'],
  ['invalid-negative-hours', 'laborPeriods.0.days.0.hours', 'hours-out-of-range'],
  ['invalid-end-before-start', 'laborPeriods.0.endDate', 'end-before-start'],
  ['invalid-log-date-outside', 'laborPeriods.0.days.0.date', 'date-outside-period'],
  ['invalid-duplicate-log-date', 'laborPeriods.0.days.1.date', 'duplicate-date'],
  ['invalid-day-over-24', 'laborPeriods.1.weeklySchedule.tuesday', 'hours-out-of-range'],
  ['invalid-state-code', 'laborPeriods.0.state', 'unknown-state'],
  ['invalid-missing-state', 'laborPeriods.0.state', 'state-required'],
  ['invalid-share', 'grossIncome.0.defendantShare', 'share-out-of-range'],
  ['invalid-negative-money', 'losses.0.amount', 'negative-money'],
  ['invalid-before-rate-table', 'laborPeriods.0.startDate', 'no-rate-table'],
  ['invalid-no-hours', 'laborPeriods.0.weeklySchedule', 'no-hours'],
  ['invalid-gross-line', 'grossIncome.0', 'incomplete-line'],
  ['invalid-payment-outside', 'laborPeriods.0.wagesPaid.payments.0.date', 'date-outside-period'],
  ['invalid-date', 'laborPeriods.0.startDate', 'invalid-date'],
  ['invalid-no-defendant', 'defendants', 'too-small'],
  ['invalid-money', 'losses.0.amount', 'invalid-money'],
  ['invalid-renamed-field', 'losses.0.amountCents', 'renamed-field'],
  ['invalid-exemption-213a6', 'laborPeriods.0.exemption', 'exemption-not-computed'],
  ['invalid-payee-defendant', 'victim.payee.name', 'payee-is-defendant'],
  ['invalid-basis-mismatch', 'losses.0.amount', 'basis-mismatch'],
  ['invalid-minor-during-offense', 'victim.minorDuringOffense', 'invalid-value'],
  ['invalid-territory-before-federal-rate', 'laborPeriods.0.startDate', 'territory-before-federal-rate'],
  ['invalid-amount-too-large', 'grossIncome.0', 'amount-too-large'],
  ['invalid-period-after-document', 'laborPeriods.0.endDate', 'period-after-document'],
  ['invalid-too-much-labor', 'laborPeriods.0', 'too-much-labor'],
  ['invalid-loss-after-document-date', 'losses.0.endDate', 'date-after-document-date'],
  ['invalid-agreed-and-day-rate', 'laborPeriods.0.dayRate', 'agreed-and-day-rate'],
  ['invalid-conversion-mismatch', 'laborPeriods.0.wagesPaid.payments.0.amount', 'conversion-mismatch'],
  ['invalid-rate-not-sourced', 'laborPeriods.0.wagesPaid.payments.0.original.rateDate', 'rate-not-sourced'],
];

describe('validation rules through harbor check (exit 1, path named)', () => {
  it.each(INVALID)('%s → %s [%s]', async (file, path, code) => {
    const r = await cliCheck(K, join(FIX, `${file}.json`));
    expect(r.status).toBe(1);
    expect(r.json.ok).toBe(false);
    expect(r.json.errors).toHaveLength(1);
    expect(r.json.errors![0]).toMatchObject({ path, code });
    expect(r.json.errors![0].message.length).toBeGreaterThan(10);
  });
});
