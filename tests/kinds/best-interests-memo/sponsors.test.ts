// Which sponsor each release weighed is to (docs/domain/best-interests-memo-alternatives.md, "A
// release to which sponsor", "Rows that read alike"): `alternatives[].sponsor` names one of the
// proposed sponsors, prints in the table and ranks ORR's home-study paragraph.
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/pipeline.js';
import { pdfBodyText, squash } from '../../support/extract.js';
import { errors, fixture, K, ok } from './cases.js';

// Ixchel, 11: Rosa (mother's cousin, a relative) ranked 1, Marta (family friend) ranked 2.
const base = () => fixture('sponsor-per-alternative.json');
const pairs = (ws: any[]) => ws.map((w) => [w.path, w.code]);
// The body's text, without the running banner, header and footer a sentence split by a page break would be read across.
const bodyOf = async (c: unknown) => squash(pdfBodyText((await generate({ kind: K, input: c, format: 'pdf' })).bytes));

describe('a release names its sponsor', () => {
  it('the table names each release’s sponsor as the Background does, and the home study says which choice the non-relative is', async () => {
    const t = await bodyOf(base());
    expect(t).toContain('Release to Rosa Oxlaj Pérez (mother’s cousin, in Houston)');
    expect(t).toContain('Release to Marta Velásquez Oxlaj (family friend from the child’s town; not related to the child)');
    expect(t).toContain('the proposed sponsor, Marta Velásquez Oxlaj (the advocate’s second choice), is not related to the child');
    expect(ok(base()).warnings).toEqual([]);
  });
  it('the standing of a release recommended alone, or weighed and not recommended', async () => {
    const alone = base();
    alone.alternatives[0].recommended = false;
    alone.alternatives[0].preference = null;
    alone.alternatives[1].preference = null;
    expect(await bodyOf(alone)).toContain('Marta Velásquez Oxlaj (the release the advocate recommends), is not related');
    const notRecommended = base();
    notRecommended.alternatives[1].recommended = false;
    delete notRecommended.alternatives[1].preference;
    notRecommended.alternatives[0].preference = null;
    // The mixed case keeps the standing: Marta not recommended beside Ana recommended.
    const mixed = base();
    mixed.proposedSponsors.push({ name: 'Ana Tum', relationship: 'non-relative' });
    mixed.alternatives[1].recommended = false;
    delete mixed.alternatives[1].preference;
    mixed.alternatives.push({ option: 'release-to-sponsor', sponsor: 'Ana Tum', recommended: true, preference: 2, reason: 'Ana is her teacher.' });
    expect(await bodyOf(mixed)).toContain('Marta Velásquez Oxlaj (a release the advocate weighed and does not recommend) and Ana Tum (the advocate’s second choice) are not related');
  });
  // 8 U.S.C. § 1232(c)(3)(B) ties the home study to "placing the child with an individual": ORR's
  // ground stands before a release to Marta even when the advocate advises against it, but said as
  // the condition of that release, with the recommended release to Rosa said not to need one on
  // it, under a heading a judge does not read as the recommendation's requirement
  // (docs/domain/best-interests-memo-home-study.md, "A release the advocate does not recommend").
  it('every non-relative weighed and not recommended: the home study is said as the condition of that release, not of the recommended one', async () => {
    const c = base();
    c.alternatives[1].recommended = false;
    delete c.alternatives[1].preference;
    c.alternatives[0].preference = null;
    expect(ok(c).computed.homeStudyGrounds).toEqual(['non-relative-sponsor']);
    const t = await bodyOf(c);
    expect(t).toContain(
      'Home study required by ORR policy before a release the advocate does not recommend ORR requires a home study before it releases a child 12 years old or younger to a sponsor who is not related to the child (ORR Unaccompanied Children Program Policy Guide, section 2.4.2). ' +
        'The child’s age on the date of this memo is 11 (estimated). The advocate does not recommend a release to Marta Velásquez Oxlaj, who is not related to the child; ' +
        'should the child be released to that sponsor nonetheless, a home study must be completed first. ' +
        'The release the advocate recommends, to Rosa Oxlaj Pérez (a relative of the child), does not need a home study on this ground. This is ORR’s requirement, not a condition set by the advocate.',
    );
    expect(t).not.toMatch(/Home study required by ORR policy ORR requires/);
    expect(ok(c).computed.homeStudyRequired).toBe(true);
    // Trafficking shown too: the law's requirement stands before any release, under the law's heading.
    c.background = { traffickingConcerns: 'The child described working without pay in a house in Houston.' };
    const both = await bodyOf(c);
    // The heading is true of both paragraphs under it: the law's, and ORR's before Marta's release
    // only ("by law" alone put ORR's paragraph under the law's heading).
    expect(both).toContain(
      'Home study required by law, and by ORR policy before a release the advocate does not recommend Federal law requires a home study before a child who is a victim',
    );
    expect(both).toMatch(/This is a requirement of law, not a condition set by the advocate\. ORR requires a home study .* should the child be released to that sponsor nonetheless/);
    // Under the law's paragraph, the recommended release is not said to need no home study at all.
    expect(both).toContain('Rosa Oxlaj Pérez (a relative of the child), does not need a home study on this ground; the home study required by law, above, still applies to it.');
    expect(t).not.toContain('still applies');
    expect(ok(c).computed.homeStudyGrounds).toEqual(['trafficking', 'non-relative-sponsor']);
  });
  // Three sponsors: the mother's cousin first, an uncle in the alternative, the family friend not
  // recommended. "The release …, to Rosa and Tomás" read as one release to two people.
  it('two recommended releases beside the one not recommended are said as one or the other, first choice first', async () => {
    const c = base();
    c.proposedSponsors.push({ name: 'Tomás Coyoy Ixcot', relationship: 'relative', relationshipDetail: 'paternal uncle' });
    c.alternatives[1].recommended = false;
    delete c.alternatives[1].preference;
    c.alternatives.unshift({ option: 'release-to-sponsor', sponsor: 'Tomás Coyoy Ixcot', recommended: true, preference: 2, reason: 'Her uncle has a stable home.' });
    const t = await bodyOf(c);
    expect(t).toContain(
      'The releases the advocate recommends, to Rosa Oxlaj Pérez (a relative of the child) or Tomás Coyoy Ixcot (a relative of the child), do not need a home study on this ground.',
    );
    expect(t).not.toContain('The release the advocate recommends, to');
  });
  it('a description that does not name the sponsor gets a line naming it; one that does is left alone', async () => {
    const c = base();
    c.alternatives[0].description = 'Release to her mother’s cousin in Houston';
    c.alternatives[1].description = 'Release to Marta Velásquez Oxlaj in San Marcos';
    const t = await bodyOf(c);
    expect(t).toContain('Release to her mother’s cousin in Houston Sponsor: Rosa Oxlaj Pérez');
    expect(t).not.toContain('Sponsor: Marta');
  });
  it('names are matched with spaces and case aside, and the sponsor is printed as proposed', async () => {
    const c = base();
    c.alternatives[0].sponsor = '  rosa   OXLAJ pérez ';
    expect(ok(c).warnings).toEqual([]);
    expect(await bodyOf(c)).toContain('Release to Rosa Oxlaj Pérez (mother’s cousin');
  });
  it('proposedSponsor (one, contract 2.5) can be named too', () => {
    const c = base();
    c.proposedSponsor = c.proposedSponsors.pop();
    expect(ok(c).warnings).toEqual([]);
  });
  it('alternative-sponsor: a name none of the proposed sponsors has (an accent is not folded), none proposed, or a sponsor on another option', () => {
    expect(errors(fixture('invalid-alternative-sponsor.json'))).toEqual([['alternatives.1.sponsor', 'alternative-sponsor']]);
    const none = base();
    none.proposedSponsors = [];
    expect(errors(none)).toEqual([
      ['alternatives.0.sponsor', 'alternative-sponsor'],
      ['alternatives.1.sponsor', 'alternative-sponsor'],
    ]);
    const foster = base();
    foster.alternatives[2].sponsor = 'Rosa Oxlaj Pérez';
    expect(errors(foster)).toEqual([['alternatives.2.sponsor', 'alternative-sponsor']]);
  });
});

// A numbered recommendation asking for a release the table marks "No" contradicts the table and
// ORR's paragraph (docs/domain/best-interests-memo-alternatives.md, "A release to which sponsor").
describe('recommendation-names-sponsor-not-recommended', () => {
  const marta = () => {
    const c = base();
    c.alternatives[1].recommended = false;
    delete c.alternatives[1].preference;
    c.alternatives[0].preference = null;
    return c;
  };
  it('a recommendation naming a sponsor whose release is marked not recommended is warned at its text, saying what to change', () => {
    const w = ok(marta()).warnings;
    expect(pairs(w)).toEqual([['recommendations.0.text', 'recommendation-names-sponsor-not-recommended']]);
    expect(w[0].message).toContain('names the sponsor of alternatives.1, a release the alternatives mark not recommended');
    expect(w[0].message).not.toContain('Marta');
    expect(w[0].message).toContain('mark alternatives.1 recommended');
    expect(w[0].message).toContain('take the release to that sponsor out of this recommendation');
  });
  it('each recommendation is read, spaces and case aside, whole words only; the recommended sponsor and an unweighed one are not warned', () => {
    const c = marta();
    c.recommendations = [
      { text: 'Release Ixchel to Rosa Oxlaj Pérez.' },
      { text: 'Weekly calls with   MARTA velásquez oxlaj.' },
      { text: 'No contact with the Velásquezes.' },
      { text: 'Visits with Marta Velasquez Oxlaj.' },
    ];
    // The name without its accents is hers too (template 2.14.0: it was not warned).
    expect(pairs(ok(c).warnings)).toEqual([
      ['recommendations.1.text', 'recommendation-names-sponsor-not-recommended'],
      ['recommendations.3.text', 'recommendation-names-sponsor-not-recommended'],
    ]);
    // Marta weighed by no alternative: nothing marks her release "No".
    const unweighed = marta();
    unweighed.alternatives.splice(1, 1);
    expect(ok(unweighed).warnings).toEqual([]);
    // Marta recommended second: the fixture as it is.
    expect(ok(base()).warnings).toEqual([]);
  });

  // Worked examples (docs/domain/best-interests-memo-alternatives.md, "A release to which sponsor"):
  // Marta Velásquez Oxlaj not recommended, Rosa Oxlaj Pérez recommended, the child Ixchel Coyoy Bámaca.
  // A family name with a title, or alone written as a name, is the sponsor; it was caught whole only.
  it.each([
    ['Release Ixchel to Rosa; in the alternative, to Ms. Velásquez.', true],
    ['Weekly visits with Sra. Velásquez Oxlaj.', true],
    ['A home study of the Velásquez home before any release.', true],
    ['That ORR not release Ixchel to MS. VELÁSQUEZ.', true],
    // "Oxlaj" is Rosa's name too: "Ms. Oxlaj" may be either, so it is not taken for Marta.
    ['Release Ixchel to Ms. Oxlaj.', false],
    // At a sentence's start a capital says nothing, but an accent does: English words have none
    // (a plain word there is not taken: "Young people…", below). It was not warned.
    ['Release Ixchel to Rosa. Velásquez family visits may follow.', true],
    // a word in lower case, inside a longer word: not a name
    ['Release Ixchel to Rosa; her velásquez cousins may visit.', false],
    ['Release Ixchel to Rosa, near the Velásquezes.', false],
    // A family name alone at a sentence's start, written as only a name is (an accent, two words of
    // the name, a possessive); it was never taken there. A plain word there is not (below: Young).
    ['Release Ixchel to Rosa. Velásquez has not completed the home study.', true],
    ['Release Ixchel to Rosa.\nVelásquez Oxlaj may visit.', true],
    // The given name alone, as a name is written, where no one else the memo names shares it: it
    // was never taken ("Marta" may be anyone the child knows; the memo names no other Marta).
    ['Release Ixchel to Rosa; in the alternative, to Marta.', true],
    ['Release Ixchel to Rosa; Ixchel may call Marta.', true],
    ['Release Ixchel to Rosa; in the alternative, to Doña Marta.', true],
    // ... but not in lower case, inside a longer proper name (a place, another Marta), at a
    // sentence's start as a plain word, or inside a longer word.
    ['Release Ixchel to Rosa; the marta cookies.', false],
    ['Release Ixchel to Rosa, near Casa Marta in Houston.', false],
    ['Release Ixchel to Rosa; Ixchel may call Marta Ruiz, her teacher.', false],
    ['Release Ixchel to Rosa and the Martas.', false],
  ])('%s → warned: %s', (text, warned) => {
    const c = marta();
    c.recommendations = [{ text }];
    expect(pairs(ok(c).warnings)).toEqual(warned ? [['recommendations.0.text', 'recommendation-names-sponsor-not-recommended']] : []);
  });

  // The false alarms the new rules must not raise: another person the memo names with the same
  // given name, the child's given name, a given or family name that is a common word.
  it('the given name alone is not the sponsor when another person the memo names shares it, nor a month', () => {
    const c = marta();
    c.recommendations = [{ text: 'Release Ixchel to Rosa; in the alternative, to Marta.' }];
    // The advocate, a person consulted, a parent, or the child named Marta too.
    const withAdvocate = structuredClone(c);
    withAdvocate.advocate.name = 'Marta Ruiz';
    expect(ok(withAdvocate).warnings).toEqual([]);
    const withContact = structuredClone(c);
    withContact.contacts.push({ date: '2026-02-25', person: 'Marta López', role: 'case-manager', language: 'English', mode: 'phone' });
    expect(ok(withContact).warnings).toEqual([]);
    const withParent = structuredClone(c);
    withParent.parentsWishes = [{ person: 'Marta Coyoy', relationship: 'mother', wishes: 'She wants Ixchel safe.', parentImplicated: false }];
    expect(ok(withParent).warnings).toEqual([]);
    const withChild = structuredClone(c);
    withChild.child.givenName = 'Marta';
    withChild.recommendations = [{ text: 'Release the child to Rosa; Marta asks to live with her.' }];
    expect(ok(withChild).warnings).toEqual([]);
    // A sponsor named June: "in June" is the month.
    const june = marta();
    june.proposedSponsors[1].name = 'June Velásquez Oxlaj';
    june.alternatives[1].sponsor = 'June Velásquez Oxlaj';
    june.contacts[1].person = 'June Velásquez Oxlaj';
    june.recommendations = [{ text: 'Release Ixchel to Rosa in June, after her home study.' }];
    expect(ok(june).warnings).toEqual([]);
    // "to June" is a month as often as a person: never taken alone; her name with a title, or whole, is.
    june.recommendations = [{ text: 'Release Ixchel to Rosa; postpone any visit to June.' }];
    expect(ok(june).warnings).toEqual([]);
    june.recommendations = [{ text: 'Release Ixchel to Rosa; in the alternative, to Ms. Velásquez.' }];
    expect(pairs(ok(june).warnings)).toEqual([['recommendations.0.text', 'recommendation-names-sponsor-not-recommended']]);
  });

  it('a family name that is a common word is not taken alone at a sentence’s start (Young people…), only as a name', () => {
    const c = marta();
    c.proposedSponsors[1].name = 'Marta Young';
    c.alternatives[1].sponsor = 'Marta Young';
    c.contacts[1].person = 'Marta Young';
    c.recommendations = [{ text: 'Release Ixchel to Rosa. Young people her age need school.' }];
    expect(ok(c).warnings).toEqual([]);
    c.recommendations = [{ text: 'Release Ixchel to Rosa. Young’s home study is pending.' }];
    expect(pairs(ok(c).warnings)).toEqual([['recommendations.0.text', 'recommendation-names-sponsor-not-recommended']]);
    c.recommendations = [{ text: 'Release Ixchel to Rosa, not to the Young home.' }];
    expect(pairs(ok(c).warnings)).toEqual([['recommendations.0.text', 'recommendation-names-sponsor-not-recommended']]);
  });

  // Template 2.14.0: a sponsor's name typed without its accents, or alone at a sentence's start
  // as a word English does not have, was never taken ("Marta has…", "Cruz will…"); a full stop
  // before the given name read as part of a longer name ("Rosa. Marta"). Hits, then the false
  // alarms each new reading must not raise.
  it.each([
    // Marta Velásquez Oxlaj, typed without the accent or at a sentence's start.
    ['Release Ixchel to Rosa; in the alternative, to Ms. Velasquez.', true],
    ['Release Ixchel to Rosa, not to the Velasquez home.', true],
    ['Release Ixchel to Rosa. Velasquez has not completed the home study.', true],
    ['Release Ixchel to Rosa. Marta has not asked to visit.', true],
    ['Release Ixchel to Rosa.\nMarta may visit monthly.', true],
    // A role the sponsor has ("family friend") before her given name: she.
    ['Release Ixchel to Rosa; Ixchel may call her friend Marta.', true],
    // Another Marta by her role, a place's abbreviation before it: not she.
    ['Release Ixchel to Rosa; Ixchel may keep calling her teacher Marta.', false],
    ['Release Ixchel to Rosa; the caseworker Marta will follow up.', false],
    ['Release Ixchel to Rosa, who lives near Sta. Marta church.', false],
  ])('%s → warned: %s', (text, warned) => {
    const c = marta();
    c.recommendations = [{ text }];
    expect(pairs(ok(c).warnings)).toEqual(warned ? [['recommendations.0.text', 'recommendation-names-sponsor-not-recommended']] : []);
  });

  /** marta() with the not-recommended sponsor renamed everywhere the case names her. */
  const renamed = (name: string) => {
    const c = marta();
    c.proposedSponsors[1].name = name;
    c.alternatives[1].sponsor = name;
    c.contacts[1].person = name;
    return c;
  };
  it('a sponsor whose name has accents (Márta Cruz) is named without them, at a sentence’s start too', () => {
    const c = renamed('Márta Cruz');
    for (const text of ['Release Ixchel to Rosa. Cruz will host visits.', 'Release Ixchel to Rosa. Marta has not asked to visit.', 'Release Ixchel to Rosa; in the alternative, to Sra. Cruz.']) {
      c.recommendations = [{ text }];
      expect(pairs(ok(c).warnings), text).toEqual([['recommendations.0.text', 'recommendation-names-sponsor-not-recommended']]);
    }
  });

  it('no false alarm: an English word common as a name at a sentence’s start, or a name another person has with or without its accent', () => {
    for (const [name, text] of [
      ['Hope Cruz', 'Release Ixchel to Rosa. Hope remains that she reunites with her mother.'],
      ['Will Ortega', 'Release Ixchel to Rosa. Will Ixchel attend school? Yes, in Houston.'],
      ['Marta Young', 'Release Ixchel to Rosa. Young people her age need school.'],
      ['Grace Mejía', 'Release Ixchel to Rosa. Grace periods for the home study are not given.'],
    ] as const) {
      const c = renamed(name);
      c.recommendations = [{ text }];
      expect(ok(c).warnings, text).toEqual([]);
    }
    // The advocate is Marta Ruiz and the sponsor Márta: "Marta" alone may be either.
    const c = renamed('Márta Velásquez Oxlaj');
    c.advocate.name = 'Marta Ruiz';
    c.recommendations = [{ text: 'Release Ixchel to Rosa; in the alternative, to Marta.' }];
    expect(ok(c).warnings).toEqual([]);
    // The parent is Juana Velasquez (no accent): "Mrs. Velásquez" may be the mother.
    const m = marta();
    m.parentsWishes = [{ person: 'Juana Velasquez', relationship: 'mother', wishes: 'She wants Ixchel safe.', parentImplicated: false }];
    m.recommendations = [{ text: 'Release Ixchel to Rosa, not to Mrs. Velásquez.' }];
    expect(ok(m).warnings).toEqual([]);
  });

  it('a family name the child shares (an uncle’s) is the sponsor with a title only; another adult’s, not even then', () => {
    const c = marta();
    // Marta's family name is the child's too: "the Velásquez home" may be the child's family.
    c.child.familyName = 'Velásquez Coyoy';
    c.recommendations = [{ text: 'Release Ixchel to Rosa, not to the Velásquez home.' }];
    expect(ok(c).warnings).toEqual([]);
    c.recommendations = [{ text: 'Release Ixchel to Rosa, not to Mrs. Velásquez.' }];
    expect(pairs(ok(c).warnings)).toEqual([['recommendations.0.text', 'recommendation-names-sponsor-not-recommended']]);
    // A parent named Velásquez: "Mrs. Velásquez" may be the mother.
    c.parentsWishes = [{ person: 'Juana Velásquez', relationship: 'mother', wishes: 'She wants Ixchel safe.', parentImplicated: false }];
    expect(ok(c).warnings).toEqual([]);
  });
});

describe('alternatives-alike', () => {
  it('two releases with neither sponsor nor description are warned at the later; each named, no warning', () => {
    expect(pairs(ok(fixture('alternatives-alike.json')).warnings)).toEqual([['alternatives.1', 'alternatives-alike']]);
    const one = fixture('alternatives-alike.json');
    one.alternatives[1].sponsor = 'Marta Velásquez Oxlaj';
    expect(ok(one).warnings).toEqual([]);
  });
  it('any two rows that print the same, spaces and case aside, a description equal to another option’s label included', () => {
    const c = base();
    c.alternatives.push({ option: 'other', description: 'transitional  FOSTER care', recommended: false, reason: 'Listed twice.' });
    expect(pairs(ok(c).warnings)).toEqual([['alternatives.3', 'alternatives-alike']]);
    const shelters = base();
    shelters.alternatives.push({ option: 'shelter', recommended: false, reason: 'A.' }, { option: 'shelter', recommended: false, reason: 'B.' });
    const w = ok(shelters).warnings;
    expect(pairs(w)).toEqual([['alternatives.4', 'alternatives-alike']]);
    expect(w[0].message).toContain('describe each (description)');
  });
});
