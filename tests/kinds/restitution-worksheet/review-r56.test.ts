// Round r56, a clinic's attorney and opposing counsel reading the worksheet (worksheet 2.21.0;
// docs/domain/restitution-worksheet-examples.md, worked example 33): the rule on G states all four
// forms of a line; the sentence on a state's own tip credit gives the federal credit of the days
// worked (29 U.S.C. § 203(m)(2)(A)); an additional minimum wage is said as a filing says it.
import { describe, expect, it } from 'vitest';
import { view } from '../../../src/kinds/restitution-worksheet/view.js';
import { baseCase, issuesOf, parse, run, WEEKDAYS_ONLY } from './cases.js';

type Page = { rules: string[]; assumptions: string[] };
const page = (raw: Record<string, unknown>) => {
  const r = run(raw);
  return view(parse(raw), r.computed, r.warnings) as unknown as Page;
};

describe('the rule on G names every form a line may take', () => {
  it('a worksheet whose G lines are an amount and acts still states the monthly form', () => {
    const raw = baseCase({
      grossIncome: [
        { label: 'Billed for the labor', incomeFrom: 'labor', amount: '1200', evidence: 'Invoices (Exhibit 2)' },
        { label: 'Acts sold', incomeFrom: 'commercial-sex-acts', days: 15, actsPerDay: 6, pricePerAct: '80', evidence: 'Ledger (Exhibit 3)' },
      ],
    });
    const rule = page(raw).rules.find((r) => r.startsWith('Gross income or value to the defendant'))!;
    // The four forms of rules.ts's incomplete-line, in its order.
    expect(rule).toContain(
      'each line is days × acts per day × price per act, days × daily earnings, monthly earnings × the months covered (a month partly covered counting its days covered ÷ its days), or an amount,',
    );
    // With no labor the rule on G is the third (after § 1593(b)(1) and (b)(3)).
    expect(page(raw).rules[2]).toBe(rule);
  });
});

describe('a state’s own tip credit beside the federal credit of the days worked', () => {
  // A Florida kitchen (a state setting its own credit in the tables read), federal rate alone.
  const kitchen = (startDate: string, endDate: string) =>
    baseCase({ settings: { liquidatedDamages: false }, laborPeriods: [{ label: 'Kitchen', state: 'FL', startDate, endDate, weeklySchedule: WEEKDAYS_ONLY(10) }] });
  const tips = (raw: Record<string, unknown>) => page(raw).assumptions.find((a) => a.includes('No tip credit is taken'))!;

  it('work of 2008–2009 before July 24, 2009: the federal credit then, $6.55 − $2.13 = $4.42, not $5.12', () => {
    const t = tips(kitchen('2009-03-01', '2009-03-28'));
    expect(t).toContain('Florida sets its own maximum tip credit and minimum cash wage against the state rate, which may differ from the federal $4.42 and $2.13');
    expect(t).not.toContain('$5.12');
  });

  it('work across July 24, 2009: each federal credit with the rate it belongs to', () => {
    const t = tips(kitchen('2009-07-05', '2009-08-01'));
    expect(t).toContain('which may differ from the federal credit ($4.42 at $6.55 and $5.12 at $7.25) and the federal $2.13');
  });

  it('work since July 24, 2009 reads as before', () => {
    expect(tips(kitchen('2024-03-03', '2024-03-16'))).toContain('which may differ from the federal $5.12 and $2.13');
  });
});

describe('an additional minimum wage said as a filing says it', () => {
  const raw = baseCase({
    settings: { liquidatedDamages: false, customRates: [{ effectiveDate: '2024-01-01', hourlyRate: '15.00', label: 'Fictional City Ordinance No. 2023-4' }] },
    laborPeriods: [{ label: 'Kitchen', state: 'TX', startDate: '2024-03-03', endDate: '2024-03-09', weeklySchedule: WEEKDAYS_ONLY(8) }],
  });

  it('the assumption, the rule and the rate rows never speak of “the case’s own” rate', async () => {
    const p = page(raw);
    const a = p.assumptions.find((x) => x.includes('Fictional City Ordinance'))!;
    expect(a).toBe(
      'An additional minimum wage is applied, from its effective date, on the days where it is higher than the federal minimum wage: $15.00 an hour from January 1, 2024 (Fictional City Ordinance No. 2023-4). It is applied to the work of every labor period, wherever it was done.',
    );
    expect(p.rules.join(' ')).toContain('or the additional minimum wage listed among the assumptions, from its effective date, where that is higher.');
    const text = JSON.stringify(p);
    expect(text).not.toMatch(/case’s own|custom rate/);
    // 5 days × 8 hours × $15.00 = $600.00: the ordinance's rate, not $7.25.
    expect(run(raw).computed.flsa.totalCents).toBe(60000);
  });

  it('the tip paragraph does not call the federal minimum wage F’s rate when the ordinance’s was', () => {
    const tips = (r: Record<string, unknown>) => page(r).assumptions.find((a) => a.includes('No tip credit is taken'))!;
    const t = tips(raw);
    expect(t).not.toContain('which is the rate F here uses');
    expect(t).toContain(
      'That floor is the FLSA’s, measured against the federal minimum wage; against a state minimum wage (the figure with state rates, 29 U.S.C. § 218(a)) the state’s law decides whether a tip credit may be taken and how much. F here uses the additional minimum wage listed above on the days where it is higher; against it, the law that sets it decides whether a tip credit may be taken and how much.',
    );
    // An additional rate never higher on a day worked ($7.00 against $7.25): F is the federal rate's.
    const lower = baseCase({ ...raw, settings: { liquidatedDamages: false, customRates: [{ effectiveDate: '2024-01-01', hourlyRate: '7.00' }] } });
    expect(tips(lower)).toContain('measured against the federal minimum wage, which is the rate F here uses;');
    expect(tips(lower)).not.toContain('F here uses the additional minimum wage');
  });
});

describe('the child’s farm-work sentence is said with § 213(b)(12) alone (README, decided in r56)', () => {
  const farm = (exemption: string) =>
    baseCase({ settings: { liquidatedDamages: false }, laborPeriods: [{ label: 'Onion farm', state: 'TX', startDate: '2024-06-02', endDate: '2024-06-15', exemption, weeklySchedule: WEEKDAYS_ONLY(10) }] });
  const ageText = (raw: Record<string, unknown>) => page(raw).assumptions.find((a) => a.startsWith('The victim was under 18 during the labor'))!;

  it('the other farm exemption a case can give, § 213(a)(6), is refused: no page ever carries it', () => {
    expect(issuesOf(farm('agriculture-213a6')).map((i) => [i.path, i.code])).toEqual([['laborPeriods.0.exemption', 'exemption-not-computed']]);
  });

  it('with § 213(b)(12) the sentence is said; with none (the exemption contested) or live-in service it is not', () => {
    expect(ageText(farm('agriculture-213b12'))).toContain('Farm work does not change this');
    expect(ageText(farm('none'))).not.toContain('Farm work');
    expect(ageText(farm('live-in-domestic'))).not.toContain('Farm work');
  });
});

describe('the rule on exemptions names those the case’s periods carry', () => {
  const period = (exemption: string, startDate: string, endDate: string) => ({ label: exemption, state: 'TX', startDate, endDate, exemption, weeklySchedule: WEEKDAYS_ONLY(10) });
  const rule = (...periods: unknown[]) => page(baseCase({ settings: { liquidatedDamages: false }, laborPeriods: periods })).rules.find((r) => r.startsWith('Exemption'));

  it('an orchard alone: agriculture and § 213(a)(6), no live-in domestic service', () => {
    expect(rule(period('agriculture-213b12', '2024-06-02', '2024-06-15'))).toBe(
      'Exemption: agriculture under 29 U.S.C. § 213(b)(12) removes overtime only; the minimum wage is still due. (29 U.S.C. § 213(a)(6), which removes the minimum wage as well for some farm work, is not applied on this worksheet.) A workweek keeps an exemption only if every hour in it was worked in an exempt period (29 C.F.R. § 780.11).',
    );
  });

  it('a live-in worker alone: no farm rule; both: both, as before', () => {
    expect(rule(period('live-in-domestic', '2024-06-02', '2024-06-15'))).toBe(
      'Exemption: live-in domestic service (29 U.S.C. § 213(b)(21)) removes overtime only; the minimum wage is still due. A workweek keeps an exemption only if every hour in it was worked in an exempt period (29 C.F.R. § 780.11).',
    );
    expect(rule(period('live-in-domestic', '2024-06-02', '2024-06-08'), period('agriculture-213b12', '2024-06-09', '2024-06-15'))).toMatch(
      /^Exemptions: live-in domestic service \(29 U\.S\.C\. § 213\(b\)\(21\)\) and agriculture under 29 U\.S\.C\. § 213\(b\)\(12\) remove overtime only; the minimum wage is still due\. \(29 U\.S\.C\. § 213\(a\)\(6\)/,
    );
    expect(rule(period('none', '2024-06-02', '2024-06-15'))).toBeUndefined();
  });
});

describe('the state setting said as a filing states its method', () => {
  it('no state rate higher, and a state rate higher that changes nothing: neither speaks of a “setting … on”', () => {
    // Texas at $7.25 (no state rate above the federal) with the state setting on.
    const none = baseCase({ settings: { liquidatedDamages: false, minimumWage: 'higher-of-federal-and-state' }, laborPeriods: [{ label: 'Kitchen', state: 'TX', startDate: '2024-03-03', endDate: '2024-03-09', weeklySchedule: WEEKDAYS_ONLY(8) }] });
    expect(page(none).assumptions[0]).toBe(
      'F was computed with the minimum wage of the state where the work was done wherever it is higher, but no state minimum wage was higher than the federal minimum wage on any day worked, so no state rate was used and F is the same without state rates.',
    );
    // Florida ($12.00 in March 2024) higher, but $1,000.00 paid covers 40 hours either way.
    const paid = baseCase({
      settings: { liquidatedDamages: false, minimumWage: 'higher-of-federal-and-state' },
      laborPeriods: [{ label: 'Kitchen', state: 'FL', startDate: '2024-03-03', endDate: '2024-03-09', weeklySchedule: WEEKDAYS_ONLY(8), wagesPaid: { payments: [{ date: '2024-03-09', amount: '1000' }] } }],
    });
    expect(page(paid).assumptions[0]).toMatch(/^F was computed with the minimum wage of the state where the work was done wherever it is higher, and a state minimum wage was higher on days worked, but F is the same, \$0\.00, at the federal minimum wage alone/);
    expect(JSON.stringify([page(none), page(paid)])).not.toMatch(/setting to use state/);
  });
});
