// A fresh review as a pro bono attorney: a memo where the child's parent abroad is implicated in
// the trafficking could recommend the release to that parent without a word, the page then saying
// both "Not relied on: … is implicated in the trafficking of the child" and "Release to …: Yes".
// Warning release-to-implicated-parent (docs/domain/best-interests-memo.md, "Factors"),
// with hits and non-hits; the sponsor, a cousin, is unaffected.
import { describe, expect, it } from 'vitest';
import { kinWord } from '../../../src/kinds/best-interests-memo/implicated-parent.js';
import { codes, fixture, ok } from './cases.js';

/** The full memo, released to the child's cousin, with the father abroad implicated. */
function memo() {
  const c = fixture('full.json');
  c.decisionType = 'release-to-sponsor';
  c.proposedSponsor = null;
  c.proposedSponsors = [
    { name: 'Yesenia Tum Ajú', relationship: 'relative', relationshipDetail: 'cousin' },
    { name: 'Mario Ajú Batz', relationship: 'parent-or-legal-guardian', relationshipDetail: 'father' },
  ];
  c.parentsWishes = [{ person: 'Mario Ajú Batz', relationship: 'father', wishes: 'He wants her returned to him.', parentImplicated: true }];
  c.alternatives = [
    { option: 'release-to-sponsor', sponsor: 'Yesenia Tum Ajú', recommended: true, preference: 1, reason: 'Family, and trusted.' },
    { option: 'release-to-sponsor', sponsor: 'Mario Ajú Batz', recommended: false, reason: 'He is implicated in the trafficking.' },
    { option: 'unaccompanied-refugee-minors', recommended: false, reason: 'A relative can care for her.' },
  ];
  return c;
}
/** The warning's [path, code] pairs, from the check of the case as the pipeline parses it. */
const at = (c: any) => ok(c).warnings.filter((w) => w.code === 'release-to-implicated-parent').map((w) => [w.path, w.code]);

describe('a recommended release to a parent implicated in the trafficking', () => {
  it('not recommended, or to another sponsor: not warned', () => {
    expect(at(memo())).toEqual([]);
    expect(codes(ok(memo()).warnings)).not.toContain('release-to-implicated-parent');
  });

  it('recommended, by the sponsor’s name as written or with other spacing and case: warned at its sponsor', () => {
    const c = memo();
    c.alternatives[1] = { ...c.alternatives[1], sponsor: 'mario  ajú batz', recommended: true, preference: 2 };
    expect(at(c)).toEqual([['alternatives.1.sponsor', 'release-to-implicated-parent']]);
    expect(codes(ok(c).warnings)).toContain('release-to-implicated-parent');
  });

  it('a recommended release naming no sponsor, the only proposed sponsor being that parent: warned at the alternative', () => {
    const c = memo();
    c.proposedSponsors = [c.proposedSponsors[1]];
    c.alternatives = [{ option: 'release-to-sponsor', sponsor: null, recommended: true, reason: 'Reunification.' }];
    expect(at(c)).toEqual([['alternatives.0', 'release-to-implicated-parent']]);
  });

  it('the same parent not implicated, or another parent implicated: not warned', () => {
    const c = memo();
    c.alternatives[1] = { ...c.alternatives[1], recommended: true, preference: 2 };
    c.parentsWishes[0].parentImplicated = false;
    expect(at(c)).toEqual([]);
    c.parentsWishes = [{ person: 'Juana Tzoc Ixcoy', relationship: 'mother', wishes: 'She wants her safe.', parentImplicated: true }];
    expect(at(c)).toEqual([]);
  });

  it('the message names the fields, never the person', () => {
    const c = memo();
    c.alternatives[1] = { ...c.alternatives[1], recommended: true, preference: 2 };
    const [w] = ok(c).warnings.filter((x) => x.code === 'release-to-implicated-parent');
    expect(w!.message).toContain('parentsWishes.0');
    expect(w!.message).not.toContain('Mario');
  });
});

// A review round later: the rule matched the sponsor's name only, and missed a release to that
// parent said in the recommendations' words or by relation ("release to her father", the father
// recorded as implicated). Hits and non-hits on the full memo, whose father, Pedro Ajú, is
// recorded as implicated and whose mother is not.
describe('a release to the implicated parent said in words or by relation', () => {
  const full = () => fixture('full.json');
  const saying = (text: string) => {
    const c = full();
    c.recommendations[0].text = text;
    return at(c);
  };
  const hit = [['recommendations.0.text', 'release-to-implicated-parent']];

  it('the full memo (a release to the maternal aunt, Rosa Ajú Tzoc): not warned', () => {
    expect(at(full())).toEqual([]);
  });

  it.each([
    'Release Lucía to her father.',
    'That ORR approve the release of Lucía to her biological father in Guatemala.',
    'Lucía should be returned to the child’s father.',
    'Reunify Lucía with her parents once the debt is resolved.',
    'That the child be released to Pedro Ajú.',
    'Release Lucía to Pedro in Guatemala.',
  ])('warned at the recommendation: %s', (text) => {
    expect(saying(text)).toEqual(hit);
  });

  it.each([
    'Lucía should not be released to her father.',
    'Release Lucía to her maternal aunt rather than to her father.',
    'Release Lucía to her aunt; no contact with her father.',
    'Release Lucía to her father’s sister, Rosa Ajú Tzoc.',
    'Release Lucía to her foster father.',
    'Release Lucía to her stepfather.',
    'Release Lucía to the father of her classmate.',
    'Her father must not learn where she lives after release.',
  ])('not warned: %s', (text) => {
    expect(saying(text)).toEqual([]);
  });

  it('the mother is not implicated: a release to her mother is not warned; with the father not implicated, nor one to him', () => {
    expect(saying('Release Lucía to her mother.')).toEqual([]);
    const c = full();
    c.parentsWishes[1].parentImplicated = false;
    c.recommendations[0].text = 'Release Lucía to her father.';
    expect(at(c)).toEqual([]);
  });

  it('a recommended release to a proposed sponsor who is the father by relation, his name typed otherwise: warned at its sponsor; a stepfather is another person', () => {
    const c = full();
    c.decisionType = 'release-to-sponsor';
    c.proposedSponsor = null;
    c.proposedSponsors = [{ name: 'Pedro Aju Batz', relationship: 'parent-or-legal-guardian', relationshipDetail: 'father, in Houston' }];
    c.alternatives = [{ option: 'release-to-sponsor', sponsor: 'Pedro Aju Batz', recommended: true, reason: 'Reunification.' }];
    expect(at(c)).toEqual([['alternatives.0.sponsor', 'release-to-implicated-parent']]);
    c.proposedSponsors[0].relationshipDetail = 'stepfather';
    expect(at(c)).toEqual([]);
  });

  it('by relation only when the memo records one parent by that word: two fathers, neither is told by "her father"', () => {
    const c = full();
    c.parentsWishes.push({ person: 'Tomás Ixcoy', relationship: 'father', wishes: 'He wants her safe.', parentImplicated: false });
    c.recommendations[0].text = 'Release Lucía to her father.';
    expect(at(c)).toEqual([]);
  });

  it('a recommended alternative described as a release to the father: warned at its description', () => {
    const c = full();
    c.alternatives.push({ option: 'other', description: 'Return to her father in Guatemala', recommended: true, reason: 'Family.' });
    const i = c.alternatives.length - 1;
    expect(at(c)).toContainEqual([`alternatives.${i}.description`, 'release-to-implicated-parent']);
  });

  it('kinWord: the one parent word of a relationship; a foster or possessive relation is none', () => {
    expect(['father', 'Biological mother', 'legal guardian', 'stepfather', 'foster father', "mother's partner"].map(kinWord)).toEqual(['father', 'mother', 'guardian', 'stepfather', null, null]);
  });

  // A review round later: "Mr. Ajú" was not taken as the implicated father when another adult of
  // the memo (the cousin Yesenia Tum Ajú, the aunt Rosa Ajú Tzoc) shares the family name, so a
  // recommendation to release Lucía "to Mr. Ajú" printed without a word.
  it('a courtesy title and the father’s family name, shared with other adults: warned; another’s title and name, a negation, no release: not', () => {
    const rec = (text: string) => {
      const c = memo();
      c.recommendations = [{ text }];
      return at(c);
    };
    expect(rec('That ORR release Lucía to Mr. Ajú.')).toEqual([['recommendations.0.text', 'release-to-implicated-parent']]);
    expect(rec('That Lucía be returned to Sr. Aju Batz in Guatemala.')).toEqual([['recommendations.0.text', 'release-to-implicated-parent']]);
    expect(rec('That ORR release Lucía to Ms. Tum Ajú.')).toEqual([]);
    expect(rec('That Lucía not be released to Mr. Ajú.')).toEqual([]);
    expect(rec('That Mr. Ajú have no contact with Lucía.')).toEqual([]);
    expect(rec('That ORR release Lucía to Mr. Ajúes.')).toEqual([]);
  });
});
