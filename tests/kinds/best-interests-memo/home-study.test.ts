// The home study on the grounds besides trafficking (docs/domain/best-interests-memo-home-study.md):
// the law's for a child with a disability (8 U.S.C.
// § 1232(c)(3)(B)), and ORR's for a child 12 or younger released to a sponsor who is not a relative
// (ORR Unaccompanied Children Program Policy Guide, section 2.4.2). The law's for a trafficking
// victim is in alternatives.test.ts. Ages are counted by hand.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDocument, generate, type Format } from '../../../src/pipeline.js';
import { docxText, findInOrder, pdfText, squash } from '../../support/extract.js';
import { fixture, K, ok } from './cases.js';

// Memo 2026-03-10; born 2014-09-02 (estimated): 11 on the memo date. Release to a family friend.
const base = () => fixture('non-relative-sponsor.json');
const born = (dateOfBirth: string) => {
  const c = base();
  c.child.dateOfBirth = dateOfBirth;
  return c;
};
const pairs = (ws: any[]) => ws.map((w) => [w.path, w.code]);

describe('ORR’s home study for a non-relative sponsor of a child 12 or younger', () => {
  it('worked example: 11, a family friend, a release decided: required on that ground alone (no trafficking shown)', () => {
    const r = ok(base());
    expect(r.computed).toMatchObject({ ageAtMemo: 11, homeStudyRequired: true, homeStudyGrounds: ['non-relative-sponsor'] });
    expect(r.warnings).toEqual([]);
  });
  it('12 on the memo date (12th birthday that day) is required; 13 that day is not', () => {
    // 2014-03-10 → 2026-03-10: 12 years; 2013-03-10 → 2026-03-10: 13 years; 2013-03-11: still 12.
    expect(ok(born('2014-03-10')).computed.homeStudyGrounds).toEqual(['non-relative-sponsor']);
    expect(ok(born('2013-03-11')).computed.homeStudyGrounds).toEqual(['non-relative-sponsor']);
    expect(ok(born('2013-03-10')).computed).toMatchObject({ homeStudyRequired: false, homeStudyGrounds: [] });
  });
  it('a parent, a legal guardian or a relative as sponsor: not this ground', () => {
    for (const relationship of ['parent-or-legal-guardian', 'relative']) {
      const c = base();
      c.proposedSponsor.relationship = relationship;
      expect(ok(c).computed, relationship).toMatchObject({ homeStudyRequired: false, homeStudyGrounds: [] });
    }
  });
  it('no release at stake (a transfer, the release weighed but not recommended): no ground and no warning', () => {
    const c = base();
    c.decisionType = 'placement-or-transfer';
    c.alternatives[0].recommended = false;
    c.alternatives[1].recommended = true;
    const r = ok(c);
    expect(r.computed.homeStudyGrounds).toEqual([]);
    expect(r.warnings).toEqual([]);
    delete c.proposedSponsor;
    expect(ok(c).warnings).toEqual([]);
  });
  it('a release recommended in a placement decision is at stake as well', () => {
    const c = base();
    c.decisionType = 'placement-or-transfer';
    expect(ok(c).computed.homeStudyGrounds).toEqual(['non-relative-sponsor']);
  });
  it('trafficking shown too: both grounds, the law’s first', () => {
    const c = base();
    c.background = { traffickingConcerns: 'Ixchel was made to work in a market stall to repay a travel debt.' };
    expect(ok(c).computed.homeStudyGrounds).toEqual(['trafficking', 'non-relative-sponsor']);
  });
});

// 8 U.S.C. § 1232(c)(3)(B): a home study "shall be conducted for … a special needs child with a
// disability (as defined in section 12102 of title 42)".
describe('the law’s home study for a child with a disability', () => {
  const deaf = () => fixture('disability-home-study.json');
  it('worked example: 15, Deaf, released to his uncle, no trafficking shown: required by law on that ground', () => {
    const r = ok(deaf());
    expect(r.computed).toMatchObject({ ageAtMemo: 15, homeStudyRequired: true, homeStudyGrounds: ['disability'] });
    expect(r.warnings).toEqual([]);
  });
  it('at any age, and not without a release at stake', () => {
    const c = deaf();
    c.decisionType = 'placement-or-transfer';
    c.alternatives[0].recommended = false;
    c.alternatives[1].recommended = true;
    expect(ok(c).computed.homeStudyGrounds).toEqual([]);
  });
  it('with trafficking and a non-relative sponsor of a child of 12: all three grounds, the law’s first', () => {
    const c = base();
    c.child.disability = 'Cerebral palsy; uses a wheelchair';
    c.background = { traffickingConcerns: 'Ixchel was made to beg in a market to repay a travel debt.' };
    expect(ok(c).computed.homeStudyGrounds).toEqual(['trafficking', 'disability', 'non-relative-sponsor']);
  });
  it('an advocate’s home-study condition is warned, citing the statute and 42 U.S.C. § 12102', () => {
    const c = deaf();
    c.recommendations[0].conditions.push('A home study of the uncle’s household.');
    const r = ok(c);
    expect(pairs(r.warnings)).toEqual([['recommendations.0.conditions.1', 'home-study-is-required']]);
    expect(r.warnings[0].message).toContain('8 U.S.C. § 1232(c)(3)(B); 42 U.S.C. § 12102');
  });
});

describe('disability-factor-not-applicable (warning)', () => {
  it('the individualized-needs factor marked not applicable while the disability is given: warned at the factor', () => {
    const c = fixture('disability-home-study.json');
    c.factors.individualNeeds = { notApplicable: 'No individualized need has been identified.' };
    expect(pairs(ok(c).warnings)).toEqual([['factors.individualNeeds', 'disability-factor-not-applicable']]);
  });
  it('not when the factor is analysed, nor without a disability given', () => {
    expect(ok(fixture('disability-home-study.json')).warnings).toEqual([]);
    expect(ok(fixture('minimal.json')).warnings).toEqual([]); // its factor is not applicable, no disability given
  });
});

describe('proposed-sponsor-not-given (warning)', () => {
  const without = (c: any) => {
    delete c.proposedSponsor;
    return c;
  };
  it('a release at stake for a child of 12 or younger without the sponsor: warned at proposedSponsors, saying the age is an estimate', () => {
    const r = ok(without(base()));
    expect(pairs(r.warnings)).toEqual([['proposedSponsors', 'proposed-sponsor-not-given']]);
    expect(r.warnings[0].message).toContain('12 or younger (from an estimated date of birth)');
    expect(r.warnings[0].message).toContain('ORR Policy Guide, section 2.4.2');
    expect(r.computed.homeStudyGrounds).toEqual([]);
  });
  it('not when the law already requires the home study (trafficking shown): the memo states it either way', () => {
    const c = without(base());
    c.background = { traffickingConcerns: 'Ixchel was made to beg in a market to repay a travel debt.' };
    const r = ok(c);
    expect(r.computed.homeStudyGrounds).toEqual(['trafficking']);
    expect(r.warnings).toEqual([]);
  });
  it('not for a child of 13, nor once the sponsor is given', () => {
    expect(ok(without(born('2013-03-10'))).warnings).toEqual([]);
    expect(ok(base()).warnings).toEqual([]);
  });
});

describe('home-study-is-required on ORR’s ground', () => {
  it('an advocate’s home-study condition is warned, citing ORR’s policy guide', () => {
    const c = base();
    c.recommendations[0].conditions = ['A favorable home study of Ms. Velásquez’s household.'];
    const r = ok(c);
    expect(pairs(r.warnings)).toEqual([['recommendations.0.conditions.0', 'home-study-is-required']]);
    expect(r.warnings[0].message).toContain('ORR Unaccompanied Children Program Policy Guide, section 2.4.2');
  });
});

describe.each(['pdf', 'docx'] as const)('the home study on the page (%s)', (format: Format) => {
  const text = async (c: unknown) => {
    const bytes = (await generate({ kind: K, input: c, format })).bytes;
    return squash(format === 'pdf' ? pdfText(bytes) : docxText(bytes));
  };
  it('ORR’s ground: its own heading and paragraph with the age and the sponsor; the sponsor in the Background', async () => {
    const t = await text(base());
    expect(findInOrder(t, [
      'Proposed sponsor Marta Velásquez Oxlaj (family friend from the child’s town; not related to the child)',
      'Alternatives considered',
      'Home study required by ORR policy',
      'ORR requires a home study before it releases a child 12 years old or younger to a sponsor who is not related to the child (ORR Unaccompanied Children Program Policy Guide, section 2.4.2). The child’s age on the date of this memo is 11 (estimated), and the proposed sponsor, Marta Velásquez Oxlaj, is not related to the child, so a home study must be completed before a release to that sponsor. This is ORR’s requirement, not a condition set by the advocate.',
      'Recommendations of the child advocate',
    ])).toEqual({ missing: [], outOfOrder: [] });
    expect(t).not.toContain('Home study required by law');
  });
  it('a disability: the law’s heading and paragraph, the disability in the Background', async () => {
    const t = await text(fixture('disability-home-study.json'));
    expect(findInOrder(t, [
      'Disability Deaf; communicates in Guatemalan Sign Language (LENSEGUA) and some gestures',
      'Proposed sponsor Efraín Sic Tum (paternal uncle)',
      'Home study required by law',
      'Federal law requires a home study before a child with a disability, as defined in 42 U.S.C. § 12102, is released to a sponsor (8 U.S.C. § 1232(c)(3)(B); 45 CFR 410.1204(a)). The child has a disability (see the Background), so a home study must be completed before release. This is a requirement of law, not a condition set by the advocate.',
      'Recommendations of the child advocate',
    ])).toEqual({ missing: [], outOfOrder: [] });
    expect(t).not.toContain('ORR policy');
  });
  it('both grounds: one heading, the law’s paragraph then ORR’s', async () => {
    const c = base();
    c.background = { traffickingConcerns: 'Ixchel was made to work in a market stall to repay a travel debt.' };
    expect(findInOrder(await text(c), [
      'Home study required by law and by ORR policy',
      'Federal law requires a home study before a child who is a victim of a severe form of trafficking in persons is released to a sponsor',
      'ORR requires a home study before it releases a child 12 years old or younger',
      'Recommendations of the child advocate',
    ])).toEqual({ missing: [], outOfOrder: [] });
  });
});

describe('several proposed sponsors (proposedSponsors)', () => {
  // Ixchel, 11: her mother's cousin in Houston and a family friend from her town are both proposed.
  const aunt = { name: 'Rosa Oxlaj Pérez', relationship: 'relative', relationshipDetail: 'mother’s cousin' };
  const friend = { name: 'Marta Velásquez Oxlaj', relationship: 'non-relative', relationshipDetail: 'family friend from the child’s town' };
  const withSponsors = (list: unknown[]) => {
    const c = base();
    delete c.proposedSponsor;
    c.proposedSponsors = list;
    return c;
  };
  const bodyOf = async (c: unknown) => squash(pdfText((await generate({ kind: K, input: c, format: 'pdf' })).bytes));
  const inOrder = (t: string, needles: string[]) => expect(findInOrder(t, needles)).toEqual({ missing: [], outOfOrder: [] });

  it('every one prints in the Background, each on its line', async () => {
    const t = await bodyOf(withSponsors([aunt, friend]));
    inOrder(t, ['Proposed sponsors', 'Rosa Oxlaj Pérez (mother’s cousin)', 'Marta Velásquez Oxlaj (family friend from the child’s town; not related to the child)']);
  });
  it('ORR’s home study is required for a release to the one not related, named, not to the relative beside her', async () => {
    const c = withSponsors([aunt, friend]);
    expect(ok(c).computed.homeStudyGrounds).toEqual(['non-relative-sponsor']);
    const t = await bodyOf(c);
    expect(t).toContain('the proposed sponsor, Marta Velásquez Oxlaj, is not related to the child, so a home study must be completed before a release to that sponsor');
    expect(t).not.toContain('Rosa Oxlaj Pérez, is not related');
    expect(ok(withSponsors([aunt])).computed.homeStudyGrounds).toEqual([]);
  });
  it('two not related: both named, a home study before a release to any of them', async () => {
    const t = await bodyOf(withSponsors([friend, { name: 'Ana Tum', relationship: 'non-relative' }]));
    expect(t).toContain('the proposed sponsors Marta Velásquez Oxlaj and Ana Tum are not related to the child, so a home study must be completed before a release to any of them');
  });
  it('proposedSponsor (one, contract 2.5) is still read, first, beside the list; none at all is warned at proposedSponsors', async () => {
    const c = base();
    c.proposedSponsors = [aunt];
    expect(ok(c).computed.homeStudyGrounds).toEqual(['non-relative-sponsor']);
    inOrder(await bodyOf(c), ['Proposed sponsors', 'Marta Velásquez Oxlaj', 'Rosa Oxlaj Pérez']);
    expect(pairs(ok(withSponsors([])).warnings)).toEqual([['proposedSponsors', 'proposed-sponsor-not-given']]);
  });
});

// computed.homeStudyRequired and the page say the same thing: a script that reads true finds a
// home study the memo calls required, and one that reads false a memo that calls none required. It
// disagreed when ORR's ground stood only before a release the advocate does not recommend: true,
// under a heading without "required" (8 U.S.C. § 1232(c)(3)(B) ties the home study to "placing the
// child with an individual", so it is required before that release, which the decision-maker may order).
describe('homeStudyRequired and the page agree', () => {
  const notRecommended = () => {
    const c = fixture('sponsor-per-alternative.json');
    c.alternatives[1].recommended = false;
    delete c.alternatives[1].preference;
    c.alternatives[0].preference = null;
    return c;
  };
  const cases: Array<[string, unknown]> = [
    ...readdirSync(new URL(`../../../fixtures/${K}/`, import.meta.url))
      .filter((n) => n.endsWith('.json') && !n.startsWith('invalid-'))
      .map((n): [string, unknown] => [n, fixture(n)]),
    ['the only ground before a release the advocate does not recommend', notRecommended()],
  ];
  it.each(cases)('%s', (_, c) => {
    const d = buildDocument(K, c);
    const headings = JSON.stringify(d.model.body.filter((b: any) => b.type === 'heading'));
    expect(/Home study required/.test(headings)).toBe((d.computed as any).homeStudyRequired);
  });
});
