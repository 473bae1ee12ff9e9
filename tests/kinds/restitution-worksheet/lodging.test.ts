// Lodging or meals a defendant provided (laborPeriods[].lodgingOrMeals; lodging.ts): never
// credited against the wages owed (29 U.S.C. § 203(m)(1); 29 C.F.R. §§ 531.3, 531.30), a decision
// the worksheet stated only among its general rules. The period's line now says why where the
// defence would claim the credit, and F is the same with or without it (no credit is computed).
import { describe, expect, it } from 'vitest';
import { view } from '../../../src/kinds/restitution-worksheet/view.js';
import { generate } from '../../../src/pipeline.js';
import { docxText, pdfText } from '../../support/extract.js';
import { baseCase, issuesOf, parse, run, WEEKDAYS_ONLY } from './cases.js';

const flat = (s: string) => s.replace(/\s+/g, ' ');
// A live-in kitchen job, Monday to Friday 10 hours for four weeks of January 2024, $100.00 a week.
const kitchen = (extra: Record<string, unknown> = {}, defendants = ['Rowan Tessaly']) =>
  baseCase({
    defendants,
    laborPeriods: [{ startDate: '2024-01-07', endDate: '2024-02-03', weeklySchedule: WEEKDAYS_ONLY(10), wagesPaid: { perWeek: '100' }, ...extra }],
  });
const lodgingLine = (raw: Record<string, unknown>) => {
  const r = run(raw);
  return (view(parse(raw), r.computed, r.warnings) as { periods: { lodging: string | null }[] }).periods[0]!.lodging;
};

describe('lodging or meals provided', () => {
  it('the period says in one sentence why no credit is taken, and F does not move', async () => {
    const raw = kitchen({ lodgingOrMeals: 'lodging-and-meals' });
    expect(lodgingLine(raw)).toBe(
      'Lodging and meals provided by the defendant are not credited against the wages owed: an employer may count the reasonable cost of board or lodging as wages (29 U.S.C. § 203(m)(1)) only for what the employee accepted voluntarily and without coercion (29 C.F.R. § 531.30), and at no more than its actual cost (29 C.F.R. § 531.3(a)) shown by the employer’s records (29 C.F.R. § 516.27); the employer who claims the credit must prove it (Donovan v. New Floridian Hotel, Inc., 676 F.2d 468 (11th Cir. 1982), affirming the denial of credits for meals and lodging).',
    );
    // Four workweeks of 50 hours: $398.75 owed, $100.00 paid, $298.75 unpaid each: the same with and without.
    expect(run(raw).computed.flsa).toEqual(run(kitchen()).computed.flsa);
    expect(run(raw).computed.weeks.map((w) => w.unpaidCents)).toEqual([29875, 29875, 29875, 29875]);
    for (const format of ['pdf', 'docx'] as const) {
      const out = await generate({ kind: 'restitution-worksheet', input: raw, format });
      const t = flat(format === 'pdf' ? pdfText(out.bytes) : docxText(out.bytes));
      expect(t).toContain('Lodging and meals provided by the defendant are not credited against the wages owed');
    }
  });

  it('names what was provided, and “a defendant” when there are several', () => {
    expect(lodgingLine(kitchen({ lodgingOrMeals: 'lodging' }))).toMatch(/^Lodging provided by the defendant is not credited/);
    expect(lodgingLine(kitchen({ lodgingOrMeals: 'meals' }, ['Rowan Tessaly', 'Ilse Varga']))).toMatch(/^Meals provided by a defendant are not credited/);
  });

  it('nothing is said where the case records none, and another value is refused at the field', () => {
    expect(lodgingLine(kitchen())).toBeNull();
    expect(issuesOf(kitchen({ lodgingOrMeals: 'board' })).map((i) => i.path)).toEqual(['laborPeriods.0.lodgingOrMeals']);
  });
});
