// Round r60, a clinic's attorney and opposing counsel reading the worksheet (worksheet 2.25.0;
// docs/domain/restitution-worksheet-age.md, "§ 213(c) read in the U.S. Code"): the § 213(c)(4)
// waiver for a child of 10 or 11 is said with the conditions § 213(c)(4)(B) puts on any waiver
// granted (a daily commute from a permanent residence, eight weeks between June 1 and October 15);
// the federal rates printed under the figure without state minimum wages stay with that figure's
// table at a page break, in the PDF and in the DOCX as LibreOffice prints it (src/model/keeps.ts
// TABLE_NOTES_SHARE).
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/pipeline.js';
import { view } from '../../../src/kinds/restitution-worksheet/view.js';
import { pdfText } from '../../support/extract.js';
import { libreOfficePdfs, loTimeout } from '../../render/docx/support.js';
import { baseCase, parse, run, WEEKDAYS_ONLY } from './cases.js';
import { issuesOf } from './cases.js';

type Page = { rules: string[]; assumptions: string[] };
const page = (raw: Record<string, unknown>) => {
  const r = run(raw);
  return view(parse(raw), r.computed, r.warnings) as unknown as Page;
};

describe('§ 213(c)(4) as the U.S. Code says it: the waiver’s own conditions (worked example 41)', () => {
  // The onion farm of worked examples 36 and 38: Texas, June 2 to 15, 2024, § 213(b)(12), Monday
  // to Saturday 10 hours; born January 1, 2013, the victim was 11. F = $870.00 at every age.
  const farm = { label: 'Onion farm', startDate: '2024-06-02', endDate: '2024-06-15', state: 'TX', exemption: 'agriculture-213b12', weeklySchedule: { ...WEEKDAYS_ONLY(10), saturday: 10 } };
  const raw = baseCase({
    victim: { identifier: 'K.M.', minor: true, minorDuringOffense: true, dateOfBirth: '2013-01-01', payee: { name: 'Lena Whitcombe', role: 'legal-guardian' } },
    settings: { liquidatedDamages: false },
    laborPeriods: [farm],
  });

  it('under 12: a hand-harvest laborer paid by the piece, commuting daily from a permanent residence, eight weeks between June 1 and October 15', () => {
    const a = page(raw).assumptions.find((x) => x.includes('§ 213(c)')) ?? '';
    expect(a).toContain(
      'or at 10 or 11 under a waiver granted by the Secretary of Labor, only as a hand-harvest laborer in an operation customarily paid by the piece, commuting daily from a permanent residence to the farm, for not more than eight weeks between June 1 and October 15 of a calendar year (§ 213(c)(4)(A), (B)); and no work in an occupation declared particularly hazardous',
    );
    expect(a).not.toContain('eight weeks in a calendar year under a waiver');
    expect(run(raw).computed.flsa.totalCents).toBe(87000);
  });
});

// The figure without state minimum wages near a page foot (worked example 42). Florida with state rates where higher,
// three labor periods of two weeks, Monday to Saturday 10 hours, each across a federal raise
// (July 24 of 2007, 2008 and 2009: 29 U.S.C. § 206(a)(1)): the federal rates of the labor's days
// take three lines and the three workweeks of two federal rates six, so the `keep` of that figure
// (its lead-in, its table, the rates and the weeks) is taller than a third of a page and breaks
// where the other rules allow. A longer description of the first period moves it down the page.
const SENTENCE = 'She cleaned the rooms and the kitchen of the house from six in the morning until late at night.';
const SIX = { ...WEEKDAYS_ONLY(10), saturday: 10 };
function threeRaises(lines: number): Record<string, unknown> {
  return baseCase({
    victim: { identifier: 'K.M.', minor: false, minorDuringOffense: true },
    settings: { minimumWage: 'higher-of-federal-and-state', liquidatedDamages: false },
    laborPeriods: [
      { label: 'Kitchen 2007', startDate: '2007-07-15', endDate: '2007-07-28', state: 'FL', weeklySchedule: SIX, description: Array.from({ length: lines }, () => SENTENCE).join(' ') },
      { label: 'Kitchen 2008', startDate: '2008-07-20', endDate: '2008-08-02', state: 'FL', weeklySchedule: SIX },
      { label: 'Kitchen 2009', startDate: '2009-07-19', endDate: '2009-08-01', state: 'FL', weeklySchedule: SIX },
    ],
  });
}

/** The page (1-based, 0 if none) of each part of the figure without state rates. */
function placed(pdf: Uint8Array): { table: number; rates: number; first: number; last: number } {
  const pages = pdfText(pdf).split('\f');
  const at = (re: RegExp) => pages.findIndex((p) => re.test(p)) + 1;
  return {
    table: at(/F at the federal rate \(the alternative\)/),
    rates: at(/The federal minimum wage on the days of the labor/),
    first: at(/July 22, 2007: \$5\.15 for 10 hours/),
    last: at(/July 19, 2009: \$6\.55 for 40 hours/),
  };
}

// Description lengths from the figure's foot on page 5 to the top of page 6: with the old layout
// the last weeks (41–46), all three (47–51) and the rates too (52) went to page 6 without the table.
const SWEEP = [38, 41, 44, 47, 50, 52];
const DOCX_SWEEP = [38, 43, 48, 52];

describe('the federal rates stay with the figure without state rates at a page break', () => {
  it('the case: three federal weeks of two rates, the rates from $5.15 to $7.25', () => {
    const r = run(threeRaises(0));
    const v = view(parse(threeRaises(0)), r.computed, r.warnings) as unknown as { federalOnly: { rates: string; rateLines: string[] } };
    expect(v.federalOnly.rates).toBe(
      'The federal minimum wage on the days of the labor: $5.15 an hour to July 23, 2007, $5.85 an hour from July 24, 2007, $6.55 an hour from July 24, 2008 and $7.25 an hour from July 24, 2009 (29 U.S.C. § 206(a)(1)).',
    );
    expect(v.federalOnly.rateLines).toHaveLength(3);
  });

  it('in the PDF: the table, the rates and every week on one page', async () => {
    const pagesSeen = new Set<number>();
    for (const lines of SWEEP) {
      const { bytes } = await generate({ kind: 'restitution-worksheet', input: threeRaises(lines), format: 'pdf' });
      const p = placed(bytes);
      expect(p.table, `lines=${lines}`).toBeGreaterThan(0);
      expect(p, `lines=${lines}`).toEqual({ table: p.table, rates: p.table, first: p.table, last: p.table });
      pagesSeen.add(p.table);
    }
    expect([...pagesSeen].sort()).toEqual([5, 6]); // the sweep did cross the page foot
  });

  it(
    'in the DOCX as LibreOffice prints it: the same',
    async () => {
      const docxs: Uint8Array[] = [];
      for (const lines of DOCX_SWEEP) docxs.push((await generate({ kind: 'restitution-worksheet', input: threeRaises(lines), format: 'docx' })).bytes);
      const pdfs = libreOfficePdfs(docxs);
      const pagesSeen = new Set<number>();
      pdfs.forEach((pdf, i) => {
        const p = placed(pdf);
        expect(p.table, `lines=${DOCX_SWEEP[i]}`).toBeGreaterThan(0);
        expect(p, `lines=${DOCX_SWEEP[i]}`).toEqual({ table: p.table, rates: p.table, first: p.table, last: p.table });
        pagesSeen.add(p.table);
      });
      expect(pagesSeen.size).toBe(2);
    },
    loTimeout(DOCX_SWEEP.length),
  );
});

// A loss of $0.00 (a forgotten amount, a basis of 0 units) printed as a line claiming nothing, with
// no word to the preparer: the court reads it as no loss of that kind, where a cost not yet known
// belongs among the losses not yet known (18 U.S.C. § 3664(d)(5)). Worked example 43: a clinic
// visit of $1,234.56, bus fare home $0.00 and a phone card of $0.01: L = $1,234.57, the $0.00 line
// printed and warned, the cent line not.
describe('a loss of $0.00 is printed and warned; cents are kept', () => {
  const raw = baseCase({
    losses: [
      { category: 'medical', description: 'Clinic visit', amount: '1,234.56', projected: false },
      { category: 'other', description: 'Bus fare home', amount: '0.00', projected: false },
      { category: 'other', description: 'Phone card', amount: '0.01', projected: false },
      { category: 'medical', description: 'Therapy', projected: true, basis: { units: 0, unit: 'session', rate: '180.00', years: 2 } },
    ],
  });

  it('L to the cent; one warning at each $0.00 line (its amount, or its basis), none at the cent', async () => {
    expect(issuesOf(raw)).toEqual([]);
    const r = run(raw);
    expect(r.computed.losses.totalCents).toBe(123457);
    const zero = r.warnings.filter((w) => w.code === 'loss-zero');
    expect(zero.map((w) => w.path)).toEqual(['losses.1.amount', 'losses.3.basis']);
    expect(zero[0]!.message).toContain('list it under losses not yet known (18 U.S.C. § 3664(d)(5))');
    const { bytes } = await generate({ kind: 'restitution-worksheet', input: raw, format: 'pdf' });
    const text = pdfText(bytes).replace(/\s+/g, ' ');
    expect(text).toContain('Bus fare home past $0.00');
    expect(text).toContain('L, all losses $1,234.57');
  });
});
