// The dates of the concern's events can have happened (docs/domain/rfa.md, "Dates of events"):
// not after the day the draft is prepared, not before a documented date of birth. The minimal
// case is prepared 2026-03-07 at 11:10 PM (UTC-05:00); the child was born 2010-05-10.
import { describe, expect, it } from 'vitest';
import { errors, ok, withCase } from './support.js';

const withEvent = (e: Record<string, unknown>, edit: (c: any) => void = () => {}) =>
  withCase((c) => {
    c.concern.events = [{ description: 'What happened.', ...e }];
    edit(c);
  });

describe('event dates that cannot be', () => {
  it('a date or an end date after the day the draft is prepared → date-after-document-date, at the field', () => {
    expect(errors(withEvent({ date: '2026-03-08' }))).toEqual(['concern.events.0.date date-after-document-date']);
    expect(errors(withEvent({ date: '2026-01-01', endDate: '2026-12-01' }))).toEqual(['concern.events.0.endDate date-after-document-date']);
  });
  it('the day of preparation on the requester’s calendar is accepted (11:10 PM on March 7 at UTC-05:00 is March 8 in UTC)', () => {
    ok(withEvent({ date: '2026-03-07' }));
  });
  it('a date before a documented date of birth → date-before-birth; the birthday itself is accepted', () => {
    expect(errors(withEvent({ date: '2010-05-09' }))).toEqual(['concern.events.0.date date-before-birth']);
    ok(withEvent({ date: '2010-05-10' }));
  });
  it('not when the date of birth is an estimate or only an age is given: the estimate may be what is wrong', () => {
    ok(withEvent({ date: '2009-01-01' }, (c) => (c.child.dateOfBirthEstimated = true)));
    ok(
      withEvent({ date: '2009-01-01' }, (c) => {
        delete c.child.dateOfBirth;
        c.child.age = 15;
      }),
    );
  });
});
