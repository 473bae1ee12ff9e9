// Every span of time the RFA prints or warns, by one helper (src/kinds/rfa/durations.ts;
// docs/domain/rfa-deadline.md, "How a span of time reads"): exact hours and minutes where the
// 24-hour rule reads them, days first from 48 hours, months and years with the whole days beside
// them past a month, never more than the span is. It printed "6274 days 23 hours" for a concern
// learned 17 years before the draft.
import { describe, expect, it } from 'vitest';
import { durationAside, durationText, inDays } from '../../../src/kinds/rfa/durations.js';
import { generate } from '../../../src/pipeline.js';
import { pdfText, docxText } from '../../support/extract.js';
import { ok, withCase } from './support.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('durationText at every scale', () => {
  it.each([
    [0, '0 minutes'],
    [30 * MIN, '30 minutes'],
    [60 * MIN, '1 hour'],
    [61 * MIN, '1 hour 1 minute'],
    [24 * HOUR, '24 hours'],
    [24 * HOUR + 15 * MIN, '24 hours 15 minutes'],
    [24 * HOUR + 30_000, 'more than 24 hours'],
    [30 * HOUR + 2 * MIN + 1, 'more than 30 hours 2 minutes'],
    // Under 48 hours the hours stay, read against the 24; from 48 on, days first.
    [47 * HOUR + 59 * MIN, '47 hours 59 minutes'],
    [48 * HOUR, '2 days'],
    [49 * HOUR + MIN, '2 days 1 hour 1 minute'],
    [72 * HOUR + 5 * MIN, '3 days 5 minutes'],
    // Up to a month, still exact: 31 days is a month only if it is July or August.
    [31 * DAY, '31 days'],
    // Past any month's 31 days: months, the whole days beside them.
    [31 * DAY + MIN, 'more than 1 month (31 days)'],
    [1358 * HOUR + 10 * MIN, 'more than 1 month (56 days)'],
    [62 * DAY, 'more than 1 month (62 days)'],
    [62 * DAY + HOUR, 'more than 2 months (62 days)'],
    [96 * DAY + 4 * HOUR, 'more than 3 months (96 days)'],
    // A year: 365 days is not more than a leap year; 366 days and a minute is more than any year.
    [366 * DAY, 'more than 11 months (366 days)'],
    [366 * DAY + MIN, 'more than 1 year (366 days)'],
    // Two years are at most 731 days (one of them leap).
    [731 * DAY, 'more than 1 year (731 days)'],
    [731 * DAY + MIN, 'more than 2 years (731 days)'],
    // The case a caseworker met: 6,274 days 23 hours.
    [6274 * DAY + 23 * HOUR, 'more than 17 years (6,274 days)'],
  ])('%d ms → %s', (ms, text) => {
    expect(durationText(ms)).toBe(text);
  });
  it('inside parentheses: no second aside', () => {
    expect(durationAside(24 * HOUR + 15 * MIN, 'after')).toBe('24 hours 15 minutes after');
    expect(durationAside(6274 * DAY + 23 * HOUR, 'after')).toBe('more than 17 years after, 6,274 days in all');
  });
  it('days to come', () => {
    expect(inDays(1)).toBe('in 1 day');
    expect(inDays(9)).toBe('in 9 days');
    expect(inDays(70)).toBe('in more than 2 months (70 days)');
  });
});

describe('where the RFA prints them', () => {
  // The minimal case is prepared 2026-03-07 23:10 -05:00; learned here 15 years before, its child born 2010-05-10.
  const years = withCase((c) => ((c.discoveredAt = '2011-03-07T21:00:00-05:00'), (c.child.dateOfBirth = '2010-05-10')));
  it('rfa-past-24-hours: a delay of years reads in years, the days beside them', () => {
    const w = ok(years).warnings.find((x) => x.code === 'rfa-past-24-hours')!;
    expect(w.message).toMatch(/^the draft is prepared more than 15 years \(5,479 days\) after the concern was learned, past the 24-hour deadline/);
  });
  it('a Part A submitted months after: the warning and the box', async () => {
    const c = withCase((c) => ((c.discoveredAt = '2025-11-01T10:00:00-05:00'), (c.submittedAt = '2026-02-20T10:00:00-05:00'), (c.lateReason = 'The school told the agency in February.')));
    const w = ok(c).warnings.find((x) => x.code === 'rfa-past-24-hours')!;
    expect(w.message).toMatch(/^Part A was submitted to OTIP more than 3 months \(111 days\) after the concern was learned/);
    const text = docxText((await generate({ kind: 'rfa', input: c, format: 'docx' })).bytes).replace(/\s+/g, ' ');
    expect(text).toContain('(more than 3 months after the concern was learned, 111 days in all)');
  });
  it('the deadline box of a delay of years, in the PDF: no figure to divide, no aside in an aside', async () => {
    const text = pdfText((await generate({ kind: 'rfa', input: years, format: 'pdf' })).bytes).replace(/\s+/g, ' ');
    expect(text).toContain('(more than 15 years after, 5,479 days in all)');
    expect(text).not.toMatch(/\d{4} days/);
  });
});
