// Siblings who do not live with the child (docs/domain/best-interests-memo.md, "Siblings in other
// placements"): 45 CFR 410.1001 counts the intimacy of relationships with siblings among the
// best-interest factors, so the memo prints them under the family factor, each with where the
// sibling lives and the contact between them.
import { describe, expect, it } from 'vitest';
import { bodyTexts } from '../../support/model-text.js';
import { errors, fixture, ok } from './cases.js';

const texts = (c: unknown): string[] => bodyTexts('best-interests-memo', c);
const warned = (c: unknown, code: string) => ok(c).warnings.filter((w) => w.code === code).map((w) => w.path);

describe('printed under the family factor, after the parents’ wishes', () => {
  // full.json: memo March 10, 2026; Mateo born February 3, 2014 (12), Diego June 21, 2017 (8).
  it('the full example: each sibling with relationship, age on the memo date, where, and contact', () => {
    const t = texts(fixture('full.json'));
    const family = t.indexOf('Family Relationships and the Wishes of Parents or Legal Guardians');
    const label = t.indexOf('Siblings who do not live with the child');
    expect(family).toBeGreaterThan(-1);
    expect(label).toBeGreaterThan(family);
    expect(label).toBeLessThan(t.indexOf('Adjustment to the Community'));
    expect(t.slice(label + 1, label + 3)).toEqual([
      'Mateo Ajú Tzoc (younger brother, age 12): in Guatemala with their mother. Contact with the child: weekly phone calls arranged by the shelter, which Lucía says she looks forward to.',
      'Diego Ajú Tzoc (younger brother, age 8): in Guatemala with their mother. Contact with the child: the same weekly calls.',
    ]);
  });
  it('the age turns on the birthday; no relationship reads “sibling”; a period typed is not doubled', () => {
    const c = fixture('full.json');
    c.siblings = [{ name: 'Ana Tum', dateOfBirth: '2014-03-10', placement: 'in ORR custody at another shelter in Houston.' }];
    expect(texts(c)).toContain('Ana Tum (sibling, age 12): in ORR custody at another shelter in Houston.');
    c.siblings[0].dateOfBirth = '2014-03-11';
    expect(texts(c)).toContain('Ana Tum (sibling, age 11): in ORR custody at another shelter in Houston.');
  });
  it('no siblings listed: no label (a case written before the field prints as before)', () => {
    expect(texts(fixture('minimal.json'))).not.toContain('Siblings who do not live with the child');
  });
});

describe('validated', () => {
  it('a sibling’s date of birth after the memo date is refused; one before the child’s birth is not (an older sibling)', () => {
    const c = fixture('full.json');
    c.siblings[0].dateOfBirth = '2026-03-11';
    expect(errors(c)).toEqual([['siblings.0.dateOfBirth', 'date-after-document-date']]);
    c.siblings[0].dateOfBirth = '2004-01-01';
    ok(c);
  });
  it('a sibling needs a name that is a name, and where the sibling lives', () => {
    const c = fixture('full.json');
    c.siblings[0].name = 'Unknown';
    delete c.siblings[1].placement;
    expect(errors(c)).toEqual([
      ['siblings.0.name', 'not-a-name'],
      ['siblings.1.placement', 'invalid-type'], // the kit's code for a field left out,
    ]);
  });
  it('family-factor-not-applicable: the factor marked not applicable above siblings it prints', () => {
    const c = fixture('full.json');
    c.parentsWishes = [];
    c.factors.familyIntegrity = { notApplicable: 'No family contact.' };
    expect(warned(c, 'family-factor-not-applicable')).toEqual(['factors.familyIntegrity']);
    expect(ok(c).warnings.find((w) => w.code === 'family-factor-not-applicable').message).toContain('siblings who do not live with the child are recorded');
    c.siblings = [];
    expect(warned(c, 'family-factor-not-applicable')).toEqual([]);
  });
});
