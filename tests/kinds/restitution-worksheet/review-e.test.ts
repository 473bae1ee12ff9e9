// The fifth practitioner review of the restitution worksheet, read as opposing counsel would: a
// worksheet of several years across three minimum-wage changes falling mid-workweek, 80-hour weeks
// paid $100.00 in cash most Fridays, three defendants, government figures for G above and below F,
// projected losses in several categories, and a victim who was a child during the labor and is an
// adult now. Each test holds one finding to its fix.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/pipeline.js';
import { docxText, pdfText } from '../../support/extract.js';
import { baseCase, EVERY_DAY, run } from './cases.js';

const K = 'restitution-worksheet';

/** The worksheet's text in one format, whitespace squashed (line breaks fall anywhere). */
async function text(data: unknown, format: 'pdf' | 'docx'): Promise<string> {
  const g = await generate({ kind: K, input: data, format });
  return (format === 'pdf' ? pdfText(g.bytes) : docxText(g.bytes)).replace(/\s+/g, ' ');
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
    expect(t).toContain('$1,616.25 The total is requested from all 3 defendants jointly and severally: each is liable for payment of the full amount');
    expect(t).toContain('The court may instead apportion liability among the defendants');
    expect(t).toContain('(§ 3664(f)(1)(A))');
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
    expect(full).toContain('Joint and several: every gross-income line in full');
    expect(full).not.toContain('is counted)');
  });
});
