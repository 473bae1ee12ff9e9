// The child's own name listed again (docs/domain/rfa-draft.md, "The child’s own name, listed
// again"; own-name.ts): under "Other names used" it reads as an alias the child went by, and as
// another child who may be a victim, a second child whose own request the page says is due. A
// warning (a brother or sister may share the name); never the name itself in the message.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/pipeline.js';
import { codes, ok, withCase, type Json } from './support.js';

const own = (r: { warnings: Array<{ path: string; code: string }> }): string[] => r.warnings.filter((w) => w.code === 'own-name-repeated').map((w) => w.path);

describe('the child’s own name under “Other names used”', () => {
  // The minimal case's child: "Lucía" "Ortega Ramos".
  it.each([
    [['Lucía'], 'the given name'],
    [['Luci', 'ortega  ramos'], 'the family names, in another case and spacing'],
    [['Lucía Ortega Ramos (school records)'], 'the full name with an aside'],
    [['Ortega Ramos, Lucía'], 'family name first, as a list writes it'],
  ])('%j (%s) → a warning at that entry', (names, _) => {
    const r = ok(withCase((c) => (c.child.otherNames = names)));
    expect(own(r)).toEqual([`child.otherNames.${names.length - 1}`]);
    expect(r.warnings.find((w) => w.code === 'own-name-repeated')!.message).not.toMatch(/Lucía|Ortega/);
  });
  it.each([['Luci'], ['Lucia'], ['Lucía Ortega'], ['María López Díaz (the name on a borrowed passport)']])('%s (a nickname, another spelling, part of the family names, a false document’s name) → no warning', (name) => {
    expect(codes(ok(withCase((c) => (c.child.otherNames = [name]))))).toEqual([]);
  });
  it('the page says it under “Check before submitting”, by the fields’ labels', () => {
    const c = withCase((c) => (c.child.otherNames = ['Luci', 'Ortega Ramos']));
    const body = JSON.stringify(buildDocument('rfa', c).model.body);
    expect(body).toContain('Entry 2 of “Other names used” (section 2) is the child’s own name as written in “Given name(s)” and “Family name(s)”, and reads as another name the child went by');
  });
});

describe('another child listed with the child’s own name', () => {
  const sibling = (name: string, relationshipToChild = 'sister'): Json => withCase((c) => (c.concern.otherMinors = [{ name: 'Ofelia Ortega Ramos', relationshipToChild: 'sister' }, { name, relationshipToChild }]));
  it('the child’s full name → a warning at that child’s name: the page would say a second request is due', () => {
    const r = ok(sibling('Lucía Ortega Ramos'));
    expect(own(r)).toEqual(['concern.otherMinors.1.name']);
    expect(r.warnings.find((w) => w.code === 'own-name-repeated')!.message).toContain('other child 2 (section 5) has the child’s own name: if it is the child, take them off the other children');
  });
  it('a sister of another given name, or one known by the family name alone → no warning', () => {
    expect(codes(ok(sibling('Ofelia Ortega Ramos')))).toEqual([]);
    expect(codes(ok(sibling('Ortega Ramos')))).toEqual([]);
  });
});

// A suspected trafficker with the child's full name (since template 2.24.0; it printed without a
// word): the child's name typed into section 5, or a father whose son bears his name. The message
// calls the child no suspect, asks for the relationship when missing, and for "Sr." or a second
// family name, since a record searched by name finds both.
describe('a suspected trafficker with the child’s own name', () => {
  const suspect = (name: string, relationship?: string, edit: (c: Json) => void = () => {}) =>
    withCase((c) => {
      c.concern.traffickers = [{ name: 'Hernán Ruiz' }, { name, ...(relationship === undefined ? {} : { relationship }) }];
      edit(c);
    });
  const message = (r: { warnings: Array<{ code: string; message: string }> }) => r.warnings.find((w) => w.code === 'own-name-repeated')!.message;
  it.each([['Lucía Ortega Ramos'], ['LUCIA ORTEGA RAMOS'], ['Ortega Ramos, Lucía'], ['Ramos Lucía Ortega (la jefa)']])('%s → a warning at that suspect’s name, quoting no name', (name) => {
    const r = ok(suspect(name));
    expect(own(r)).toEqual(['concern.traffickers.1.name']);
    expect(message(r)).toContain('suspected trafficker 2 (section 5) has the child’s own name, as written in “Given name(s)” and “Family name(s)” (section 2), case, accents and word order aside: OTIP would read the child as a suspect in their own trafficking. If the child’s name was typed into section 5 by mistake, correct that entry; if a relative shares the child’s name (a father whose son bears his name), give their relationship to the child (section 5) and tell them apart in the name (“Sr.”, a second family name)');
    expect(message(r)).not.toMatch(/Lucía|Ortega/);
  });
  it('a father whose relationship is given: told that the page tells them apart, a name search does not', () => {
    const r = ok(suspect('Julio Caal', 'father', (c) => ((c.child.givenName = 'Julio'), (c.child.familyName = 'Caal'))));
    expect(own(r)).toEqual(['concern.traffickers.1.name']);
    expect(message(r)).toContain('the relationship given tells them apart on the page, but a record searched by name does not: write the name as that person is known, with “Sr.” or a second family name when they have one');
  });
  it('told apart in the name (“Sr.”, a second family name), or part of the name only → no warning', () => {
    for (const name of ['Julio Caal Sr.', 'Julio Caal Pop', 'Julio']) {
      expect(own(ok(suspect(name, 'father', (c) => ((c.child.givenName = 'Julio'), (c.child.familyName = 'Caal')))))).toEqual([]);
    }
  });
  it('a child of one name, and a name written family name first in its own script', () => {
    expect(own(ok(suspect('Aung', undefined, (c) => ((c.child.givenName = 'Aung'), delete c.child.familyName, (c.child.noFamilyName = 'none')))))).toEqual(['concern.traffickers.1.name']);
    expect(own(ok(suspect('陈美玲', undefined, (c) => ((c.child.givenName = '美玲'), (c.child.familyName = '陈')))))).toEqual(['concern.traffickers.1.name']);
  });
  it('a child known by a first name only: a first name is many people’s, no warning', () => {
    expect(own(ok(suspect('Yesenia', undefined, (c) => ((c.child.givenName = 'Yesenia'), delete c.child.familyName, (c.child.noFamilyName = 'not-yet-known')))))).toEqual([]);
  });
});

// Round r60: a parent or guardian (section 3), or the sponsor (section 4), marked suspected in the
// trafficking with the child's full name printed without a word, where section 5's suspect was
// warned (2.24.0). The father whose son bears his name is the likelier reading, and "Father" is on
// the page: the message asks for "Sr." or a second family name (a record searched by name finds
// both), never calls the child a suspect, quotes no name.
describe('a suspected parent, guardian or sponsor with the child’s own name', () => {
  const julio = (c: Json) => ((c.child.givenName = 'Julio'), (c.child.familyName = 'Caal'));
  const parent = (name: string, suspected: boolean | undefined, edit: (c: Json) => void = julio) =>
    withCase((c) => {
      edit(c);
      c.parentsOrGuardians = [
        { relationship: 'mother', name: 'Rosa Pop' },
        { relationship: 'father', name, ...(suspected === undefined ? {} : { suspectedInTrafficking: suspected }) },
      ];
    });
  const message = (r: { warnings: Array<{ code: string; message: string }> }) => r.warnings.find((w) => w.code === 'own-name-repeated')!.message;
  it.each([['Julio Caal'], ['JULIO CAAL'], ['Caal, Julio'], ['Julio Caal (el papá)']])('%s, the father marked suspected → a warning at his name, by his role, quoting no name', (name) => {
    const r = ok(parent(name, true));
    expect(own(r)).toEqual(['parentsOrGuardians.1.name']);
    expect(message(r)).toBe(
      'parent or guardian 2, the father (section 3), marked suspected in the trafficking, has the child’s own name, as written in “Given name(s)” and “Family name(s)” (section 2), case, accents and word order aside: OTIP would read the child as a suspect in their own trafficking. If the child’s name was typed into section 3 by mistake, correct that entry; if they share the child’s name (a father whose son bears his name), the relationship tells them apart on the page, but a record searched by name does not: write the name as that person is known, with “Sr.” or a second family name when they have one',
    );
    expect(message(r)).not.toMatch(/Julio|Caal/);
  });
  it('told apart in the name, or not marked suspected (no one searches the records of a parent above suspicion) → no warning', () => {
    for (const name of ['Julio Caal Sr.', 'Julio Caal Pop', 'Julio']) expect(own(ok(parent(name, true)))).toEqual([]);
    expect(own(ok(parent('Julio Caal', false)))).toEqual([]);
    expect(own(ok(parent('Julio Caal', undefined)))).toEqual([]);
  });
  it('a child known by a first name only: a first name is many people’s, no warning', () => {
    const firstOnly = (c: Json) => ((c.child.givenName = 'Julio'), delete c.child.familyName, (c.child.noFamilyName = 'not-yet-known'));
    expect(own(ok(parent('Julio', true, firstOnly)))).toEqual([]);
  });
  it('a mother whose daughter bears her name, written family name first in its own script', () => {
    const r = ok(withCase((c) => ((c.child.givenName = '美玲'), (c.child.familyName = '陈'), (c.parentsOrGuardians = [{ relationship: 'mother', name: '陈美玲', suspectedInTrafficking: true }]))));
    expect(own(r)).toEqual(['parentsOrGuardians.0.name']);
    expect(message(r)).toContain('parent or guardian 1, the mother (section 3)');
  });
  it('the sponsor marked suspected, in section 4; the page says it under “Check before submitting”', () => {
    const c = withCase((c) => (julio(c), (c.location = { custody: 'released-to-sponsor', sponsor: { name: 'Julio Caal', relationshipToChild: 'Father', suspectedInTrafficking: true } })));
    expect(own(ok(c))).toEqual(['location.sponsor.name']);
    expect(JSON.stringify(buildDocument('rfa', c).model.body)).toContain('The sponsor (section 4), marked suspected in the trafficking, has the child’s own name');
  });
});
