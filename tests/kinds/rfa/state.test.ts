// Where the child is now is in the United States (docs/domain/rfa-draft.md, "Where the child
// lives"): until 2.15.0 location.state took any text, and "Honduras" printed "Tegucigalpa, Honduras"
// in "City and state" beside "In the United States now: Yes".
import { describe, expect, it } from 'vitest';
import { errors, ok, withCase } from './support.js';

describe('location.state is a U.S. state or territory', () => {
  it.each(['TX', 'tx', 'Texas', 'New York', 'D.C.', 'District of Columbia', 'Puerto Rico', 'PR', 'Guam', 'U.S. Virgin Islands', 'American Samoa', 'Northern Mariana Islands'])('%s passes', (state) => {
    ok(withCase((c) => (c.location = { city: 'Somewhere', state })));
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
