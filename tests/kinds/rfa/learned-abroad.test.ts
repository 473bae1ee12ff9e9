// A concern learned abroad (docs/domain/rfa-deadline.md, "Learned abroad"): `discoveredAt` written
// with the offset where it was learned (India's +05:30, Argentina's -03:00) and a requester's
// time zone that is another. Worked examples, each checked by hand: the 24 hours are counted from
// the instant, and every time on the page is on the requester's clock (or, with no zone, at the
// offset written in the preparation time); a time written at another offset is printed as written
// too, after it, so the reader can match the row to its source (template 2.13.0).
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/pipeline.js';
import { ok, withCase, type Json } from './support.js';

const abroad = (discoveredAt: string, preparedAt: string, zone: string | null): Json =>
  withCase((c) => {
    c.discoveredAt = discoveredAt;
    c.preparedAt = preparedAt;
    if (zone !== null) c.requester.timeZone = zone;
  });
const text = (c: Json): string => {
  const t = (n: any): string => (n.type === 'text' ? n.text : [...(n.children ?? []), ...(n.rows ?? []), ...(n.cells ?? []), ...(n.items ?? []), ...(n.blocks ?? [])].map(t).join('|'));
  return (buildDocument('rfa', c).model.body as any[]).map(t).join('\n');
};

describe('a concern learned abroad: the 24 hours from the instant, printed on the requester’s clock', () => {
  it('learned 9:30 AM March 7 in India (+05:30) = 04:00 UTC = 10:00 PM CST March 6; due 24 hours on: 10:00 PM CST March 7, 11:00 PM EST', () => {
    const c = abroad('2026-03-07T09:30:00+05:30', '2026-03-06T23:10:00-06:00', 'America/Chicago');
    const { computed } = ok(c);
    expect(computed.dueAt).toBe('2026-03-07T22:00:00-06:00');
    expect(computed.dueAtEastern).toBe('2026-03-07T23:00:00-05:00');
    const page = text(c);
    // Another day as written: the written date is given too.
    expect(page).toContain('Concern learned *|Friday, March 6, 2026, 10:00 PM CST (as written: Saturday, March 7, 2026, 9:30 AM UTC+05:30)');
    expect(page).toContain('Concern learned|Friday, March 6, 2026, 10:00 PM CST (as written: Saturday, March 7, 2026, 9:30 AM UTC+05:30)');
    expect(page).toContain('Due (requester’s time)|Saturday, March 7, 2026, 10:00 PM CST');
    // The preparation was written on the requester's clock: printed once.
    expect(page).toContain('Draft prepared|Friday, March 6, 2026, 11:10 PM CST (1 hour 10 minutes after)');
  });

  it('learned 8:30 PM March 7 in India = 9:00 AM CST; the U.S. clocks change that night: due 10:00 AM CDT, "an hour later on the clock" (India keeps no daylight time: the change is Chicago’s)', () => {
    const c = abroad('2026-03-07T20:30:00+05:30', '2026-03-07T10:10:00-06:00', 'America/Chicago');
    expect(ok(c).computed.dueAt).toBe('2026-03-08T10:00:00-05:00');
    const page = text(c);
    expect(page).toContain('Concern learned *|Saturday, March 7, 2026, 9:00 AM CST (as written: 8:30 PM UTC+05:30)');
    expect(page).toContain('end an hour later on the clock than the time the concern was learned');
  });

  it('learned 1:30 AM March 7 in Buenos Aires (-03:00) = 11:30 PM EST March 6, a day earlier on the requester’s calendar: due 11:30 PM EST March 7', () => {
    const c = abroad('2026-03-07T01:30:00-03:00', '2026-03-07T00:10:00-05:00', 'America/New_York');
    expect(ok(c).computed.dueAt).toBe('2026-03-07T23:30:00-05:00');
    const page = text(c);
    expect(page).toContain('Concern learned *|Friday, March 6, 2026, 11:30 PM EST (as written: Saturday, March 7, 2026, 1:30 AM UTC-03:00)');
    expect(page).toContain('(40 minutes after)');
  });

  it('no time zone given: the times are at the offset written in the preparation time (UTC-06:00), not the one the concern was learned at', () => {
    const c = abroad('2026-03-07T09:30:00+05:30', '2026-03-06T23:10:00-06:00', null);
    expect(ok(c).computed.dueAt).toBe('2026-03-07T22:00:00-06:00');
    const page = text(c);
    expect(page).toContain('Concern learned *|Friday, March 6, 2026, 10:00 PM UTC-06:00 (as written: Saturday, March 7, 2026, 9:30 AM UTC+05:30)');
    // Every other time is at UTC-06:00: the written offset appears only beside the learned time it was written in.
    expect(page.split('UTC+05:30').length - 1).toBe(2);
  });
});

describe('a time written at another offset than the requester’s clock is printed as written too', () => {
  it('learned 9:40 PM March 3 at +05:30 = 16:10 UTC = 10:10 AM CST the same day: "(as written: 9:40 PM UTC+05:30)", the date once', () => {
    const c = abroad('2026-03-03T21:40:00+05:30', '2026-03-03T11:30:00-06:00', 'America/Chicago');
    expect(ok(c).computed.dueAt).toBe('2026-03-04T10:10:00-06:00');
    expect(text(c)).toContain('Concern learned *|Tuesday, March 3, 2026, 10:10 AM CST (as written: 9:40 PM UTC+05:30)');
  });

  it('written at standard time in summer (3:20 PM -06:00 in July, Chicago) = 4:20 PM CDT: "(as written: 3:20 PM UTC-06:00)"', () => {
    const c = abroad('2026-07-14T15:20:00-06:00', '2026-07-14T19:05:00-05:00', 'America/Chicago');
    expect(ok(c).computed.dueAt).toBe('2026-07-15T16:20:00-05:00');
    expect(text(c)).toContain('Concern learned *|Tuesday, July 14, 2026, 4:20 PM CDT (as written: 3:20 PM UTC-06:00)');
  });

  it('written in UTC ("Z") for a New York requester: "(as written: 2:00 AM UTC)", a day later as written', () => {
    const c = abroad('2026-03-07T02:00:00Z', '2026-03-06T22:30:00-05:00', 'America/New_York');
    expect(text(c)).toContain('Concern learned *|Friday, March 6, 2026, 9:00 PM EST (as written: Saturday, March 7, 2026, 2:00 AM UTC)');
  });

  it('written on the requester’s clock (its offset then): one time, no "as written"', () => {
    const c = abroad('2026-07-14T16:20:00-05:00', '2026-07-14T19:05:00-05:00', 'America/Chicago');
    expect(text(c)).toContain('Concern learned *|Tuesday, July 14, 2026, 4:20 PM CDT\n');
    expect(text(c)).not.toContain('(as written:');
  });

  it('the preparation and Part A’s submission are read the same way: written in Eastern time, the requester in Chicago', () => {
    const c = abroad('2026-03-03T09:00:00-06:00', '2026-03-04T12:00:00-05:00', 'America/Chicago');
    c.submittedAt = '2026-03-03T14:00:00-05:00';
    const page = text(c);
    expect(page).toContain('Part A submitted to OTIP|Tuesday, March 3, 2026, 1:00 PM CST (as written: 2:00 PM UTC-05:00) (4 hours after the concern was learned)');
    expect(page).toContain('Draft prepared|Wednesday, March 4, 2026, 11:00 AM CST (as written: 12:00 PM UTC-05:00)');
  });
});
