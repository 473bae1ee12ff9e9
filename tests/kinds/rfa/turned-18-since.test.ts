// The caseworker review of round r52 (rfa-deadline.md, "Part B after Part A"): a child who was 17
// when the concern was learned and is 18 when this draft is prepared. Without a Part A submission
// the draft is refused (child-not-a-minor), and the message sent the caseworker only to an adult's
// certification, though a caseworker completing Part B of a request submitted before the birthday
// has a child's request (OTIP-PI-16-01) and needs only to give when Part A went in.
import { describe, expect, it } from 'vitest';
import { checkCase } from '../../../src/pipeline.js';
import { codes, ok, withCase } from './support.js';

/** Learned the evening before the 18th birthday (March 7, 2026), prepared the evening of it. */
const turned = (edit: (c: any) => void = () => {}) =>
  withCase((c) => {
    c.requester.timeZone = 'America/New_York';
    c.child.dateOfBirth = '2008-03-07';
    c.discoveredAt = '2026-03-06T22:00:00-05:00';
    c.preparedAt = '2026-03-07T23:10:00-05:00';
    edit(c);
  });

describe('a child who turned 18 since the concern was learned', () => {
  it('with no Part A submission: refused, saying to give “Part A submitted at” if it went in before the birthday', () => {
    const r = checkCase('rfa', turned());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.code)).toEqual(['child-not-a-minor']);
    // RFA 2.18.0: the adult's route as OTIP states it (rfa.md, "An adult trafficked as a child"),
    // where "ask OTIP about assistance for an adult victim" said OTIP began it.
    expect(r.errors[0]!.message).toContain('a Certification Letter, which HHS issues only once DHS tells it of Continued Presence, a T visa, or a bona fide T-visa application not denied (22 U.S.C. § 7105(b)(1)(E); OTIP-FS-16-01)');
    expect(r.errors[0]!.message).toContain('one under 18 at an act of trafficking need not help law enforcement to apply for a T visa (8 CFR 214.202(c)(1))');
    expect(r.errors[0]!.message).not.toContain('ask OTIP about');
    expect(r.errors[0]!.message).toContain('If Part A of this request was submitted to OTIP in Shepherd before the 18th birthday, give the time Part A was submitted');
  });

  it('with Part A submitted before the birthday, as the message says: a child’s request, no refusal', () => {
    const r = ok(turned((c) => (c.submittedAt = '2026-03-06T23:30:00-05:00')));
    expect(codes(r)).not.toContain('child-not-a-minor');
  });

  it('with Part A submitted after the birthday: refused, and not told to give what it gave', () => {
    const r = checkCase('rfa', turned((c) => (c.submittedAt = '2026-03-07T09:00:00-05:00')));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]!.code).toBe('child-not-a-minor');
    expect(r.errors[0]!.message).not.toContain('give the time Part A was submitted');
  });
});
