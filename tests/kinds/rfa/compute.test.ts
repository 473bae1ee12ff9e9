// The legal rules of the RFA (docs/domain/rfa.md) through checkCase: schema + compute, as
// `harbor check` runs them. Cases are the minimal fixture with one change each.
import { describe, expect, it } from 'vitest';
import { checkCase } from '../../../src/pipeline.js';
import { codes, errors, ok, withCase, type Json } from './support.js';

describe('dueAt: discoveredAt + 24 h in absolute time', () => {
  it('issue #4: discovered 2026-03-07T22:00-05:00 → due 2026-03-08T23:00-04:00 in New York (DST starts)', () => {
    const r = ok(withCase((c) => {
      c.discoveredAt = '2026-03-07T22:00-05:00';
      c.preparedAt = '2026-03-07T22:30-05:00';
      c.requester.timeZone = 'America/New_York';
    }));
    expect(r.computed.dueAt).toBe('2026-03-08T23:00:00-04:00');
    expect(r.computed.dueAtEastern).toBe('2026-03-08T23:00:00-04:00');
  });
  it('a Pacific requester: due 20:00 PDT, which is 23:00 EDT for OTIP', () => {
    // 19:00 PST = 03:00 UTC on 8 March; + 24 h = 03:00 UTC on 9 March, after both zones moved to DST.
    const r = ok(withCase((c) => {
      c.discoveredAt = '2026-03-07T19:00:00-08:00';
      c.preparedAt = '2026-03-08T09:30:00-07:00';
      c.requester.timeZone = 'America/Los_Angeles';
    }));
    expect(r.computed.dueAt).toBe('2026-03-08T20:00:00-07:00');
    expect(r.computed.dueAtEastern).toBe('2026-03-08T23:00:00-04:00');
    expect(r.computed.timeZone).toBe('America/Los_Angeles');
  });
  it('when DST ends the wall clock shows 23 h later, not 24', () => {
    const r = ok(withCase((c) => {
      c.discoveredAt = '2026-10-31T22:00:00-04:00';
      c.preparedAt = '2026-10-31T23:00:00-04:00';
      c.child.dateOfBirth = '2010-05-10';
      c.requester.timeZone = 'America/New_York';
    }));
    expect(r.computed.dueAt).toBe('2026-11-01T21:00:00-05:00');
  });
  it('without requester.timeZone dueAt is at the offset written in preparedAt (no zone assumed), and dueAtEastern in Eastern time', () => {
    // Discovered 22:00 −05:00 on 7 March; 24 h later New York is on EDT, the written offset is not.
    const r = ok(withCase(() => {}));
    expect(r.computed.timeZone).toBeNull();
    expect(r.computed.dueAt).toBe('2026-03-08T22:00:00-05:00');
    expect(r.computed.dueAtEastern).toBe('2026-03-08T23:00:00-04:00');
    expect(Date.parse(r.computed.dueAt)).toBe(Date.parse(r.computed.dueAtEastern));
  });
  it('review B point 3: a Hawaii draft without a zone reads dueAt, turns18At and the age on the same clock (−10:00)', () => {
    const r = ok(withCase((c) => {
      c.discoveredAt = '2026-07-10T19:00:00-10:00';
      c.preparedAt = '2026-07-10T19:30:00-10:00';
      c.child.dateOfBirth = '2008-07-11';
    }));
    expect(r.computed).toMatchObject({
      timeZone: null,
      preparedOn: '2026-07-10',
      ageAtPreparation: 17,
      lastDayUnder18: '2026-07-10',
      // Eastern midnight (6 PM HST) had passed when the concern was learned: the local midnight
      // bounds the deadline, not the 24 hours (the child is 18 everywhere by 7 PM the next day).
      dueAt: '2026-07-10T23:59:59-10:00',
      turns18At: '2026-07-11T00:00:00-10:00',
      turns18Clock: 'local',
    });
    // The warning's time is on that clock too, not in Eastern time labelled as the requester's.
    expect(r.warnings.find((w) => w.code === 'turned-18-in-eastern-time')!.message).toContain('it began at Friday, July 10, 2026, 6:00 PM UTC-10:00');
  });
  it('exactly 24 h after discovery is on time; one minute later is rfa-past-24-hours (a warning)', () => {
    const onTime = ok(withCase((c) => (c.preparedAt = '2026-03-08T23:00:00-04:00')));
    expect(codes(onTime)).not.toContain('rfa-past-24-hours');
    const late = ok(withCase((c) => (c.preparedAt = '2026-03-08T23:01:00-04:00')));
    expect(late.warnings).toContainEqual(expect.objectContaining({ path: 'preparedAt', code: 'rfa-past-24-hours' }));
  });
  it('the time since discovery is printed to the minute, never rounded down to the hour (a late draft must not read "24 hours after")', () => {
    // Discovered 2026-03-07T22:00-05:00 (the support case); due 2026-03-08T23:00-04:00.
    // Prepared 2026-03-08T23:15-04:00 = 24 h 15 min later: late by 15 minutes.
    const late = ok(withCase((c) => (c.preparedAt = '2026-03-08T23:15:00-04:00')));
    expect(late.computed.hoursSinceDiscovery).toBe(24);
    expect(late.warnings.find((w) => w.code === 'rfa-past-24-hours')!.message).toContain('prepared 24 hours 15 minutes after the concern was learned');
    // 30 seconds past the deadline: not "24 hours", which reads as on time.
    const seconds = ok(withCase((c) => (c.preparedAt = '2026-03-08T23:00:30-04:00')));
    expect(seconds.warnings.find((w) => w.code === 'rfa-past-24-hours')!.message).toContain('prepared more than 24 hours after');
  });
  it('a discovery after the preparation is an error', () => {
    expect(errors(withCase((c) => (c.discoveredAt = '2026-03-08T00:00:00-05:00')))).toEqual(['discoveredAt date-after-document-date']);
  });
});

describe('a minor at preparation (calendar dates in the requester’s zone)', () => {
  // Prepared on 2026-03-07 (New York). A child born 2008-03-08 turns 18 tomorrow.
  it('the day before the 18th birthday → valid (with turns-18-soon)', () => {
    const r = ok(withCase((c) => (c.child.dateOfBirth = '2008-03-08')));
    expect(r.computed.ageAtPreparation).toBe(17);
    expect(r.computed.lastDayUnder18).toBe('2026-03-07');
    expect(r.computed.daysLeftAsMinor).toBe(1);
    expect(codes(r)).toContain('turns-18-soon');
    // Tonight's midnight, not "in 1 day" (which read as 24 hours on, beside a deadline tonight).
    const soon = r.warnings.find((w) => w.code === 'turns-18-soon')!.message;
    // No zone given: the written offset's midnight, said as such, and the time left from the preparation (11:10 PM).
    expect(soon).toContain('turns 18 at midnight tonight at UTC-05:00 (the offset written in the preparation time: give the requester’s time zone if the requester’s clock is another), 50 minutes after the draft was prepared: submit');
    // From an estimated date of birth: after the time left.
    const est = ok(withCase((c) => ((c.child.dateOfBirth = '2008-03-08'), (c.child.dateOfBirthEstimated = true))));
    expect(est.warnings.find((w) => w.code === 'turns-18-soon')!.message).toContain('50 minutes after the draft was prepared (from an estimated date of birth): submit');
    expect(soon).not.toMatch(/in 1 day/);
  });
  it('the 18th birthday at UTC ("Z", no zone given): child-not-a-minor names the clock it read and requester.timeZone; with the requester’s zone (Honolulu, still the eve) it is a minor', () => {
    const utc = (c: Json) => {
      c.child.dateOfBirth = '2008-07-11';
      c.discoveredAt = '2026-07-11T09:50:00Z';
      c.preparedAt = '2026-07-11T09:55:00Z';
    };
    const r = checkCase('rfa', withCase(utc));
    if (r.ok) throw new Error('expected child-not-a-minor');
    expect(r.errors[0]).toMatchObject({ path: 'child.dateOfBirth', code: 'child-not-a-minor' });
    expect(r.errors[0]!.message).toContain('July 11, 2026, is read at UTC, the offset written in the preparation time, since the requester’s time zone is not given');
    expect(ok(withCase((c) => (utc(c), (c.requester.timeZone = 'Pacific/Honolulu')))).computed.ageAtPreparation).toBe(17);
    // With a zone given, the message stays as it was.
    const ny = checkCase('rfa', withCase((c) => (utc(c), (c.requester.timeZone = 'America/New_York'))));
    expect(ny.ok ? '' : ny.errors[0]!.message).not.toContain('the requester’s time zone');
  });
  it('the 18th birthday itself → child-not-a-minor', () => {
    expect(errors(withCase((c) => (c.child.dateOfBirth = '2008-03-07')))).toEqual(['child.dateOfBirth child-not-a-minor']);
  });
  it('17 when the concern was learned, 18 when the draft is prepared: the error says the child turned 18 in between, and where an adult’s assistance starts', () => {
    const c = withCase((x) => {
      x.child.dateOfBirth = '2008-03-07';
      x.discoveredAt = '2026-03-06T10:00:00-05:00';
      x.preparedAt = '2026-03-07T09:00:00-05:00';
    });
    const r = checkCase('rfa', c);
    expect(r.ok).toBe(false);
    const e = (r as any).errors.find((x: any) => x.code === 'child-not-a-minor');
    expect(e.message).toMatch(/^the child turned 18 after the concern was learned and before the draft is prepared: .*requires a minor when OTIP receives the request.*22 U\.S\.C\. § 7105\(b\)\(1\)\(E\)/);
    // 18 already when the concern was learned: the plain rule.
    const adult = checkCase('rfa', withCase((x) => (x.child.dateOfBirth = '2008-03-01')));
    expect((adult as any).errors.find((x: any) => x.code === 'child-not-a-minor').message).toMatch(/^the child is 18 or older on the date the draft is prepared; OTIP assistance for a child requires a minor\. If this date comes from a false or borrowed document/);
  });
  it('an estimated date of birth → a child-not-a-minor warning instead of an error', () => {
    const r = ok(withCase((c) => {
      c.child.dateOfBirth = '2008-03-07';
      c.child.dateOfBirthEstimated = true;
    }));
    expect(r.warnings).toContainEqual(expect.objectContaining({ path: 'child.dateOfBirth', code: 'child-not-a-minor' }));
  });
  it('uses the local calendar date, not the UTC date', () => {
    // 23:30 EDT on 9 May is 03:30 UTC on 10 May, the 18th birthday in UTC but not in New York.
    const r = ok(withCase((c) => {
      c.discoveredAt = '2028-05-09T20:00:00-04:00';
      c.preparedAt = '2028-05-09T23:30:00-04:00';
      c.requester.timeZone = 'America/New_York';
    }));
    expect(r.computed.preparedOn).toBe('2028-05-09');
    expect(r.computed.ageAtPreparation).toBe(17);
    expect(errors(withCase((c) => {
      c.discoveredAt = '2028-05-09T20:00:00-04:00';
      c.preparedAt = '2028-05-10T00:00:00-04:00';
    }))).toEqual(['child.dateOfBirth child-not-a-minor']);
  });
  it('without a requester zone, the date written in preparedAt counts (not the Eastern default)', () => {
    // 20:00 in Honolulu on 9 May is already 10 May (02:00) in New York: still 17 where it was written.
    const r = ok(withCase((c) => {
      c.discoveredAt = '2028-05-09T18:00:00-10:00';
      c.preparedAt = '2028-05-09T20:00:00-10:00';
    }));
    expect(r.computed.timeZone).toBeNull();
    expect(r.computed.preparedOn).toBe('2028-05-09');
    expect(r.computed.ageAtPreparation).toBe(17);
  });
  it('turns-18-soon below 14 days: 14 days left → no warning, 13 → warning', () => {
    expect(codes(ok(withCase((c) => (c.child.dateOfBirth = '2008-03-21'))))).not.toContain('turns-18-soon');
    const r = ok(withCase((c) => (c.child.dateOfBirth = '2008-03-20')));
    expect(r.computed.daysLeftAsMinor).toBe(13);
    expect(codes(r)).toContain('turns-18-soon');
    expect(r.warnings.find((w) => w.code === 'turns-18-soon')!.message).toContain('turns 18 in 13 days');
  });
  it('29 February birth: 28 February of the 18th year is the last day under 18', () => {
    const r = ok(withCase((c) => {
      c.child.dateOfBirth = '2008-02-29';
      c.discoveredAt = '2026-02-28T09:00:00-05:00';
      c.preparedAt = '2026-02-28T10:00:00-05:00';
    }));
    expect(r.computed.lastDayUnder18).toBe('2026-02-28');
    expect(r.computed.ageAtPreparation).toBe(17);
    expect(errors(withCase((c) => {
      c.child.dateOfBirth = '2008-02-29';
      c.discoveredAt = '2026-03-01T09:00:00-05:00';
      c.preparedAt = '2026-03-01T10:00:00-05:00';
    }))).toEqual(['child.dateOfBirth child-not-a-minor']);
  });
  it('a date of birth after the preparation is an error', () => {
    expect(errors(withCase((c) => (c.child.dateOfBirth = '2026-03-08')))).toEqual(['child.dateOfBirth date-after-document-date']);
  });
});

describe('foreign national, in the United States, law enforcement', () => {
  it('us-citizen, lpr, or U.S. among the citizenships → not-a-foreign-national', () => {
    expect(errors(withCase((c) => (c.child.immigrationStatus = 'us-citizen')))).toEqual(['child.immigrationStatus not-a-foreign-national']);
    expect(errors(withCase((c) => (c.child.immigrationStatus = 'lpr')))).toEqual(['child.immigrationStatus not-a-foreign-national']);
    expect(errors(withCase((c) => (c.child.citizenship = ['MX', 'US'])))).toEqual(['child.citizenship not-a-foreign-national']);
    // Any other status is kept as written and is fine, including stateless (no citizenship).
    ok(withCase((c) => (c.child.immigrationStatus = 'Special Immigrant Juvenile petition pending')));
    ok(withCase((c) => (c.child.citizenship = [])));
  });
  it('not in the United States → child-not-in-us', () => {
    expect(errors(withCase((c) => (c.child.inUnitedStates = false)))).toEqual(['child.inUnitedStates child-not-in-us']);
  });
  it('law-enforcement reporting is never required', () => {
    const r = ok(withCase((c) => (c.lawEnforcement = { reported: false })));
    expect(r.warnings).toEqual([]);
  });
});

describe('A-number', () => {
  it.each([
    ['A012345678', 'A012345678'],
    ['A 012-345-678', 'A012345678'],
    ['12345678', 'A012345678'],
    ['01234567', 'A001234567'],
    ['a-123 456 789', 'A123456789'],
  ])('%s → %s', (input, printed) => {
    expect(ok(withCase((c) => (c.child.aNumber = input))).computed.aNumber).toBe(printed);
  });
  it.each(['123456', '1234567', '1234567890', 'B12345678', 'A12-34', 'A1234567X'])('%s is refused', (input) => {
    expect(errors(withCase((c) => (c.child.aNumber = input)))).toEqual(['child.aNumber invalid-a-number']);
  });
  it('is null when absent', () => {
    expect(ok(withCase(() => {})).computed.aNumber).toBeNull();
  });
});
