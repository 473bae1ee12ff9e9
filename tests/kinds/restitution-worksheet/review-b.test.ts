// The second practitioner's review of the restitution worksheet: what each figure is called, what
// the worksheet says it applied, and the exhibit list. One describe per finding, with worked
// examples (docs/domain/restitution-worksheet-examples.md) checked in the computation, in the warnings and
// in the worksheet's PDF text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/pipeline.js';
import { citedExhibits, compareExhibits, exhibitList, expandRange, MAX_RANGE } from '../../../src/kinds/restitution-worksheet/exhibits.js';
import { alternativeRows, federalOnlyLabels, greaterOfSentence, view } from '../../../src/kinds/restitution-worksheet/view.js';
import { assumptions } from '../../../src/kinds/restitution-worksheet/view-assumptions.js';
import { docxText, pdfText } from '../../support/extract.js';
import { EVERY_DAY, baseCase, parse, run } from './cases.js';

const K = 'restitution-worksheet';
/** The worksheet's PDF text, whitespace squashed (line breaks fall anywhere). */
async function text(data: unknown): Promise<string> {
  const g = await generate({ kind: K, input: data, format: 'pdf' });
  return pdfText(g.bytes).replace(/\s+/g, ' ');
}
const codes = (raw: unknown) => run(raw).warnings.map((w) => w.code);

// Worked example 6: Monday 2009-06-01, 10 hours in Florida, no liquidated damages, with a custom
// rate of $7.00 from 2009-01-01. Florida $7.21 → F = $72.10 with state rates; without the state
// table the custom rate is kept: 10 × $7.00 = $70.00 (the federal $6.55 alone would give $65.50).
const ORDINANCE = { effectiveDate: '2009-01-01', hourlyRate: '7.00', label: 'Fictional City Ordinance No. 9' };
const FL_DAY = { startDate: '2009-06-01', endDate: '2009-06-01', state: 'FL', weeklySchedule: EVERY_DAY(10) };
const example6 = (minimumWage: string, customRates: object[] = [ORDINANCE], periods: object[] = [FL_DAY]) =>
  baseCase({ settings: { minimumWage, liquidatedDamages: false, customRates }, laborPeriods: periods });

describe('1. the figure without state rates is called what it is', () => {
  it('example 6: F $72.10 with state rates; $70.00 without them, the custom rate kept', () => {
    const { computed } = run(example6('higher-of-federal-and-state'));
    expect(computed.flsa.totalCents).toBe(7210);
    expect(computed.flsaFederalOnly!.totalCents).toBe(7000);
    expect(computed.ratesUsed).toEqual({ state: true, custom: false });
  });

  it('with custom rates, no label says "federal rate alone"; without them, it does', () => {
    const raw = example6('higher-of-federal-and-state');
    const c = parse(raw);
    const { computed, warnings } = run(raw);
    const state = warnings.find((w) => w.code === 'state-rates-used')!;
    expect(state.message).toContain('without state minimum wages (the additional minimum wages kept): $70.00');
    expect(state.message).not.toMatch(/federal rate alone/);
    expect(federalOnlyLabels(c, computed.flsa.totalCents)).toEqual({
      intro: 'With state minimum wages where higher, F is $72.10. Without state minimum wages, keeping the additional minimum wages, the same computation gives:',
      suffix: 'without state rates',
      totalLabel: 'F without state rates, additional minimum wages kept (the alternative)',
    });
    expect(alternativeRows(computed, true)).toContainEqual({ label: 'F without state minimum wages (the additional minimum wages kept)', total: '$70.00' });
    expect(assumptions(c, computed).join(' ')).toContain('the FLSA value without state minimum wages (the additional minimum wages kept) is also shown');
    // Florida's $7.21 is above the $7.00 custom rate on the one day worked: the custom rate changed
    // nothing in F, though it is the rate of the figure without state rates.
    expect(assumptions(c, computed).join(' ')).toContain(
      'higher than both the federal and the state minimum wage: $7.00 an hour from January 1, 2009 (Fictional City Ordinance No. 9). It is applied to the work of every labor period, wherever it was done. It was not higher on any day worked, so it changed nothing in F.',
    );

    const pure = run(example6('higher-of-federal-and-state', []));
    expect(pure.computed.flsaFederalOnly!.totalCents).toBe(6550);
    expect(pure.warnings.find((w) => w.code === 'state-rates-used')!.message).toContain('at the federal minimum wage alone: $65.50');
    expect(alternativeRows(pure.computed, false)).toContainEqual({ label: 'F at the federal minimum wage alone, without state rates', total: '$65.50' });
  });

  it('the worksheet: every label of the figure says the custom rates were kept', async () => {
    const t = await text(example6('higher-of-federal-and-state'));
    expect(t).not.toMatch(/federal rate alone|federal minimum wage alone/);
    expect(t).toContain('Without state minimum wages, keeping the additional minimum wages, the same computation gives:');
    expect(t).toContain('F without state rates, additional minimum wages kept (the alternative) $70.00');
    expect(t).toContain('F without state minimum wages (the additional minimum wages kept) $70.00');
  });

  it('federal setting with a custom rate: says the custom rate was applied, from when, with its label', () => {
    const raw = example6('federal');
    const a = assumptions(parse(raw), run(raw).computed).join(' ');
    expect(run(raw).computed.flsa.totalCents).toBe(7000);
    expect(a).not.toContain('Only the federal minimum wage was used');
    expect(a).toContain('The federal minimum wage was used, and the additional minimum wage listed in the next point where higher');
    expect(a).toContain(
      'An additional minimum wage is applied, from its effective date, on the days where it is higher than the federal minimum wage: $7.00 an hour from January 1, 2009 (Fictional City Ordinance No. 9). It is applied to the work of every labor period, wherever it was done.',
    );
    // Without a custom rate, "only the federal minimum wage" is what was computed.
    const fed = example6('federal', []);
    expect(assumptions(parse(fed), run(fed).computed).join(' ')).toContain('Only the federal minimum wage was used.');
  });

  it('a custom rate never higher on a day worked is said to have changed nothing', () => {
    const raw = example6('federal', [{ effectiveDate: '2009-01-01', hourlyRate: '6.00' }]);
    const { computed } = run(raw);
    expect(computed.ratesUsed.custom).toBe(false);
    expect(assumptions(parse(raw), computed).join(' ')).toContain(
      '$6.00 an hour from January 1, 2009. It is applied to the work of every labor period, wherever it was done. It was not higher on any day worked, so it changed nothing in F.',
    );
  });

  it('custom-rates-several-states: custom rates reaching periods worked in more than one state', () => {
    const NV = { startDate: '2009-06-02', endDate: '2009-06-02', state: 'NV', weeklySchedule: EVERY_DAY(10) };
    const both = run(example6('federal', [ORDINANCE], [FL_DAY, NV]));
    expect(both.warnings).toContainEqual(expect.objectContaining({ code: 'custom-rates-several-states', path: 'settings.customRates' }));
    expect(both.warnings.find((w) => w.code === 'custom-rates-several-states')!.message).toContain('2 states (FL, NV)');
    expect(assumptions(parse(example6('federal', [ORDINANCE], [FL_DAY, NV])), both.computed).join(' ')).toContain('wherever it was done (here in Florida and Nevada).');
    // One state, no custom rate, or a rate effective only after the Florida period ended: none.
    expect(codes(example6('federal'))).not.toContain('custom-rates-several-states');
    expect(codes(example6('federal', [], [FL_DAY, NV]))).not.toContain('custom-rates-several-states');
    expect(codes(example6('federal', [{ ...ORDINANCE, effectiveDate: '2009-06-02' }], [FL_DAY, NV]))).not.toContain('custom-rates-several-states');
  });
});

describe('3. exhibit references as lawyers write them', () => {
  const ids = (t: string, listed: string[] = []) => citedExhibits(t, new Map(listed.map((x) => [x.toUpperCase(), x]))).ids;
  const kept = (t: string, listed: string[] = []) => citedExhibits(t, new Map(listed.map((x) => [x.toUpperCase(), x]))).kept;

  it.each([
    ['Exhibit 14', ['14']],
    ['exhibit 50; EXHIBIT 51', ['50', '51']],
    ['Exh. 13', ['13']],
    ['Exhs. 3 & 4', ['3', '4']],
    ['Ex. 9', ['9']],
    ['Ex. No. 9', ['9']],
    ['Exs. 70, 71', ['70', '71']],
    ['Exhibit 31A', ['31A']],
    ['Exhibit 7(a)', ['7(a)']],
    ['See Exhibits A and B', ['A', 'B']],
    ['Exhibit AA', ['AA']],
    ['Exhibit A-1', ['A-1']],
    ['Exhibits 21, 22 and 23', ['21', '22', '23']],
    ['Exhibits 2, 3, and 4.', ['2', '3', '4']],
    ['Exhibit 40 & Exhibit 41', ['40', '41']],
    ['Exhibits 14–16', ['14', '15', '16']],
    ['Exhibits 14-16', ['14', '15', '16']],
    ['Exhibits 14 — 16', ['14', '15', '16']],
    ['Exhibits 60 to 62', ['60', '61', '62']],
    ['Exhibits 60 through 62', ['60', '61', '62']],
    ['Exhibits 10-12 and Exh. 13; Exhibit 7(a)', ['10', '11', '12', '13', '7(a)']],
    ['Exhibits 31A–31C', ['31A', '31B', '31C']],
    ['Exhibits A–C', ['A', 'B', 'C']],
    ['Exhibits A-1 through A-3', ['A-1', 'A-2', 'A-3']],
    ['Exhibit 7(a)–(c)', ['7(a)', '7(b)', '7(c)']],
    ['Exhibits 01–03', ['01', '02', '03']],
    ['Text messages (Exhibit 9); testimony of co-defendant, Tr. 88', ['9']],
  ])('%s → %j', (t, want) => {
    expect(ids(t)).toEqual(want);
    expect(kept(t)).toEqual([]);
  });

  it('reads nothing where no exhibit is cited', () => {
    for (const t of ['Exhibition 5', 'Tex. 5', 'index. 5', 'Exhibit 14th', 'Exhibit Attached', 'my ex 5']) expect(ids(t), t).toEqual([]);
    // A list goes on only with identifiers of its own kind, and ends at words.
    expect(ids('Exhibit 14 and ID cards')).toEqual(['14']);
    expect(ids('Exhibit 14, testimony of L.M.')).toEqual(['14']);
    expect(ids('Exhibit 14 - the ledger')).toEqual(['14']);
  });

  it(`ranges it cannot expand are kept as written: more than ${MAX_RANGE}, descending, or unclear between the ends`, () => {
    expect(kept('Exhibits 1–500')).toEqual([{ text: '1–500', reason: 'too-long' }]);
    expect(kept('Exhibits 16 through 14')).toEqual([{ text: '16 through 14', reason: 'unclear' }]);
    expect(kept('Exhibits 31A–33')).toEqual([{ text: '31A–33', reason: 'unclear' }]);
    expect(kept('Exhibits AA–AD')).toEqual([{ text: 'AA–AD', reason: 'unclear' }]);
    expect(expandRange('1', String(MAX_RANGE))).toHaveLength(MAX_RANGE);
    expect(expandRange('1', String(MAX_RANGE + 1))).toBe('too-long');
  });

  it('checked against the case’s exhibits: a listed "10-2" is one exhibit; an unclear range resolves when both ends are listed', () => {
    expect(ids('Exhibit 10-2', ['10-2'])).toEqual(['10-2']);
    expect(kept('Exhibit 10-2')).toEqual([{ text: '10–2', reason: 'unclear' }]);
    expect(ids('Exhibits 31A–33', ['31A', '31B', '32', '33', '33A', '34'])).toEqual(['31A', '31B', '32', '33']);
    // A cited exhibit takes the listed writing.
    expect(ids('Exhibit 31a', ['31A'])).toEqual(['31A']);
  });

  it('identifiers in court order: numbers numerically, suffixes and sub-parts after, then letters', () => {
    expect(['B', '31A', 'AA', '7(a)', '10', '7', 'A', '31', '2'].sort(compareExhibits)).toEqual(['2', '7', '7(a)', '10', '31', '31A', 'A', 'B', 'AA']);
  });

  it('rw-exh2: "Exhibits 14–16" and "Exhibits 21, 22 and 23" cite every listed exhibit; no phantom row', () => {
    const listed = ['9', '14', '15', '16', '21', '22', '23', '30'].map((id) => ({ id, description: `Exhibit ${id} described` }));
    const c = parse(
      baseCase({
        laborPeriods: [
          { startDate: '2012-03-07', endDate: '2012-03-07', weeklySchedule: EVERY_DAY(1), evidence: 'Restaurant ledgers, Exhibits 14–16; testimony of L.M.' },
          { startDate: '2012-03-08', endDate: '2012-03-08', weeklySchedule: EVERY_DAY(1), evidence: 'Neighbour statements, Exhibits 21, 22 and 23' },
        ],
        exhibits: listed,
      }),
    );
    expect(exhibitList(c).map((e) => [e.id, e.citedBy.join('; ') || null])).toEqual([
      ['9', null],
      ['14', 'Period 1'],
      ['15', 'Period 1'],
      ['16', 'Period 1'],
      ['21', 'Period 2'],
      ['22', 'Period 2'],
      ['23', 'Period 2'],
      ['30', null],
    ]);
  });

  it('warnings: exhibit-not-listed (when the case lists exhibits) and exhibit-range-kept', () => {
    const raw = (evidence: string, exhibits: object[]) =>
      baseCase({ grossIncome: [{ label: 'Invoices', incomeFrom: 'labor', amount: '10', evidence }], exhibits });
    const ws = run(raw('Exhibits 14, 17; Exhibits 1–500', [{ id: '14', description: 'Ledger' }])).warnings;
    expect(ws.map((w) => `${w.code}@${w.path}`)).toEqual(['exhibit-range-kept@grossIncome.0.evidence', 'exhibit-not-listed@grossIncome.0.evidence']);
    expect(ws[1]!.message).toBe('cites Exhibit 17, which is not among the case’s exhibits: add it with its description, or correct the reference');
    // One warning per text, naming every unlisted exhibit (rw-long: "Exhibit 3; Exhibits 4–7").
    const many = run(raw('Exhibit 3; Exhibits 4–7; Exhibit 14', [{ id: '14', description: 'Ledger' }])).warnings;
    expect(many.map((w) => w.message)).toEqual(['cites Exhibits 3, 4, 5, 6 and 7, which are not among the case’s exhibits: add them with their descriptions, or correct the references']);
    // No exhibits listed: nothing to check against.
    expect(codes(raw('Exhibit 17', []))).toEqual([]);
  });

  it('the worksheet lists the exhibits of each form, PDF text', async () => {
    const t = await text(
      baseCase({
        grossIncome: [{ label: 'Invoices', incomeFrom: 'labor', amount: '10', evidence: 'Exs. 70, 71; Exhibits 60 through 62; See Exhibits A and B; Exh. 13; Exhibit 7(a)' }],
      }),
    );
    // No exhibit list in the case: no column of descriptions, and the page says where they are
    // (template 2.20.0; it printed "(no description given)" on every row).
    for (const id of ['7(a)', '13', '60', '61', '62', '70', '71', 'A', 'B']) expect(t).toContain(`${id} G line 1`);
    expect(t).toContain('Each exhibit is described in the evidence of the line that cites it.');
    expect(t).not.toContain('no description given');
    expect(t).not.toMatch(/Exhibit\s+Description\s+Cited by/);
  });

  it('with the case’s exhibit list: a cited exhibit not on it, and a listed one no line cites, read as a filing', async () => {
    const t = await text(
      baseCase({
        grossIncome: [{ label: 'Invoices', incomeFrom: 'labor', amount: '10', evidence: 'Invoices (Exhibit 14); ledger (Exhibit 17)' }],
        exhibits: [{ id: '14', description: 'Invoices of Tessaly Cleaning' }, { id: '20', description: 'Bank statements' }],
      }),
    );
    expect(t).toMatch(/Exhibit\s+Description\s+Cited by/);
    expect(t).toContain('14 Invoices of Tessaly Cleaning G line 1');
    expect(t).toContain('17 As described where cited G line 1');
    expect(t).toContain('20 Bank statements Not cited above');
    expect(t).not.toMatch(/\((no description given|not cited by a line)\)/);
  });
});

describe('4. wording', () => {
  const viewOf = (raw: Record<string, unknown>) => {
    const r = run(raw);
    return view(parse(raw), r.computed, r.warnings) as any;
  };

  it('one act a day, one day: singular; otherwise plural', () => {
    const line = (days: number, actsPerDay: number) => ({ label: 'Acts', incomeFrom: 'commercial-sex-acts', days, actsPerDay, pricePerAct: '20.25', evidence: 'Exhibit 1' });
    const calcs = viewOf(baseCase({ grossIncome: [line(1, 1), line(2, 1.5), line(1, 0), line(3, 2)] })).gross.lines.map((l: any) => l.calc);
    expect(calcs).toEqual([
      '1 day × 1 act a day × $20.25 = $20.25',
      '2 days × 1.5 acts a day × $20.25 = $60.75',
      '1 day × 0 acts a day × $20.25 = $0.00',
      '3 days × 2 acts a day × $20.25 = $121.50',
    ]);
  });

  // rw-gonly / rw-sexonly: no labor periods. G_labor $1,845.00 + 40 × $22.50 = $2,745.00;
  // G_sex 15 × 6 × $80.00 × 0.5 = $3,600.00.
  const CLEANING = { label: 'Cleaning contracts billed', incomeFrom: 'labor', amount: 1845, evidence: 'Exhibit 31' };
  const RESTAURANT = { label: 'Restaurant earnings', incomeFrom: 'labor', days: 40, dailyEarnings: '$22.50', evidence: 'Exhibit 30' };
  const ACTS = { label: 'Acts sold', incomeFrom: 'commercial-sex-acts', days: 15, actsPerDay: 6, pricePerAct: '80.00', defendantShare: 0.5, evidence: 'Exhibit 9' };

  it('no labor periods: there is no FLSA value, never "the FLSA value, $0.00"', () => {
    const s = (grossLines: number, totalLines: number, pooled = false) =>
      greaterOfSentence({ flsaCents: 0, grossCents: grossLines > 0 ? 274500 : 0, grossLines, totalLines, pooled, hasPeriods: false });
    expect(s(2, 3)).toBe(
      'No labor periods were given, so there is no FLSA value (F) to compare; restitution for labor is therefore the gross income to the defendant from the labor, $2,745.00 (18 U.S.C. § 1593(b)(3)).',
    );
    expect(s(0, 1)).toBe(
      'No gross income or value to the defendant from the labor is claimed (the income from commercial sex acts is added below), and no labor periods were given, so there is no FLSA value (F) to compare; restitution for labor is therefore $0.00.',
    );
    expect(s(0, 0)).toBe('No gross income or value to the defendant is claimed, and no labor periods were given, so there is no FLSA value (F) to compare; restitution for labor is therefore $0.00.');
    // Periods whose hours come to nothing still have an FLSA value: $0.00.
    expect(greaterOfSentence({ flsaCents: 0, grossCents: 0, grossLines: 0, totalLines: 0, pooled: false, hasPeriods: true })).toBe(
      'No gross income or value to the defendant is claimed, and the FLSA value is $0.00; restitution for labor is therefore $0.00 (18 U.S.C. § 1593(b)(3)).',
    );
  });

  it('wages paid that cover every week: the FLSA value is $0.00, not "no FLSA value"', () => {
    // One workweek, 8 h a day Mon 2015-06-01 .. Sun 06-07 (Monday workweeks), $7.25: 56 h, owed
    // 40 × $7.25 + 16 × $10.875 = $290.00 + $174.00 = $464.00; paid $1,000.00 for the week: unpaid
    // $0.00, F $0.00. The sentence said "and no FLSA value", as if no labor periods were given.
    const raw = baseCase({
      settings: { liquidatedDamages: false, workweekStart: 'monday' },
      laborPeriods: [{ startDate: '2015-06-01', endDate: '2015-06-07', weeklySchedule: EVERY_DAY(8), wagesPaid: { perWeek: '1,000' } }],
    });
    const r = run(raw);
    expect(r.computed.flsa).toMatchObject({ owedCents: 46400, paidCents: 100000, unpaidCents: 0, totalCents: 0 });
    const sentence = view(parse(raw), r.computed, r.warnings).greaterOf as string;
    expect(sentence).toBe('No gross income or value to the defendant is claimed, and the FLSA value is $0.00; restitution for labor is therefore $0.00 (18 U.S.C. § 1593(b)(3)).');
  });

  it('rw-gonly and rw-sexonly, PDF text: the sentence and the totals row say there is no FLSA value', async () => {
    const g = await text(baseCase({ grossIncome: [ACTS, CLEANING, RESTAURANT] }));
    expect(g).not.toMatch(/FLSA value, \$0\.00|FLSA value \(F\) \$0\.00/);
    expect(g).toContain('No labor periods were given, so there is no FLSA value (F) to compare; restitution for labor is therefore the gross income to the defendant from the labor, $2,745.00');
    expect(g).toContain('Labor: the gross income or value to the defendant (G); there is no FLSA value, as no labor periods were given $2,745.00');
    const sex = await text(baseCase({ grossIncome: [ACTS] }));
    expect(sex).not.toMatch(/FLSA value, \$0\.00|FLSA value \(F\) \$0\.00/);
    expect(sex).toContain('Labor: none (no labor periods were given, so there is no FLSA value, and no gross income from the labor is claimed) $0.00');
    expect(sex).toContain('Total restitution (18 U.S.C. § 1593(b)(1), (b)(3)) $3,600.00');
  });
});

describe('4. state minimum wages are said to be used only when one was', () => {
  const viewOf = (raw: Record<string, unknown>) => {
    const r = run(raw);
    return view(parse(raw), r.computed, r.warnings) as any;
  };
  const NONE_HIGHER =
    'F was computed with the minimum wage of the state where the work was done wherever it is higher, but no state minimum wage was higher than the federal minimum wage on any day worked, so no state rate was used and F is the same without state rates.';
  // Georgia's own rate ($5.15) is below the federal $6.55 in June 2009 (rw-states: GA, AL, PR).
  const GA = baseCase({
    settings: { minimumWage: 'higher-of-federal-and-state', liquidatedDamages: false },
    laborPeriods: [{ startDate: '2009-06-24', endDate: '2009-06-24', state: 'GA', weeklySchedule: EVERY_DAY(10) }],
  });

  it('no state rate higher on any day worked: no state-rates-used, no federal-only figure, the worksheet says so', async () => {
    const r = run(GA);
    expect(r.computed.ratesUsed.state).toBe(false);
    expect(r.computed.flsa.totalCents).toBe(6550);
    expect(r.computed.flsaFederalOnly!.totalCents).toBe(6550);
    expect(r.warnings.map((w) => w.code)).not.toContain('state-rates-used');
    const v = viewOf(GA);
    expect(v.federalOnly).toBeNull();
    expect(v.noStateRateHigher).toBe(NONE_HIGHER);
    // No row without state rates; the one open choice is the liquidated damages left out (off in
    // this case), which lower the total: $65.50 × 2 with them.
    expect(alternativeRows(r.computed, false)!.map((x) => x.total)).toEqual(['$65.50', '$131.00']);
    expect(alternativeRows(r.computed, false)![1]!.label).toMatch(/^F with liquidated damages/);
    expect(assumptions(parse(GA), r.computed)[0]).toBe(NONE_HIGHER);
    const t = await text(GA);
    expect(t).not.toContain('State minimum wages were used where higher');
    expect(t).not.toContain('the same computation gives');
    expect(t).toContain(NONE_HIGHER);
  });

  it('a state rate higher only on days with no hours was not used', () => {
    // Florida $7.21 > federal $6.55 on Monday 2009-06-01, but no hours were worked that day.
    const raw = baseCase({
      settings: { minimumWage: 'higher-of-federal-and-state' },
      laborPeriods: [{ startDate: '2009-06-01', endDate: '2009-06-01', state: 'FL', weeklySchedule: { monday: 0 } }],
    });
    expect(run(raw).computed.ratesUsed.state).toBe(false);
    expect(codes(raw)).not.toContain('state-rates-used');
  });

  it('a state rate higher on one day worked: used, warned, both figures printed', () => {
    const raw = example6('higher-of-federal-and-state', []);
    expect(run(raw).computed.ratesUsed.state).toBe(true);
    expect(codes(raw)).toContain('state-rates-used');
    expect(viewOf(raw).federalOnly.total).toBe('$65.50');
    expect(viewOf(raw).noStateRateHigher).toBeNull();
    expect(assumptions(parse(raw), run(raw).computed)[0]).toMatch(/^State minimum wages were used where higher\./);
  });
});

describe('4. warnings are for the preparer, not printed in the filed worksheet', () => {
  const minimal = JSON.parse(readFileSync(new URL(`../../../fixtures/${K}/minimal.json`, import.meta.url), 'utf8'));
  it.each(['pdf', 'docx'] as const)('minimal, %s: no "Points for the preparer"; check still returns the warnings', async (format) => {
    const g = await generate({ kind: K, input: minimal, format });
    const t = (format === 'pdf' ? pdfText(g.bytes) : docxText(g.bytes)).replace(/\s+/g, ' ');
    expect(t).not.toContain('Points for the preparer');
    expect(t).not.toContain('add it, or have counsel sign');
    expect(g.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['no-bar-number', 'payee-needed']));
    // The payee line still asks the court to name one: the worksheet says what the court must read.
    expect(t).toContain('Payee: to be named by the court');
  });
});
