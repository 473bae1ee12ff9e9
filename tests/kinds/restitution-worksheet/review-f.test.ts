// The sixth practitioner review of the restitution worksheet, read as a judge and as opposing
// counsel would, on cases earlier rounds did not try: losses a victim compensation fund paid,
// and the other findings of the round besides the agreed rate (agreed-rate.test.ts). Each test
// holds one finding to its fix.
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/pipeline.js';
import { pdfText, docxText } from '../../support/extract.js';
import { baseCase, run, WEEKDAYS_ONLY } from './cases.js';

const K = 'restitution-worksheet';

/** One week of 50 hours, nothing paid, no losses. */
const WEEK = baseCase({ laborPeriods: [{ startDate: '2024-03-03', endDate: '2024-03-09', weeklySchedule: WEEKDAYS_ONLY(10) }] });

describe('a loss paid in part by a victim compensation program (18 U.S.C. § 3664(f)(1)(B), (j)(1))', () => {
  const paidByFund = baseCase({
    losses: [{ category: 'medical', description: 'Emergency room visit, paid by the state victim compensation fund', amount: '2400.00', projected: false }],
  });

  it.each(['pdf', 'docx'] as const)('%s: the loss is claimed in full and the worksheet says who receives the part a third party paid', async (format) => {
    const g = await generate({ kind: K, input: paidByFund, format });
    const t = (format === 'pdf' ? pdfText(g.bytes) : docxText(g.bytes))
      .replace(/\s+/g, ' ')
      .replace(/ ?Page \d+ of \d+ CONFIDENTIAL — .*? Restitution worksheet · prepared [A-Z][a-z]+ \d+, \d{4}/g, '');
    expect(t).toContain('Each loss is stated at its full amount, whether or not insurance or a victim compensation program has paid any of it: the court may not consider such compensation in determining the amount of restitution (18 U.S.C. § 3664(f)(1)(B)).');
    expect(t).toContain('the court orders that part of the restitution paid to the third party, after the victim has been paid in full (18 U.S.C. § 3664(j)(1))');
    expect(run(paidByFund).computed.totalCents).toBe(240000);
  });

  it('is not said on a worksheet with no losses', async () => {
    const g = await generate({ kind: K, input: WEEK, format: 'pdf' });
    expect(pdfText(g.bytes)).not.toContain('3664(j)(1)');
  });
});

describe('a victim who was a minor for part of the labor', () => {
  // Without a date of birth the case does not say which days of the labor were a child's: said of
  // the labor before the eighteenth birthday (worksheet 2.22.0; review-r57.test.ts has the days).
  const sentence = 'The victim was under 18 during at least part of the offense; for the labor done before the victim turned 18, the full minimum wage and overtime are valued for every hour, as for an adult.';
  const grown = baseCase({
    victim: { identifier: 'A.P.', minor: false, minorDuringOffense: true },
    laborPeriods: [{ startDate: '2024-03-03', endDate: '2024-03-09', weeklySchedule: WEEKDAYS_ONLY(10) }],
  });

  it.each(['pdf', 'docx'] as const)('%s: says why no youth or subminimum wage is applied, and that child labor penalties are not claimed; no figure changes', async (format) => {
    const g = await generate({ kind: K, input: grown, format });
    const t = (format === 'pdf' ? pdfText(g.bytes) : docxText(g.bytes))
      .replace(/\s+/g, ' ')
      .replace(/ ?Page \d+ of \d+ CONFIDENTIAL — .*? Restitution worksheet · prepared [A-Z][a-z]+ \d+, \d{4}/g, '');
    expect(t).toContain(sentence);
    expect(t).toContain('The youth opportunity wage (29 U.S.C. § 206(g)) is an option of an employer, only for an employee under 20 and only in the first 90 consecutive calendar days of the employment');
    expect(t).toContain('the civil money penalties for the breach (29 U.S.C. § 216(e)) are not restitution to the victim and are not claimed.');
    const adult = baseCase({ ...grown, victim: { identifier: 'A.P.', minor: false } });
    expect(run(grown).computed).toEqual(run(adult).computed);
  });

  it('not said for an adult victim, nor where there is no labor', async () => {
    const adult = baseCase({ ...WEEK, victim: { identifier: 'A.P.', minor: false } });
    expect(pdfText((await generate({ kind: K, input: adult, format: 'pdf' })).bytes)).not.toContain('youth opportunity wage');
    const noLabor = baseCase({ losses: [{ category: 'medical', description: 'Clinic', amount: '100.00', projected: false }] });
    expect(pdfText((await generate({ kind: K, input: noLabor, format: 'pdf' })).bytes)).not.toContain('youth opportunity wage');
  });
});

describe('hours recorded per day, with no weekly schedule', () => {
  const logOnly = baseCase({
    laborPeriods: [
      {
        startDate: '2024-03-04',
        endDate: '2024-03-09',
        days: [
          { date: '2024-03-04', hours: 9.5 },
          { date: '2024-03-05', hours: 11.25 },
          { date: '2024-03-07', hours: 7.3333 },
          { date: '2024-03-09', hours: 14 },
        ],
      },
    ],
  });

  it.each(['pdf', 'docx'] as const)('%s: the log is the period’s hours, with their total, not entries that “replace the schedule”', async (format) => {
    const g = await generate({ kind: K, input: logOnly, format });
    const t = (format === 'pdf' ? pdfText(g.bytes) : docxText(g.bytes)).replace(/\s+/g, ' ');
    // 9.5 + 11.25 + 7.3333 + 14 = 42.0833 hours, the workweek's hours in the table.
    expect(t).toContain('4 dated entries, 42.0833 hours in all: the hours of each day worked in the period (no weekly schedule)');
    expect(t).not.toContain('replace the schedule');
    expect(run(logOnly).computed.weeks.map((w) => w.hours)).toEqual([42.0833]);
  });

  it('beside a schedule, the entries still replace it on their dates', async () => {
    const both = baseCase({ laborPeriods: [{ startDate: '2024-03-03', endDate: '2024-03-09', weeklySchedule: WEEKDAYS_ONLY(10), days: [{ date: '2024-03-05', hours: 4 }, { date: '2024-03-06', hours: 12 }] }] });
    const t = pdfText((await generate({ kind: K, input: both, format: 'pdf' })).bytes).replace(/\s+/g, ' ');
    expect(t).toContain('2 dated entries replace the schedule on those dates');
  });
});
