// The web form's summary panel, its pure parts: what it shows of the server's computed values.
import { describe, expect, it } from 'vitest';
import { rfaAge } from '../../web/src/form/ages.js';
import { countdown, deadlineHeading, deadlineLine, dueLabels } from '../../web/src/form/countdown.js';
import { agreedRateLines, ATTESTATION_WORDS, federalOnlyRateLines, grossLineParts, instantInWords, inWords, longDate, monthsCovered, offsetInWords, weeksMixJobs, worksheetRateLines } from '../../web/src/form/words.js';
import { generate } from '../../src/pipeline.js';
import { pdfBodyText } from '../support/extract.js';
import { baseCase, parse, run } from '../kinds/restitution-worksheet/cases.js';
import { monthlyCalc } from '../../src/kinds/restitution-worksheet/view-gross.js';

describe('the RFA summary marks an age that rests on an estimate, as the draft does', () => {
  it('from a date of birth: the age and the days until 18 as computed', () => {
    expect(rfaAge({ ageAtSubmission: 16, daysLeftAsMinor: 420, dateOfBirthEstimated: false })).toEqual({ age: '16', daysUntil18: '420' });
  });
  it('from an estimated date of birth: both say "(estimated)"', () => {
    expect(rfaAge({ ageAtSubmission: 17, daysLeftAsMinor: 5, dateOfBirthEstimated: true })).toEqual({ age: '17 (estimated)', daysUntil18: '5 (estimated)' });
  });
  it('a child already 18 (a Part B draft, an estimate past 18): no negative count of days', () => {
    expect(rfaAge({ ageAtSubmission: 18, daysLeftAsMinor: -10, dateOfBirthEstimated: false })).toEqual({ age: '18', daysUntil18: 'none: 18 for 10 days' });
    expect(rfaAge({ ageAtSubmission: 18, daysLeftAsMinor: -1, dateOfBirthEstimated: true })).toEqual({ age: '18 (estimated)', daysUntil18: 'none: 18 for 1 day (estimated)' });
    expect(rfaAge({ ageAtSubmission: 18, daysLeftAsMinor: 0, dateOfBirthEstimated: false })).toEqual({ age: '18', daysUntil18: 'none: 18 today' });
  });
  it('from an age range given without a date of birth: "about 15 to 17", as the draft prints it', () => {
    expect(rfaAge({ ageAtSubmission: 15, ageUpTo: 17, daysLeftAsMinor: null, dateOfBirthEstimated: true })).toEqual({ age: 'about 15 to 17', daysUntil18: undefined });
    expect(rfaAge({ ageAtSubmission: 15, ageUpTo: null, daysLeftAsMinor: null, dateOfBirthEstimated: true })).toEqual({ age: 'about 15', daysUntil18: undefined });
  });
  it('a Part B draft: the age OTIP decides on, when Part A was submitted (ageAtSubmission, not the deprecated ageAtPreparation), said as such', () => {
    // Born July 10, 2008; Part A submitted July 8, 2026 (17), Part B prepared July 20 (18): tests/kinds/rfa/part-b.test.ts.
    const partB = { ageAtSubmission: 17, ageAtPreparation: 18, daysLeftAsMinor: -10, dateOfBirthEstimated: false, submittedAt: '2026-07-08T18:00:00-07:00' };
    expect(rfaAge(partB)).toEqual({ age: '17 when Part A was submitted', daysUntil18: 'none: 18 for 10 days' });
    expect(rfaAge({ ageAtSubmission: 17, ageAtPreparation: 17, ageUpTo: null, daysLeftAsMinor: null, dateOfBirthEstimated: true, submittedAt: '2026-07-08T18:00:00-07:00' })).toEqual({ age: 'about 17 when Part A was submitted', daysUntil18: undefined });
    // The deprecated field alone is no longer read.
    expect(rfaAge({ ageAtPreparation: 16, daysLeftAsMinor: 420, dateOfBirthEstimated: false })).toEqual({ age: undefined, daysUntil18: undefined });
  });
  it('from an age given without a date of birth: "about", and no days until 18', () => {
    expect(rfaAge({ ageAtSubmission: 15, daysLeftAsMinor: null, dateOfBirthEstimated: true })).toEqual({ age: 'about 15', daysUntil18: undefined });
  });
});

describe('a computed code in the summary is shown in words', () => {
  it('the attestation variants: where the declaration is signed, and the paragraph of 28 U.S.C. § 1746', () => {
    expect(inWords('inside-us', ATTESTATION_WORDS)).toBe('Signed inside the United States (28 U.S.C. § 1746(2))');
    expect(inWords('outside-us', ATTESTATION_WORDS)).toBe('Signed outside the United States (28 U.S.C. § 1746(1))');
  });
  it('a code the page does not know shows as itself, nothing as a dash, and no inherited name is taken for a code', () => {
    expect(inWords('on-the-moon', ATTESTATION_WORDS)).toBe('on-the-moon');
    expect(inWords(undefined, ATTESTATION_WORDS)).toBe('—');
    expect(inWords('toString', ATTESTATION_WORDS)).toBe('toString');
  });
});

describe('the RFA deadline countdown', () => {
  const H = 3_600_000;
  const now = Date.UTC(2026, 11, 5, 12, 0);
  it('in hours and minutes up to two days, either side of the deadline', () => {
    expect(countdown(now + 5 * H + 7 * 60_000, now)).toBe('5 h 07 min left');
    expect(countdown(now - (2 * H + 3 * 60_000), now)).toBe('overdue by 2 h 03 min');
    expect(countdown(now + 48 * H - 60_000, now)).toBe('47 h 59 min left');
    expect(countdown(now, now)).toBe('0 h 00 min left');
  });
  it('in days and hours from two days on: a case opened months late reads as such', () => {
    expect(countdown(now - 48 * H, now)).toBe('overdue by 2 days 0 h');
    // 6,505 h 9 min past the deadline: 271 days and 1 hour.
    expect(countdown(now - (6505 * H + 9 * 60_000), now)).toBe('overdue by 271 days 1 h');
    expect(countdown(now + 73 * H, now)).toBe('3 days 1 h left');
  });
});

describe('a computed date in the summary reads as the documents print it', () => {
  it('"2028-08-14" is "August 14, 2028", in every time zone (read at UTC midnight)', () => {
    expect(longDate('2028-08-14')).toBe('August 14, 2028');
    expect(longDate('2026-01-01')).toBe('January 1, 2026');
  });
  it('anything that is not a calendar date shows as itself, and nothing as a dash', () => {
    expect(longDate('soon')).toBe('soon');
    expect(longDate(undefined)).toBe('—');
  });
});

describe('the RFA deadline line of a Part B draft (computed.submittedAt)', () => {
  const H = 3_600_000;
  const due = Date.UTC(2026, 6, 9, 17, 0);
  const now = Date.UTC(2026, 6, 20, 21, 0);
  it('says whether Part A went in on time, never "overdue" days after an on-time submission', () => {
    expect(deadlineLine(due, due - 16 * H, now)).toBe('Part A submitted on time (16 h 00 min before the deadline)');
    expect(deadlineLine(due, due + 3 * H + 5 * 60_000, now)).toBe('Part A submitted 3 h 05 min after the deadline');
  });
  it('without a submission, the countdown', () => {
    expect(deadlineLine(due, null, now)).toBe(countdown(due, now));
  });
});

// The RFA's deadline said as a person says a time: the zone's name in English and its city, an
// offset in hours; the panel showed the contract's "(America/Chicago)" and "(UTC-05:00)".
describe('the RFA summary says the deadline’s time as a person does', () => {
  it('in the requester’s zone: its name in English and its city; in Eastern time, the name alone', () => {
    expect(instantInWords('2026-03-08T23:10:00-05:00', 'America/Chicago')).toBe('Sunday, March 8, 2026 at 11:10 PM Central Daylight Time (Chicago)');
    expect(instantInWords('2026-01-08T23:10:00-06:00', 'America/Chicago')).toBe('Thursday, January 8, 2026 at 11:10 PM Central Standard Time (Chicago)');
    expect(instantInWords('2026-01-08T23:10:00-06:00', 'America/New_York', false)).toBe('Friday, January 9, 2026 at 12:10 AM Eastern Standard Time');
    // "Central Standard Time" is also Guatemala's: the city says which.
    expect(instantInWords('2026-01-08T23:10:00-06:00', 'America/Guatemala')).toBe('Thursday, January 8, 2026 at 11:10 PM Central Standard Time (Guatemala)');
    expect(instantInWords('2026-01-08T23:10:00-06:00', 'America/Argentina/Buenos_Aires')).toBe('Friday, January 9, 2026 at 2:10 AM Argentina Standard Time (Buenos Aires)');
    // A zone English has no name for: its offset in words, never "GMT-5".
    expect(instantInWords('2026-01-08T23:10:00-06:00', 'Etc/GMT+5')).toBe('Friday, January 9, 2026 at 12:10 AM, 5 hours behind UTC');
  });

  it('without a zone: at the offset written in the preparation time, in hours', () => {
    expect(instantInWords('2026-03-08T23:10:00-05:00', null)).toBe('Sunday, March 8, 2026 at 11:10 PM, 5 hours behind UTC');
    expect(instantInWords('2026-03-08T23:10:00+05:30', null)).toBe('Sunday, March 8, 2026 at 11:10 PM, 5 hours 30 minutes ahead of UTC');
    expect(instantInWords('2026-03-08T23:10:00Z', null)).toBe('Sunday, March 8, 2026 at 11:10 PM UTC');
    expect(offsetInWords('-01:00')).toBe('1 hour behind UTC');
    for (const z of ['America/Chicago', 'America/New_York', 'Asia/Kolkata', 'Etc/GMT+5', null]) expect(instantInWords('2026-07-01T12:00:00-05:00', z)).not.toMatch(/[A-Z][a-z]+\/|GMT|UTC[+-]|[+-]\d\d:\d\d/);
  });
});

describe('the RFA summary’s deadline heading says which deadline it is', () => {
  it('a Part B’s is Part A’s, already submitted; a birthday’s is not the 24 hours', () => {
    expect(deadlineHeading({ submittedAt: '2026-07-08T18:00:00-07:00', dueReason: '24-hours' })).toBe('Deadline of Part A, already submitted');
    expect(deadlineHeading({ submittedAt: null, dueReason: 'turns-18' })).toBe('Deadline: before the 18th birthday');
    expect(deadlineHeading({ submittedAt: null, dueReason: '24-hours' })).toBe('24-hour deadline');
  });
});

// The worksheet's weeks valued on an agreed rate: the hours at each rate its regular rate averages
// (29 C.F.R. § 778.115), which the check computed and the page never showed.
describe('the hours at each agreed rate', () => {
  it('one line a week, each rate with its hours, and the regular rate', () => {
    const weeks = [
      { weekStart: '2009-06-21', regularRateCents: '1250', regularRateHours: [{ rateCents: 1250, hours: 46 }] },
      { weekStart: '2009-06-28', regularRateCents: null, regularRateHours: null },
      { weekStart: '2009-07-05', regularRateCents: '1189', regularRateHours: [{ rateCents: 1250, hours: 40 }, { rateCents: 725, hours: 6.5 }] },
    ];
    expect(agreedRateLines(weeks)).toEqual([
      'Week of June 21, 2009: 46 h at $12.50; regular rate $12.50',
      'Week of July 5, 2009: 40 h at $12.50, 6.5 h at $7.25; regular rate $11.89',
    ]);
  });
  // Review, round r54: a week with a period paid by the day beside the agreed rate read "36 h at
  // $12.00; regular rate $12.25", a rate the day-rate pay averaged in without a word of it.
  it('a week with hours paid by the day too: those hours and their day-rate pay, which the regular rate averages in', () => {
    const week = { weekStart: '2012-03-04', regularRateCents: '1225', regularRateHours: [{ rateCents: 1200, hours: 36 }], dayRates: [{ period: 1, dayRateCents: 15000, days: 3, hours: 36, payCents: 45000, minimumWageStraightCents: '26100' }] };
    expect(agreedRateLines([week])).toEqual(['Week of March 4, 2012: 36 h at $12.00, 36 h paid by the day ($150.00 a day × 3 days = $450.00); regular rate $12.25']);
  });
  it('nothing for a case without agreed rates, or without weeks', () => {
    expect(agreedRateLines([{ weekStart: '2009-06-21', regularRateHours: null }])).toEqual([]);
    expect(agreedRateLines(undefined)).toEqual([]);
  });
});

// The draft's box says "Due (UTC-05:00)" when no zone is given; the panel said "requester’s time" of
// a time at the written offset, which may not be the requester's clock.
describe('the RFA summary names the clock its due time is on, as the draft does', () => {
  it('no zone given: the offset the server’s dueAt carries, said as the offset written in the preparation time', () => {
    expect(dueLabels({ timeZone: null, dueAt: '2026-11-01T20:00:00-05:00' }).due).toBe('Due, UTC-05:00 (no time zone given: the offset written in the preparation time)');
    expect(dueLabels({ timeZone: null, dueAt: '2026-07-12T09:55:00Z' }).due).toBe('Due, UTC (no time zone given: the offset written in the preparation time)');
    expect(dueLabels({ timeZone: null, dueAt: '2026-07-12T09:55:00+05:30', submittedAt: '2026-07-11T10:00:00+05:30' })).toEqual({
      due: 'Part A was due, UTC+05:30 (no time zone given: the offset written in the preparation time)',
      submitted: 'Part A submitted, UTC+05:30 (no time zone given: the offset written in the preparation time)',
    });
  });
  it('a zone given: the requester’s time (the time itself names the zone); nothing computed yet: the same', () => {
    expect(dueLabels({ timeZone: 'America/Chicago', dueAt: '2026-11-01T20:00:00-06:00' }).due).toBe('Due, requester’s time');
    expect(dueLabels({}).due).toBe('Due, requester’s time');
  });
});

// The worksheet prints, under its workweek table, a line for each week of more than one rate or
// job; in a week of two jobs on an agreed rate, each job's hours, straight time and pay and the sum
// to "Owed" (worked example 16). The page showed its own shorter line and none of the by-job
// figures: it now shows the worksheet's lines as the check returns them (computed.rateLines).
describe('the worksheet’s lines under the workweek table, on the page as in the PDF', () => {
  it('worked example 16 with the cleaning job paid $150.00: the by-job figures, word for word', async () => {
    const restaurant = { label: 'Restaurant', startDate: '2023-01-01', endDate: '2023-01-07', weeklySchedule: { monday: 12, tuesday: 12, wednesday: 12, thursday: 12, friday: 12 }, wagesPaid: { payments: [{ date: '2023-01-02', amount: '1050.00' }] } };
    const cleaning = { label: 'Cleaning', startDate: '2023-01-01', endDate: '2023-01-07', agreedRate: '15.00', weeklySchedule: { sunday: 14, monday: 4, tuesday: 4, wednesday: 4, thursday: 4, friday: 4, saturday: 4 }, wagesPaid: { payments: [{ date: '2023-01-02', amount: '150.00' }] } };
    const input = baseCase({ settings: { liquidatedDamages: false }, laborPeriods: [restaurant, cleaning] });
    // What the page receives: the check's answer as JSON.
    const answer = JSON.parse(JSON.stringify(run(input).computed)) as unknown;
    const lines = worksheetRateLines(answer);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('By job (each job’s pay is credited to its own straight time');
    expect(lines[0]).toContain('period 2, 38 hours: straight time $275.50 at the minimum wage and $570.00 at the agreed rate, paid $150.00');
    expect(lines[0]).toMatch(/rounded to \$1,219\.74$/);
    expect(weeksMixJobs(answer)).toBe(true);
    // Word for word what the PDF prints (its lines rewrapped).
    const { bytes } = await generate({ kind: 'restitution-worksheet', input, format: 'pdf' });
    const squash = (s: string) => s.replace(/\s+/g, ' ');
    // The running banner, header and footer between two pages taken out, as a reader skips them.
    expect(squash(pdfBodyText(bytes))).toContain(squash(lines[0]!));
  });
  it('nothing when the answer has none', () => {
    expect(worksheetRateLines({ rateLines: [] })).toEqual([]);
    expect(worksheetRateLines(undefined)).toEqual([]);
    expect(weeksMixJobs({ weeks: [{ jobs: null }] })).toBe(false);
  });
});

// With state rates the worksheet prints, under its figure without them, the workweeks of two
// federal rates (computed.federalOnlyRateLines, worksheet 2.24.0); the summary showed F's lines and
// not these (round r60). Worked example 40: Illinois, June 21 to August 8, 2009, Monday to Saturday
// 10 hours; the week of July 19 is 40 h at $6.55 and 20 h at $7.25 (the federal raise of Friday
// July 24, 2009, 29 U.S.C. § 206(a)(1)(C)).
describe('the lines under the figure without state rates, on the page as in the PDF', () => {
  const input = baseCase({
    victim: { identifier: 'K.M.', minor: false, minorDuringOffense: true, dateOfBirth: '1991-07-29' },
    settings: { minimumWage: 'higher-of-federal-and-state', liquidatedDamages: false },
    laborPeriods: [{ label: 'Restaurant kitchen', startDate: '2009-06-21', endDate: '2009-08-08', state: 'IL', weeklySchedule: { monday: 10, tuesday: 10, wednesday: 10, thursday: 10, friday: 10, saturday: 10 } }],
  });

  it('worked example 40: the federal week of two rates, word for word, and not among F’s lines', async () => {
    const answer = JSON.parse(JSON.stringify(run(input).computed)) as unknown;
    const lines = federalOnlyRateLines(answer);
    expect(lines).toEqual(['July 19, 2009: $6.55 for 40 hours and $7.25 for 20 hours; weighted-average regular rate $6.783333']);
    expect(worksheetRateLines(answer)).toEqual(['June 28, 2009: $7.75 for 20 hours and $8.00 for 40 hours; weighted-average regular rate $7.916667']);
    const { bytes } = await generate({ kind: 'restitution-worksheet', input, format: 'pdf' });
    const squash = (s: string) => s.replace(/\s+/g, ' ');
    expect(squash(pdfBodyText(bytes))).toContain(squash(lines[0]!));
  });
  it('nothing without state rates, or from an answer without the list', () => {
    const federal = baseCase({ settings: { liquidatedDamages: false }, laborPeriods: [{ startDate: '2009-07-19', endDate: '2009-07-25', weeklySchedule: { monday: 10, tuesday: 10, wednesday: 10, thursday: 10, friday: 10, saturday: 10 } }] });
    expect(federalOnlyRateLines(JSON.parse(JSON.stringify(run(federal).computed)))).toEqual([]);
    expect(federalOnlyRateLines({ federalOnlyRateLines: [3, null] })).toEqual([]);
    expect(federalOnlyRateLines(undefined)).toEqual([]);
  });
});

// The summary showed G's total alone: a person who typed a monthly line (a contract billed $3,000.00
// a month, from March 15 to June 30, 2024) could not check its months or figure (review, round r55).
// Each G line now shows its parts as typed and what they make, the months as the worksheet prints them.
describe('the worksheet summary’s G lines: each line’s parts and what they make', () => {
  const dollars = (cents: unknown) => (typeof cents === 'number' ? (cents / 100).toLocaleString('en-US', { style: 'currency', currency: 'USD' }) : '—');
  const monthly = { label: 'Cleaning contract', incomeFrom: 'labor', monthlyEarnings: '3,000.00', startDate: '2024-03-15', endDate: '2024-06-30' };
  const acts = { label: 'Acts sold', incomeFrom: 'commercial-sex-acts', days: 15, actsPerDay: 6, pricePerAct: '80.00', defendantShare: 0.5 };
  const daily = { label: 'Restaurant', incomeFrom: 'labor', days: 40, dailyEarnings: '$22.50' };
  const amount = { label: 'Invoices', incomeFrom: 'labor', amount: 1845, victims: 3 };

  it('a monthly line: the figure a month × the months covered (part months as days ÷ days), its dates and its gross; the months as the worksheet prints them', () => {
    const input = baseCase({ grossIncome: [monthly, acts, daily, amount] });
    const answer = JSON.parse(JSON.stringify(run(input).computed)) as { grossIncome: { lines: Record<string, unknown>[] } };
    const lines = answer.grossIncome.lines.map((l, i) => {
      const { label, parts } = grossLineParts([monthly, acts, daily, amount][i]!, l, dollars);
      return `${label}: ${parts}`;
    });
    expect(lines).toEqual([
      'Cleaning contract: $3,000.00 a month × (17 ÷ 31 + 3) months, March 15, 2024 to June 30, 2024 = $10,645.16',
      'Acts sold: 15 days × 6 acts a day × $80.00 = $7,200.00; the defendant’s share, 0.5: $3,600.00',
      'Restaurant: 40 days × $22.50 a day = $900.00',
      'Invoices: $1,845.00 ÷ 3 victims = $615.00',
    ]);
    // The months as the worksheet's G table prints them (its line's computation, view-gross.ts).
    expect(monthlyCalc(parse(input).grossIncome[0]!)).toMatch(/^\$3,000\.00 a month × \(17 ÷ 31 \+ 3\) months \(March 15, 2024 to June 30, 2024:/);
  });

  it('monthsCovered: whole months counted, a month partly covered as its days; one day, one month, a year end; dates not whole or the wrong way round, none', () => {
    expect(monthsCovered('2024-03-01', '2024-03-31')).toBe('1 month');
    expect(monthsCovered('2024-02-10', '2024-02-10')).toBe('1 ÷ 29 months');
    expect(monthsCovered('2023-11-16', '2024-02-15')).toBe('(15 ÷ 30 + 2 + 15 ÷ 29) months');
    expect(monthsCovered('2024-01-01', '2024-12-31')).toBe('12 months');
    expect(monthsCovered('2024-06-30', '2024-03-15')).toBeUndefined();
    expect(monthsCovered('2024-03', '2024-06-30')).toBeUndefined();
  });
});
