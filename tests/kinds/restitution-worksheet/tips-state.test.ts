// The tip-credit floor the worksheet states is the FLSA's, against the federal minimum wage; a
// state's minimum wage comes with the state's own rule on tips, and eight jurisdictions allow no
// tip credit at all (docs/domain/restitution-worksheet-pay.md, "Tips and pay by the piece";
// tips.ts). The page used to give the federal floor alone, even where F used California's rate.
import { describe, expect, it } from 'vitest';
import { view } from '../../../src/kinds/restitution-worksheet/view.js';
import { baseCase, parse, run } from './cases.js';

const FIVE_TENS = { monday: 10, tuesday: 10, wednesday: 10, thursday: 10, friday: 10 };
const period = (label: string, state: string, startDate: string, endDate: string) => ({ label, startDate, endDate, state, weeklySchedule: FIVE_TENS });

function tipText(data: Record<string, unknown>): string {
  const r = run(data);
  const v = view(parse(data), r.computed, r.warnings) as { assumptions: string[] };
  const tip = v.assumptions.find((a) => a.includes('No tip credit is taken'));
  if (!tip) throw new Error('no assumption on tips');
  return tip;
}

describe('the tip-credit floor names the state rule it assumes', () => {
  it('a California restaurant with state rates: California allows none, and F uses the state rate', () => {
    const t = tipText(baseCase({ settings: { minimumWage: 'higher-of-federal-and-state', liquidatedDamages: false }, laborPeriods: [period('Restaurant', 'CA', '2024-03-03', '2024-03-16')] }));
    expect(t).toContain('That floor is the FLSA’s, measured against the federal minimum wage; F here uses state minimum wages where higher');
    expect(t).toContain('California allows no tip credit at all: the full state minimum wage is owed before tips');
    expect(t).toContain('(U.S. Department of Labor, Wage and Hour Division, Minimum Wages for Tipped Employees, by State, tables of January 1, 2005 through January 1, 2025).');
    expect(t).not.toContain('do not reach');
    expect(t).not.toContain('sets its own');
  });

  it('Oregon and Washington at the federal rate alone: the federal floor is the one for F, and both states are named', () => {
    const t = tipText(baseCase({ settings: { liquidatedDamages: false }, laborPeriods: [period('Orchard', 'WA', '2024-03-03', '2024-03-09'), period('Cannery', 'OR', '2024-03-10', '2024-03-16')] }));
    expect(t).toContain('which is the rate F here uses; against a state minimum wage (the figure with state rates, 29 U.S.C. § 218(a))');
    expect(t).toContain('Washington and Oregon allow no tip credit at all');
  });

  it('a Texas nail salon and a Nevada casino: one state with its own credit, one with none', () => {
    const t = tipText(baseCase({ settings: { minimumWage: 'higher-of-federal-and-state', liquidatedDamages: false }, laborPeriods: [period('Nail salon', 'TX', '2024-03-03', '2024-03-09'), period('Casino', 'NV', '2024-03-10', '2024-03-16')] }));
    expect(t).toContain('Nevada allows no tip credit at all');
    expect(t).toContain('Texas sets its own maximum tip credit and minimum cash wage against the state rate, which may differ from the federal $5.12 and $2.13');
  });
});

// Template 2.20.0. The set of states allowing no tip credit is dated: the Wage and Hour Division's
// tables read run from January 1, 2005 to January 1, 2025 (tips.ts, NO_TIP_CREDIT_TABLES), and
// work outside them is named, not judged by today's list; a case that gives no state said "The
// case gives no state for its labor periods", words no filing uses.
describe('the tip-credit rule is dated, and a case without a state reads as a filing', () => {
  it('work before the first table read and after the last is named with the date the tables stop', () => {
    const t = tipText(baseCase({ settings: { liquidatedDamages: false }, laborPeriods: [period('Kitchen', 'CA', '2004-11-01', '2005-02-26'), period('Salon', 'TX', '2024-12-15', '2025-02-22')] }));
    expect(t).toContain('California allows no tip credit at all');
    expect(t).toContain('Texas sets its own maximum tip credit');
    expect(t).toContain('Those tables do not reach the work in California before January 1, 2005 and Texas after January 1, 2025: the state’s rule on tip credits for that time is not stated here.');
  });

  it('a period entirely before the tables is not put in either group', () => {
    const t = tipText(baseCase({ settings: { liquidatedDamages: false }, laborPeriods: [period('Kitchen', 'NV', '2003-03-02', '2003-03-15')] }));
    expect(t).not.toContain('allows no tip credit');
    expect(t).not.toContain('sets its own');
    expect(t).toContain('Those tables do not reach the work in Nevada before January 1, 2005');
  });

  it('no state given: the page says so in words a filing uses, and names no state rule', () => {
    const noState = { label: 'Restaurant', startDate: '2024-03-03', endDate: '2024-03-16', weeklySchedule: FIVE_TENS };
    const t = tipText(baseCase({ settings: { liquidatedDamages: false }, laborPeriods: [noState] }));
    expect(t).toContain('That floor is the FLSA’s, measured against the federal minimum wage, which is the rate F here uses; the place of the work is not given, so no state’s minimum wage, nor its rule on tip credits, is applied.');
    expect(t).not.toContain('The case gives');
    expect(t).not.toContain('(the figure with state rates');
  });

  it('one period without a state beside one with: the state is named, and the other period said to have none', () => {
    const noState = { label: 'Farm', startDate: '2024-03-17', endDate: '2024-03-23', weeklySchedule: FIVE_TENS };
    const t = tipText(baseCase({ settings: { liquidatedDamages: false }, laborPeriods: [period('Restaurant', 'OR', '2024-03-03', '2024-03-16'), noState] }));
    expect(t).toContain('Oregon allows no tip credit at all');
    expect(t).toContain('The place of the work of period 2 is not given: no state’s rule is applied to it.');
  });
});

