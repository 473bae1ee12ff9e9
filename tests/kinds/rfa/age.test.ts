// Date of birth or age (docs/domain/rfa.md, "Date of birth or age"): the caseworker gives what is
// known, a date of birth (marked when estimated) or only an age, and every age and date on the
// draft that rests on an estimate says so.
import { describe, expect, it } from 'vitest';
import { buildDocument, checkCase } from '../../../src/pipeline.js';
import { codes, errors, fixture, ok, withCase, type Json } from './support.js';

/** The draft's body as text (the words of the model, runs joined). */
const pageText = (c: Json): string => JSON.stringify(buildDocument('rfa', c).model.body);

const ageOnly = (age: number) =>
  withCase((c) => {
    delete c.child.dateOfBirth;
    c.child.age = age;
  });

describe('the schema takes a date of birth or an age, never neither nor both', () => {
  it('neither: refused at child.dateOfBirth, naming both ways', () => {
    expect(errors(withCase((c) => delete c.child.dateOfBirth))).toEqual(['child.dateOfBirth date-of-birth-or-age']);
    expect(errors(withCase((c) => (c.child.dateOfBirth = '')))).toEqual(['child.dateOfBirth date-of-birth-or-age']);
  });
  it('both: refused at child.age (the age is computed from the date)', () => {
    expect(errors(withCase((c) => (c.child.age = 15)))).toEqual(['child.age date-of-birth-or-age']);
  });
  it('an age alone marked "not estimated": refused, since an age without a date is an estimate', () => {
    expect(
      errors(
        withCase((c) => {
          delete c.child.dateOfBirth;
          c.child.age = 15;
          c.child.dateOfBirthEstimated = false;
        }),
      ),
    ).toEqual(['child.dateOfBirthEstimated date-of-birth-or-age']);
  });
  it('an age is a whole number of years from 0 to 30', () => {
    expect(errors(ageOnly(15.5))).toEqual(['child.age invalid-type']);
    expect(errors(ageOnly(-1))).toEqual(['child.age too-small']);
    expect(errors(ageOnly(31))).toEqual(['child.age too-big']);
  });
  it('an invalid date of birth is reported as itself, not as "neither"', () => {
    expect(errors(withCase((c) => (c.child.dateOfBirth = '2010-13-01')))).toEqual(['child.dateOfBirth invalid-date']);
  });
});

describe('worked examples: an age alone (prepared 2026-03-07, concern learned an hour before)', () => {
  it('about 15: age 15, an estimate, no birthday, the 24 hours alone set the deadline, no warning', () => {
    const r = ok(ageOnly(15));
    expect(r.computed).toMatchObject({ ageAtPreparation: 15, dateOfBirthEstimated: true, lastDayUnder18: null, daysLeftAsMinor: null, turns18At: null, turns18Clock: null, dueReason: '24-hours', dueAt: '2026-03-08T22:00:00-05:00' });
    expect(codes(r)).toEqual([]);
  });
  it('about 17: may turn 18 any day, so turns-18-soon says to submit at once and find the date', () => {
    const r = ok(ageOnly(17));
    expect(r.warnings).toEqual([{ path: 'child.age', code: 'turns-18-soon', message: expect.stringContaining('may turn 18 any day') }]);
  });
  it('about 18: a warning, not an error (an estimate; OTIP decides)', () => {
    const r = ok(ageOnly(18));
    expect(r.warnings.map((w) => `${w.path} ${w.code}`)).toEqual(['child.age child-not-a-minor']);
  });
  it('the date of birth is still to find out, but later: the age answers what is needed now', () => {
    const s = ok(ageOnly(15)).computed.stillToFindOut;
    expect(s.now.map((m: any) => m.path)).not.toContain('child.dateOfBirth');
    expect(s.later).toContainEqual({ path: 'child.dateOfBirth', label: 'Date of birth (only an age is given)' });
  });
  it('the draft says "about 15" wherever it gives the age, and never a date of birth or a last day under 18', () => {
    const text = pageText(ageOnly(15));
    expect(text.match(/About 15 \(the age given: without a date of birth, the 18th birthday is not known\)/g)).toHaveLength(2);
    expect(text).toContain('Not yet known (only an age is given)');
    expect(text).not.toContain('last day under 18');
  });
});

describe('an estimated date of birth: every age and date from it says "(estimated)"', () => {
  const estimated = (edit: (c: Json) => void = () => {}) => {
    const c = fixture('turned-18-in-eastern-time');
    c.child.dateOfBirthEstimated = true;
    edit(c);
    return c;
  };
  it('the date of birth, the age and the last day under 18, in the deadline box and in section 2', () => {
    const text = pageText(estimated());
    expect(text).toContain('March 9, 2008 (estimated)');
    expect(text.match(/17 \(estimated\); last day under 18: March 8, 2026 \(estimated\)/g)).toHaveLength(2);
  });
  it('the 18th birthday that sets the deadline, and the warnings that count from it', () => {
    const r = ok(estimated());
    expect(r.computed).toMatchObject({ dueReason: 'turns-18', dateOfBirthEstimated: true });
    const text = pageText(estimated());
    expect(text).toContain('(the start of the 18th birthday by the estimated date of birth, Eastern time)');
    for (const w of r.warnings) expect(w.message, w.code).toContain('from an estimated date of birth');
  });
  it('a documented date of birth is printed as a fact: no mark anywhere', () => {
    const c = fixture('turned-18-in-eastern-time');
    expect(ok(c).computed.dateOfBirthEstimated).toBe(false);
    expect(pageText(c)).not.toMatch(/estimated/);
  });
});

describe('an age known only as a range ("15 to 17": child.age 15, child.ageUpTo 17)', () => {
  const range = (age: number, upTo: number) =>
    withCase((c) => {
      delete c.child.dateOfBirth;
      c.child.age = age;
      c.child.ageUpTo = upTo;
    });
  it('is accepted and printed as the range, never as one age picked from it', () => {
    const r = ok(range(15, 16));
    expect(r.computed.ageAtPreparation).toBe(15);
    expect(r.computed.ageUpTo).toBe(16);
    expect(codes(r)).toEqual([]);
    expect(pageText(range(15, 16))).toContain('About 15 to 16 (the age range given');
  });
  it('a range whose top is 17: the child may turn 18 any day (turns-18-soon at child.ageUpTo)', () => {
    const r = ok(range(15, 17));
    expect(r.warnings.map((w) => `${w.path} ${w.code}`)).toEqual(['child.ageUpTo turns-18-soon']);
    expect(r.warnings[0]!.message).toContain('about 15 to 17');
  });
  it('a range reaching 18: the child may be an adult, a warning (OTIP decides), never an error', () => {
    expect(ok(range(16, 18)).warnings.map((w) => `${w.path} ${w.code}`)).toEqual(['child.ageUpTo child-not-a-minor']);
  });
  it('the same age twice is one age; a single age has no range', () => {
    expect(ok(range(17, 17)).computed.ageUpTo).toBeNull();
    expect(ok(ageOnly(15)).computed.ageUpTo).toBeNull();
  });
  it('refused: a top below the bottom, a top without an age, a top with a date of birth', () => {
    expect(errors(range(17, 15))).toEqual(['child.ageUpTo date-of-birth-or-age']);
    expect(errors(withCase((c) => (c.child.ageUpTo = 17)))).toEqual(['child.ageUpTo date-of-birth-or-age']);
    expect(errors(withCase((c) => ((c.child.dateOfBirth = ''), (c.child.ageUpTo = 17))))).toContain('child.ageUpTo date-of-birth-or-age');
  });
});

// A trafficked child often carries a false or borrowed document that makes them an adult; a
// caseworker who types its date gets child-not-a-minor, which says what to do instead.
describe('an adult’s date of birth from a false document', () => {
  it('child-not-a-minor says the document’s date is not the child’s, and where its name goes', () => {
    const r = checkCase('rfa', withCase((x) => (x.child.dateOfBirth = '2004-02-01')));
    expect(r.ok).toBe(false);
    const e = (r as { errors: Array<{ path: string; code: string; message: string }> }).errors[0]!;
    expect(`${e.path} ${e.code}`).toBe('child.dateOfBirth child-not-a-minor');
    expect(e.message).toContain('false or borrowed document');
    expect(e.message).toContain('write the document’s name in “Other names used” (section 2)');
  });
  // RFA 2.18.0: a person trafficked at 15 and referred at 21, whose date of birth is their own,
  // was told only of false documents; now also where an adult's assistance starts (rfa.md, "An
  // adult trafficked as a child").
  it('child-not-a-minor says where the assistance of one whose date is their own starts: certification, after DHS', () => {
    const r = checkCase('rfa', withCase((x) => (x.child.dateOfBirth = '2004-02-01')));
    const e = (r as { errors: Array<{ message: string }> }).errors[0]!;
    expect(e.message).toContain('If it is the person’s own date of birth, an adult’s assistance, for one trafficked before 18 too, is a Certification Letter');
    expect(e.message).toContain('then a Request for Certification in Shepherd');
  });
});
