// A fresh review as a pro bono attorney: an applicant trafficked by her husband read "The person
// responsible for what happened to me is Darren Pike (husband).", a form's label inside a sworn
// first-person statement. A bare relation is the applicant's own ("my husband"), as a possessive
// one was ("my mother's boyfriend"); a role without a tie stays as typed
// (docs/domain/t-visa-declaration-form.md, "Names"; src/kinds/t-visa-declaration/phrasing.ts inMyWords).
import { describe, expect, it } from 'vitest';
import { inMyWords } from '../../../src/kinds/t-visa-declaration/phrasing.js';
import { bodyOf } from './support.js';

describe('a perpetrator’s relationship in the applicant’s voice', () => {
  it('the statement says “my husband”', () => {
    const t = bodyOf('minimal', (c) => {
      c.trafficking.perpetrators = [{ name: 'Darren Pike', relationship: 'husband' }];
    });
    expect(t).toContain('The person responsible for what happened to me is Darren Pike (my husband).');
  });

  it.each([
    ['husband', 'my husband'],
    ['Husband', 'my husband'],
    ['ex-husband', 'my ex-husband'],
    ['former employer', 'my former employer'],
    ['maternal uncle', 'my maternal uncle'],
    ['brother-in-law', 'my brother-in-law'],
    ["mother's boyfriend", "my mother's boyfriend"],
  ])('a relation is the applicant’s own: %s', (typed, printed) => {
    expect(inMyWords(typed)).toBe(printed);
  });

  it.each(['recruiter', 'trafficker, last name unknown', 'husband of my cousin', 'the man who drove the van', 'friend of my father', 'my husband'])(
    'other wording is kept as typed: %s',
    (typed) => {
      expect(inMyWords(typed)).toBe(typed);
    },
  );
});
