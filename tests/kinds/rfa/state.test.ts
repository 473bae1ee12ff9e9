// Where the child is now is in the United States (docs/domain/rfa-draft.md, "Where the child
// lives"): until 2.15.0 location.state took any text, and "Honduras" printed "Tegucigalpa, Honduras"
// in "City and state" beside "In the United States now: Yes".
import { describe, expect, it } from 'vitest';
import { errors, ok, withCase } from './support.js';

describe('location.state is a U.S. state or territory', () => {
  it.each(['TX', 'tx', 'Texas', 'New York', 'D.C.', 'District of Columbia', 'Puerto Rico', 'PR', 'Guam', 'U.S. Virgin Islands', 'American Samoa', 'Northern Mariana Islands'])('%s passes', (state) => {
    ok(withCase((c) => (c.location = { city: 'Somewhere', state })));
  });
  // Initials with periods where the code is the name's initials (kit us-state.ts, INITIALS).
  it.each(['N.Y.', 'n.j.', 'P.R.', 'W.V.', 'V.I.', 'Washington D.C.'])('%s, initials with periods, passes', (state) => {
    ok(withCase((c) => (c.location = { city: 'Somewhere', state })));
  });
  // RFA 2.18.0: the periods ignored for "D.C." let "T.X." through as Texas; no state is written so.
  it.each(['T.X.', 'T.X', 'C.A.', 'F.L.', 'G.U.'])('%s, a code that is not its name’s initials written with periods, is refused (invalid-value)', (state) => {
    expect(errors(withCase((c) => (c.location = { city: 'Houston', state })))).toEqual(['location.state invalid-value']);
    expect(errors(withCase((c) => (c.concern.usStates = [state])))).toEqual(['concern.usStates.0 invalid-value']);
  });
  it.each(['Honduras', 'Guatemala', 'Chiapas', 'Ontario', 'GT', 'Tex'])('%s is refused, naming the field and the rule (invalid-value)', (state) => {
    expect(errors(withCase((c) => (c.location = { city: 'Tegucigalpa', state })))).toEqual(['location.state invalid-value']);
  });
});

// The concern learned before the documented birth (rfa.md, "Dates of events"): a typing slip that
// printed a request 6,000 days late, never refused until 2.15.0.
describe('the concern learned before the child’s date of birth', () => {
  it('documented date of birth: date-before-birth at discoveredAt', () => {
    expect(errors(withCase((c) => (c.discoveredAt = '2009-01-01T00:00:00-05:00')))).toEqual(['discoveredAt date-before-birth']);
  });
  it('estimated date of birth: not refused (the estimate may be what is wrong)', () => {
    ok(withCase((c) => ((c.discoveredAt = '2009-01-01T00:00:00-05:00'), (c.child.dateOfBirthEstimated = true))));
  });
});
