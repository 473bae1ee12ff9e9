// A lay parent's supporting declaration (the parent of an applicant 14 or older gives one:
// docs/domain/t-visa-declaration-others.md) signed with the name alone, nothing under it saying who
// the declarant is to the applicant, where a parent's own declaration signs "Mother of …". Now
// `declarant.capacity` is taken in a supporting declaration too: the first paragraph says it, and
// the signature carries what the text says, never more (no capacity given, nothing invented).
import { describe, expect, it } from 'vitest';
import { checkCase } from '../../../src/pipeline.js';
import { body, fixture, K } from './support.js';

/** supporting.json as a lay witness: no professional, no opinion. */
const lay = () => {
  const c = fixture('supporting');
  c.declarant.professional = null;
  c.declarant.qualifications = null;
  c.supporting.method = null;
  c.supporting.findings = null;
  c.supporting.diagnoses = [];
  c.supporting.opinion = null;
  return c;
};
const signatureOf = (t: string) => t.split('\n').find((l) => l.startsWith('Naomi Castellanos-Reed |'));

describe('a supporting declarant’s capacity (declarant.capacity)', () => {
  it('a lay parent says it in the first paragraph and signs in it', () => {
    const c = lay();
    c.declarant.capacity = 'parent';
    const r = checkCase(K, c);
    expect(r.ok && r.warnings.map((w) => w.path)).not.toContain('declarant.capacity');
    const t = body(c);
    expect(t).toContain('My name is Naomi Castellanos-Reed. I am the mother of Lucía Fernanda Morales Quispe. I make this declaration');
    expect(signatureOf(t)).toMatch(/^Naomi Castellanos-Reed \| Mother of Lucía Fernanda Morales Quispe \|/);
  });

  it('a legal guardian, or a parent with no pronoun, by the capacity alone', () => {
    const g = lay();
    g.declarant.capacity = 'legal-guardian';
    expect(signatureOf(body(g))).toMatch(/\| Legal guardian of Lucía Fernanda Morales Quispe \|/);
    const p = lay();
    p.declarant.capacity = 'parent';
    p.declarant.pronouns = null;
    expect(signatureOf(body(p))).toMatch(/\| Parent of Lucía Fernanda Morales Quispe \|/);
  });

  it('a professional who is also the parent signs with both, one line each', () => {
    const c = fixture('supporting');
    c.declarant.capacity = 'parent';
    const t = body(c);
    expect(t).toContain('I am the mother of Lucía Fernanda Morales Quispe. I am a Licensed Clinical Social Worker at');
    // The signature's capacity of two lines (the text helper writes its lines one a line).
    expect(t).toMatch(/^Naomi Castellanos-Reed \| Mother of Lucía Fernanda Morales Quispe\nLicensed Clinical Social Worker, Example Trauma Recovery Center \|/m);
  });

  it('the sample lay parent (outside-us) says it once, in her own words, and signs in it', () => {
    // Her relationship already reads "I am the mother of Marisol Ventura.": the first paragraph does not say it again.
    const t = body(fixture('outside-us'));
    expect(t.match(/I am the mother of Marisol Ventura/g)).toHaveLength(1);
    expect(t).toMatch(/^Rosa Elvira Ventura \| Mother of Marisol Ventura \|/m);
    for (const words of ['I am her mother, and she lived with me.', 'I am Marisol’s mother.']) {
      const c = fixture('outside-us');
      c.declarant.relationship = words;
      expect(body(c)).not.toContain('I am the mother of Marisol Ventura');
    }
  });

  // A lay witness who is no parent or guardian (a teacher, a neighbour) signed with the name alone,
  // where every other declarant's block says in what capacity they sign. It now signs in the one
  // the first paragraph states, never a relation Harbor would have to guess from their words.
  it('a lay witness with no capacity signs as the declarant in support of the application, as the first paragraph says', () => {
    const c = lay();
    c.declarant.relationship = 'I was her homeroom teacher at Eastside High School from August 2023 to June 2024.';
    const t = body(c);
    expect(t).not.toMatch(/I am the (mother|father|parent|legal guardian) of/);
    expect(t).toContain('I make this declaration in support of the application of Lucía Fernanda Morales Quispe');
    expect(signatureOf(t)).toMatch(/^Naomi Castellanos-Reed \| Declarant in support of the application of Lucía Fernanda Morales Quispe \|/);
    expect(signatureOf(t)).not.toMatch(/teacher/i);
  });

  it('every supporting declarant’s block says in what capacity they sign: lay, parent, guardian, professional, professional without an organization', () => {
    const cases: Record<string, (c: any) => void> = {
      lay: () => {},
      parent: (c) => (c.declarant.capacity = 'parent'),
      guardian: (c) => (c.declarant.capacity = 'legal-guardian'),
    };
    for (const [what, patch] of Object.entries(cases)) {
      const c = lay();
      patch(c);
      expect(signatureOf(body(c)), what).toMatch(/^Naomi Castellanos-Reed \| \S/);
    }
    const pro = fixture('supporting');
    pro.declarant.professional.organization = null;
    expect(signatureOf(body(pro))).toMatch(/^Naomi Castellanos-Reed \| Licensed Clinical Social Worker \|/);
  });
});

// A supporting declarant with declarant.capacity signs "Mother of …" as a parent's declaration does,
// and was not checked against the perpetrators or the suspect answer as that declaration is: a
// parent who trafficked the child signed as the child's mother with no word. One check serves both
// routes to "parent" (parent-declarant.ts).
describe('a parent or legal guardian, by either route, is not the trafficker (signer-is-suspected-trafficker)', () => {
  /** outside-us.json (Rosa Elvira Ventura, a lay supporting mother) with a dated act and these perpetrators. */
  const supportingMother = (names: string[], suspected?: boolean) => {
    const c = fixture('outside-us');
    c.trafficking = { types: ['labor'], acts: [{ date: '2023-06' }], perpetrators: names.map((name) => ({ name })) };
    if (suspected !== undefined) c.declarant.isSuspectedTrafficker = suspected;
    return c;
  };
  /** invalid-signer-named-perpetrator.json, a guardian's own declaration, with these perpetrators. */
  const parentsOwn = (names: string[]) => {
    const c = fixture('invalid-signer-named-perpetrator');
    c.trafficking.perpetrators = names.map((name) => ({ name }));
    return c;
  };
  const codes = (c: unknown) => {
    const r = checkCase(K, c);
    return r.ok ? [] : r.errors.map((e) => `${e.path} ${e.code}`);
  };
  const warned = (c: unknown) => {
    const r = checkCase(K, c);
    return r.ok ? r.warnings.map((w) => `${w.path} ${w.code}`) : [];
  };

  it('a supporting mother named among the perpetrators, as lists write her, is refused as a parent declarant is', () => {
    for (const name of ['Rosa Elvira Ventura', 'Ventura, Rosa Elvira', 'ROSA ELVIRA VENTURA (“La Tía”)']) {
      expect(codes(supportingMother(['Unknown recruiter', name]))).toEqual(['declarant signer-is-suspected-trafficker']);
      expect(codes(parentsOwn(['Unknown recruiter', name.replace(/Rosa Elvira Ventura|Ventura, Rosa Elvira|ROSA ELVIRA VENTURA/, 'Hernán Ruiz')]))).toEqual(['declarant signer-is-suspected-trafficker']);
    }
  });

  it('a supporting parent who answers that they are a suspected trafficker is refused, at the answer', () => {
    expect(codes(supportingMother([], true))).toEqual(['declarant.isSuspectedTrafficker signer-is-suspected-trafficker']);
    const g = supportingMother([], true);
    g.declarant.capacity = 'legal-guardian';
    expect(codes(g)).toEqual(['declarant.isSuspectedTrafficker signer-is-suspected-trafficker']);
  });

  it('another person of the same family name is no alarm, by either route; nor are the check’s fields “not printed”', () => {
    const c = supportingMother(['Julio Ventura', 'Ventura'], false);
    expect(codes(c)).toEqual([]);
    // The perpetrators and the answer are what this declarant is checked by, as for a parent declarant.
    expect(warned(c)).not.toContain('trafficking.perpetrators section-not-printed');
    expect(warned(c)).not.toContain('declarant.isSuspectedTrafficker section-not-printed');
    expect(codes(parentsOwn(['Diego Ruiz', 'Ruiz']))).toEqual([]);
  });

  it('a supporting witness who is not the parent (no capacity) is not checked as one: the perpetrators are not printed there', () => {
    const c = supportingMother(['Rosa Elvira Ventura']);
    c.declarant.capacity = null;
    expect(codes(c)).toEqual([]);
    expect(warned(c)).toContain('trafficking.perpetrators section-not-printed');
  });
});
