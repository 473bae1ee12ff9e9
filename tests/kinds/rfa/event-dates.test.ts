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
  it('a date or an end date after the day the draft is prepared anywhere → date-after-document-date, at the field', () => {
    // 11:10 PM on March 7 at UTC-05:00 is March 8 from UTC to UTC+14, March 9 nowhere.
    expect(errors(withEvent({ date: '2026-03-09' }))).toEqual(['concern.events.0.date date-after-document-date']);
    expect(errors(withEvent({ date: '2026-01-01', endDate: '2026-12-01' }))).toEqual(['concern.events.0.endDate date-after-document-date']);
  });
  // An event is dated where it happened, which may be a day ahead of the requester (since template
  // 2.23.0; it was refused, and the request could not be made until the date was written wrong).
  it('an event dated where it happened, a day ahead of the requester’s calendar, is accepted', () => {
    // Seattle, 10:10 PM on March 7 (PST) is 1:10 AM on March 8 in New York: the child ran there at 12:30 AM.
    const seattle = (c: any) => ((c.preparedAt = '2026-03-07T22:10:00-08:00'), (c.discoveredAt = '2026-03-07T21:50:00-08:00'), (c.requester.timeZone = 'America/Los_Angeles'));
    ok(withEvent({ date: '2026-03-08', place: 'New York, New York' }, seattle));
    // The earliest clock on Earth is UTC+14 (Pacific/Kiritimati): at 6:10 AM UTC on March 8 it is 8:10 PM there, still March 8.
    expect(errors(withEvent({ date: '2026-03-09' }, seattle))).toEqual(['concern.events.0.date date-after-document-date']);
    // 9:59 AM UTC on March 7 is 11:59 PM on March 7 at UTC+14: March 8 is nowhere yet.
    expect(errors(withEvent({ date: '2026-03-08' }, (c) => ((c.preparedAt = '2026-03-07T09:59:00Z'), (c.discoveredAt = '2026-03-07T09:00:00Z'))))).toEqual(['concern.events.0.date date-after-document-date']);
    ok(withEvent({ date: '2026-03-08' }, (c) => ((c.preparedAt = '2026-03-07T10:00:00Z'), (c.discoveredAt = '2026-03-07T09:00:00Z'))));
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

// The help beside the date (the JSON Schema's description, which the web form and `harbor schema`
// show) says which calendar the rule above reads: until template 2.24.0 it said only "When it
// happened or began", and a requester in Seattle, told nothing, wrote a New York night's date as
// the day before.
describe('the event date’s help names the calendar the rule reads', () => {
  it('the date and the end date: on the calendar where it happened', async () => {
    const { getKind } = await import('../../../src/kinds/index.js');
    const { caseJsonSchema } = await import('../../../src/kinds/json-schema.js');
    const text = JSON.stringify(caseJsonSchema(getKind('rfa')));
    expect(text).toContain('When it happened or began, yyyy-mm-dd, on the calendar where it happened (it may be a day ahead of yours).');
    expect(text).toContain('The last day of a period (a job that lasted months), yyyy-mm-dd, on the calendar where it happened; on or after the date.');
  });
});
