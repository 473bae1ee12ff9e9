// A fresh review as a pro bono attorney: a memo where the child's parent abroad is implicated in
// the trafficking could recommend the release to that parent without a word, the page then saying
// both "Not relied on: … is implicated in the trafficking of the child" and "Release to …: Yes".
// Warning release-to-implicated-parent (docs/domain/best-interests-memo.md, "Factors"),
// with hits and non-hits; the sponsor, a cousin, is unaffected.
import { describe, expect, it } from 'vitest';
import { implicatedParentIssues } from '../../../src/kinds/best-interests-memo/sponsors.js';
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
const at = (c: any) => implicatedParentIssues(c).map((w) => [w.path, w.code]);

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
    const [w] = implicatedParentIssues(c);
    expect(w!.message).toContain('parentsWishes.0');
    expect(w!.message).not.toContain('Mario');
  });
});
