// A concern learned abroad (docs/domain/rfa-deadline.md, "Learned abroad"): `discoveredAt` written
// with the offset where it was learned (India's +05:30, Argentina's -03:00) and a requester's
// time zone that is another. Worked examples, each checked by hand: the 24 hours are counted from
// the instant, and every time on the page is on the requester's clock (or, with no zone, at the
// offset written in the preparation time), never at the offset the concern was learned at.
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
    expect(page).toContain('Concern learned *|Friday, March 6, 2026, 10:00 PM CST');
    expect(page).toContain('Due (requester’s time)|Saturday, March 7, 2026, 10:00 PM CST');
    expect(page).toContain('(1 hour 10 minutes after)');
    expect(page).not.toContain('UTC+05:30');
  });

  it('learned 8:30 PM March 7 in India = 9:00 AM CST; the U.S. clocks change that night: due 10:00 AM CDT, "an hour later on the clock" (India keeps no daylight time: the change is Chicago’s)', () => {
    const c = abroad('2026-03-07T20:30:00+05:30', '2026-03-07T10:10:00-06:00', 'America/Chicago');
    expect(ok(c).computed.dueAt).toBe('2026-03-08T10:00:00-05:00');
    const page = text(c);
    expect(page).toContain('Concern learned *|Saturday, March 7, 2026, 9:00 AM CST');
    expect(page).toContain('end an hour later on the clock than the time the concern was learned');
  });

  it('learned 1:30 AM March 7 in Buenos Aires (-03:00) = 11:30 PM EST March 6, a day earlier on the requester’s calendar: due 11:30 PM EST March 7', () => {
    const c = abroad('2026-03-07T01:30:00-03:00', '2026-03-07T00:10:00-05:00', 'America/New_York');
    expect(ok(c).computed.dueAt).toBe('2026-03-07T23:30:00-05:00');
    const page = text(c);
    expect(page).toContain('Concern learned *|Friday, March 6, 2026, 11:30 PM EST');
    expect(page).toContain('(40 minutes after)');
  });

  it('no time zone given: the times are at the offset written in the preparation time (UTC-06:00), not the one the concern was learned at', () => {
    const c = abroad('2026-03-07T09:30:00+05:30', '2026-03-06T23:10:00-06:00', null);
    expect(ok(c).computed.dueAt).toBe('2026-03-07T22:00:00-06:00');
    const page = text(c);
    expect(page).toContain('Concern learned *|Friday, March 6, 2026, 10:00 PM UTC-06:00');
    expect(page).not.toContain('UTC+05:30');
  });
});
