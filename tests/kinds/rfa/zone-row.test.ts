// The "Time zone" row names every zone the page prints and says what the written offsets show
// (docs/domain/rfa-deadline.md, "What the written offsets show" and "Every zone the page prints"):
// until template 2.14.0 it left out the zone of a warning's time in the other clock period, and
// on a fall-back morning with no zone given the "Clock change" row said "if the requester's clock
// moves back" where the offsets written showed it had.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/pipeline.js';
import { ok, withCase, type Json } from './support.js';

const rows = (c: Json): string => {
  const t = (n: any): string => (n.type === 'text' ? n.text : [...(n.children ?? []), ...(n.rows ?? []), ...(n.cells ?? []), ...(n.items ?? []), ...(n.blocks ?? [])].map(t).join('|'));
  return (buildDocument('rfa', c).model.body as any[]).map(t).join('\n');
};
/** The Time zone row's text. */
const zoneRow = (c: Json): string => /\|Time zone\|([^|]*)\|/.exec(rows(c))![1]!;
const times = (discoveredAt: string, preparedAt: string, edit: (c: Json) => void = () => {}) =>
  withCase((c) => ((c.discoveredAt = discoveredAt), (c.preparedAt = preparedAt), (c.child.dateOfBirth = '2011-05-10'), edit(c)));

describe('every zone the page prints', () => {
  it('a birthday after the November change: the warning’s 9:00 PM PST is named beside a box all in PDT', () => {
    const c = times('2026-10-31T00:30:00-07:00', '2026-10-31T01:00:00-07:00', (c) => ((c.requester.timeZone = 'America/Los_Angeles'), (c.child.dateOfBirth = '2008-11-02')));
    const page = rows(c);
    expect(page).toContain('Due (requester’s time)|Sunday, November 1, 2026, 12:30 AM PDT');
    expect(page).toContain('(Sunday, November 1, 2026, 9:00 PM PST where the draft is prepared)');
    expect(zoneRow(c)).toBe('Pacific time (PDT and PST)');
  });
  it('a birthday ten days off prints no time in its warning: the row names the box’s zone alone', () => {
    const c = times('2026-10-31T00:30:00-07:00', '2026-10-31T01:00:00-07:00', (c) => ((c.requester.timeZone = 'America/Los_Angeles'), (c.child.dateOfBirth = '2008-11-10')));
    expect(ok(c).warnings.map((w) => w.code)).toContain('turns-18-soon');
    expect(zoneRow(c)).toBe('Pacific time (PDT)');
  });
});

describe('what the written offsets show, no zone given', () => {
  it('fall back: learned at UTC-04:00, prepared at UTC-05:00 at 2:30 AM, when only New York’s clock reads it: the clock moved back, no "if it moves back" row', () => {
    const c = times('2026-10-31T23:00:00-04:00', '2026-11-01T02:30:00-05:00');
    const page = rows(c);
    expect(page).not.toContain('Clock change');
    expect(page).not.toContain('if the requester’s clock moves back');
    expect(ok(c).computed.clockChange).toBeNull();
    expect(zoneRow(c)).toContain('The offsets written show that clock moved back an hour since the concern was learned (written at UTC-04:00), as U.S. clocks do when daylight-saving time ends');
    expect(page).toContain('Concern learned|Saturday, October 31, 2026, 10:00 PM UTC-05:00 (as written: 11:00 PM UTC-04:00)');
  });
  it('spring forward: learned at UTC-06:00, prepared at UTC-05:00, when only Chicago’s clock reads it: the clock moved forward', () => {
    const c = times('2026-03-07T23:00:00-06:00', '2026-03-08T03:30:00-05:00');
    expect(zoneRow(c)).toContain('moved forward an hour since the concern was learned (written at UTC-06:00), as U.S. clocks do when daylight-saving time begins');
  });
  // Two offsets that may be two clocks (rfa-deadline.md, "Two offsets, two clocks"): until 2.15.0 the
  // row said one clock had moved back, and dropped the "Clock change" row a Chicago clock needs.
  it('fall back, 1:30 AM at UTC-05:00 beside a New York caller’s UTC-04:00: Chicago’s clock reads it too, unchanged; the row says both, and the "if it moves back" row stays', () => {
    const c = times('2026-10-31T23:00:00-04:00', '2026-11-01T01:30:00-05:00');
    const row = zoneRow(c);
    expect(row).not.toContain('The offsets written show');
    expect(row).toContain('The concern was learned at UTC-04:00 and the draft prepared at UTC-05:00: one clock that moved back an hour between them reads both, as New York’s (Eastern time) did when daylight-saving time ended, or two clocks do, that time written in another zone and the draft on one that has not changed, as Chicago’s (Central time)');
    expect(rows(c)).toContain('if the requester’s clock moves back, the deadline on it is Sunday, November 1, 2026, 9:00 PM UTC-06:00');
    expect(ok(c).computed.clockChange).not.toBeNull();
  });
  it('spring forward at UTC-04:00 beside UTC-05:00: Puerto Rico’s clock reads UTC-04:00 and never changes, so two clocks may be; the due time is the same on both', () => {
    const c = times('2026-03-07T23:00:00-05:00', '2026-03-08T03:30:00-04:00');
    expect(zoneRow(c)).toContain('one clock that moved forward an hour between them reads both, as New York’s (Eastern time) did when daylight-saving time began, or two clocks do, that time written in another zone and the draft on one that has not changed, as Puerto Rico’s (Atlantic time, which does not change)');
    expect(rows(c)).toContain('Monday, March 9, 2026, 12:00 AM EDT (UTC-04:00)');
  });
  it('the same offsets before the change: the row for a clock that may still move back stays', () => {
    const c = times('2026-10-31T20:00:00-05:00', '2026-10-31T21:10:00-05:00');
    expect(rows(c)).toContain('if the requester’s clock moves back, the deadline on it is Sunday, November 1, 2026, 7:00 PM UTC-06:00');
    expect(zoneRow(c)).not.toContain('The offsets written show');
  });
  it.each([
    ['learned abroad at +05:30', '2026-07-09T21:40:00+05:30', '2026-07-09T13:00:00-05:00'],
    ['a New York caller’s time beside a Chicago caseworker’s in July', '2026-07-09T21:00:00-04:00', '2026-07-09T21:30:00-05:00'],
  ])('%s: another offset no clock change explains says nothing of one', (_, discoveredAt, preparedAt) => {
    expect(zoneRow(times(discoveredAt, preparedAt))).not.toContain('The offsets written show');
  });
});

describe('an offset of U.S. clocks that keep no daylight-saving time, no zone given (rfa-deadline.md, "Clocks that never change")', () => {
  // Until RFA 2.18.0 every such row said "An offset does not follow daylight-saving time", which
  // told a Guam caseworker of a change Guam's clock never makes.
  it.each([
    ['Guam and the Northern Mariana Islands, July', '2026-07-08T09:10:00+10:00', 'the clocks of Guam and the Northern Mariana Islands (Chamorro time)'],
    ['Hawaii, January', '2026-01-08T09:10:00-10:00', 'Hawaii’s clocks (Hawaii time)'],
    ['American Samoa, July', '2026-07-08T09:10:00-11:00', 'American Samoa’s clocks (Samoa time)'],
    ['Puerto Rico and the U.S. Virgin Islands, January (Eastern time is UTC-05:00 then)', '2026-01-08T09:10:00-04:00', 'the clocks of Puerto Rico and the U.S. Virgin Islands (Atlantic time)'],
  ])('%s: the row names the clocks, with no word of a change', (_, at, names) => {
    const row = zoneRow(times(at, at));
    expect(row).toContain(`It is the offset of ${names}, which keep no daylight-saving time; give the requester’s time zone when known.`);
    expect(row).not.toContain('does not follow daylight-saving time');
  });
  it.each([
    ['UTC-04:00 in July, New York’s (EDT) too', '2026-07-08T09:10:00-04:00'],
    ['UTC-07:00 in January, Denver’s (MST) as well as Arizona’s', '2026-01-08T09:10:00-07:00'],
    ['UTC-07:00 in July, Los Angeles’s (PDT) as well as Arizona’s', '2026-07-08T09:10:00-07:00'],
    ['UTC-05:00 in January, New York’s', '2026-01-08T09:10:00-05:00'],
    ['UTC+05:30, no U.S. clock’s', '2026-01-08T09:10:00+05:30'],
  ])('%s: the clock may change, and the row says so', (_, at) => {
    const row = zoneRow(times(at, at));
    expect(row).toContain('An offset does not follow daylight-saving time: give the requester’s time zone when known.');
    expect(row).not.toContain('keep no daylight-saving time');
  });
});
