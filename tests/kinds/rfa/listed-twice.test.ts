// One person listed twice (docs/domain/rfa-draft.md, "One person listed twice";
// same-person-listed-twice): two suspected traffickers with one name, case, accents and word order
// aside, or a suspected trafficker with the sponsor's or a parent's name. Warned at the later
// entry, naming both; never merged, since each entry may carry its own note.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/pipeline.js';
import { codes, fixture, ok, withCase, type Json } from './support.js';

const twice = (c: Json) => ok(c).warnings.filter((w) => w.code === 'same-person-listed-twice');
const traffickers = (...names: string[]) => (c: Json) => (c.concern.traffickers = names.map((name) => ({ name })));

describe('two suspected traffickers with one name', () => {
  it.each([
    ['Hernán Ruiz', 'hernan ruiz'],
    ['Hernán Ruiz', 'RUIZ, Hernan'],
    ['Hernán Ruiz', 'Ruiz Hernán'],
    ['Hernán Ruiz', 'Hernán  Ruiz (the driver)'],
  ])('%s and %s: one warning at the second, naming both entries', (a, b) => {
    const w = twice(withCase(traffickers(a, b)));
    expect(w.map((x) => x.path)).toEqual(['concern.traffickers.1.name']);
    expect(w[0]!.message).toContain(`suspected trafficker 2, “${b}” (section 5), has the name of suspected trafficker 1, “${a}”, case`);
  });
  it('the fixture listed-twice carries it', () => {
    expect(codes(ok(fixture('listed-twice')))).toEqual(['same-person-listed-twice']);
  });
  it('three entries of one name: a warning at each later one, naming the first', () => {
    expect(twice(withCase(traffickers('Ana Ruiz', 'ana ruiz', 'ANA RUIZ'))).map((x) => x.path)).toEqual(['concern.traffickers.1.name', 'concern.traffickers.2.name']);
  });
  it.each([
    ['Hernán Ruiz', 'Hernán Ruiz Jr.'],
    ['Ana Ruiz', 'Ana María Ruiz'],
    ['Hernán Ruiz', 'Hernán Ruíz López'],
    ['Rolando', 'Orlando'],
  ])('%s and %s: told apart, no warning', (a, b) => {
    expect(twice(withCase(traffickers(a, b)))).toEqual([]);
  });
  it('entries with no name are not compared', () => {
    expect(twice(withCase((c) => (c.concern.traffickers = [{ description: 'The driver' }, { description: 'The cook' }])))).toEqual([]);
  });
});

describe('a suspected trafficker with the sponsor’s or a parent’s name', () => {
  const withSponsor = (suspected: boolean | undefined, trafficker: string) =>
    withCase((c) => {
      c.location = { custody: 'released-to-sponsor', sponsor: { name: 'Marta Quispe', ...(suspected === undefined ? {} : { suspectedInTrafficking: suspected }) } };
      c.concern.traffickers = [{ name: trafficker }];
    });
  it('a sponsor not marked suspected: says so, and to answer “Yes”', () => {
    const [w, ...rest] = twice(withSponsor(undefined, 'marta quispe'));
    expect(rest).toEqual([]);
    expect(w!.path).toBe('concern.traffickers.0.name');
    expect(w!.message).toContain('has the name of the sponsor, “Marta Quispe” (section 4), case, accents and word order aside, while the sponsor is not marked suspected');
    expect(w!.message).toContain('answer “Suspected in the trafficking” for the sponsor “Yes” (section 4)');
  });
  it('a sponsor marked not suspected: says the two disagree', () => {
    expect(twice(withSponsor(false, 'Quispe, Marta'))[0]!.message).toContain('is marked not suspected');
  });
  it('a sponsor marked suspected: section 5 already names them', () => {
    expect(twice(withSponsor(true, 'Marta Quispe'))[0]!.message).toContain('section 5 already names them as suspected');
  });
  it('a parent: named by relationship and section', () => {
    const c = withCase((x) => {
      x.parentsOrGuardians = [{ relationship: 'father', name: 'Julio Caal', suspectedInTrafficking: true }];
      x.concern.traffickers = [{ name: 'JULIO CAAL' }];
    });
    expect(twice(c)[0]!.message).toContain('has the name of the father, “Julio Caal” (section 3)');
  });
  it('another name: no warning', () => {
    expect(twice(withSponsor(undefined, 'Marco Quispe'))).toEqual([]);
  });
});

// The requester (section 1) named again as a suspected trafficker (since template 2.22.0; it printed
// without a word): compared by the kit's loose name, as two traffickers are.
describe('a suspected trafficker with the requester’s name', () => {
  const requester = (name: string, ...names: string[]) => (c: Json) => ((c.requester.name = name), traffickers(...names)(c));
  it.each([
    ['Dana Whitfield', 'dana whitfield'],
    ['Dana Whitfield', 'WHITFIELD, Dana'],
    ['Mamadou Bah', 'Bah Mamadou (the landlord)'],
  ])('requester %s, trafficker %s: warned at the trafficker, naming both', (r, t) => {
    const w = twice(withCase(requester(r, 'Hernán Ruiz', t)));
    expect(w.map((x) => x.path)).toEqual(['concern.traffickers.1.name']);
    expect(w[0]!.message).toContain(`suspected trafficker 2, “${t}” (section 5), has the name of the requester, “${r}” (section 1), case, accents and word order aside: OTIP would read the request as made by a suspect`);
  });
  it('a name that differs by a word, or no trafficker named: no warning', () => {
    expect(twice(withCase(requester('Dana Whitfield', 'Dana Whitfield Jr.')))).toEqual([]);
    expect(twice(withCase((c) => (c.concern.traffickers = [{ description: 'The driver' }])))).toEqual([]);
  });
  it('the warning is printed under “Check before submitting”', () => {
    const t = (n: any): string => (n.type === 'text' ? n.text : [...(n.children ?? []), ...(n.items ?? []), ...(n.blocks ?? [])].map(t).join(''));
    const page = (buildDocument('rfa', withCase(requester('Dana Whitfield', 'Dana Whitfield'))).model.body as any[]).map(t).join('\n');
    expect(page).toContain('has the name of the requester, “Dana Whitfield” (section 1)');
  });
});

// Anyone else the form names in a role a suspect cannot hold (since template 2.23.0; each printed
// without a word): the supervisor, the child's case manager and attorney, the law-enforcement
// contact, compared by the kit's loose name (listed-twice.ts), as two traffickers are.
describe('a suspected trafficker with the name of the supervisor, case manager, attorney or law-enforcement contact', () => {
  const cases: Array<[string, (c: Json, name: string) => void, string]> = [
    ['the supervisor', (c, n) => (c.supervisor = { name: n }), '(the supervisor review, section 10)'],
    ['the child’s case manager', (c, n) => (c.location = { ...(c.location ?? {}), caseManager: { name: n } }), '(section 4)'],
    ['the child’s attorney', (c, n) => (c.location = { ...(c.location ?? {}), attorney: { name: n } }), '(section 4)'],
    ['the law-enforcement contact', (c, n) => (c.lawEnforcement = { ...(c.lawEnforcement ?? {}), contactName: n }), '(section 7)'],
  ];
  it.each(cases)('%s: warned at the trafficker, naming both', (who, set, where) => {
    const w = twice(withCase((c) => (set(c, 'Joaquín Batres'), traffickers('Hernán Ruiz', 'BATRES, Joaquin')(c))));
    expect(w.map((x) => x.path)).toEqual(['concern.traffickers.1.name']);
    expect(w[0]!.message).toContain(`suspected trafficker 2, “BATRES, Joaquin” (section 5), has the name of ${who}, “Joaquín Batres” ${where}, case, accents and word order aside: OTIP would read a suspect as`);
  });
  it.each(cases)('%s with a name that differs by a word: no warning', (_who, set) => {
    expect(twice(withCase((c) => (set(c, 'Joaquín Batres'), traffickers('Joaquín Batres Jr.')(c))))).toEqual([]);
  });
  it('the warning is printed under “Check before submitting”', () => {
    const t = (n: any): string => (n.type === 'text' ? n.text : [...(n.children ?? []), ...(n.items ?? []), ...(n.blocks ?? [])].map(t).join(''));
    const page = (buildDocument('rfa', withCase((c) => ((c.supervisor = { name: 'Ruth Okafor' }), traffickers('Okafor Ruth')(c)))).model.body as any[]).map(t).join('\n');
    expect(page).toContain('has the name of the supervisor, “Ruth Okafor” (the supervisor review, section 10)');
  });
});

// The requester with the name of a sponsor or parent marked suspected (since template 2.23.0; it
// printed without a word): the request read as made by a suspect.
describe('the requester with the name of a suspected sponsor or parent', () => {
  const guardian = (suspected: boolean | undefined, name = 'Ouyang Wei Lin') =>
    withCase((c) => {
      c.requester.name = 'Wei Lin Ouyang';
      c.parentsOrGuardians = [{ relationship: 'legal-guardian', name, ...(suspected === undefined ? {} : { suspectedInTrafficking: suspected }) }];
    });
  it('a legal guardian marked suspected: warned at the requester, naming both', () => {
    const w = twice(guardian(true));
    expect(w.map((x) => x.path)).toEqual(['requester.name']);
    expect(w[0]!.message).toContain('the requester, “Wei Lin Ouyang” (section 1), has the name of the legal guardian, “Ouyang Wei Lin” (section 3), who is marked suspected in the trafficking, case, accents and word order aside: OTIP would read the request as made by a suspect');
  });
  it('a sponsor marked suspected: warned the same', () => {
    const c = withCase((x) => {
      x.requester.name = 'Marta Quispe';
      x.location = { custody: 'released-to-sponsor', sponsor: { name: 'QUISPE, Marta', suspectedInTrafficking: true } };
    });
    expect(twice(c)[0]!.message).toContain('has the name of the sponsor, “QUISPE, Marta” (section 4), who is marked suspected');
  });
  it('one not marked suspected, with no relationship written (the page says who they are), or another name: no warning', () => {
    expect(twice(guardian(false))).toEqual([]);
    expect(twice(guardian(undefined))).toEqual([]);
    expect(twice(guardian(true, 'Ouyang Wei'))).toEqual([]);
  });
});

// The requester with the name of a sponsor or parent not marked suspected (since template 2.24.0):
// a guardian may file, and is not warned for it, but when the relationship the page prints does not
// say so, OTIP reads two people and does not know the request comes from the child's family.
describe('the requester with the name of a sponsor or parent not marked suspected', () => {
  const guardian = (relationshipToChild: string | undefined, edit: (c: Json) => void = () => {}) =>
    withCase((c) => {
      c.requester.name = 'Dana Whitfield';
      if (relationshipToChild !== undefined) c.requester.relationshipToChild = relationshipToChild;
      c.parentsOrGuardians = [{ relationship: 'legal-guardian', name: 'WHITFIELD, Dana', suspectedInTrafficking: false }];
      edit(c);
    });
  it('a relationship that does not name the guardian: warned at the relationship, naming both', () => {
    const w = twice(guardian('Caseworker'));
    expect(w.map((x) => x.path)).toEqual(['requester.relationshipToChild']);
    expect(w[0]!.message).toContain('the requester, “Dana Whitfield” (section 1), has the name of the legal guardian, “WHITFIELD, Dana” (section 3), case, accents and word order aside, while “Relationship to the child” (section 1) does not say the requester is the legal guardian: OTIP would read two people, and not know that the request comes from the legal guardian. If the requester is the legal guardian, say so in “Relationship to the child”');
  });
  it('the child’s case manager by the yes/no, no words: the printed relationship names no guardian, warned', () => {
    expect(twice(guardian(undefined, (c) => (c.requester.childsCaseManager = true))).map((x) => x.path)).toEqual(['requester.relationshipToChild']);
  });
  it('a sponsor not answered suspected, the relationship “Aunt”: warned, naming the sponsor', () => {
    const c = withCase((x) => {
      x.requester.relationshipToChild = 'Aunt';
      x.location = { custody: 'released-to-sponsor', sponsor: { name: 'Dana Whitfield', relationshipToChild: 'aunt' } };
    });
    expect(twice(c)[0]!.message).toContain('has the name of the sponsor, “Dana Whitfield” (section 4), case, accents and word order aside, while “Relationship to the child” (section 1) does not say the requester is the sponsor');
  });
  it('the relationship names the role, or none is written (the page prints the guardian’s): no warning', () => {
    expect(twice(guardian('Aunt and legal guardian'))).toEqual([]);
    expect(twice(guardian(undefined))).toEqual([]);
    // A mother who is also the sponsor, who writes “Mother”: one of the two named is enough.
    const both = withCase((x) => {
      x.requester.relationshipToChild = 'Mother';
      x.parentsOrGuardians = [{ relationship: 'mother', name: 'Dana Whitfield' }];
      x.location = { custody: 'released-to-sponsor', sponsor: { name: 'Dana Whitfield' } };
    });
    expect(twice(both)).toEqual([]);
  });
});

// Two roles one person cannot hold for the child, with one name (since template 2.24.0; each
// printed without a word): the case manager, the attorney and the law-enforcement contact, with
// each other and with a parent, guardian or the sponsor. Compared by the kit's repeatedNames.
describe('one name in two roles one person cannot hold', () => {
  it('the attorney with the case manager’s name: warned at the attorney (the later in section 4), naming both', () => {
    const w = twice(withCase((c) => (c.location = { caseManager: { name: 'Marisol Vega' }, attorney: { name: 'VEGA, Marisol' } })));
    expect(w.map((x) => x.path)).toEqual(['location.attorney.name']);
    expect(w[0]!.message).toContain('the child’s attorney, “VEGA, Marisol” (section 4), has the name of the child’s case manager, “Marisol Vega” (section 4), case, accents and word order aside: OTIP would read one person as both the child’s case manager and the child’s attorney, which one person cannot be (a case manager works for the care provider; an attorney represents the child alone). If a name was typed in the wrong place, correct it');
  });
  it.each([
    ['the law-enforcement contact and the attorney', (c: Json) => ((c.location = { attorney: { name: 'Joaquín Batres' } }), (c.lawEnforcement = { contactName: 'Batres Joaquin' })), 'lawEnforcement.contactName', 'the child’s attorney'],
    ['the law-enforcement contact and the case manager', (c: Json) => ((c.location = { caseManager: { name: 'Joaquín Batres' } }), (c.lawEnforcement = { contactName: 'joaquin batres' })), 'lawEnforcement.contactName', 'the child’s case manager'],
    ['the case manager and the mother', (c: Json) => ((c.parentsOrGuardians = [{ relationship: 'mother', name: 'Joaquína Batres' }]), (c.location = { caseManager: { name: 'Joaquina Batres' } })), 'location.caseManager.name', 'the mother'],
    ['the attorney and the sponsor', (c: Json) => (c.location = { custody: 'released-to-sponsor', sponsor: { name: 'Joaquín Batres' }, attorney: { name: 'Joaquín Batres' } }), 'location.attorney.name', 'the sponsor'],
  ])('%s: warned at the later, naming the first', (_what, edit, path, first) => {
    const w = twice(withCase(edit));
    expect(w.map((x) => x.path)).toEqual([path]);
    expect(w[0]!.message).toContain(`has the name of ${first}, “`);
  });
  it('a mother who is the sponsor, two names that differ by a word: no warning', () => {
    expect(twice(withCase((c) => ((c.parentsOrGuardians = [{ relationship: 'mother', name: 'Rosa Caal' }]), (c.location = { custody: 'released-to-sponsor', sponsor: { name: 'Rosa Caal' } }))))).toEqual([]);
    expect(twice(withCase((c) => (c.location = { caseManager: { name: 'Marisol Vega' }, attorney: { name: 'Marisol Vega Ortiz' } })))).toEqual([]);
  });
});
