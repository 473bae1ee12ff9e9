// The seventh practitioner review of the restitution worksheet, read as a judge and as opposing
// counsel would, on cases earlier rounds did not try (tipped work, live-in domestic work, farm
// work, wages handed back, a rate change on January 1 inside a workweek, two jobs in one week,
// work in the territories). Each test holds one finding to its fix.
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/pipeline.js';
import { pdfText, pdfWords, docxText, type PdfWord } from '../../support/extract.js';
import { baseCase, issuesOf, run, WEEKDAYS_ONLY } from './cases.js';

const K = 'restitution-worksheet';

/** The document's text in one line, without the running header and footer of each page. */
async function text(input: unknown, format: 'pdf' | 'docx'): Promise<string> {
  const g = await generate({ kind: K, input, format });
  return (format === 'pdf' ? pdfText(g.bytes) : docxText(g.bytes))
    .replace(/\s+/g, ' ')
    .replace(/ ?Page \d+ of \d+ CONFIDENTIAL — .*? Restitution worksheet · prepared [A-Z][a-z]+ \d+, \d{4}/g, '');
}

/**
 * The amount printed on the line of a one-line label in a two-column table of the PDF: the label's
 * words found in order on one line, then the nearest word to the right of its last word on that
 * line (the same page, baselines within a point). Null if the label is not on one line, or nothing
 * is to its right.
 */
function amountBeside(words: readonly PdfWord[], label: string): string | null {
  const want = label.split(' ');
  for (let i = 0; i + want.length <= words.length; i++) {
    const run = words.slice(i, i + want.length);
    if (!run.every((w, k) => w.text === want[k] && w.page === run[0]!.page && Math.abs(w.yMax - run[0]!.yMax) < 1)) continue;
    const last = run[run.length - 1]!;
    const right = words.filter((w) => w.page === last.page && Math.abs(w.yMax - last.yMax) < 1 && w.xMin > last.xMax).sort((a, b) => a.xMin - b.xMin);
    return right[0]?.text ?? null;
  }
  return null;
}

describe('liquidated damages off: the credits box claims none', () => {
  // One week of 50 hours in March 2024, nothing paid: owed 50 × $7.25 + 10 × $3.625 = $398.75.
  const off = baseCase({
    settings: { liquidatedDamages: false, minimumWage: 'higher-of-federal-and-state' },
    laborPeriods: [{ startDate: '2024-03-03', endDate: '2024-03-09', state: 'FL', weeklySchedule: WEEKDAYS_ONLY(10) }],
  });

  it('docx: $0.00 beside "not requested", and F with them labelled as not requested, each row in its order', async () => {
    // Florida, March 2024: $12.00 an hour; 50 × $12.00 + 10 × $6.00 = $660.00 owed and unpaid.
    const t = await text(off, 'docx');
    expect(t).toContain('Liquidated damages (29 U.S.C. § 216(b)): not requested $0.00 F without liquidated damages $660.00');
    expect(t).toContain('F if liquidated damages were claimed (not requested) $1,320.00 F used in the comparison $660.00');
    expect(t).toContain('F if liquidated damages were claimed (not requested), federal rate $797.50');
    expect(t).not.toContain('not included $660.00');
    expect(t).not.toMatch(/equal to the unpaid amount \(29 U\.S\.C\. § 216\(b\)\)[^$]*\$660\.00/);
    expect(run(off).computed.flsa.totalCents).toBe(66000);
  });

  it('pdf: each amount on the line of its own label, read from the page', async () => {
    // poppler's pdftotext orders a two-column table by Breuel's rules on blocks widened to the
    // blocks below them, so whether a short label is read before the amount of the row above
    // turns on what else the page holds (docs/rendering.md says why, under its point that text
    // is real text): its text order proves nothing of the page. The words' boxes do: each amount
    // is the first word right of its label, on the label's line.
    const g = await generate({ kind: K, input: off, format: 'pdf' });
    const words = pdfWords(g.bytes);
    const t = pdfText(g.bytes).replace(/\s+/g, ' ');
    for (const [label, amount] of [
      ['Minimum wage and overtime owed', '$660.00'],
      ['Wages paid (as credited, week by week)', '$0.00'],
      ['Liquidated damages (29 U.S.C. § 216(b)): not requested', '$0.00'],
      ['F without liquidated damages', '$660.00'],
      ['F if liquidated damages were claimed (not requested)', '$1,320.00'],
      ['F used in the comparison', '$660.00'],
      ['F if liquidated damages were claimed (not requested), federal rate', '$797.50'],
    ] as const) {
      expect(t).toContain(label);
      expect(amountBeside(words, label)).toBe(amount);
    }
    expect(t).not.toContain('not included $660.00');
  });

  it('on, the rows are as before: the amount claimed and F with it', async () => {
    const t = await text({ ...off, settings: { minimumWage: 'higher-of-federal-and-state' } }, 'pdf');
    expect(t).toContain('Liquidated damages, equal to the unpaid amount (29 U.S.C. § 216(b)) $660.00');
    expect(t).toMatch(/F with liquidated damages (F used in the comparison )?\$1,320\.00/);
  });
});

describe('work in a U.S. territory (29 U.S.C. § 206(a)(3); Pub. L. No. 110-28, § 8103)', () => {
  const at = (state: string) => baseCase({ laborPeriods: [{ startDate: '2017-03-05', endDate: '2017-03-11', state, weeklySchedule: WEEKDAYS_ONLY(10) }] });
  const message = (state: string) => {
    const issues = issuesOf(at(state));
    expect(issues).toEqual([expect.objectContaining({ path: 'laborPeriods.0.state', code: 'unknown-state' })]);
    return issues[0]!.message;
  };

  it('American Samoa is refused saying why (industry rates below $7.25, no table) and what to do, never to leave the state out', () => {
    const m = message('as');
    expect(m).toContain('American Samoa is not computed: the FLSA minimum wage there is not the federal $7.25 but the rate of the employer’s industry');
    expect(m).toContain('most of them still below $7.25');
    expect(m).toContain('29 U.S.C. § 206(a)(3)');
    expect(m).toContain('Pub. L. No. 114-61');
    expect(m).toContain('Do not leave the state out or give a custom rate: either values the hours at $7.25 or more');
  });

  // Guam and the U.S. Virgin Islands are accepted: guam-virgin-islands.test.ts; the Northern
  // Mariana Islands from September 30, 2018: northern-mariana-islands.test.ts.

  it('any other code keeps the general message', () => {
    expect(message('ZZ')).toBe('must be the two-letter USPS code of a state, DC, PR, GU, VI or MP (e.g. TX)');
  });
});

describe('a workweek split by a rate change on January 1 (29 C.F.R. § 778.115)', () => {
  // Florida, 10 hours every day, Sunday December 29, 2019 to Saturday January 4, 2020: Florida's
  // minimum wage was $8.46 in 2019 and $8.56 from January 1, 2020 (Fla. Const. art. X, § 24).
  // By hand: 3 days × 10 h = 30 h at $8.46 = $253.80; 4 days × 10 h = 40 h at $8.56 = $342.40;
  // straight time $596.20 for 70 h; regular rate $596.20 ÷ 70 = $8.517142857…; overtime premium
  // 30 h × ½ × $8.517142857… = $127.757142…; owed $723.957142… → $723.96. Paid $100.00 on
  // December 31 and $50.00 on January 1, both in that workweek: unpaid $573.96.
  const yearEnd = baseCase({
    victim: { identifier: 'K.M.', minor: false },
    settings: { minimumWage: 'higher-of-federal-and-state', liquidatedDamages: false },
    laborPeriods: [
      {
        startDate: '2019-12-29',
        endDate: '2020-01-04',
        state: 'FL',
        weeklySchedule: { sunday: 10, monday: 10, tuesday: 10, wednesday: 10, thursday: 10, friday: 10, saturday: 10 },
        wagesPaid: { payments: [{ date: '2019-12-31', amount: '100.00' }, { date: '2020-01-01', amount: '50.00' }] },
      },
    ],
  });

  it('computes the week to the cent', () => {
    const w = run(yearEnd).computed.weeks;
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ ratesCents: [846, 856], hoursAtRates: [30, 40], owedCents: 72396, paidCents: 15000, unpaidCents: 57396 });
  });

  it.each(['pdf', 'docx'] as const)('%s: the line under the table gives the hours at each rate, so the week can be checked by hand', async (format) => {
    const t = await text(yearEnd, format);
    // (The PDF's text joins "weighted-" broken at the line's end to the next word.)
    expect(t).toMatch(/December 29, 2019: \$8\.46 for 30 hours and \$8\.56 for 40 hours; weighted-?average regular rate \$8\.517143/);
  });

  it('a rate in force only on days without hours is said to have none', async () => {
    // Monday to Friday, 10 hours, week of Sunday July 19, 2009 at the federal rate: $6.55 on
    // Sunday July 19 to Thursday July 23 (no work on Sunday: 40 h), $7.25 from Friday July 24 (10 h).
    const c = baseCase({ laborPeriods: [{ startDate: '2009-07-20', endDate: '2009-07-24', weeklySchedule: WEEKDAYS_ONLY(10) }] });
    expect(run(c).computed.weeks[0]).toMatchObject({ ratesCents: [655, 725], hoursAtRates: [40, 10] });
    const sundayOnly = baseCase({ laborPeriods: [{ startDate: '2009-07-19', endDate: '2009-07-25', weeklySchedule: { saturday: 8 } }] });
    expect(await text(sundayOnly, 'pdf')).toMatch(/July 19, 2009: \$6\.55 for no hours worked and \$7\.25 for 8 hours; weighted-?average regular rate \$7\.25 \(no overtime that week\)/);
  });
});

describe('the hours of a live-in domestic worker and the rate of a farm worker (exemption-periods.ts)', () => {
  // 14 hours a day, every day, one week: 98 hours. With the live-in exemption, 98 × $7.25 = $710.50
  // owed and no overtime; the agricultural exemption gives the same. Nothing changes in F.
  const every = { sunday: 14, monday: 14, tuesday: 14, wednesday: 14, thursday: 14, friday: 14, saturday: 14 };
  const at = (exemption: string) =>
    baseCase({ settings: { liquidatedDamages: false }, laborPeriods: [{ startDate: '2024-03-03', endDate: '2024-03-09', weeklySchedule: every, exemption }] });

  it.each(['pdf', 'docx'] as const)('%s: a live-in period says no sleep, meal or free time is left out of its hours, and who may claim the exemption', async (format) => {
    const t = await text(at('live-in-domestic'), format);
    expect(t).toContain('Live-in domestic service (period 1): the hours are the hours worked as the evidence gives them, and the worksheet leaves none out.');
    expect(t).toContain('a call to duty during them is hours worked (29 C.F.R. § 552.102(a))');
    expect(t).toContain('not by a third-party employer, even one that employed the worker jointly (29 C.F.R. § 552.109(c))');
    expect(t).not.toContain('20 C.F.R. § 655.120');
    expect(run(at('live-in-domestic')).computed.flsa.totalCents).toBe(71050);
  });

  it.each(['pdf', 'docx'] as const)('%s: a § 213(b)(12) period says the H-2A rates are not the FLSA minimum wage', async (format) => {
    const t = await text(at('agriculture-213b12'), format);
    expect(t).toContain('Agricultural work (period 1): every hour is valued at the minimum wage.');
    expect(t).toContain('(20 C.F.R. § 655.120) are terms of the H-2A program, not minimum wages under the FLSA, so they are not used for F');
    expect(t).not.toContain('552.102');
    expect(run(at('agriculture-213b12')).computed.flsa.totalCents).toBe(71050);
  });

  it('who may claim the live-in exemption is said only where it removed overtime', async () => {
    // Five days of 8 hours: 40 hours, no overtime to remove.
    const short = baseCase({ laborPeriods: [{ startDate: '2024-03-03', endDate: '2024-03-09', weeklySchedule: WEEKDAYS_ONLY(8), exemption: 'live-in-domestic' }] });
    const t = await text(short, 'pdf');
    expect(t).toContain('Live-in domestic service (period 1): the hours are the hours worked as the evidence gives them');
    expect(t).not.toContain('552.109(c)');
  });

  it('neither is said for a period without an exemption', async () => {
    const t = await text(at('none'), 'pdf');
    expect(t).not.toContain('552.102');
    expect(t).not.toContain('655.120');
  });
});

// Two jobs on the same days (two periods that share days): two-jobs.test.ts.

describe('the authority for an exemption being a question of fact is the exemption’s own', () => {
  // A farm week of 5 × 11 = 55 hours under § 213(b)(12): $398.75 owed, no overtime; without the
  // exemption 15 × $3.625 = $54.375 more, $453.13 (half-up).
  const farm = baseCase({
    settings: { liquidatedDamages: false },
    laborPeriods: [{ startDate: '2024-03-03', endDate: '2024-03-09', weeklySchedule: WEEKDAYS_ONLY(11), exemption: 'agriculture-213b12' }],
  });

  it.each(['pdf', 'docx'] as const)('%s: farm work cites the employer’s burden and the definition of agriculture, not a live-in domestic case', async (format) => {
    const t = await text(farm, format);
    expect(t).toContain('Whether an exemption applies turns on the facts (the employer who claims an exemption must prove it, Arnold v. Ben Kanowsky, Inc., 361 U.S. 388 (1960); agriculture as defined in 29 U.S.C. § 203(f)); without it, overtime would be owed in that workweek and the total would be $453.13');
    expect(t).not.toContain('Sabhnani');
  });

  it('the preparer’s warning says the same', () => {
    const { warnings, computed } = run(farm);
    expect(computed.totalCents).toBe(39875);
    const w = warnings.find((x) => x.code === 'exemption-used')!;
    expect(w.message).toContain('(the employer who claims an exemption must prove it, Arnold v. Ben Kanowsky, Inc., 361 U.S. 388 (1960); agriculture as defined in 29 U.S.C. § 203(f))');
    expect(w.message).not.toContain('Sabhnani');
  });

  it('live-in domestic work still cites Sabhnani', () => {
    const home = baseCase({ laborPeriods: [{ startDate: '2024-03-03', endDate: '2024-03-09', weeklySchedule: WEEKDAYS_ONLY(11), exemption: 'live-in-domestic' }] });
    expect(run(home).warnings.find((x) => x.code === 'exemption-used')!.message).toContain('United States v. Sabhnani, 599 F.3d 215 (2d Cir. 2010), vacating a restitution award over the live-in domestic exemption');
  });
});
