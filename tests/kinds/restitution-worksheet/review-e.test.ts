// The fifth practitioner review of the restitution worksheet, read as opposing counsel would: a
// worksheet of several years across three minimum-wage changes falling mid-workweek, 80-hour weeks
// paid $100.00 in cash most Fridays, three defendants, government figures for G above and below F,
// projected losses in several categories, and a victim who was a child during the labor and is an
// adult now. Each test holds one finding to its fix.
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
