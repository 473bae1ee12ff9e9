// The fifth practitioner review of the restitution worksheet, read as opposing counsel would: a
// worksheet of several years across three minimum-wage changes falling mid-workweek, 80-hour weeks
// paid $100.00 in cash most Fridays, three defendants, government figures for G above and below F,
// projected losses in several categories, and a victim who was a child during the labor and is an
// adult now. Each test holds one finding to its fix.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getKind } from '../../../src/kinds/index.js';
import { caseJsonSchema } from '../../../src/kinds/json-schema.js';
import { generate } from '../../../src/pipeline.js';
import { docxParts, docxText, pdfText } from '../../support/extract.js';
import { assumptions } from '../../../src/kinds/restitution-worksheet/view-assumptions.js';
import { baseCase, EVERY_DAY, issuesOf, parse, run } from './cases.js';

const K = 'restitution-worksheet';

/**
 * The worksheet's text in one format, whitespace squashed (line breaks fall anywhere); a DOCX's
 * page headers (where its banner is) are read too, after the body.
 */
async function text(data: unknown, format: 'pdf' | 'docx'): Promise<string> {
  const g = await generate({ kind: K, input: data, format });
  // A page's footer and the next page's banner and running head are cut out of a PDF's text, so
  // that a sentence reads whole wherever a page breaks it (the page count changes with the text).
  if (format === 'pdf') return pdfText(g.bytes).replace(/\s+/g, ' ').replace(/ ?Page \d+ of \d+ CONFIDENTIAL — .*? Restitution worksheet · prepared [A-Z][a-z]+ \d+, \d{4}/g, '');
  const headers = Object.entries(docxParts(g.bytes))
    .filter(([name]) => /^word\/header\d*\.xml$/.test(name))
    .map(([, xml]) => xml.replace(/<[^>]+>/g, ''));
  return [docxText(g.bytes), ...headers].join(' ').replace(/\s+/g, ' ');
}

// One week of 10 hours a day at $7.25, no liquidated damages: 70 h, 40 × $7.25 + 30 × $10.875 =
// $616.25 (F); one loss of $1,000.00. Total $1,616.25.
const WEEK = {
  settings: { liquidatedDamages: false },
  laborPeriods: [{ startDate: '2012-03-04', endDate: '2012-03-10', weeklySchedule: EVERY_DAY(10) }],
  losses: [{ category: 'medical', description: 'Clinic visits', amount: '1000.00', projected: false }],
};

describe('several defendants', () => {
  const three = baseCase({ ...WEEK, defendants: ['Rowan Tessaly', 'Imre Valcourt', 'Oda Brennick'] });

  it.each(['pdf', 'docx'] as const)('%s: the total says it is asked of each defendant jointly and severally, and that the court may apportion (18 U.S.C. § 3664(h))', async (format) => {
    expect(run(three).computed!.totalCents).toBe(161625);
    const t = await text(three, format);
    expect(t).toContain('$1,616.25 The total is requested from all three defendants jointly and severally: each is liable for payment of the full amount');
    expect(t).toContain('The court may instead apportion liability among the defendants');
    expect(t).toContain('(§ 3664(f)(1)(A))');
  });

  it.each(['pdf', 'docx'] as const)('%s: with a share below 1, the row counting every line in full is not also called "joint and several", which the total as requested already is', async (format) => {
    // G: 10 days × $100.00 a day = $1,000.00, the defendant's share 0.5: $500.00, below F
    // ($616.25); in full $1,000.00, above it: $1,000.00 + $1,000.00 = $2,000.00.
    const shared = baseCase({
      ...WEEK,
      defendants: ['Rowan Tessaly', 'Imre Valcourt'],
      grossIncome: [{ label: 'Day labor billed', incomeFrom: 'labor', days: 10, dailyEarnings: '100.00', defendantShare: 0.5, evidence: 'Exhibit 2' }],
    });
    expect(run(shared).computed!.alternatives.jointAndSeveral!.totalCents).toBe(200000);
    const t = await text(shared, format);
    expect(t).toContain('requested from both defendants jointly and severally');
    expect(t).toContain('Every gross-income line in full, not only the defendant’s share: the gross income of all who shared in it, for which the court may make each defendant liable (18 U.S.C. § 3664(h))');
    expect(t).not.toContain('Joint and several:');
    expect(t.match(/jointly and severally|joint and several/gi)).toHaveLength(1);
  });

  it('two defendants read "both"; one defendant, nothing about liability among defendants', async () => {
    expect(await text(baseCase({ ...WEEK, defendants: ['Rowan Tessaly', 'Imre Valcourt'] }), 'pdf')).toContain('requested from both defendants jointly and severally');
    const one = await text(baseCase(WEEK), 'pdf');
    expect(one).not.toContain('jointly and severally');
    expect(one).not.toContain('apportion liability');
  });
});

describe('an open legal choice whose total counts the other of G and F', () => {
  // Florida, Sun 2021-10-03 to Sat 2021-10-09, 10 h a day (70 h), state rates on, no liquidated
  // damages. With Florida's $10.00 (from September 30, 2021): 40 × $10.00 + 30 × $15.00 = $850.00.
  // At the federal $7.25: 40 × $7.25 + 30 × $10.875 = $616.25. G (labor) $700.00, L $1,000.00.
  // As requested: $1,000.00 + max($700.00, $850.00) = $1,850.00. Federal rate alone:
  // $1,000.00 + max($700.00, $616.25) = $1,700.00, which is L + G, not L + F ($1,616.25).
  const federalBelowG = baseCase({
    settings: { minimumWage: 'higher-of-federal-and-state', liquidatedDamages: false },
    laborPeriods: [{ startDate: '2021-10-03', endDate: '2021-10-09', state: 'FL', weeklySchedule: EVERY_DAY(10) }],
    grossIncome: [{ label: 'Nursery sales', incomeFrom: 'labor', amount: '700.00', evidence: 'Exhibit 5' }],
    losses: [{ category: 'medical', description: 'Clinic visits', amount: '1000.00', projected: false }],
  });

  it.each(['pdf', 'docx'] as const)('%s: the row at the federal rate says F falls below G and that G is counted', async (format) => {
    const c = run(federalBelowG).computed!;
    expect([c.flsa.totalCents, c.totalCents, c.alternatives.federalOnly!.flsaCents, c.alternatives.federalOnly!.totalCents]).toEqual([85000, 185000, 61625, 170000]);
    const t = await text(federalBelowG, format);
    expect(t).toContain('F at the federal minimum wage alone, without state rates (F is then $616.25, below G, so G, $700.00, is counted)');
  });

  // Federal rate, 70 h in the week of Sun 2012-03-04, no liquidated damages: F = $616.25; G (labor)
  // $1,000.00; L $500.00. As requested: $500.00 + $1,000.00 (G) = $1,500.00. With liquidated damages
  // F = $1,232.50, above G: $500.00 + $1,232.50 = $1,732.50.
  const gAsRequested = baseCase({
    settings: { liquidatedDamages: false },
    laborPeriods: [{ startDate: '2012-03-04', endDate: '2012-03-10', weeklySchedule: EVERY_DAY(10) }],
    grossIncome: [{ label: 'Cleaning contracts', incomeFrom: 'labor', amount: '1000.00', evidence: 'Exhibit 6' }],
    losses: [{ category: 'medical', description: 'Clinic visits', amount: '500.00', projected: false }],
  });

  it('G as requested: the row with liquidated damages says F is then counted; a row that counts the same one says nothing more', async () => {
    const c = run(gAsRequested).computed!;
    expect([c.laborValue.method, c.totalCents, c.alternatives.withLiquidatedDamages!.totalCents]).toEqual(['gross-income', 150000, 173250]);
    const t = await text(gAsRequested, 'pdf');
    expect(t).toContain('F with liquidated damages equal to the unpaid wages (29 U.S.C. § 216(b); United States v. Edwards, 995 F.3d 342 (4th Cir. 2021)) (F is then $1,232.50, not less than G, so F is counted)');
    // The full example: its five alternatives all count F, as its total does.
    const full = await text(JSON.parse(readFileSync(new URL('../../../fixtures/restitution-worksheet/full.json', import.meta.url), 'utf8')), 'pdf');
    expect(full).toContain('Every gross-income line in full, not only the defendant’s share');
    expect(full).not.toContain('is counted)');
  });
});

describe('a victim who was a child during the offense and is an adult now', () => {
  // minor: false (18 or older on preparedOn), minorDuringOffense: true.
  const grown = baseCase({ ...WEEK, victim: { identifier: 'R.T.', minor: false, minorDuringOffense: true } });
  const CHILD_BANNER = 'CONFIDENTIAL — child victim (18 U.S.C. § 3509(d)): file under seal';

  it.each(['pdf', 'docx'] as const)('%s: marked and offered for filing under seal as concerning a child victim (18 U.S.C. § 3509(d)), with no payee line', async (format) => {
    const t = await text(grown, format);
    expect(t).toContain(CHILD_BANNER);
    expect(t).not.toContain('consider filing under seal');
    expect(t).not.toContain('Fed. R. Crim. P. 49.1):');
    expect(t).toContain('The victim was a minor during the offense and is identified by initials or a pseudonym only (18 U.S.C. § 3509(d)).');
    expect(t).toContain('This worksheet discloses information concerning the victim as a child: the victim was under 18 during the offense.');
    expect(t).toContain('should the court read § 3509(d) as no longer applying once the victim is 18, counsel asks that it be sealed or redacted');
    // The payee line of § 1593(c) is for a victim under 18 now.
    expect(t).not.toContain('Payee:');
  });

  it('the name check warns as for a minor, citing § 3509(d) alone; no payee is asked for; no figure changes', () => {
    const named = baseCase({ ...WEEK, victim: { identifier: 'Rosa Tellez', minor: false, minorDuringOffense: true } });
    const w = run(named).warnings;
    expect(w.filter((x) => x.code === 'minor-full-name').map((x) => x.message)).toEqual([
      'the victim was a minor during the offense and this looks like a full name; use initials or a pseudonym (18 U.S.C. § 3509(d))',
    ]);
    expect(w.map((x) => x.code)).not.toContain('payee-needed');
    const adult = baseCase({ ...WEEK, victim: { identifier: 'Rosa Tellez', minor: false } });
    expect(run(adult).warnings.map((x) => x.code)).not.toContain('minor-full-name');
    expect(run(named).computed).toEqual(run(adult).computed);
  });

  it('an adult who does not say so keeps the adult banner; a minor now is a minor during the offense, and false beside minor: true is refused', async () => {
    expect(await text(baseCase({ ...WEEK, victim: { identifier: 'R.T.', minor: false } }), 'pdf')).toContain("CONFIDENTIAL — victim's privacy (18 U.S.C. § 3771(a)(8)): consider filing under seal");
    const minor = await text(baseCase({ ...WEEK, victim: { identifier: 'R.T.', minor: true, minorDuringOffense: true, payee: { name: 'Lena Whitcombe', role: 'legal-guardian' } } }), 'pdf');
    expect(minor).toContain('CONFIDENTIAL — child victim (18 U.S.C. § 3509(d); Fed. R. Crim. P. 49.1): file under seal');
    const contradiction = issuesOf(baseCase({ ...WEEK, victim: { identifier: 'R.T.', minor: true, minorDuringOffense: false, payee: { name: 'Lena Whitcombe', role: 'legal-guardian' } } }));
    expect(contradiction.map((i) => [i.path, i.code])).toEqual([['victim.minorDuringOffense', 'invalid-value']]);
  });
});

describe('losses as 18 U.S.C. § 2259(c)(2) words them', () => {
  const costs = baseCase({
    ...WEEK,
    losses: [
      { category: 'attorney-fees', description: 'Counsel for the restitution hearing', amount: '2500.00', projected: false },
      { category: 'therapy', description: 'Physical therapy', projected: true, basis: { units: 40, unit: 'session', rate: '95.00', years: 3 } },
    ],
  });

  it.each(['pdf', 'docx'] as const)('%s: the rule names the causal requirement, and (E) is the statute’s “as well as other costs incurred”, not “litigation costs”', async (format) => {
    const t = await text(costs, format);
    expect(t).toContain('Losses are the costs the victim incurred, or is reasonably projected to incur in the future, as a proximate result of the offense, including the categories of 18 U.S.C. § 2259(c)(2)(A)–(F)');
    expect(t).toContain("Reasonable attorneys' fees, as well as other costs incurred");
    expect(t).not.toContain('litigation costs');
  });
});

describe('a tipped worker or one paid by the piece (the case data has no field for either)', () => {
  it.each(['pdf', 'docx'] as const)('%s: the worksheet says no tip credit is taken, tips are not credited, and piece pay is a wage paid', async (format) => {
    const t = await text(baseCase(WEEK), format);
    expect(t).toContain('The full minimum wage is owed for every hour worked. No tip credit is taken: an employer may count tips toward the minimum wage only if it informed the employee of the tip credit and the employee kept all tips (29 U.S.C. § 203(m)(2)(A)), and tips the victim received are not credited as wages paid.');
    expect(t).toContain('Pay by the piece, the day or the job is credited as wages paid in the workweek it was paid');
  });

  it('not said where there is no labor; the form’s help for wages paid says to leave tips out', async () => {
    const noLabor = baseCase({ losses: WEEK.losses });
    expect(await text(noLabor, 'pdf')).not.toContain('tip credit');
    const wagesPaid = JSON.stringify(caseJsonSchema(getKind(K)));
    expect(wagesPaid).toContain('tips from customers (not wages paid by the employer: no tip credit is taken, 29 U.S.C. § 203(m)(2)(A))');
  });
});

describe('liquidated damages on top of F (29 U.S.C. § 216(b))', () => {
  it.each(['pdf', 'docx'] as const)('%s: the assumption says why they are included and what the other side held', async (format) => {
    const t = await text(baseCase({ ...WEEK, settings: {} }), format);
    expect(t).toContain('which held that the value of the victim’s labor under the FLSA’s guarantees includes them: they compensate for the delay in payment and are not a penalty.');
    // The district court's ruling as the Fourth Circuit reports it, in its words, with its docket:
    // it ordered the wages and overtime and held liquidated damages "statutory punitive damages".
    // (The PDF's text drops a hyphen that ends a line, so the docket is read on its own.)
    expect(t).toMatch(/The district court there \(No\. 4:17-cr-00907-?RBH \(D\.S\.C\.\)\)/);
    expect(t).toContain('(D.S.C.)) had ordered the unpaid minimum wages and overtime but left out liquidated damages as “statutory punitive damages” available only in civil cases, as the court of appeals reports its ruling, which it vacated in part; courts outside the Fourth Circuit may decide otherwise.');
    expect(t).not.toContain('punitive damages available only in a civil action');
  });
});

describe('interest (18 U.S.C. § 3612(f))', () => {
  it.each(['pdf', 'docx'] as const)('%s: post-judgment interest is said to be for the court and the clerk, on the judgment, and not computed; with or without labor', async (format) => {
    const sentence =
      'Interest is not included. Interest after judgment on restitution of more than $2,500 accrues under 18 U.S.C. § 3612(f) on the amount the judgment orders, for the court and the clerk to apply, and is not computed here; counsel may consider whether to request interest for the time before judgment.';
    expect(await text(baseCase(WEEK), format)).toContain(sentence);
    expect(await text(baseCase({ losses: WEEK.losses }), format)).toContain(sentence);
  });
});

// Template 2.18.0, opposing counsel's review of a victim paid in tips alone at a restaurant: the
// defence's tip credit, were it proved, cannot take F below a cash wage of $2.13 an hour and the
// overtime on the full minimum wage (29 U.S.C. § 203(m)(2)(A)(i); 29 C.F.R. §§ 531.59, 531.60).
// A 50-hour week at $7.25: F owes 40 × $7.25 + 10 × $10.875 = $398.75 as computed; with a full
// credit the floor is 40 × $2.13 + 10 × $5.755 = $142.75, which the court can rebuild from the page
// (worked example 27).
describe('a victim paid in tips alone: the floor a tip credit would leave', () => {
  it('the assumption gives the cash wage, the largest credit and the overtime hour’s floor, each cited', () => {
    const raw = baseCase({ laborPeriods: [{ label: 'Restaurant, tips only', startDate: '2024-01-07', endDate: '2024-01-13', state: 'TX', weeklySchedule: { monday: 10, tuesday: 10, wednesday: 10, thursday: 10, friday: 10 } }] });
    const r = run(raw);
    expect(r.computed.weeks.map((w) => w.owedCents)).toEqual([39875]);
    const said = assumptions(parse(raw), r.computed).find((a) => a.startsWith('The full minimum wage is owed for every hour worked.'))!;
    expect(said).toContain('Even a tip credit proved would leave a cash wage of at least $2.13 an hour owed (29 U.S.C. § 203(m)(2)(A)(i))');
    expect(said).toContain('the credit is at most the federal minimum wage less that cash wage ($5.12 an hour since July 24, 2009), and only as far as tips the victim kept reach it (29 C.F.R. § 531.59)');
    expect(said).toContain('an overtime hour owes at least one and one-half times it less the same credit (1.5 × $7.25 − $5.12 = $5.755 at $7.25: 29 C.F.R. § 531.60)');
  });
});
