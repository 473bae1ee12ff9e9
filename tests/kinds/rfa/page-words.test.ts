// The page names fields as a caseworker knows them (src/kinds/rfa/page-words.ts): a warning's
// message named fields by their paths, and the draft printed them as they were ("the offset written
// in preparedAt, as no requester.timeZone is given: … give requester.timeZone") under "Check before
// submitting", where no label of the form or the page says either. Messages now carry the words
// themselves (message-words.test.ts); the page's rewording stays for any path a message still names.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { validateCase } from '../../../src/pipeline.js';
import { pageName, warningSentence } from '../../../src/kinds/rfa/page-words.js';
import { fixture, ok, withCase, type Json } from './support.js';

/** The warnings as the page prints them (the view's sentences). */
const printed = (c: Json): string[] => {
  const v = validateCase('rfa', c);
  return (v.kind.view(v.data, v.computed, v.warnings) as { warnings: string[] }).warnings;
};

/** A field path as messages write it: dotted under a part of the case, or a camel-cased name (preparedAt). */
const FIELD_PATH = /\b(?:requester|child|parentsOrGuardians|location|concern|safety|lawEnforcement|strengthsAndNeeds|letterRecipient|supervisor)\.[A-Za-z]|\b[a-z]+[A-Z][A-Za-z]*\b/;

// The 18th birthday by an estimated date of birth, on UTC's calendar (a system exporting "Z", no zone given):
// child-not-a-minor is then a warning, printed on the page, naming the clock it read.
const birthdayAtUtc = withCase((c) => {
  c.child.dateOfBirth = '2008-03-08';
  c.child.dateOfBirthEstimated = true;
  c.discoveredAt = '2026-03-08T01:00:00Z';
  c.preparedAt = '2026-03-08T02:10:00Z';
});

// A Part B given only an age, 18 when Part A was submitted: child-not-a-minor as a warning naming child.age.
const partBAge18 = (() => {
  const c = fixture('part-b-after-18');
  c.child.dateOfBirth = null;
  c.child.age = 18;
  return c;
})();

describe('a warning on the page names fields by their labels, not their paths', () => {
  it('the estimated 18th birthday at UTC: the API and the page say “the preparation time” and “the requester’s time zone”, and the date in words; the API keeps the path in the issue’s path', () => {
    const api = ok(birthdayAtUtc).warnings.find((w) => w.code === 'child-not-a-minor')!;
    expect(api.path).toBe('child.dateOfBirth');
    expect(api.message).toContain('. The date of preparation, March 8, 2026, is read at UTC, the offset written in the preparation time, since the requester’s time zone is not given: if the requester’s clock is another, give the requester’s time zone');
    const page = printed(birthdayAtUtc).find((s) => s.includes('18 or older'))!;
    expect(page).toContain(
      'explain the estimate in the narrative. The date of preparation, March 8, 2026, is read at UTC, the offset written in the preparation time, since the requester’s time zone is not given: if the requester’s clock is another, give the requester’s time zone.',
    );
    expect(page).not.toMatch(FIELD_PATH);
  });
  it('a Part B given an age of 18: the page and the API say “the child’s age given”, the API’s path child.age', () => {
    const api = ok(partBAge18).warnings.find((w) => w.code === 'child-not-a-minor')!;
    expect(api.path).toBe('child.age');
    expect(api.message).toContain('(the child’s age given is the age when Part A was submitted)');
    expect(printed(partBAge18).join(' ')).toContain('(the child’s age given is the age when Part A was submitted)');
  });
  it('every valid fixture, and the cases above: no warning on the page names a field by its path', () => {
    const names = readdirSync(new URL('../../../fixtures/rfa/', import.meta.url)).filter((n) => n.endsWith('.json') && !n.startsWith('invalid-'));
    const cases = [...names.map((n) => fixture(n.replace(/\.json$/, ''))), birthdayAtUtc, partBAge18];
    let seen = 0;
    for (const c of cases)
      for (const s of printed(c)) {
        seen++;
        expect(s).not.toMatch(FIELD_PATH);
      }
    expect(seen).toBeGreaterThan(10);
  });
  it('any other path: its label in quotes, else its last part in words (with its entry’s number in a list); a date-time is left alone', () => {
    expect(pageName('child.otherNames')).toBe('“Other names used” (section 2)');
    expect(pageName('concern.otherMinors.2.name')).toBe('name of other minors entry 3');
    expect(pageName('concern.otherMinorsKnown')).toMatch(/^“.+”$/);
    expect(pageName('concern.notAField')).toBe('not a field');
    expect(warningSentence('give location.orrCaseNumber by 2026-03-09, not at 2026-03-09T10:00:00Z')).toMatch(/^Give “.+” by March 9, 2026, not at 2026-03-09T10:00:00Z\.$/);
  });
});
