// Two labor periods in one workweek (two defendants, two establishments) are totaled (29 C.F.R.
// § 778.103), and the assumptions say what the court may find instead (view-assumptions.ts,
// sharedWorkweeksText; docs/domain/restitution-worksheet-examples.md, worked example 20). The
// sentence said the separate-employers reading "lowers F" in every such week; with one job's pay
// above its own hours' wages it raises F, so it now says only what the case shows.
import { describe, expect, it } from 'vitest';
import { assumptions } from '../../../src/kinds/restitution-worksheet/view-assumptions.js';
import { baseCase, parse, run } from './cases.js';

// Week of Sunday March 3, 2024: the restaurant Monday to Wednesday, 10 hours a day (30 h), the
// house Thursday to Saturday, 10 hours a day (30 h); 60 hours in all at $7.25.
const restaurant = (payments: unknown[]) => ({ label: 'Restaurant', startDate: '2024-03-04', endDate: '2024-03-06', weeklySchedule: { monday: 10, tuesday: 10, wednesday: 10 }, wagesPaid: { payments } });
const house = { label: 'House', startDate: '2024-03-07', endDate: '2024-03-09', weeklySchedule: { thursday: 10, friday: 10, saturday: 10 } };
const said = (raw: unknown) => assumptions(parse(raw), run(raw).computed).filter((a) => a.includes('more than one labor period'));
const F = (periods: unknown[]) => run(baseCase({ laborPeriods: periods })).computed.flsa.totalCents;

describe('hours of two periods in one workweek, read as separate employers', () => {
  it('with one job paid above its own hours’ wages, F may be higher: said so, not "lowers F"', () => {
    const periods = [restaurant([{ date: '2024-03-06', amount: '300.00' }]), house];
    // Totaled: 60 × $7.25 + 20 × $3.625 = $507.50 owed, $300.00 paid, $207.50 unpaid, F $415.00
    // with liquidated damages. Each alone: the restaurant owes 30 × $7.25 = $217.50 and paid
    // $300.00 (nothing unpaid), the house $217.50 unpaid: F $435.00, higher.
    expect(F(periods)).toBe(41500);
    expect(F([periods[0]]) + F([house])).toBe(43500);
    const [text] = said(baseCase({ laborPeriods: periods }));
    expect(text).not.toContain('which lowers F');
    expect(text).toContain(
      'each employer owes overtime in that workweek only on its own hours over 40, fewer overtime hours than on the total (none where no employer’s own hours pass 40), and only its own pay is credited against its own hours, so that one job’s pay no longer covers the other’s shortfall: F may then be lower (less overtime) or higher (a job that paid more than its own hours were owed covering nothing of the other’s). That reading is not computed here, as the worksheet does not state who employed the victim in each period.',
    );
  });

  it('with no wages credited in the week, F is lower, and said to be', () => {
    const periods = [restaurant([]), house];
    // Totaled $507.50 owed, F $1,015.00; each alone $217.50, F $435.00 + $435.00 = $870.00.
    expect(F(periods)).toBe(101500);
    expect(F([periods[0]]) + F([house])).toBe(87000);
    const [text] = said(baseCase({ laborPeriods: periods }));
    expect(text).toContain('(none where no employer’s own hours pass 40): F is then lower, as no wages were credited in that workweek. That reading is not computed here');
  });
});
