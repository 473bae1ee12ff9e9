// The fourth practitioner review of the restitution worksheet (cases earlier rounds did not try:
// two establishments in one workweek, a federal, a state and a custom rate in one week, hours with
// four decimals, zero-hour weeks, a victim who came of age, long lists and amounts near a million,
// every optional field empty). Each test holds one finding to its fix.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getKind } from '../../../src/kinds/index.js';
import { caseJsonSchema } from '../../../src/kinds/json-schema.js';
import { generate } from '../../../src/pipeline.js';
import { docxText, pdfText } from '../../support/extract.js';
import { assumptions } from '../../../src/kinds/restitution-worksheet/view-assumptions.js';
import { baseCase, descriptions, issuesOf, parse, run } from './cases.js';

const K = 'restitution-worksheet';
const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = (name: string): Record<string, unknown> => JSON.parse(readFileSync(`${root}fixtures/${K}/${name}.json`, 'utf8'));

/** The worksheet's text in one format, whitespace squashed (line breaks fall anywhere). */
async function text(data: unknown, format: 'pdf' | 'docx'): Promise<string> {
  const g = await generate({ kind: K, input: data, format });
  return (format === 'pdf' ? pdfText(g.bytes) : docxText(g.bytes)).replace(/\s+/g, ' ');
}

// Two establishments in one workweek (a restaurant in Florida Sunday–Wednesday, a motel in
// Georgia from Thursday), with Florida's rate, a county rate from Wednesday and the federal rise of
// Friday, July 24, 2009 all in the week of Sunday, July 19, 2009. Hours to four decimals.
// By hand: Sun–Tue 10.3333 + 12.1667 + 11.0001 = 33.5001 h at $7.21 (Florida; federal $6.55);
// Wed 0 h; Thu 9.9999 h at $7.23 (the county rate, above federal $6.55 and Georgia's $5.15);
// Fri–Sat 8.25 + 7.7777 = 16.0277 h at $7.25 (federal). 59.5277 h, 19.5277 over 40.
// Straight time $241.535721 + $72.299277 + $116.200825 = $430.035823; regular rate
// $430.035823 ÷ 59.5277 = $7.224130…; premium ½ × $7.224130… × 19.5277 = $70.535318…;
// owed $500.571141… → $500.57. Paid $20.00 a week pro rata: 3 days of the motel period in that
// week, $20.00 × 3 ÷ 7 = $8.571… → $8.57; unpaid $492.00, F with liquidated damages $984.00.
// The next two weeks have no hours and $20.00 credited each: nothing owed, nothing unpaid.
const TWO_PLACES = baseCase({
  victim: { identifier: 'R.T.', minor: true, payee: { name: 'Lena Whitcombe', role: 'legal-guardian' } },
  settings: {
    minimumWage: 'higher-of-federal-and-state',
    customRates: [{ effectiveDate: '2009-07-22', hourlyRate: '7.23', label: 'Fictional County Living Wage Ordinance' }],
  },
  laborPeriods: [
    {
      label: 'Restaurant',
      startDate: '2009-07-19',
      endDate: '2009-07-22',
      state: 'FL',
      days: [
        { date: '2009-07-19', hours: 10.3333 },
        { date: '2009-07-20', hours: 12.1667 },
        { date: '2009-07-21', hours: 11.0001 },
        { date: '2009-07-22', hours: 0 },
      ],
    },
    {
      label: 'Motel',
      startDate: '2009-07-23',
      endDate: '2009-08-08',
      state: 'GA',
      days: [
        { date: '2009-07-23', hours: 9.9999 },
        { date: '2009-07-24', hours: 8.25 },
        { date: '2009-07-25', hours: 7.7777 },
      ],
      wagesPaid: { perWeek: '20.00' },
    },
  ],
  losses: [
    { category: 'lost-income', description: 'Wages lost while recovering', amount: '1,200.00', projected: false, startDate: '2009-09-01', endDate: '2009-10-31' },
    { category: 'lost-income', description: 'Wages lost since the move', amount: '300.00', projected: false, startDate: '2009-11-02' },
    { category: 'medical', description: 'Clinic visit', amount: '80.00', projected: false, startDate: '2009-08-10', endDate: '2009-08-10' },
  ],
});

describe('the JSON Schema’s descriptions (the web app’s help text)', () => {
  it('say why a choice is refused and on what authority, in their own words: never “the domain file”', () => {
    const all = descriptions(caseJsonSchema(getKind(K)));
    expect(all.length).toBeGreaterThan(50);
    // The § 213(a)(6) refusal moved to its own file (1ccaa0a); "see the domain file" named none.
    // The description then named that file of the repository, which the web form showed a
    // caseworker as the field's help; it now says the reason and cites the statute, and names no
    // file (schema-descriptions.test.ts, every kind).
    expect(all.filter((d) => /domain file/i.test(d.text))).toEqual([]);
    const exemption = all.find((d) => d.text.includes('agriculture-213a6'))!.text;
    expect(exemption).toContain('§ 213(a)(6)');
    expect(exemption).toContain('refused, as it would value the labor at $0');
  });
});

describe('dates and rates as a judge reads them', () => {
  it('a run of one day is that day, and three rates in one week are listed with commas (PDF and DOCX)', async () => {
    for (const format of ['pdf', 'docx'] as const) {
      const t = await text(TWO_PLACES, format);
      expect(t, format).toContain('July 19, 2009 to July 21, 2009: $7.21 an hour');
      // The county rate was the rate of one day of each period.
      expect(t, format).toContain('July 22, 2009: $7.23 an hour');
      expect(t, format).toContain('July 23, 2009: $7.23 an hour');
      expect(t, format).not.toMatch(/(\w+ \d+, \d{4}) to \1/);
      // With the hours at each rate since template 2.4.0 (period 1's log has no hours on July 22).
      expect(t, format).toMatch(/\$7\.21 for 33\.5001 hours, \$7\.23 for 9\.9999 hours and \$7\.25 for 16\.0277 hours; weighted-?average regular rate \$7\.22413/);
      expect(t, format).toContain('$500.57');
      expect(t, format).toContain('$984.00');
    }
  });

  it('a labor period of one day says so instead of running from a day to itself', async () => {
    const oneDay = baseCase({ laborPeriods: [{ startDate: '2012-03-07', endDate: '2012-03-07', weeklySchedule: { wednesday: 9 } }] });
    const t = await text(oneDay, 'pdf');
    expect(t).toContain('March 7, 2012 (one day)');
    expect(t).not.toContain('March 7, 2012 to March 7, 2012');
  });
});

describe('the dates a loss covers', () => {
  it('are printed with the loss, in both formats: the court sees that lost income does not count the labor’s days again', async () => {
    for (const format of ['pdf', 'docx'] as const) {
      const t = await text(TWO_PLACES, format);
      expect(t, format).toContain('Wages lost while recovering Dates covered: September 1, 2009 to October 31, 2009');
      expect(t, format).toContain('Wages lost since the move Dates covered: from November 2, 2009');
      expect(t, format).toContain('Clinic visit Dates covered: August 10, 2009');
    }
  });
});

// docs/domain/restitution-worksheet-age.md: a victim who was 17 in one workweek and 18 in
// the next is owed the same. The youth opportunity wage (29 U.S.C. § 206(g), $4.25 for an
// employee under 20 in the first 90 days) is an employer's option that would lower the total, so
// it is not applied; the child labor rules (29 U.S.C. § 212) limit the work, not its pay.
describe('age', () => {
  it('no figure depends on it: the case has no age, and `minor` changes the filing, never F or the total', () => {
    const adult = structuredClone(TWO_PLACES) as Record<string, any>;
    adult.victim = { identifier: 'R.T.', minor: false };
    const [a, b] = [run(TWO_PLACES).computed!, run(adult).computed!];
    expect(b.weeks).toEqual(a.weeks);
    expect(b.flsa).toEqual(a.flsa);
    expect(b.totalCents).toBe(a.totalCents);
    // The worked example above at $7.21–$7.25, never the youth wage of $4.25.
    expect(a.weeks[0]!.owedCents).toBe(50057);
    expect(a.totalCents).toBe(98400 + 120000 + 30000 + 8000);
    // A date of birth (worksheet 2.22.0) is read for what the age assumption says of the days
    // worked (age.ts), never for a figure: the same weeks, F and total.
    const withBirth = structuredClone(adult);
    withBirth.victim.dateOfBirth = '1980-08-01';
    expect(issuesOf(withBirth)).toEqual([]);
    expect(run(withBirth).computed).toEqual(run(adult).computed);
  });

  it('the schema says on which date `minor` is judged, and that no figure depends on it', () => {
    const minor = descriptions(caseJsonSchema(getKind(K))).find((d) => d.path.endsWith('.victim.properties.minor'));
    expect(minor?.text).toContain('under 18 on the date of the worksheet (preparedOn)');
    expect(minor?.text).toContain('no figure depends on age');
  });
});

// A given name alone in Han, Hangul or kana ("小明") cannot be told from a full name written
// without a space ("王芳") without the family's name; both are names, and Fed. R. Crim. P.
// 49.1(a)(3) allows a minor's initials only. Both keep the warning; its words say what was seen.
describe('a minor’s identifier in Han, Hangul or kana', () => {
  const warning = (identifier: string) => run(baseCase({ victim: { identifier, minor: true, payee: { name: 'Lena Whitcombe', role: 'legal-guardian' } } })).warnings.filter((w) => w.code === 'minor-full-name');

  it('a given name alone or a full name is flagged as a name, not called a full name', () => {
    for (const id of ['小明', '王芳', '민지', 'はなこ']) {
      const [w] = warning(id);
      expect(w?.message, id).toContain('this looks like a name: two to four Han, Hangul or kana characters can be a full name written without a space or a given name alone');
      expect(w?.message, id).not.toContain('looks like a full name');
    }
  });

  it('words of a name keep the full-name wording, and pseudonyms and initials none', () => {
    expect(warning('Ana Morales')[0]?.message).toContain('this looks like a full name');
    expect(warning('Victim 小明')).toEqual([]);
    expect(warning('X.M.')).toEqual([]);
  });
});

// Gross income only (no labor periods), with income from commercial sex acts: there is no F, so
// added and pooled give one total, L + G_labor + G_sex. By hand: $999,999.99 billed for the labor;
// 365 days × 7.5 acts × $365.33 = $1,000,090.875 → $1,000,090.88; a loss of $999,999.99;
// total $2,000,090.87 + $999,999.99 = $3,000,090.86, near the million per line.
const NO_F = baseCase({
  grossIncome: [
    { label: 'Labor billed to farms', incomeFrom: 'labor', amount: '999,999.99', evidence: 'Exhibit 3' },
    { label: 'Acts sold', incomeFrom: 'commercial-sex-acts', days: 365, actsPerDay: 7.5, pricePerAct: '365.33', evidence: 'Exhibit 4' },
  ],
  losses: [{ category: 'therapy', description: 'Residential treatment', amount: '999,999.99', projected: false }],
});

describe('commercial sex income with no labor periods (no F)', () => {
  for (const setting of ['added', 'pooled'] as const) {
    it(`${setting}: one total, no reading "compared with F", no open choice between two equal totals`, async () => {
      const raw = { ...NO_F, settings: { commercialSexIncome: setting } };
      const r = run(raw);
      expect(r.computed!.totalCents).toBe(300009086);
      // check's API keeps both readings (the same figure).
      const other = setting === 'added' ? r.computed!.alternatives.pooled : r.computed!.alternatives.separate;
      expect(other?.totalCents).toBe(300009086);
      expect(r.warnings.map((w) => w.code)).not.toContain('pooled-reading-used');
      for (const format of ['pdf', 'docx'] as const) {
        const t = await text(raw, format);
        expect(t, format).toContain('$3,000,090.86');
        expect(t, format).toContain('No labor periods were given, so there is no FLSA value (F) to compare: the gross income to the defendant from the victim’s commercial sex acts counts in full, whether it is added to the income from the labor or pooled with it');
        expect(t, format).not.toContain('compared with F');
        expect(t, format).not.toContain('shown as the alternative');
        expect(t, format).not.toContain('The total under each open legal choice');
      }
    });
  }
});

// 29 C.F.R. § 778.103: the hours worked for one employer in a workweek are totaled, even in
// unrelated jobs, and so are those worked for joint employers. Two establishments, or the work of
// two defendants, in one workweek are totaled; the worksheet says so where that gives overtime,
// since periods worked for separate employers would each count their own hours.
describe('hours of two labor periods in one workweek (two establishments, two defendants)', () => {
  const said = (raw: unknown) => assumptions(parse(raw), run(raw).computed!).filter((a) => a.includes('more than one labor period'));

  it('are totaled, and the worksheet names the workweeks where that gives overtime (PDF and DOCX)', async () => {
    // Week of July 19, 2009: 33.5001 h in the restaurant and 26.0276 h in the motel, 59.5277 h.
    expect(said(TWO_PLACES)).toEqual([
      'In the workweek of July 19, 2009, the victim worked in more than one labor period and more than 40 hours in all. The hours of those periods are totaled and overtime is owed on the total, as it is for the hours worked for one employer, even in unrelated jobs, or for joint employers (29 C.F.R. § 778.103). If the court finds that the periods were worked for separate employers that did not employ the victim jointly, each employer owes overtime in that workweek only on its own hours over 40, fewer overtime hours than on the total (none where no employer’s own hours pass 40), and only its own pay is credited against its own hours, so that one job’s pay no longer covers the other’s shortfall: F may then be lower (less overtime) or higher (a job that paid more than its own hours were owed covering nothing of the other’s). That reading is not computed here, as the worksheet does not state who employed the victim in each period.',
    ]);
    for (const format of ['pdf', 'docx'] as const) {
      const t = await text(TWO_PLACES, format);
      expect(t, format).toContain('In the workweek of July 19, 2009, the victim worked in more than one labor period');
      expect(t, format).toContain('all hours worked in one workweek are totaled, even for unrelated jobs (29 C.F.R. § 778.103)');
    }
  });

  it('the full example: the two workweeks where a period ends and the next begins', () => {
    expect(said(fixture('full'))[0]).toMatch(/^In two workweeks, those of September 27, 2009 and March 28, 2010, the victim worked in more than one labor period/);
  });

  it('say nothing where the total gives no overtime, or where no workweek holds hours of two periods', () => {
    const short = structuredClone(TWO_PLACES) as Record<string, any>;
    short.laborPeriods[0].days = [{ date: '2009-07-20', hours: 8 }];
    short.laborPeriods[0].weeklySchedule = undefined;
    expect(run(short).computed!.weeks[0]!.overtimeHours).toBe(0);
    expect(said(short)).toEqual([]);
    // The restaurant's last day (Wednesday) with no hours, the motel in the same week: one period worked.
    const idle = structuredClone(TWO_PLACES) as Record<string, any>;
    idle.laborPeriods[0] = { label: 'Restaurant', startDate: '2009-07-22', endDate: '2009-07-22', state: 'FL', days: [{ date: '2009-07-22', hours: 0 }] };
    idle.laborPeriods[1].days = [{ date: '2009-07-23', hours: 24 }, { date: '2009-07-24', hours: 24 }];
    expect(run(idle).computed!.weeks[0]!.overtimeHours).toBe(8);
    expect(said(idle)).toEqual([]);
    // Periods in different workweeks.
    const apart = structuredClone(TWO_PLACES) as Record<string, any>;
    apart.laborPeriods[1].startDate = '2009-07-26';
    apart.laborPeriods[1].days = [{ date: '2009-07-27', hours: 24 }, { date: '2009-07-28', hours: 24 }];
    expect(said(apart)).toEqual([]);
  });
});

// 29 C.F.R. § 531.35: wages count as paid only "free and clear"; what a victim had to hand back
// (a "debt", a fee, a fine) was never paid. Wherever the case credits wages, the worksheet says the
// credits are what the victim kept, and the form's help says to enter only that.
describe('wages paid are what the victim kept', () => {
  // From template 2.17.0 the rule names deductions and pay in kind too (free-and-clear.test.ts).
  const RULE = 'The wages credited are the cash the victim received free and clear (29 C.F.R. §§ 531.27(a), 531.35): an amount deducted from the pay, or that the victim had to hand back, directly or indirectly, to a defendant or for a defendant’s benefit (for a bed or meals, as a “debt”, a fee or a fine), is not a wage paid and is not credited, nor are food, lodging or goods given instead of pay.';

  it('the rule is printed with the credits (PDF and DOCX), and only when the case credits wages', async () => {
    for (const format of ['pdf', 'docx'] as const) expect(await text(TWO_PLACES, format), format).toContain(RULE);
    const unpaid = structuredClone(TWO_PLACES) as Record<string, any>;
    delete unpaid.laborPeriods[1].wagesPaid;
    expect(await text(unpaid, 'pdf')).not.toContain('29 C.F.R. § 531.35');
  });

  it('the form’s help for wages paid and for a payment says to leave out what was handed back', () => {
    const all = descriptions(caseJsonSchema(getKind(K)));
    const find = (end: string) => all.find((d) => d.path.endsWith(end))?.text ?? '';
    expect(find('.laborPeriods.items.properties.wagesPaid')).toContain('leave out what was deducted from the pay or what the victim had to hand back to a defendant or for a defendant’s benefit (rent for a bed, a “debt”, fees, fines: 29 C.F.R. § 531.35)');
    const payment = all.find((d) => d.path.includes('.payments.') && d.path.includes('.properties.amount') && d.text.startsWith('The amount paid to the victim'));
    expect(payment?.text).toContain('less any part deducted from it or that the victim had to hand back (29 C.F.R. § 531.35)');
  });
});

// Every optional field empty, and no labor, gross income or loss: the worksheet asks for $0.00.
describe('a case that claims nothing', () => {
  const codes = (raw: unknown) => run(raw).warnings.map((w) => `${w.code}@${w.path}`);

  it('is warned nothing-claimed (restitution is mandatory), and a case with any claim is not', () => {
    const bare = { preparedOn: '2026-11-30', defendants: ['Quill Ashbury-Noon'], victim: { identifier: 'A.B.', minor: false }, preparer: { name: 'Hollis Grange-Ward' }, laborPeriods: [] };
    expect(run(bare).computed!.totalCents).toBe(0);
    expect(codes(bare)).toEqual(['no-bar-number@preparer.barNumber', 'nothing-claimed@laborPeriods']);
    const [w] = run({ ...bare, pendingLosses: [{ category: 'therapy', description: 'Counselling, plan not final' }] }).warnings.filter((x) => x.code === 'nothing-claimed');
    expect(w?.message).toContain('or the losses not yet known once they are');
    expect(codes({ ...bare, losses: [{ category: 'other', description: 'Documents', amount: '0', projected: false }] })).not.toContain('nothing-claimed@laborPeriods');
    expect(codes(NO_F)).not.toContain('nothing-claimed@laborPeriods');
    expect(codes(TWO_PLACES)).not.toContain('nothing-claimed@laborPeriods');
  });
});

// No carry-over (29 C.F.R. §§ 776.4, 778.104): a week overpaid does not lower another's shortfall,
// so owed − paid was not the unpaid total printed beneath it. Here $500.57 owed, $48.57 paid, of
// which $40.00 in the two workweeks with no hours: $500.57 − $48.57 + $40.00 = $492.00 unpaid.
describe('the credits add up on the page', () => {
  it('prints what was paid beyond a week’s wages, so owed − paid + that = unpaid (PDF and DOCX)', async () => {
    const f = run(TWO_PLACES).computed!.flsa;
    expect([f.owedCents, f.paidCents, f.unpaidCents]).toEqual([50057, 4857, 49200]);
    for (const format of ['pdf', 'docx'] as const) {
      expect(await text(TWO_PLACES, format), format).toContain(
        'Wages paid (as credited, week by week) $48.57 Of which paid beyond the wages owed in its workweek, not carried to another workweek (29 C.F.R. §§ 776.4, 778.104) $40.00 Unpaid minimum wage and overtime (sum of the weekly shortfalls) $492.00',
      );
    }
  });

  it('no such row when no week was overpaid', async () => {
    const once = structuredClone(TWO_PLACES) as Record<string, any>;
    once.laborPeriods[1].wagesPaid = { payments: [{ date: '2009-07-24', amount: '100.00' }] };
    expect(await text(once, 'pdf')).not.toContain('Of which paid beyond');
  });
});
