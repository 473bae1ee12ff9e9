// A child known only by an age range (no date of birth: docs/domain/rfa.md, "Date of birth or
// age"), every age sentence the draft and its rules say, worked for each branch. Two were wrong:
// a range from 18 up ("about 18 to 20") was told "by the age given the child is 18 or older", a
// single age the caseworker never gave; and the date of birth's row and its "Can follow later"
// entry said "only an age is given" beside "About 15 to 17 (the age range given …)".
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/pipeline.js';
import { ok, withCase, type Json } from './support.js';

/** The minimal case (prepared March 7, 2026, 11:10 PM UTC-05:00) with the child known by `age` (to `upTo`) alone. */
const ranged = (age: number, upTo: number | null, edit: (c: Json) => void = () => {}): Json =>
  withCase((c) => {
    c.child.dateOfBirth = null;
    c.child.age = age;
    if (upTo !== null) c.child.ageUpTo = upTo;
    edit(c);
  });
const text = (c: Json): string => {
  const t = (n: any): string => (n.type === 'text' ? n.text : [...(n.children ?? []), ...(n.rows ?? []), ...(n.cells ?? []), ...(n.items ?? []), ...(n.blocks ?? [])].map(t).join('|'));
  return (buildDocument('rfa', c).model.body as any[]).map(t).join('\n');
};
const warning = (c: Json, code: string) => ok(c).warnings.filter((w) => w.code === code);

describe('a child known only by an age range: every age sentence', () => {
  it('about 15 to 17: "About 15 to 17 (the age range given …)", the date of birth "only an age range is given", and may turn 18 any day', () => {
    const c = ranged(15, 17);
    const page = text(c);
    expect(page).toContain('About 15 to 17 (the age range given: without a date of birth, the 18th birthday is not known)');
    expect(page).toContain('Not yet known (only an age range is given)');
    expect(page).not.toContain('only an age is given');
    expect(ok(c).computed.stillToFindOut.later.map((m: any) => m.label)).toContain('Date of birth (only an age range is given)');
    expect(warning(c, 'turns-18-soon').map((w) => w.message)).toEqual([
      'the child is about 15 to 17 and the date of birth is not known, so the child may be 17 and turn 18 any day: submit the request to OTIP at once and find out the date of birth',
    ]);
  });

  it('about 16 to 18: may be 18 or older by the range (a warning at the top of the range: OTIP decides)', () => {
    expect(warning(ranged(16, 18), 'child-not-a-minor').map((w) => `${w.path}: ${w.message}`)).toEqual([
      'child.ageUpTo: by the age range given (about 16 to 18) the child may be 18 or older; OTIP assistance for a child requires a minor, so submit at once, find out the date of birth and explain the estimate in the narrative',
    ]);
  });

  it('about 18 to 20: 18 or older by the range given, named as the range (it said "by the age given")', () => {
    expect(warning(ranged(18, 20), 'child-not-a-minor').map((w) => `${w.path}: ${w.message}`)).toEqual([
      'child.age: by the age range given (about 18 to 20) the child is 18 or older; OTIP assistance for a child requires a minor, so explain the estimate in the narrative',
    ]);
    // One age of 18 keeps its words.
    expect(warning(ranged(18, null), 'child-not-a-minor').map((w) => w.message)).toEqual(['by the age given the child is 18 or older; OTIP assistance for a child requires a minor, so explain the estimate in the narrative']);
  });

  it('about 18 to 20 at Part A (a Part B draft): the range when Part A was submitted', () => {
    const c = ranged(18, 20, (x) => (x.submittedAt = '2026-03-07T23:00:00-05:00'));
    expect(warning(c, 'child-not-a-minor').map((w) => w.message)).toEqual([
      'by the age range given (about 18 to 20) the child was 18 or older when Part A was submitted; OTIP assistance for a child requires a minor when OTIP receives the request, so check the age then (the child’s age range given is the range when Part A was submitted) and explain the estimate in the narrative',
    ]);
  });

  it('one age, or a range of one age (17 to 17): "only an age is given", as before', () => {
    for (const c of [ranged(17, null), ranged(17, 17)]) {
      expect(text(c)).toContain('Not yet known (only an age is given)');
      expect(text(c)).toContain('About 17 (the age given: without a date of birth, the 18th birthday is not known)');
    }
  });
});
