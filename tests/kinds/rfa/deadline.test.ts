// Issue 14 point 1: the deadline is the earlier of discovery + 24 hours and the last moment before
// the 18th birthday; `dueReason` says which, and the 18th birthday starts at the earlier of
// midnight Eastern time (OTIP's clock) and midnight where the request is prepared
// (docs/domain/rfa-deadline.md, "Whose midnight").
import { describe, expect, it } from 'vitest';
import { codes, errors, ok, withCase, type Json } from './support.js';
import type { RfaComputed } from '../../../src/kinds/rfa/compute.js';
import { deadline, requesterClock } from '../../../src/kinds/rfa/deadline.js';
import { dueWhy } from '../../../src/kinds/rfa/view.js';
import { calendarDate } from '../../../src/kinds/kit/index.js';
import { buildDocument } from '../../../src/pipeline.js';

/** The boundary: turns 18 at midnight on 9 March; learned at 7 pm the evening before, in Los Angeles. */
const pacificEve = (c: Json) => {
  c.requester.timeZone = 'America/Los_Angeles';
  c.child.dateOfBirth = '2008-03-09';
  c.discoveredAt = '2026-03-08T19:00:00-07:00';
  c.preparedAt = '2026-03-08T19:40:00-07:00';
};

describe('dueAt: 24 hours or the 18th birthday, whichever comes first', () => {
  it('Pacific, 7 pm the evening before the birthday: due one second before midnight Eastern (8:59:59 PM PDT), not 7 pm the next day', () => {
    const r = ok(withCase(pacificEve));
    expect(r.computed).toMatchObject({
      dueAt: '2026-03-08T20:59:59-07:00',
      dueAtEastern: '2026-03-08T23:59:59-04:00',
      dueReason: 'turns-18',
      turns18At: '2026-03-08T21:00:00-07:00',
      turns18Clock: 'eastern',
      lastDayUnder18: '2026-03-08',
    });
    // Still 17 where it is prepared; the birthday is tomorrow.
    expect(r.computed.ageAtPreparation).toBe(17);
    expect(codes(r)).toEqual(['turns-18-soon']);
  });

  // West of Eastern time the birthday begins in the requester's evening: "midnight tonight" read as
  // three hours (seven in American Samoa) more than the deadline gives.
  it('turns-18-soon says whose midnight and the requester’s hour when it is Eastern’s, in a zone or at an offset', () => {
    const soon = (c: Json) => ok(c).warnings.find((w) => w.code === 'turns-18-soon')!.message;
    expect(soon(withCase(pacificEve))).toContain('turns 18 at midnight tonight in Eastern time, OTIP’s clock (Sunday, March 8, 2026, 9:00 PM PDT where the draft is prepared), 1 hour 20 minutes after the draft was prepared: submit');
    const samoa = withCase((c) => {
      c.child.dateOfBirth = '2008-03-09';
      c.discoveredAt = '2026-03-08T08:00:00-11:00';
      c.preparedAt = '2026-03-08T09:30:00-11:00';
    });
    expect(soon(samoa)).toContain('(Sunday, March 8, 2026, 5:00 PM UTC-11:00 where the draft is prepared)');
    // Where that midnight is the requester's (New York; Guam, east of it): midnight tonight.
    const ny = withCase((c) => ((c.requester.timeZone = 'America/New_York'), (c.child.dateOfBirth = '2008-03-09'), (c.discoveredAt = '2026-03-08T19:00:00-04:00'), (c.preparedAt = '2026-03-08T19:40:00-04:00')));
    const guam = withCase((c) => ((c.requester.timeZone = 'Pacific/Guam'), (c.child.dateOfBirth = '2008-03-09'), (c.discoveredAt = '2026-03-08T08:00:00+10:00'), (c.preparedAt = '2026-03-08T09:30:00+10:00')));
    // With the time left from the preparation: 4 hours 20 minutes from 7:40 PM, 14 hours 30 minutes from 9:30 AM.
    expect(soon(ny)).toContain('turns 18 at midnight tonight, 4 hours 20 minutes after the draft was prepared: submit');
    expect(soon(guam)).toContain('turns 18 at midnight tonight, 14 hours 30 minutes after the draft was prepared: submit');
    // Two days left on the requester's calendar is under 48 hours, and from a Hawaii evening Eastern
    // midnight is the next evening: 20 hours, where "in 2 days" was said.
    const hawaii = withCase((c) => ((c.requester.timeZone = 'Pacific/Honolulu'), (c.child.dateOfBirth = '2008-03-11'), (c.discoveredAt = '2026-03-09T22:00:00-10:00'), (c.preparedAt = '2026-03-09T22:00:00-10:00')));
    expect(soon(hawaii)).toContain('turns 18 at midnight tomorrow night in Eastern time, OTIP’s clock (Tuesday, March 10, 2026, 6:00 PM HST where the draft is prepared), 20 hours after the draft was prepared: submit');
    expect(soon(hawaii)).not.toMatch(/in 2 days/);
    // With American Samoa's zone given, its hour is named as a person there says it, never "GMT-11".
    const pagoPago = structuredClone(samoa);
    pagoPago.requester.timeZone = 'Pacific/Pago_Pago';
    expect(soon(pagoPago)).toContain('(Sunday, March 8, 2026, 5:00 PM Samoa time where the draft is prepared)');
  });

  it('the same evening in New York: one second before local (= Eastern) midnight', () => {
    const r = ok(withCase((c) => {
      pacificEve(c);
      c.requester.timeZone = 'America/New_York';
      c.discoveredAt = '2026-03-08T19:00:00-04:00';
      c.preparedAt = '2026-03-08T19:40:00-04:00';
    }));
    expect(r.computed).toMatchObject({ dueAt: '2026-03-08T23:59:59-04:00', dueReason: 'turns-18', turns18Clock: 'eastern' });
  });

  it('east of Eastern (Puerto Rico in January, UTC−4 while New York is UTC−5): the local midnight comes first', () => {
    const r = ok(withCase((c) => {
      c.requester.timeZone = 'America/Puerto_Rico';
      c.child.dateOfBirth = '2008-01-16';
      c.discoveredAt = '2026-01-15T19:00:00-04:00';
      c.preparedAt = '2026-01-15T19:30:00-04:00';
    }));
    expect(r.computed).toMatchObject({
      dueAt: '2026-01-15T23:59:59-04:00',
      dueAtEastern: '2026-01-15T22:59:59-05:00',
      dueReason: 'turns-18',
      turns18At: '2026-01-16T00:00:00-04:00',
      turns18Clock: 'local',
    });
  });

  it('a birthday after the 24 hours: 24-hours (Pacific, birthday on 10 March)', () => {
    const r = ok(withCase((c) => {
      pacificEve(c);
      c.child.dateOfBirth = '2008-03-10';
    }));
    expect(r.computed).toMatchObject({ dueAt: '2026-03-09T19:00:00-07:00', dueReason: '24-hours', turns18At: '2026-03-09T21:00:00-07:00' });
  });

  it('the boundary to the second: 24 hours ending exactly one second before Eastern midnight is 24-hours; one second later, turns-18', () => {
    const at = (discoveredAt: string) =>
      ok(withCase((c) => {
        c.requester.timeZone = 'America/New_York';
        c.child.dateOfBirth = '2008-03-09';
        c.discoveredAt = discoveredAt;
        c.preparedAt = '2026-03-07T23:30:00-05:00';
      })).computed;
    // 22:59:59 EST on 7 March + 24 h = 23:59:59 EDT on 8 March (the clocks went forward): a tie.
    expect(at('2026-03-07T22:59:59-05:00')).toMatchObject({ dueAt: '2026-03-08T23:59:59-04:00', dueReason: '24-hours' });
    expect(at('2026-03-07T23:00:00-05:00')).toMatchObject({ dueAt: '2026-03-08T23:59:59-04:00', dueReason: 'turns-18' });
  });

  it('without a requester zone: the earlier of Eastern midnight and midnight at the offset written in preparedAt', () => {
    // Written in Honolulu (−10:00): Eastern midnight is 6 pm there, first.
    const hawaii = ok(withCase((c) => {
      c.child.dateOfBirth = '2008-03-09';
      c.discoveredAt = '2026-03-08T17:00:00-10:00';
      c.preparedAt = '2026-03-08T17:30:00-10:00';
    })).computed;
    expect(hawaii).toMatchObject({ dueAtEastern: '2026-03-08T23:59:59-04:00', dueReason: 'turns-18', turns18Clock: 'eastern', timeZone: null, dueAt: '2026-03-08T17:59:59-10:00' });
    // Written in Guam (+10:00): the local midnight is 14 hours before Eastern midnight.
    const guam = ok(withCase((c) => {
      c.child.dateOfBirth = '2008-03-09';
      c.discoveredAt = '2026-03-08T19:00:00+10:00';
      c.preparedAt = '2026-03-08T19:30:00+10:00';
    })).computed;
    expect(guam).toMatchObject({ dueAtEastern: '2026-03-08T09:59:59-04:00', dueReason: 'turns-18', turns18Clock: 'local' });
  });
});

describe('a concern learned after Eastern midnight began the 18th birthday, the child still 17 where it is prepared', () => {
  it('Hawaii, learned at 11:50 PM HST on the eve (Eastern midnight was 6 PM HST): due one second before local midnight, not 24 hours later when the child is 18 everywhere', () => {
    const c = withCase((x) => {
      x.requester.timeZone = 'Pacific/Honolulu';
      x.child.dateOfBirth = '2008-07-11';
      x.discoveredAt = '2026-07-10T23:50:00-10:00';
      x.preparedAt = '2026-07-10T23:55:00-10:00';
    });
    const r = ok(c);
    expect(r.computed).toMatchObject({
      dueAt: '2026-07-10T23:59:59-10:00',
      dueAtEastern: '2026-07-11T05:59:59-04:00',
      dueReason: 'turns-18',
      turns18At: '2026-07-11T00:00:00-10:00',
      turns18Clock: 'local',
    });
    // Eastern's midnight had passed: the warning says so, and the draft is not late.
    // One warning of the birthday: turns-18-soon is not said beside it (each fact once).
    expect(codes(r)).toEqual(['turned-18-in-eastern-time']);
    const page = JSON.stringify(buildDocument('rfa', c).model.body);
    expect(page).toContain('Friday, July 10, 2026, 11:59 PM HST');
    expect(page).toContain('where the request is prepared; in Eastern time it had begun before the concern was learned');
    expect(page).not.toContain('24 hours after the concern was learned,');
  });
  it('the reason reads whether Eastern midnight had begun from the deadline, which compares it once (deadline.ts), not again from its instants', () => {
    const dl = deadline('2026-07-10T23:50:00-10:00', '2026-07-10T23:55:00-10:00', calendarDate('2008-07-11'), 'Pacific/Honolulu');
    expect(dl.easternBegunAtDiscovery).toBe(true);
    expect(deadline('2026-07-10T17:50:00-10:00', '2026-07-10T17:55:00-10:00', calendarDate('2008-07-11'), 'Pacific/Honolulu').easternBegunAtDiscovery).toBe(false);
    expect(deadline('2026-07-10T23:50:00-10:00', '2026-07-10T23:55:00-10:00', null, 'Pacific/Honolulu').easternBegunAtDiscovery).toBe(false);
    const computed = { dueReason: 'turns-18', turns18Clock: 'local', dateOfBirthEstimated: false } as RfaComputed;
    const clock = requesterClock('Pacific/Honolulu', '2026-07-10T23:55:00-10:00');
    expect(dueWhy(computed, dl, clock)).toContain('in Eastern time it had begun before the concern was learned');
    // The flag, not the instants, decides: the view makes no comparison of its own.
    expect(dueWhy(computed, { ...dl, easternBegunAtDiscovery: false }, clock)).not.toContain('had begun');
  });
  it('Pacific, learned at 9:30 PM PDT on the eve: due 11:59:59 PM PDT; without a zone, the same at the offset written in preparedAt', () => {
    const edit = (zone: boolean) => (c: Json) => {
      pacificEve(c);
      if (!zone) delete c.requester.timeZone;
      c.discoveredAt = '2026-03-08T21:30:00-07:00';
      c.preparedAt = '2026-03-08T21:40:00-07:00';
    };
    for (const zone of [true, false]) {
      expect(ok(withCase(edit(zone))).computed, `zone ${zone}`).toMatchObject({ dueAt: '2026-03-08T23:59:59-07:00', dueReason: 'turns-18', turns18Clock: 'local' });
    }
  });
  it('learned after both midnights (an estimated date of birth): no birthday ahead, only the 24 hours', () => {
    const r = ok(withCase((c) => {
      pacificEve(c);
      c.child.dateOfBirthEstimated = true;
      c.discoveredAt = '2026-03-09T00:30:00-07:00';
      c.preparedAt = '2026-03-09T00:40:00-07:00';
    }));
    expect(r.computed).toMatchObject({ dueAt: '2026-03-10T00:30:00-07:00', dueReason: '24-hours' });
    expect(codes(r)).toContain('child-not-a-minor');
  });
});

describe('late drafts', () => {
  it('after Eastern midnight but still 17 where it is prepared → turned-18-in-eastern-time (a warning), not child-not-a-minor', () => {
    const r = ok(withCase((c) => {
      pacificEve(c);
      c.preparedAt = '2026-03-08T21:15:00-07:00';
    }));
    expect(r.computed.ageAtPreparation).toBe(17);
    // The birthday is said once, by this warning: turns-18-soon's "submit before the 18th
    // birthday" beside it read as time left, under a deadline box saying LATE.
    expect(r.warnings.map((w) => [w.path, w.code])).toEqual([['preparedAt', 'turned-18-in-eastern-time']]);
    expect(r.warnings[0]!.message).toMatch(/Eastern time/);
    const page = JSON.stringify(buildDocument('rfa', withCase((c) => { pacificEve(c); c.preparedAt = '2026-03-08T21:15:00-07:00'; })).model.body);
    expect(page).toContain('LATE');
    expect(page).not.toContain('before the 18th birthday');
    expect(codes(r)).not.toContain('rfa-past-24-hours');
  });
  it('at 8:59:59 PM PDT it is not late; at 9:00 PM it is', () => {
    expect(codes(ok(withCase((c) => { pacificEve(c); c.preparedAt = '2026-03-08T20:59:59-07:00'; })))).not.toContain('turned-18-in-eastern-time');
    expect(codes(ok(withCase((c) => { pacificEve(c); c.preparedAt = '2026-03-08T21:00:00-07:00'; })))).toContain('turned-18-in-eastern-time');
  });
  it('after midnight where it is prepared: 18 there → child-not-a-minor (an error)', () => {
    expect(errors(withCase((c) => { pacificEve(c); c.preparedAt = '2026-03-09T00:00:00-07:00'; }))).toEqual(['child.dateOfBirth child-not-a-minor']);
  });
  it('more than 24 hours after discovery, with the birthday far away → rfa-past-24-hours only', () => {
    const r = ok(withCase((c) => (c.preparedAt = '2026-03-09T04:00:00-04:00')));
    expect(r.computed.dueReason).toBe('24-hours');
    expect(codes(r)).toEqual(['rfa-past-24-hours']);
  });
});

describe('an estimated date of birth that makes the child 18 already', () => {
  it('has no birthday ahead to beat: only the 24 hours apply, and child-not-a-minor is the warning', () => {
    const r = ok(withCase((c) => {
      c.child.dateOfBirth = '2008-03-07';
      c.child.dateOfBirthEstimated = true;
    }));
    expect(r.computed).toMatchObject({ dueReason: '24-hours', dueAt: '2026-03-08T22:00:00-05:00', dueAtEastern: '2026-03-08T23:00:00-04:00' });
    expect(codes(r)).toEqual(['child-not-a-minor']);
  });
});

