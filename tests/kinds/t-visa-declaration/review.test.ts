// Issue 14 points 7–14: the rules a reviewing attorney holds a T-visa declaration to, each tested
// at its boundary through `check` (in-process) or the rendered text. Authorities: docs/domain/t-visa-declaration.md.
import { readdirSync, readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { getKind } from '../../../src/kinds/index.js';
import { caseJsonSchema } from '../../../src/kinds/json-schema.js';
import { checkCase, generate } from '../../../src/pipeline.js';
import { HARDSHIP_FACTORS } from '../../../src/kinds/t-visa-declaration/view.js';
import { docxParts, docxText, pdfText, squash } from '../../support/extract.js';
import { body, bodyOf, fixture, K } from './support.js';

const errors = (r: ReturnType<typeof checkCase>) => (r.ok ? [] : r.errors.map((e) => [e.path, e.code]));
const warnings = (r: ReturnType<typeof checkCase>) => (r.ok ? r.warnings.map((e) => [e.path, e.code]) : [['not ok', JSON.stringify(r.errors)]]);


describe('7. the personal statement is the applicant’s own; a parent of a child under 14 speaks in their own voice', () => {
  it('a parent may give the declaration the day before the child turns 14, not on the birthday', () => {
    // Signed 2026-10-01. Born 2012-10-02 → 13 on the signing date; born 2012-10-01 → 14 that day.
    expect(errors(checkCase(K, { ...fixture('parent-signs'), applicant: { ...fixture('parent-signs').applicant, dateOfBirth: '2012-10-02' } }))).toEqual([]);
    expect(errors(checkCase(K, { ...fixture('parent-signs'), applicant: { ...fixture('parent-signs').applicant, dateOfBirth: '2012-10-01' } }))).toEqual([
      ['declarant.role', 'parent-signature-not-allowed'],
    ]);
  });

  it('refuses the old contract, where a parent signed the child’s first-person narrative, and names the new role', () => {
    const r = checkCase(K, fixture('invalid-parent-signs-child-statement'));
    expect(errors(r)).toEqual([['signing.parentSigner', 'parent-signature-not-allowed']]);
    expect(!r.ok && r.errors[0]!.message).toContain('"parent"');
  });

  it('the parent must answer whether they are a suspected trafficker', () => {
    const c = fixture('parent-signs');
    delete c.declarant.isSuspectedTrafficker;
    expect(errors(checkCase(K, c))).toEqual([['declarant.isSuspectedTrafficker', 'missing-section']]);
  });

  it('is the parent’s declaration in their own voice: what they saw, and what the child told them and when', () => {
    const t = bodyOf('parent-signs');
    expect(t).toContain('Declaration of Carolina Luz Peña in Support of Form I-914, Application for T Nonimmigrant Status');
    expect(t).toContain(
      'My name is Carolina Luz Peña. I am the mother of Mateo Quintero Luz, who was born on May 20, 2013, in Colombia. Mateo is under 14 and does not sign a statement of his own, so I make this declaration in support of his application for T nonimmigrant status. I say what I saw myself and what Mateo told me, and when he told me.',
    );
    expect(t).toContain('\nWhat I Saw\n');
    expect(t).toContain('\nWhat Mateo Told Me\n');
    expect(t).toContain('November 3, 2024, at home, the evening after he arrived, when I asked him about the bruises. He told me that a man his father knew');
    // The parent swears to their own knowledge, never to the child's words as their own.
    expect(t).toContain('Everything in this declaration is what I saw and heard myself; where I report what Mateo told me, I say when he told me.');
    expect(t).not.toMatch(/in my own words/);
    expect(t).toContain('Carolina Luz Peña | Mother of Mateo Quintero Luz, who is under 14 | October 1, 2026 | Miami, Florida, United States');
  });

  it('a legal guardian is named as such', () => {
    expect(bodyOf('parent-signs', (c) => (c.declarant.capacity = 'legal-guardian'))).toContain('I am the legal guardian of Mateo Quintero Luz');
  });
});

describe('8. departures name the category of 8 CFR 214.207(b) that keeps physical presence', () => {
  it.each([
    ['continued-victimization', []],
    ['new-trafficking-incident', []],
    // The fixture (a minor, exempt) lists no law-enforcement contact: the investigation is told nowhere.
    ['reentry-for-investigation', [['travel.departures.0.presenceCategory', 'law-enforcement-not-described']]],
    [null, [['travel.departures.0.presenceCategory', 'physical-presence-at-risk']]],
  ])('category %s → warnings %j', (category, expected) => {
    const c = fixture('departure-at-risk');
    c.travel.departures[0].presenceCategory = category;
    expect(warnings(checkCase(K, c))).toEqual(expected);
  });

  it('the warning says physical presence is at risk and names the regulation', () => {
    const r = checkCase(K, fixture('departure-at-risk'));
    expect(r.ok && r.warnings[0]!.message).toMatch(/physical presence.*at risk.*214\.207\(b\)/);
  });

  it('an unknown category is refused with the list of categories', () => {
    const c = fixture('departure-at-risk');
    c.travel.departures[0].presenceCategory = 'visiting-family';
    const r = checkCase(K, c);
    expect(errors(r)).toEqual([['travel.departures.0.presenceCategory', 'invalid-value']]);
  });

  it('the full example keeps physical presence, and the category is not printed as a conclusion', () => {
    expect(warnings(checkCase(K, fixture('full')))).toEqual([]);
    const t = bodyOf('full');
    expect(t).toContain('From August 3 to August 5, 2022, I was in Mexico. Beto drove me and two other girls to Nuevo Laredo');
    expect(t).not.toMatch(/continued victimization/i);
  });
});

describe('review B point 4: a departure with no return date', () => {
  it('signed in the United States: the warning departure-without-return names physical presence, and the paragraph says only that the applicant left', () => {
    const r = checkCase(K, fixture('departure-without-return'));
    expect(warnings(r)).toEqual([['travel.departures.0.returnedOn', 'departure-without-return']]);
    expect(r.ok && r.warnings[0]!.message).toMatch(/no return date.*signed in the United States.*physical presence.*8 CFR 214\.207/);
    const t = bodyOf('departure-without-return');
    expect(t).toContain('On June 1, 2025, I left the United States for El Salvador. My aunt sent me');
    expect(t).not.toMatch(/I have been in El Salvador/);
    expect(t).toContain('| Los Angeles, California, United States');
  });

  it('signed in a U.S. territory (inside the United States for 28 U.S.C. § 1746(2)) warns the same', () => {
    const c = fixture('departure-without-return');
    c.signing = { date: '2026-03-10', city: 'San Juan', region: null, country: 'PR' };
    expect(warnings(checkCase(K, c))).toEqual([['travel.departures.0.returnedOn', 'departure-without-return']]);
  });

  it('with the return date given: no warning, and the paragraph gives both dates', () => {
    const c = fixture('departure-without-return');
    c.travel.departures[0].returnedOn = '2025-09-14';
    expect(warnings(checkCase(K, c))).toEqual([]);
    expect(body(c)).toContain('From June 1 to September 14, 2025, I was in El Salvador.');
  });

  it('signed in the country the applicant went to: "Since …, I have been in …", and the warning says presence is not met (departures.test.ts)', () => {
    const c = fixture('departure-without-return');
    c.signing = { date: '2026-03-10', city: 'San Salvador', region: null, country: 'SV' };
    expect(warnings(checkCase(K, c))).toEqual([['travel.departures.0.returnedOn', 'departure-without-return']]);
    expect(body(c)).toContain('Since June 1, 2025, I have been in El Salvador.');
  });

  it('signed in a third country: no claim of where the applicant is now', () => {
    const c = fixture('departure-without-return');
    c.signing = { date: '2026-03-10', city: 'Guatemala City', region: null, country: 'GT' };
    expect(body(c)).toContain('On June 1, 2025, I left the United States for El Salvador.');
  });
});

describe('9. extreme hardship: the factors of 8 CFR 214.209(b) only', () => {
  it('has the regulation’s eight factors, and economic harm is not one', () => {
    expect(Object.keys(HARDSHIP_FACTORS).map(Number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(JSON.stringify(HARDSHIP_FACTORS)).not.toMatch(/econom/i);
    // The regulation's own words, as the schema documents each number.
    expect(HARDSHIP_FACTORS[2]!.rule).toBe(
      'serious physical or mental illness that necessitates medical or psychological attention not reasonably available in the foreign country',
    );
    expect(HARDSHIP_FACTORS[8]!.rule).toBe(
      'the likelihood that individual safety would be seriously threatened by civil unrest or armed conflict, as shown by a Temporary Protected Status designation or other relevant protections',
    );
  });

  it('factor 8 is accepted, factor 9 is refused saying economic detriment is not a factor', () => {
    const c = fixture('minor');
    c.hardship.factors.push({ factor: 8, narrative: 'There is fighting between gangs in my town.' });
    expect(errors(checkCase(K, c))).toEqual([]);
    c.hardship.factors[3].factor = 9;
    const r = checkCase(K, c);
    expect(errors(r)).toEqual([['hardship.factors.3.factor', 'not-a-hardship-factor']]);
    expect(!r.ok && r.errors[0]!.message).toMatch(/economic detriment.*214\.209/);
  });

  it('only factor 8 is a general country condition', () => {
    const c = fixture('general-conditions');
    expect(warnings(checkCase(K, c))).toEqual([
      ['hardship.factors', 'hardship-fewer-than-three-factors'],
      ['hardship.factors', 'hardship-only-general-conditions'],
    ]);
    c.hardship.factors.push({ factor: 7, narrative: 'The men who held me live near my town.' });
    expect(warnings(checkCase(K, c))).toEqual([['hardship.factors', 'hardship-fewer-than-three-factors']]);
  });

  it('the rendered headings say nothing of economic harm', () => {
    expect(bodyOf('full')).not.toMatch(/Economic/);
  });
});

describe('10. declarants who do not read English: the read-back sentence, and signing a translation', () => {
  it('the last paragraph names the translation signed and the interpreter who read it back, beside both certificates', () => {
    const t = bodyOf('full');
    expect(t).toContain(
      'This declaration is in my own words, and everything in it is true to the best of my knowledge. I gave this declaration in Spanish. I am signing its English translation, made by Tomás Ibarra. Before I signed it, Elena Park read the whole English translation back to me in Spanish, and I understood it.',
    );
    expect(t).toContain('Certificate of Translation');
    expect(t).toContain(
      'I, Elena Park, certify that I am competent to interpret between Spanish and English, and that on March 2, 2026, before she signed it, I read the foregoing declaration in its entirety to Lucía Fernanda Morales Quispe in Spanish. She told me that she understood it and that it is true and correct.',
    );
  });

  it('a statement not in English needs a read-back unless the declarant reads English', () => {
    expect(errors(checkCase(K, fixture('invalid-no-read-back')))).toEqual([['interpreter', 'read-back-required']]);
    const c = fixture('invalid-no-read-back');
    c.statement.readsEnglish = true;
    expect(errors(checkCase(K, c))).toEqual([]);
    expect(body(c)).toContain('I gave this declaration in Spanish. I am signing its English translation, made by Jorge Salas, which I read myself before I signed it.');
  });

  it('an English statement says nothing of translation', () => {
    const t = bodyOf('minimal');
    expect(t).toContain('This declaration is in my own words, and everything in it is true to the best of my knowledge.');
    expect(t).not.toMatch(/translat|read .* back/);
  });

  it('a supporting declarant’s read-back is said in the same words', () => {
    expect(bodyOf('outside-us')).toContain('Before I signed it, Jorge Salas read the whole English translation back to me in Spanish, and I understood it.');
  });
});

describe('11. supporting declarations: credentials, contact, method; no opinion from a lay declarant; ICD-10-CM', () => {
  it('a professional’s license, contact details and method of assessment are printed', () => {
    const t = bodyOf('supporting');
    expect(t).toContain('I hold the following license: Licensed Clinical Social Worker (LCSW), number LCSW-0000000, issued in Texas.');
    expect(t).toContain(
      'I can be reached at Example Trauma Recovery Center, 200 Example Avenue, Houston, Texas 77002, by telephone at (713) 555-0142 and by email at n.castellanos-reed@example.org.',
    );
    expect(t).toContain('\nHow I Assessed Her\n');
    expect(t).toContain('My findings rest on 118 individual sessions with her');
    expect(t).toContain(
      'My diagnoses, with their ICD-10-CM codes, are: F43.10, Post-traumatic stress disorder, unspecified; F32.1, Major depressive disorder, single episode, moderate.',
    );
    expect(t).toContain('\nOpinion\n');
  });

  it.each([
    ['type', 'declarant.professional.license.type'],
    ['number', 'declarant.professional.license.number'],
    ['jurisdiction', 'declarant.professional.license.jurisdiction'],
  ])('a license without its %s is refused', (field, path) => {
    const c = fixture('supporting');
    delete c.declarant.professional.license[field];
    expect(errors(checkCase(K, c))).toEqual([[path, 'professional-credentials-required']]);
  });

  it('contact details need an address and a phone or an email', () => {
    const c = fixture('supporting');
    delete c.declarant.professional.contact.phone;
    expect(errors(checkCase(K, c))).toEqual([]); // email remains
    delete c.declarant.professional.contact.email;
    expect(errors(checkCase(K, c))).toEqual([['declarant.professional.contact', 'professional-contact-required']]);
  });

  it('a lay declarant gets no Findings or Opinion section, and sending one is refused', () => {
    const t = bodyOf('outside-us');
    expect(t).not.toMatch(/\nOpinion\n|\nProfessional Findings\n|ICD-10-CM/);
    expect(t).toContain('\nWhat Marisol Told Me\n');
    expect(t).toContain('The statements in this declaration are based on my personal knowledge.');
    for (const [field, value] of [
      ['findings', 'She is depressed.'],
      ['diagnoses', [{ code: 'F43.10', name: 'PTSD' }]],
      ['opinion', { elements: ['hardship'], narrative: 'She would suffer.' }],
    ] as const) {
      const c = fixture('outside-us');
      c.supporting[field] = value;
      expect(errors(checkCase(K, c)), field).toEqual([[`supporting.${field}`, 'lay-declarant-opinion']]);
    }
  });

  it.each([
    ['F43.10', true],
    ['f43.10', true],
    ['F32.1', true],
    ['Z91.49', true],
    ['309.81', false],
    ['296.23', false],
    ['F43', true],
    ['F4310', false],
    ['PTSD', false],
  ])('diagnosis code %s accepted: %s', (code, ok) => {
    const c = fixture('supporting');
    c.supporting.diagnoses[0].code = code;
    const r = checkCase(K, c);
    if (ok) expect(errors(r)).toEqual([]);
    else expect(errors(r)).toEqual([['supporting.diagnoses.0.code', 'diagnosis-code-not-icd10']]);
  });

  it('a DSM-IV number in the findings text is a warning naming the ICD-10-CM code to use', () => {
    const r = checkCase(K, fixture('diagnosis-outdated'));
    expect(warnings(r)).toEqual([['supporting.findings', 'diagnosis-code-outdated']]);
    expect(r.ok && r.warnings[0]!.message).toContain('ICD-10-CM');
  });
});

describe('12. exhibits', () => {
  it('a paragraph cites its exhibits, and the declaration ends with the exhibit list', () => {
    const t = bodyOf('full');
    expect(t).toContain('described Beto and the men who lived there. (See Exhibit A.)');
    expect(t).toContain('it does not have a psychologist. (See Exhibits B and C.)');
    const sig = t.indexOf('Lucía Fernanda Morales Quispe | Applicant');
    const list = t.indexOf('\nExhibits\n');
    const cert = t.indexOf('Certificate of Translation');
    expect(sig).toBeGreaterThan(0);
    expect(list).toBeGreaterThan(sig);
    expect(cert).toBeGreaterThan(list);
    expect(t).toContain('Exhibit A: Letter of Detective Sandra Okafor, Houston Police Department, Human Trafficking Unit, dated February 20, 2023');
  });

  it('no exhibit list without a citation', () => {
    expect(bodyOf('minimal')).not.toMatch(/Exhibit/);
    const c = fixture('exhibit-not-cited');
    expect(warnings(checkCase(K, c))).toEqual([['exhibits.0', 'exhibit-not-cited']]);
    expect(body(c)).not.toMatch(/\nExhibits\n/);
  });

  it('a letter listed twice is refused', () => {
    const c = fixture('full');
    c.exhibits.push({ id: 'a', description: 'Another letter' });
    expect(errors(checkCase(K, c))).toEqual([['exhibits.3.id', 'duplicate-exhibit']]);
  });
});

describe('13. citations and phrasing', () => {
  it('no legal conclusion in the applicant’s voice, and a warning when the narrative draws one', () => {
    for (const name of ['full', 'minimal', 'minor', 'hostile']) {
      const t = bodyOf(name);
      expect(t, name).not.toMatch(/What happened to me was|labor trafficking|sex trafficking|\(fraud\)|\(coercion\)/);
    }
    const r = checkCase(K, fixture('legal-conclusion'));
    expect(warnings(r)).toEqual([['trafficking.acts.0.description', 'legal-conclusion-in-statement']]);
    expect(r.ok && r.warnings[0]!.message).not.toContain('What happened to me'); // never quotes case text
  });

  it.each([
    ['I was forced to work. It was involuntary servitude.', true],
    ['He said it was debt bondage.', true],
    ['I am a victim of human trafficking.', true],
    ['I was a victim of a severe form of trafficking in persons.', true],
    ['I did not know what trafficking was until the shelter explained it.', false],
    ['He paid me nothing.', false],
  ])('%s → warns: %s', (text, warns) => {
    const c = fixture('minor');
    c.closing = text;
    expect(warnings(checkCase(K, c))).toEqual(warns ? [['closing', 'legal-conclusion-in-statement']] : []);
  });

  it('merges a name’s own parenthesis with the relationship: no double parentheses', () => {
    const t = bodyOf('minor');
    expect(t).toContain("The person responsible for what happened to me is Rolando (last name unknown; my mother's boyfriend).");
    expect(t).not.toContain(') (');
  });

  // Notes holding commas set the people off by semicolons in one sentence ("Doña Rita (recruiter,
  // last name unknown); and Beto (…)"): right, but heavy. They are listed under the sentence instead.
  it('lists the people under the sentence when a note holds a comma; one sentence otherwise', () => {
    expect(bodyOf('full')).toContain('The people responsible for what happened to me are:\nDoña Rita (recruiter, last name unknown)\nBeto (trafficker, last name unknown)\n');
    expect(bodyOf('full')).not.toContain('last name unknown); and');
    const plain = bodyOf('full', (c) => {
      c.trafficking.perpetrators[0].relationship = 'recruiter';
      c.trafficking.perpetrators[1].relationship = 'trafficker';
    });
    expect(plain).toContain('The people responsible for what happened to me are Doña Rita (recruiter) and Beto (trafficker).');
    // One person: a sentence, whatever the note holds.
    expect(bodyOf('full', (c) => c.trafficking.perpetrators.pop())).toContain('The person responsible for what happened to me is Doña Rita (recruiter, last name unknown).');
  });

  it('states a date range with its year once', () => {
    const t = bodyOf('supporting');
    expect(t).toContain('From March 1 to June 30, 2023. She also attended a weekly support group');
    expect(bodyOf('hostile')).toContain('From December 20, 2024 to January 2, 2025, I was in Canada.');
    expect(bodyOf('outside-us')).toContain('From April 17, 1998 to May 20, 2023. Marisol lived with me in my home in San Pedro Sula.');
  });

  it('writes contacts as sentences, not fragments', () => {
    const t = bodyOf('supporting');
    expect(t).toContain('Since February 13, 2023. I have met with her every week for individual trauma-focused therapy sessions of 50 minutes.');
    expect(t).not.toMatch(/\d{4}: /);
  });

  it('uses the pronouns the case gives, and the name where it gives none, never "they" for a known gender', () => {
    expect(bodyOf('full')).not.toMatch(/\bthey understood\b/);
    const noPronouns = bodyOf('full', (c) => delete c.applicant.pronouns);
    expect(noPronouns).toContain('before signing, Lucía Fernanda Morales Quispe heard me read the foregoing declaration in its entirety in Spanish, acknowledged understanding it, and affirmed that it is true and correct.');
    expect(noPronouns).not.toMatch(/\bthey understood\b/);
    expect(bodyOf('hostile')).toMatch(/They told me that they understood it/);
  });

  // Every file of the kind's area, listed from the folders (never by hand: a hand-kept list missed
  // ages.test.ts, whose header cited a paragraph (e)(2) of 214.208 for the minor exemption). The exemption for
  // minor victims is 214.202(c)(1) and the exception for trauma 214.202(c)(2) (checked against the
  // stored text of 8 CFR 214.202; docs/domain/t-visa-declaration.md, "Sources").
  const areaFiles = (): string[] => {
    const root = new URL('../../../', import.meta.url);
    const under = (dir: string, keep: (f: string) => boolean) =>
      readdirSync(new URL(dir, root)).filter(keep).map((f) => dir + f);
    return [
      ...under('src/kinds/t-visa-declaration/', () => true),
      ...under('templates/', (f) => f.startsWith('t-visa-declaration')),
      ...under('templates/partials/', (f) => f.startsWith('t-visa-declaration')),
      ...under('tests/kinds/t-visa-declaration/', () => true),
      ...under('docs/domain/', (f) => f.startsWith('t-visa-declaration')),
    ];
  };
  const read = (f: string) => readFileSync(new URL(`../../../${f}`, import.meta.url), 'utf8');

  it('cites the current regulation: no pinpoint to the old 8 CFR 214.11 in the code or templates', () => {
    const files = areaFiles().filter((f) => f.startsWith('src/') || f.startsWith('templates/'));
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) expect(read(f), f).not.toMatch(/214\.11\b/);
  });

  it('cites the minor exemption and the trauma exception where they are, 214.202(c)(1)–(2), in code, templates, tests and docs', () => {
    const files = areaFiles();
    expect(files).toContain('tests/kinds/t-visa-declaration/ages.test.ts');
    for (const f of files) expect(read(f), f).not.toMatch(/214\.208\(e\)|214\.204\(c\)\(1\)/);
  });
});

describe('14. the PDF and DOCX metadata title carries the kind and the initials, not the name', () => {
  it.each(['pdf', 'docx'] as const)('%s', async (format) => {
    const cases: Array<[string, string]> = [
      ['full', 'T-visa personal statement — L.F.M.Q.'],
      ['supporting', 'T-visa supporting declaration — re L.F.M.Q.'],
      ['parent-signs', 'T-visa parent’s declaration — re M.Q.L.'],
    ];
    for (const [name, title] of cases) {
      const { bytes } = await generate({ kind: K, input: fixture(name), format });
      const meta =
        format === 'pdf'
          ? (await PDFDocument.load(bytes, { updateMetadata: false })).getTitle()
          : /<dc:title>([^<]*)<\/dc:title>/.exec(docxParts(bytes)['docProps/core.xml']!)?.[1];
      expect(meta, name).toBe(title);
      const c = fixture(name);
      expect(meta).not.toContain(c.applicant.familyName);
      // The page itself still names the applicant.
      const text = squash(format === 'pdf' ? pdfText(bytes) : docxText(bytes));
      expect(text).toContain(`${c.applicant.givenName} ${c.applicant.familyName}`);
    }
  });
});

describe('the JSON Schema: every field has a title and a description (labels for the web app)', () => {
  it('walks every property of the kind’s schema', () => {
    const kind = getKind(K);
    const schema = caseJsonSchema(kind) as any;
    const missing: string[] = [];
    let count = 0;
    const walk = (s: any, path: string): void => {
      if (!s || typeof s !== 'object') return;
      for (const key of ['anyOf', 'oneOf', 'allOf']) if (Array.isArray(s[key])) s[key].forEach((x: any) => walk(x, path));
      if (s.items) walk(s.items, `${path}[]`);
      if (s.properties) {
        for (const [k, v] of Object.entries<any>(s.properties)) {
          count++;
          const p = path ? `${path}.${k}` : k;
          if (!v.title || !v.description) missing.push(p);
          walk(v, p);
        }
      }
    };
    walk(schema, '');
    expect(count).toBeGreaterThan(80);
    expect(missing).toEqual([]);
  });
});

describe('an applicant under 14 who signs the personal statement alone (8 CFR 103.2(a)(2))', () => {
  // applicant-under-14: born 2013-11-02, signed 2026-03-10 (12). The 14th birthday is 2027-11-02.
  const warned = (signedOn: string, role = 'applicant') => {
    const c = fixture(role === 'applicant' ? 'applicant-under-14' : 'parent-signs');
    c.signing.date = signedOn;
    const r = checkCase(K, c);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    return r.warnings.filter((w) => w.code === 'applicant-under-14-signs').map((w) => w.path);
  };
  it('is warned, on declarant.role, through the day before the 14th birthday', () => {
    expect(warned('2026-03-10')).toEqual(['declarant.role']);
    expect(warned('2027-11-01')).toEqual(['declarant.role']);
  });
  it('is not warned from the 14th birthday on: an applicant of 14 signs their own statement', () => {
    expect(warned('2027-11-02')).toEqual([]);
  });
  it('the parent’s own declaration for a child under 14 is not warned', () => {
    expect(warned('2026-10-01', 'parent')).toEqual([]);
  });
  it('the warning names the rule and the other way, and quotes nothing of the case', () => {
    const c = fixture('applicant-under-14');
    const r = checkCase(K, c);
    const w = r.ok ? r.warnings.find((x) => x.code === 'applicant-under-14-signs') : undefined;
    expect(w?.message).toMatch(/103\.2\(a\)\(2\).*role "parent"/);
    expect(w?.message).not.toContain(c.applicant.givenName);
  });
});
