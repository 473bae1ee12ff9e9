// The sentences Harbor writes itself in a T-visa declaration, as a filing attorney reads them:
// each asserts the corrected text of one review finding (docs/domain/t-visa-declaration.md).
import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { checkCase, generate } from '../../../src/pipeline.js';
import { countryInProse } from '../../../src/kinds/t-visa-declaration/phrasing.js';
import { bodyOf, fixture, K } from './support.js';



describe('a professional’s opinion names each element it speaks to', () => {
  it('two elements each take their own "on", so the trauma exception is not read as an exception to hardship', () => {
    const t = bodyOf('supporting');
    expect(t).toContain(
      'I offer my opinion on the trauma exception to law-enforcement cooperation and on extreme hardship involving unusual and severe harm on removal.',
    );
  });

  it('one element reads as one, three as a list', () => {
    expect(bodyOf('supporting', (c) => (c.supporting.opinion.elements = ['hardship']))).toContain(
      'I offer my opinion on extreme hardship involving unusual and severe harm on removal.',
    );
    expect(bodyOf('supporting', (c) => (c.supporting.opinion.elements = ['victimization', 'trauma', 'hardship']))).toContain(
      'I offer my opinion on what the applicant suffered, on the trauma exception to law-enforcement cooperation and on extreme hardship involving unusual and severe harm on removal.',
    );
  });
});

describe('a professional’s license is stated once, whatever its type', () => {
  it('the schema’s example type does not say "license" twice', () => {
    const t = bodyOf('supporting');
    expect(t).toContain('I hold the following license: Licensed Clinical Social Worker (LCSW), number LCSW-0000000, issued in Texas.');
    expect(t).not.toMatch(/license\)? license/i);
  });

  it('a type starting with a vowel takes no article it cannot agree with', () => {
    const t = bodyOf('supporting', (c) => (c.declarant.professional.license.type = 'Independent Clinical Social Worker'));
    expect(t).toContain('I hold the following license: Independent Clinical Social Worker, number LCSW-0000000, issued in Texas.');
    expect(t).not.toContain('a Independent');
  });
});

describe('a professional’s title takes the article its sound asks for', () => {
  it.each([
    ['Licensed Clinical Social Worker', 'I am a Licensed Clinical Social Worker at the Example Trauma Recovery Center.'],
    ['Assistant Professor of Psychiatry', 'I am an Assistant Professor of Psychiatry at the Example Trauma Recovery Center.'],
    ['Immigration Caseworker', 'I am an Immigration Caseworker at the Example Trauma Recovery Center.'],
    ['LPC', 'I am an LPC at the Example Trauma Recovery Center.'],
    ['MD', 'I am an MD at the Example Trauma Recovery Center.'],
    ['PhD psychologist', 'I am a PhD psychologist at the Example Trauma Recovery Center.'],
    ['Unit Director', 'I am a Unit Director at the Example Trauma Recovery Center.'],
    ['Undergraduate adviser', 'I am an Undergraduate adviser at the Example Trauma Recovery Center.'],
    ['European-trained psychiatrist', 'I am a European-trained psychiatrist at the Example Trauma Recovery Center.'],
    ['honorary consultant', 'I am an honorary consultant at the Example Trauma Recovery Center.'],
  ])('%s', (title, sentence) => {
    expect(bodyOf('supporting', (c) => (c.declarant.professional.title = title))).toContain(sentence);
  });
});

describe('the sample supporting declaration says each fact once', () => {
  it('the weekly therapy is said by the dated contact, not again by the relationship before it', () => {
    const t = bodyOf('supporting');
    expect(t).toContain('I have been the therapist of Lucía Fernanda Morales Quispe since February 2023.\nSince February 13, 2023. I have met with her every week');
    expect(t.match(/every week|once a week/g)).toHaveLength(1);
  });
});

describe('a person the case gives no pronoun is never put where only a pronoun reads', () => {
  // parent-signs: Carolina Luz Peña, mother of Mateo (13), "he"; here neither has a pronoun.
  const noPronouns = (c: any) => {
    c.applicant.pronouns = null;
    c.declarant.pronouns = null;
  };

  it('the parent’s intro: "does not sign a statement", never "a statement of Mateo’s own"', () => {
    const t = bodyOf('parent-signs', noPronouns);
    expect(t).toContain(
      'I am the parent of Mateo Quintero Luz, who was born on May 20, 2013, in Colombia. Mateo is under 14 and does not sign a statement, so I make this declaration in support of Mateo’s application for T nonimmigrant status. I say what I saw myself, and what Mateo told me and when.',
    );
    expect(t).not.toMatch(/of Mateo’s own|when Mateo told me/);
  });

  it('the parent’s closing: "I say when", not the name again', () => {
    expect(bodyOf('parent-signs', noPronouns)).toContain('Everything in this declaration is what I saw and heard myself; where I report what Mateo told me, I say when.');
  });

  it.each([
    ['he', 'Mateo is under 14 and does not sign a statement of his own, so I make this declaration in support of his application'],
    ['they', 'Mateo is under 14 and does not sign a statement of their own, so I make this declaration in support of their application'],
  ])('with the pronoun %s, the pronoun', (pronoun, sentence) => {
    expect(bodyOf('parent-signs', (c) => (c.applicant.pronouns = pronoun))).toContain(sentence);
  });
});

describe('a Chinese, Japanese or Korean name is written as its script writes it: family name first, no space', () => {
  // minimal: a personal statement; the applicant's names given in Chinese characters.
  const chinese = (c: any) => {
    c.applicant.givenName = '美玲';
    c.applicant.familyName = '陈';
  };

  it('in the caption, the first paragraph and the signature: 陈美玲, never "美玲 陈"', () => {
    const t = bodyOf('minimal', chinese);
    expect(t).toContain('Declaration of 陈美玲 in Support of Form I-914, Application for T Nonimmigrant Status');
    expect(t).toContain('My name is 陈美玲.');
    expect(t).toMatch(/^陈美玲 \| Applicant \|/m);
    expect(t).not.toContain('美玲 陈');
  });

  // The rule itself (personName, and nameKeys for the check below) is the kit's: tests/kinds/kit-names.test.ts.

  it('the file’s metadata title gives one initial per part in the same order, "陈.美.", not the family name alone', async () => {
    const c = fixture('minimal');
    chinese(c);
    const { bytes } = await generate({ kind: K, input: c, format: 'pdf' });
    expect((await PDFDocument.load(bytes, { updateMetadata: false })).getTitle()).toBe('T-visa personal statement — 陈.美.');
  });

  it('a parent declarant named among the perpetrators as the name is written (陈伟) is refused, as "Hernán Ruiz" is', () => {
    const c = fixture('parent-signs');
    c.declarant.givenName = '伟';
    c.declarant.familyName = '陈';
    c.trafficking.perpetrators = [{ name: '陈伟', relationship: null }];
    const r = checkCase(K, c);
    expect(r.ok ? [] : r.errors.map((e) => [e.path, e.code])).toEqual([['declarant', 'signer-is-suspected-trafficker']]);
  });

  it('a translator’s and an interpreter’s certificates, and the paragraph that names them, name them the same way', () => {
    const t = bodyOf('full', (c) => {
      c.translator.givenName = '伟';
      c.translator.familyName = '王';
      c.interpreter.givenName = '芳';
      c.interpreter.familyName = '李';
    });
    expect(t).toContain('I, 王伟, certify that I am competent to translate from Spanish into English');
    expect(t).toContain('I, 李芳, certify that I am competent to interpret between Spanish and English');
    // and the declarant's last paragraph names them as the certificates do (it said "伟 王", "芳 李").
    expect(t).toContain('I am signing its English translation, made by 王伟. Before I signed it, 李芳 read the whole English translation back to me in Spanish');
    expect(t).not.toMatch(/伟 王|芳 李/);
  });
});

describe('a country named in a sentence takes "the" where English gives it one', () => {
  it.each([
    ['PH', 'the Philippines'],
    ['DO', 'the Dominican Republic'],
    ['CF', 'the Central African Republic'],
    ['GB', 'the United Kingdom'],
    ['AE', 'the United Arab Emirates'],
    ['BS', 'the Bahamas'],
    ['GM', 'the Gambia'],
    ['NL', 'the Netherlands'],
    ['KY', 'the Cayman Islands'],
    ['GT', 'Guatemala'],
    ['HN', 'Honduras'], // a final s is not a plural
    ['BB', 'Barbados'],
    ['CX', 'Christmas Island'], // one island: no article
    ['MX', 'Mexico'],
  ])('%s → %s', (code, prose) => {
    expect(countryInProse(code)).toBe(prose);
  });

  it('in the first paragraph and a departure; the caption’s label keeps the bare name', () => {
    const t = bodyOf('full', (c) => {
      c.applicant.countryOfBirth = 'PH';
      c.travel.departures[0].country = 'DO';
    });
    expect(t).toContain('I was born on March 12, 2004, in the Philippines.');
    expect(t).toContain('From August 3 to August 5, 2022, I was in the Dominican Republic.');
    expect(t).not.toMatch(/in (Philippines|Dominican Republic)\b/);
    expect(t).toContain('Country of birth: Philippines');
  });

  it('in a parent’s declaration too', () => {
    expect(bodyOf('parent-signs', (c) => (c.applicant.countryOfBirth = 'PH'))).toContain('who was born on May 20, 2013, in the Philippines.');
  });
});

describe('a read-back in another language than the statement’s', () => {
  it('is warned with the rule it checks: a language the declarant understands, the statement’s being the one the case shows', () => {
    const r = checkCase(K, fixture('interpreter-mismatch'));
    const w = r.ok ? r.warnings.find((x) => x.code === 'interpreter-language-mismatch') : undefined;
    expect(w?.path).toBe('interpreter.language');
    expect(w?.message).toContain('must be read back in a language the declarant understands');
    expect(w?.message).toContain('the one language the case shows the declarant understands');
    expect(w?.message).not.toContain('the declarant’s language');
  });
});
