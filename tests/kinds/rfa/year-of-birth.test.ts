// A date known only by its year or month (docs/domain/rfa-draft.md, "A date of birth known by its
// year"): "2010" in the date of birth, as a spreadsheet of intakes holds it, was refused as "must be
// a real calendar date written yyyy-mm-dd", which left the caseworker to invent a day that the page
// would print as the child's and count the 18th birthday from. The message now says what to give:
// the age range the year makes; an event's year, its first day marked approximate.
import { describe, expect, it } from 'vitest';
import { checkCase } from '../../../src/pipeline.js';
import { ok, withCase, type Json } from './support.js';

const refused = (c: Json): Array<{ path: string; code: string; message: string }> => {
  const r = checkCase('rfa', c);
  if (r.ok) throw new Error('expected an invalid case');
  return r.errors;
};

describe('a date of birth known only by its year', () => {
  it.each(['2010', '2010-05', '2010/5'])('%j: one invalid-date at child.dateOfBirth, saying to give the age range it makes', (dob) => {
    const e = refused(withCase((c) => (c.child.dateOfBirth = dob)));
    expect(e.map((i) => `${i.path} ${i.code}`)).toEqual(['child.dateOfBirth invalid-date']);
    expect(e[0]!.message).toContain('not a year alone or a year and month');
    expect(e[0]!.message).toContain('give the age range it makes');
  });
  it('the age range it makes is accepted, and printed as one', () => {
    const c = withCase((c) => (delete c.child.dateOfBirth, (c.child.age = 15), (c.child.ageUpTo = 16)));
    expect(ok(c).computed.ageUpTo).toBe(16);
  });
  it('a date that does not exist is still told as before', () => {
    expect(refused(withCase((c) => (c.child.dateOfBirth = '2010-02-30')))[0]!.message).toBe('must be a real calendar date written yyyy-mm-dd');
  });
});

describe('an event known only by its year or month', () => {
  it('is told to give the first day and mark the dates approximate', () => {
    const e = refused(withCase((c) => (c.concern.events = [{ date: '2025-08', description: 'Recruited in her village.' }])));
    expect(e.map((i) => `${i.path} ${i.code}`)).toEqual(['concern.events.0.date invalid-date']);
    expect(e[0]!.message).toContain('give its first day (2025-08-01 for August 2025) and mark the dates approximate');
  });
});

describe('another kind’s date (the kit’s)', () => {
  it('a year alone is told as such, with no RFA advice', () => {
    const r = checkCase('restitution-worksheet', { preparedOn: '2026' });
    expect(r.ok).toBe(false);
    const e = (r as { errors: Array<{ path: string; message: string }> }).errors.find((i) => i.path === 'preparedOn')!;
    expect(e.message).toBe('must be a whole date written yyyy-mm-dd, not a year alone or a year and month');
  });
});
