// The fourth practitioner review of the restitution worksheet, its figures checked by hand as
// opposing counsel would (review-d.test.ts holds the rest of the round): the rounding rule as
// printed, a gross with a fraction of a cent, and the workweeks two labor periods share.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromDay } from '../../../src/kinds/restitution-worksheet/dates.js';
import { grossText } from '../../../src/kinds/restitution-worksheet/view.js';
import { roundingPolicy } from '../../../src/kinds/restitution-worksheet/view-rules.js';
import { sharedWorkweeks } from '../../../src/kinds/restitution-worksheet/workweeks.js';
import { generate } from '../../../src/pipeline.js';
import { docxText, pdfText } from '../../support/extract.js';
import { EVERY_DAY, baseCase, parse, run } from './cases.js';

const K = 'restitution-worksheet';
const fixture = (name: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(`../../../fixtures/${K}/${name}.json`, import.meta.url), 'utf8'));

/** The worksheet's text in one format, whitespace squashed (line breaks fall anywhere). */
async function text(data: unknown, format: 'pdf' | 'docx'): Promise<string> {
  const g = await generate({ kind: K, input: data, format });
  return (format === 'pdf' ? pdfText(g.bytes) : docxText(g.bytes)).replace(/\s+/g, ' ');
}

// The printed rounding rule names each rounding the case's figures go through, and only those.
// By hand: 26 sessions a year × $180.37 × 2.5 years = $11,724.05 exactly; 12 months × $333.33 ×
// 1.75 years = $6,999.93; 10 sessions × $99.99 × 0.3333 years = $333.266… → $333.27 (rounded).
describe('the rounding rule as printed', () => {
  const basisLoss = (units: number, unit: string, rate: string, years: number) => ({ category: 'therapy', description: `${unit} plan`, projected: true, basis: { units, unit, rate, years } });

  it('names the rounding of a loss computed from its basis, which it left out (PDF and DOCX)', async () => {
    const raw = baseCase({ losses: [basisLoss(26, 'session', '180.37', 2.5), basisLoss(12, 'month', '333.33', 1.75), basisLoss(10, 'session', '99.99', 0.3333)] });
    expect(run(raw).computed!.losses.itemCents).toEqual([1172405, 699993, 33327]);
    for (const format of ['pdf', 'docx'] as const) {
      const t = await text(raw, format);
      expect(t, format).toContain('Rounding: all arithmetic is exact decimal arithmetic on cents. Each loss’s basis (units × rate × years) is rounded half-up to the cent once; every total is the exact sum of the rounded rows.');
      expect(t, format).toContain('10 sessions a year × $99.99 × 0.3333 years = $333.27');
      // No workweeks and no gross-income lines here: no word of roundings that never happened.
      expect(t, format).not.toContain('workweek’s wages owed are rounded');
      expect(t, format).not.toContain('gross-income line is rounded');
    }
  });

  it('with nothing to round, says the amounts are exact; with workweeks and G lines, names both', () => {
    const plain = parse(baseCase({ losses: [{ category: 'other', description: 'Documents', amount: '165.00', projected: false }] }));
    expect(roundingPolicy(plain)).toBe('Rounding: every amount is exact to the cent, and every total is the exact sum of its rows.');
    expect(roundingPolicy(parse(fixture('full')))).toContain('Each workweek’s wages owed are rounded half-up to the cent once; a weekly payment’s share of a partial first or last workweek (the weekly amount × days ÷ 7) is rounded half-up to the cent once; each gross-income line is rounded half-up to the cent once; each loss’s basis (units × rate × years) is rounded half-up to the cent once; every total is the exact sum of the rounded rows. Rates with fractions of a cent');
  });
});

// A G line is rounded once: the exact gross × the share. By hand: 3 days × 2.5 acts × $80.25 =
// $601.875; × 0.333 = $200.424375 → $200.42. Printed as "= $601.88", the gross gave a checker
// $601.88 × 0.333 = $200.426… → $200.43, a cent from the worksheet's amount.
describe('a gross-income line with a fraction of a cent', () => {
  const line = (extra: Record<string, unknown>) => baseCase({ grossIncome: [{ label: 'Acts sold', incomeFrom: 'commercial-sex-acts', days: 3, actsPerDay: 2.5, pricePerAct: '80.25', evidence: 'Exhibit 2', ...extra }] });

  it('prints its exact gross, from which the share’s amount is computed (PDF and DOCX)', async () => {
    const raw = line({ defendantShare: 0.333 });
    expect(run(raw).computed!.grossIncome.lines[0]).toMatchObject({ grossCents: 60188, cents: 20042 });
    for (const format of ['pdf', 'docx'] as const) {
      const t = await text(raw, format);
      expect(t, format).toContain('3 days × 2.5 acts a day × $80.25 = $601.875');
      expect(t, format).not.toContain('= $601.88');
      expect(t, format).toContain('$200.42');
    }
  });

  it('whole cents print as money, and a gross past six decimals of a dollar says it is rounded', () => {
    const c = parse(line({}));
    expect(grossText(c.grossIncome[0]!, 60188)).toBe('$601.875');
    const whole = parse(line({ actsPerDay: 2 }));
    expect(grossText(whole.grossIncome[0]!, 48150)).toBe('$481.50');
    // 1 day × 0.3333333 acts × $0.01 = $0.003333333: shown "about $0.003333".
    const tiny = parse(line({ days: 1, actsPerDay: 0.3333333, pricePerAct: '0.01' }));
    expect(grossText(tiny.grossIncome[0]!, 0)).toBe('about $0.003333');
  });
});

describe('sharedWorkweeks', () => {
  it('finds a workweek where the first and third periods were worked around an idle second one', () => {
    const p = (startDate: string, endDate: string, hours: number) => ({ startDate, endDate, exemption: 'none', weeklySchedule: EVERY_DAY(hours) });
    // Week of Sunday, March 4, 2012: Sun–Mon worked, Tue idle (its own period), Wed–Sat worked.
    const c = parse(baseCase({ laborPeriods: [p('2012-02-26', '2012-03-05', 8), p('2012-03-06', '2012-03-06', 0), p('2012-03-07', '2012-03-20', 8)] }));
    expect(sharedWorkweeks(c.laborPeriods, 'sunday').map(fromDay)).toEqual(['2012-03-04']);
    expect(sharedWorkweeks(c.laborPeriods, 'monday').map(fromDay)).toEqual(['2012-03-05']);
    // Workweeks from Wednesday: the week of February 29 holds period 1's worked days and the idle Tuesday only.
    expect(sharedWorkweeks(c.laborPeriods, 'wednesday')).toEqual([]);
  });

  it('reads a day’s hours as the workweeks do: a daily log of 0 hours replaces the schedule, so that day is not worked', () => {
    const p = (startDate: string, endDate: string, days: Array<{ date: string; hours: number }> = []) => ({ startDate, endDate, exemption: 'none', weeklySchedule: EVERY_DAY(8), days });
    // Week of Sunday, March 4, 2012: period 1 ends Monday the 5th, period 2 starts Wednesday the 7th.
    const worked = parse(baseCase({ laborPeriods: [p('2012-02-26', '2012-03-05'), p('2012-03-07', '2012-03-20')] }));
    expect(sharedWorkweeks(worked.laborPeriods, 'sunday').map(fromDay)).toEqual(['2012-03-04']);
    // Period 1's Sunday and Monday logged at 0 hours: it was not worked in that week, though its schedule says 8.
    const idleCase = baseCase({ laborPeriods: [p('2012-02-26', '2012-03-05', [{ date: '2012-03-04', hours: 0 }, { date: '2012-03-05', hours: 0 }]), p('2012-03-07', '2012-03-20')] });
    expect(sharedWorkweeks(parse(idleCase).laborPeriods, 'sunday')).toEqual([]);
    // The workweek row agrees: that week holds only period 2's hours (Wednesday to Saturday, 4 days × 8).
    expect(run(idleCase).computed.weeks.find((w) => w.weekStart === '2012-03-04')!.hours).toBe(32);
  });
});
