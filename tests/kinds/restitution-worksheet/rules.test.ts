// Validation rules, warnings and the wage table's start-up checks.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { looksLikeFullName } from '../../../src/kinds/restitution-worksheet/warnings.js';
import { WAGE_TABLE, parseWageTable } from '../../../src/kinds/restitution-worksheet/wage-table.js';
import { EVERY_DAY, EXAMPLE_1, baseCase, issuesOf, run } from './cases.js';

const CSV = readFileSync(new URL('../../../data/minimum-wage-us.csv', import.meta.url), 'utf8');

describe('periods', () => {
  it('adjacent periods are not overlapping, and their hours in one workweek count together (29 CFR 778.104)', () => {
    const { computed } = run(
      baseCase({
        settings: { liquidatedDamages: false },
        laborPeriods: [
          { startDate: '2012-03-04', endDate: '2012-03-06', weeklySchedule: EVERY_DAY(10) },
          { startDate: '2012-03-07', endDate: '2012-03-10', weeklySchedule: EVERY_DAY(5) },
        ],
      }),
    );
    // 30 + 20 = 50 hours in the week of 03-04: 40 × 7.25 + 10 × 10.875.
    expect(computed.weeks).toHaveLength(1);
    expect(computed.weeks[0]).toMatchObject({ hours: 50, overtimeHours: 10, owedCents: 29000 + 10875 });
  });
  it('a period ending the day another starts shares that day: valid, warned, the day’s hours added', () => {
    const raw = baseCase({
      settings: { liquidatedDamages: false },
      laborPeriods: [
        { startDate: '2012-03-04', endDate: '2012-03-07', weeklySchedule: EVERY_DAY(10) },
        { startDate: '2012-03-07', endDate: '2012-03-10', weeklySchedule: EVERY_DAY(5) },
      ],
    });
    expect(issuesOf(raw)).toEqual([]);
    const { computed, warnings } = run(raw);
    // 4 × 10 + 4 × 5 = 60 hours in the week of 03-04: 40 × 7.25 + 20 × 10.875.
    expect(computed.weeks[0]).toMatchObject({ hours: 60, overtimeHours: 20, owedCents: 29000 + 21750 });
    expect(warnings).toEqual([expect.objectContaining({ path: 'laborPeriods.1.startDate', code: 'overlapping-periods' })]);
  });
  it('the daily log replaces the schedule on its dates only', () => {
    const { computed } = run({
      ...EXAMPLE_1,
      laborPeriods: [{ startDate: '2012-03-07', endDate: '2012-03-13', weeklySchedule: EVERY_DAY(12), days: [{ date: '2012-03-08', hours: 2 }] }],
    });
    expect(computed.weeks.map((w) => w.hours)).toEqual([38, 36]);
  });
  it('state codes are accepted in any case and must be a state, DC, PR, GU, VI or MP', () => {
    const p = (state: string) => baseCase({ laborPeriods: [{ startDate: '2012-03-07', endDate: '2012-03-07', state, weeklySchedule: EVERY_DAY(1) }] });
    expect(issuesOf(p('tx'))).toEqual([]);
    expect(issuesOf(p('PR'))).toEqual([]);
    expect(issuesOf(p('gu'))).toEqual([]);
    expect(issuesOf(p('VI'))).toEqual([]);
    // The Northern Mariana Islands from September 30, 2018 only (northern-mariana-islands.test.ts).
    expect(issuesOf(p('MP')).map((i) => i.code)).toEqual(['territory-before-federal-rate']);
    expect(issuesOf(p('AS'))).toEqual([expect.objectContaining({ path: 'laborPeriods.0.state', code: 'unknown-state' })]);
  });
  it('messages never quote case data', () => {
    const issues = issuesOf(baseCase({ laborPeriods: [{ startDate: '2012-03-07', endDate: '2012-03-07', state: 'Sécret', weeklySchedule: EVERY_DAY(1) }] }));
    expect(JSON.stringify(issues).toLowerCase()).not.toContain('sécret');
    expect(issues).toHaveLength(1);
  });
});

describe('amounts out of range', () => {
  it('a total beyond exact integer cents is a case error, not a crash', () => {
    const r = run(baseCase({ grossIncome: [{ label: 'x', incomeFrom: 'commercial-sex-acts', days: 100000, actsPerDay: 1000, pricePerAct: '100,000,000,000', evidence: 'e' }] }));
    expect(r.errors).toEqual([expect.objectContaining({ path: 'grossIncome.0', code: 'amount-too-large' })]);
  });
  it('names each line too large on its own: days × acts per day far beyond any case, a loss basis', () => {
    const r = run(
      baseCase({
        grossIncome: [
          { label: 'ok', incomeFrom: 'labor', amount: '1,000.00', evidence: 'e' },
          { label: 'x', incomeFrom: 'commercial-sex-acts', days: 1e9, actsPerDay: 1e9, pricePerAct: '10.00', evidence: 'e' },
        ],
        losses: [{ category: 'medical', description: 'd', basis: { units: 1e12, unit: 'session', rate: '100,000.00', years: 1e6 }, projected: true }],
      }),
    );
    expect(r.errors.map((e) => [e.path, e.code])).toEqual([
      ['grossIncome.1', 'amount-too-large'],
      ['losses.0', 'amount-too-large'],
    ]);
  });
  it('lines each in range whose sum is not: the whole case is named', () => {
    // $30 trillion each (3 × 10^15 cents, exact), $120 trillion together (beyond 2^53 cents).
    const big = { label: 'x', incomeFrom: 'labor', days: 300_000, actsPerDay: 1000, pricePerAct: '100,000.00', evidence: 'e' };
    const r = run(baseCase({ grossIncome: [big, big, big, big] }));
    expect(r.errors.map((e) => [e.path, e.code])).toEqual([['', 'amount-too-large']]);
  });
  it('a custom rate above $1,000.00 an hour is refused (probably dollars typed as cents)', () => {
    expect(issuesOf(baseCase({ settings: { customRates: [{ effectiveDate: '2015-01-01', hourlyRate: '1,000.01' }] } }))).toEqual([
      expect.objectContaining({ path: 'settings.customRates.0.hourlyRate', code: 'too-large' }),
    ]);
  });
});

describe('warnings', () => {
  const codes = (raw: unknown) => run(raw).warnings.map((w) => `${w.code}@${w.path}`);
  it('an exemption used', () => {
    expect(
      codes(baseCase({ laborPeriods: [{ startDate: '2012-03-07', endDate: '2012-03-13', weeklySchedule: EVERY_DAY(12), exemption: 'agriculture-213b12' }] })),
    ).toEqual(['exemption-used@laborPeriods.0.exemption']);
  });
  it('the state setting, with both figures in the message', () => {
    const w = run(
      baseCase({
        settings: { minimumWage: 'higher-of-federal-and-state', liquidatedDamages: false },
        laborPeriods: [{ startDate: '2009-06-01', endDate: '2009-06-01', state: 'FL', weeklySchedule: EVERY_DAY(10) }],
      }),
    ).warnings;
    expect(w).toEqual([expect.objectContaining({ code: 'state-rates-used', path: 'settings.minimumWage' })]);
    expect(w[0]!.message).toContain('$72.10'); // 10 h × FL $7.21
    expect(w[0]!.message).toContain('$65.50'); // 10 h × federal $6.55
  });
  it('a G line with no evidence', () => {
    expect(codes(baseCase({ grossIncome: [{ label: 'x', incomeFrom: 'labor', amount: '0.05' }] }))).toEqual(['no-evidence@grossIncome.0.evidence']);
  });
  it('lost income overlapping a labor period (undated lost income always warns when there is labor)', () => {
    const loss = (extra: object) => ({ category: 'lost-income', description: 'Lost wages', amount: '1.00', projected: false, ...extra });
    expect(codes({ ...EXAMPLE_1, losses: [loss({})] })).toEqual(['lost-income-overlap@losses.0']);
    expect(codes({ ...EXAMPLE_1, losses: [loss({ startDate: '2012-03-13', endDate: '2012-04-01' })] })).toEqual(['lost-income-overlap@losses.0']);
    expect(codes({ ...EXAMPLE_1, losses: [loss({ startDate: '2012-03-14', endDate: '2012-04-01' })] })).toEqual([]);
    expect(codes({ ...baseCase(), losses: [loss({})] })).toEqual([]);
  });
  it('a minor whose identifier looks like a full name', () => {
    const payee = { name: 'Lena Whitcombe', role: 'legal-guardian' };
    expect(codes({ ...EXAMPLE_1, victim: { identifier: 'Ana Morales', minor: true, payee } })).toEqual(['minor-full-name@victim.identifier']);
    expect(codes({ ...EXAMPLE_1, victim: { identifier: 'Ana Morales', minor: false } })).toEqual([]);
    expect(looksLikeFullName('A.M.')).toBe(false);
    expect(looksLikeFullName('A. M.')).toBe(false);
    expect(looksLikeFullName('Jane Doe')).toBe(false);
    expect(looksLikeFullName('Minor Victim One')).toBe(false);
    expect(looksLikeFullName('Мария Иванова')).toBe(true);
    expect(looksLikeFullName("María José O'Neill")).toBe(true);
  });
  it('a full name in lower case or in a script without case is flagged too, initials and pseudonyms are not', () => {
    // Only capitalised words counted: each of these, a minor's real name, went into a filing
    // without a warning.
    for (const name of ['ana morales', 'ANA MORALES-LUNA', 'ماريا حسن', 'מרים כהן', 'प्रिया शर्मा', 'ana Morales', '王小梅', '王芳', '김민지', '山田花子']) {
      expect([name, looksLikeFullName(name)]).toEqual([name, true]);
    }
    for (const pseudonym of ['KM', 'K M', 'JMR', 'A.M.', 'Jane Doe', 'jane doe', 'Menor A', 'la víctima', 'Niña 2', 'MV-1', 'Butterfly', '小', 'Victim 王芳']) {
      expect([pseudonym, looksLikeFullName(pseudonym)]).toEqual([pseudonym, false]);
    }
    const payee = { name: 'Lena Whitcombe', role: 'legal-guardian' };
    expect(codes({ ...EXAMPLE_1, victim: { identifier: 'ماريا حسن', minor: true, payee } })).toEqual(['minor-full-name@victim.identifier']);
  });
});

describe('wage table (data/minimum-wage-us.csv)', () => {
  it('loads every row of the shipped file', () => {
    const rows = CSV.trim().split('\n').length - 1;
    const loaded = [...WAGE_TABLE.states.values()].reduce((n, s) => n + s.length, 0) + WAGE_TABLE.federal.length;
    expect(loaded).toBe(rows);
    expect(WAGE_TABLE.states.get('FL')!.find((s) => s.effectiveDate === '2009-01-01')!.rateCents).toBe(721);
    expect(WAGE_TABLE.states.has('AL')).toBe(false);
  });
  it('fails loudly, naming the line, on a malformed row', () => {
    const lines = CSV.split('\n');
    const broken = (i: number, row: string) => [...lines.slice(0, i), row, ...lines.slice(i + 1)].join('\n');
    const law = 'Alaska Stat. § 23.10.065';
    expect(() => parseWageTable(broken(7, `AK,2003-02-30,715,${law},x`))).toThrow(/line 8: effective_date/);
    expect(() => parseWageTable(broken(7, `AK,2003-01-01,7.15,${law},x`))).toThrow(/line 8: hourly_rate_cents/);
    expect(() => parseWageTable(broken(7, `XX,2003-01-01,715,${law},x`))).toThrow(/line 8: unknown jurisdiction/);
    expect(() => parseWageTable(broken(7, `AK,1990-01-01,715,${law},x`))).toThrow(/line 8: rows for AK are not in increasing date order/);
    expect(() => parseWageTable(broken(7, 'AK,2003-01-01,715,x'))).toThrow(/not valid CSV/);
    expect(() => parseWageTable(broken(7, 'AK,2003-01-01,715,,x'))).toThrow(/line 8: citation is empty/);
    expect(() => parseWageTable(broken(7, 'AK,2003-01-01,715,Harbor wage table (data/minimum-wage-us.csv),x'))).toThrow(/line 8: citation must cite the law/);
    expect(() => parseWageTable(broken(5, 'US,2009-07-24,735,29 U.S.C. § 206(a)(1),x'))).toThrow(/federal \(US\) rows disagree/);
    expect(() => parseWageTable(broken(0, 'state,date,cents,citation,source'))).toThrow(/header/);
  });
});
