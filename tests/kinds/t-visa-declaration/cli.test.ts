// Every error and warning code of the t-visa-declaration kind, produced by a fixture and checked
// through the CLI's `main` in-process (`harbor check t-visa-declaration <file>`).
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cliCheck } from '../../support/cli.js';

const K = 't-visa-declaration';
const DIR = fileURLToPath(new URL(`../../../fixtures/${K}/`, import.meta.url));
const file = (name: string) => `${DIR}${name}`;

// fixture → the one error it must fail with [path, code].
const INVALID: Record<string, [string, string]> = {
  'invalid-labor-needs-means.json': ['trafficking.means', 'labor-trafficking-needs-means'],
  'invalid-sex-needs-means.json': ['trafficking.means', 'sex-trafficking-needs-means'],
  'invalid-lea-not-shown.json': ['lawEnforcement.contacts', 'lea-compliance-not-shown'],
  'invalid-signer-is-suspected-trafficker.json': ['declarant.isSuspectedTrafficker', 'signer-is-suspected-trafficker'],
  'invalid-signer-named-perpetrator.json': ['declarant', 'signer-is-suspected-trafficker'],
  'invalid-parent-signer-over-14.json': ['declarant.role', 'parent-signature-not-allowed'],
  // Issue 14 point 7: the old contract (a parent signing the child's first-person narrative).
  'invalid-parent-signs-child-statement.json': ['signing.parentSigner', 'parent-signature-not-allowed'],
  'invalid-no-translator.json': ['translator', 'translator-certificate-required'],
  // Issue 14 point 10: a declarant who does not read English signs only after a read-back.
  'invalid-no-read-back.json': ['interpreter', 'read-back-required'],
  // Issue 14 point 9: economic harm is not a factor of 8 CFR 214.209(b).
  'invalid-economic-hardship.json': ['hardship.factors.3.factor', 'not-a-hardship-factor'],
  // Issue 14 point 11: a professional's credentials, contact and method; a lay declarant's facts.
  'invalid-professional-no-license.json': ['declarant.professional.license.number', 'professional-credentials-required'],
  'invalid-professional-no-contact.json': ['declarant.professional.contact', 'professional-contact-required'],
  'invalid-professional-no-method.json': ['supporting.method', 'assessment-method-required'],
  'invalid-dsm-iv-code.json': ['supporting.diagnoses.0.code', 'diagnosis-code-not-icd10'],
  'invalid-lay-opinion.json': ['supporting.opinion', 'lay-declarant-opinion'],
  // Issue 14 point 12: a paragraph cites only exhibits the case lists.
  'invalid-unknown-exhibit.json': ['lawEnforcement.contacts.1.exhibits.0', 'unknown-exhibit'],
  'invalid-departure-without-explanation.json': ['travel.departures.0.explanation', 'departure-needs-explanation'],
  'invalid-return-before-departure.json': ['travel.departures.0.returnedOn', 'end-before-start'],
  // Departure dates (8 CFR 214.207): in the applicant's life, after the first entry, before the
  // signing, and never while the applicant is away on another departure.
  'invalid-departure-before-birth.json': ['travel.departures.0.departedOn', 'date-before-birth'],
  'invalid-departure-before-entry.json': ['travel.departures.0.departedOn', 'departure-before-entry'],
  // A trip to Puerto Rico is not a departure: physical presence is counted there too.
  'invalid-departure-within-united-states.json': ['travel.departures.0.country', 'departure-within-united-states'],
  'invalid-departure-after-signing.json': ['travel.departures.0.departedOn', 'date-after-document-date'],
  'invalid-departures-overlap.json': ['travel.departures.1.departedOn', 'departures-overlap'],
  'invalid-departure-while-away.json': ['travel.departures.1.departedOn', 'departures-overlap'],
  'invalid-act-before-birth.json': ['trafficking.acts.0.date', 'date-before-birth'],
  'invalid-act-after-signing.json': ['trafficking.acts.0.date', 'date-after-document-date'],
  'invalid-birth-after-signing.json': ['applicant.dateOfBirth', 'date-after-document-date'],
  'invalid-missing-section.json': ['lawEnforcement', 'missing-section'],
  'invalid-duplicate-hardship-factor.json': ['hardship.factors.2.factor', 'duplicate-hardship-factor'],
  'invalid-act-date.json': ['trafficking.acts.0.date', 'invalid-date'],
  'invalid-country-code.json': ['signing.country', 'invalid-country-code'],
  'invalid-no-family-name.json': ['applicant.familyName', 'family-name-or-why-none'],
  'invalid-duplicate-type.json': ['trafficking.types', 'duplicate-type'],
  'invalid-duplicate-exhibit.json': ['exhibits.2.id', 'duplicate-exhibit'],
  // Continued Presence (28 CFR 1100.35): granted only on a request, and a grant date only for a grant.
  'invalid-granted-before-request.json': ['lawEnforcement.continuedPresence.grantedOn', 'granted-before-request'],
  'invalid-continued-presence-status.json': ['lawEnforcement.continuedPresence.grantedOn', 'continued-presence-status'],
};

// valid fixture → the exact warnings [path, code] it must produce.
const VALID: Record<string, Array<[string, string]>> = {
  'full.json': [],
  // full.json with "beto" listed again after "Beto", another relationship beside it.
  'listed-twice.json': [['trafficking.perpetrators.2.name', 'same-person-listed-twice']],
  // A late report to the FBI told first, the earlier meeting with the police after it.
  'paragraphs-not-chronological.json': [['lawEnforcement.contacts.1.date', 'paragraphs-not-chronological']],
  'supporting.json': [],
  // supporting.json's therapist, the sessions ended December 19, 2025: a disclosure dated February 20,
  // 2022 (a year's slip for 2023) is before the first contact, an observation of January 8, 2026 after the last.
  'dated-outside-contacts.json': [
    ['supporting.observations.2.date', 'dated-outside-contacts'],
    ['supporting.disclosures.0.date', 'dated-outside-contacts'],
  ],
  'minor.json': [],
  // The act's date feeds the ages; its description is not printed in a parent's declaration.
  'parent-signs.json': [['trafficking.acts.0.description', 'section-not-printed']],
  'outside-us.json': [],
  // minor.json for a child of 12 at signing (born 2013-11-02), who signs the statement alone.
  'applicant-under-14.json': [['declarant.role', 'applicant-under-14-signs']],
  // Its interpreter, Ελένη Γεωργίου-Смирнова, has no name in Latin letters for the certificate's reader.
  'hostile.json': [['interpreter.nameOnForm', 'name-on-form-not-given']],
  // minimal.json with Continued Presence requested by the FBI and granted (the domain file's worked example).
  'continued-presence.json': [
    ['hardship.factors', 'hardship-fewer-than-three-factors'],
    ['escapes', 'element-not-addressed'],
    ['presence', 'element-not-addressed'],
    ['hardship.factors', 'element-not-addressed'],
  ],
  // minimal.json with its report dated January 2023, before the act of June 5, 2023.
  'contact-before-trafficking.json': [
    ['lawEnforcement.contacts.0.date', 'contact-before-trafficking'],
    ['hardship.factors', 'hardship-fewer-than-three-factors'],
    ['escapes', 'element-not-addressed'],
    ['presence', 'element-not-addressed'],
    ['hardship.factors', 'element-not-addressed'],
  ],
  // continued-presence.json with the grant ending January 31, 2026, before the signing, still "granted".
  'continued-presence-lapsed.json': [
    ['lawEnforcement.continuedPresence.validUntil', 'continued-presence-lapsed'],
    ['hardship.factors', 'hardship-fewer-than-three-factors'],
    ['escapes', 'element-not-addressed'],
    ['presence', 'element-not-addressed'],
    ['hardship.factors', 'element-not-addressed'],
  ],
  // minimal.json with the applicant born April 17, 2005: 21 on April 17, 2026, 46 days after the signing.
  'turns-21-soon.json': [
    ['applicant.dateOfBirth', 'turns-21-soon'],
    ['hardship.factors', 'hardship-fewer-than-three-factors'],
    ['escapes', 'element-not-addressed'],
    ['presence', 'element-not-addressed'],
    ['hardship.factors', 'element-not-addressed'],
  ],
  'minimal.json': [
    ['hardship.factors', 'hardship-fewer-than-three-factors'],
    ['escapes', 'element-not-addressed'],
    ['presence', 'element-not-addressed'],
    ['hardship.factors', 'element-not-addressed'],
  ],
  'straddle.json': [
    ['trafficking.acts.0.date', 'act-age-straddles-18'],
    ['hardship.factors', 'hardship-fewer-than-three-factors'],
    ['escapes', 'element-not-addressed'],
    ['presence', 'element-not-addressed'],
    ['hardship.factors', 'element-not-addressed'],
  ],
  'general-conditions.json': [
    ['hardship.factors', 'hardship-fewer-than-three-factors'],
    ['hardship.factors', 'hardship-only-general-conditions'],
  ],
  'translator-mismatch.json': [['translator.fromLanguage', 'translator-language-mismatch']],
  'interpreter-mismatch.json': [
    ['interpreter.language', 'interpreter-language-mismatch'],
    ['hardship.factors', 'hardship-fewer-than-three-factors'],
    ['escapes', 'element-not-addressed'],
    ['presence', 'element-not-addressed'],
    ['hardship.factors', 'element-not-addressed'],
  ],
  'departure-at-risk.json': [['travel.departures.0.presenceCategory', 'physical-presence-at-risk']],
  // Review B point 5: minor.json with its two acts listed latest first.
  'acts-not-chronological.json': [['trafficking.acts.1.date', 'acts-not-chronological']],
  // minor.json with its escape dated December 2024, before its act of January 11, 2025.
  'escape-before-acts.json': [['escape.date', 'escape-before-acts']],
  // full.json got away in May 2022, was taken back in June (an act) and got away again: no warning.
  'recaptured.json': [],
  // full.json's November 2021 act saying "I was fifteen." where its date gives 17.
  'act-age-contradicts-date.json': [['trafficking.acts.2.description', 'act-age-contradicts-date']],
  // full.json with an escape in December 2022, before its January 2023 one, and no act of being taken back between them.
  'escape-without-recapture.json': [['escapes.1.date', 'escape-without-recapture']],
  // full.json with a second escape dated September 2022, listed after its January 2023 one.
  'escapes-not-chronological.json': [['escapes.1.date', 'escapes-not-chronological']],
  // Review B point 4: no return date, yet signed in Los Angeles.
  'departure-without-return.json': [['travel.departures.0.returnedOn', 'departure-without-return']],
  // minor.json signed in Tijuana: the applicant is abroad on the signing date, and no departure says how.
  'signed-outside-us.json': [['signing.country', 'signed-outside-united-states']],
  // A departure (and return) before the first act of trafficking: not one of 8 CFR 214.207(b).
  'departure-before-trafficking.json': [['travel.departures.0.departedOn', 'departure-before-trafficking']],
  // minor.json with presence on account of entry for an investigation (8 CFR 214.207(a)(5)), and no law-enforcement contact told.
  'presence-for-investigation.json': [['presence.ground', 'law-enforcement-not-described']],
  // Trafficked in Türkiye and Mexico before a first entry in September 2023, with presence on account of trafficking now (8 CFR 214.207(a)(1)): no act told here.
  'no-act-in-united-states.json': [['presence.ground', 'no-act-in-united-states']],
  'legal-conclusion.json': [['trafficking.acts.0.description', 'legal-conclusion-in-statement']],
  // minimal.json with a narrative in two parts, each under a heading typed on a line of its own
  // (unnumbered sub-headings), and an act whose further paragraph has one (its bold first line, no warning).
  'typed-heading.json': [
    ['trafficking.narrative', 'typed-heading'],
    ['hardship.factors', 'hardship-fewer-than-three-factors'],
    ['escapes', 'element-not-addressed'],
    ['presence', 'element-not-addressed'],
    ['hardship.factors', 'element-not-addressed'],
  ],
  'diagnosis-outdated.json': [['supporting.findings', 'diagnosis-code-outdated']],
  'exhibit-not-cited.json': [['exhibits.0', 'exhibit-not-cited']],
  // full.json with a Supplement B dating the crime until June 2023, after the escape of January 20, 2023.
  'lea-dates-differ.json': [['lawEnforcement.supplementB.crimeTo', 'lea-dates-differ']],
  'section-not-printed.json': [
    ['hardship.factors', 'section-not-printed'],
    ['closing', 'section-not-printed'],
  ],
};

describe('harbor check t-visa-declaration: fixtures', () => {
  it('every fixture in the folder is listed here', () => {
    const names = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
    expect(names).toEqual([...Object.keys(INVALID), ...Object.keys(VALID)].sort());
  });

  for (const [name, [path, code]] of Object.entries(INVALID)) {
    it(`${name} fails with exactly ${code}`, async () => {
      const r = await cliCheck(K, file(name));
      expect(r.status).toBe(1);
      expect(r.json.ok).toBe(false);
      expect(r.json.errors!.map((e) => [e.path, e.code])).toEqual([[path, code]]);
      // Messages speak to a paralegal and never quote case data.
      expect(r.json.errors![0].message).toMatch(/\S/);
    });
  }

  for (const [name, expected] of Object.entries(VALID)) {
    it(`${name} is valid with ${expected.length} warning(s)`, async () => {
      const r = await cliCheck(K, file(name));
      expect(r.status).toBe(0);
      expect(r.json.ok).toBe(true);
      expect(r.json.warnings!.map((w) => [w.path, w.code])).toEqual(expected);
    });
  }
});

describe('harbor check t-visa-declaration: computed values', () => {
  it('minor: acts at 15 and 16 give the minor exemption with no law-enforcement contact', async () => {
    const r = await cliCheck(K, file('minor.json'));
    // Born 2008-09-30: February 2024 → 15; 2025-01-11 → 16. Signed 2026-03-10 → 17.
    expect(r.json.computed).toMatchObject({
      ageAtEachAct: [
        { date: '2024-02', precision: 'month', ageMin: 15, ageMax: 15, under18: true },
        { date: '2025-01-11', precision: 'exact', ageMin: 16, ageMax: 16, under18: true },
      ],
      minAgeAtAct: 15,
      minorExemption: true,
      ageAtSigning: 17,
      parentMaySign: false,
      attestation: 'inside-us',
    });
    expect(r.json.computed.elements).toContainEqual({ element: 'law-enforcement', addressed: true, basis: 'minor-exemption' });
  });
  it('straddle: a year-only act that spans the 18th birthday gives a range and no exemption', async () => {
    const r = await cliCheck(K, file('straddle.json'));
    // Born 2001-07-01, act "2019": 17 until June 30, 18 from July 1.
    expect(r.json.computed).toMatchObject({
      ageAtEachAct: [{ date: '2019', precision: 'year', ageMin: 17, ageMax: 18, under18: null }],
      minorExemption: false,
    });
  });
  it('parent-signs: under 14 at signing, the parent (not a suspect) gives their own declaration', async () => {
    const r = await cliCheck(K, file('parent-signs.json'));
    // Born 2013-05-20, signed 2026-10-01 → 13.
    expect(r.json.computed).toMatchObject({ role: 'parent', ageAtSigning: 13, parentMaySign: true });
    expect(r.json.computed.elements.filter((e: { addressed: boolean }) => e.addressed).map((e: { element: string }) => e.element)).toEqual([
      'victimization',
      'hardship',
    ]);
  });
  it('full: its one departure keeps physical presence (continued victimization, 8 CFR 214.207(b))', async () => {
    const r = await cliCheck(K, file('full.json'));
    expect(r.json.computed.departures).toEqual([{ index: 0, presenceCategory: 'continued-victimization', keepsPresence: true }]);
    expect((await cliCheck(K, file('departure-at-risk.json'))).json.computed.departures).toEqual([{ index: 0, presenceCategory: null, keepsPresence: false }]);
  });
  it('outside-us: signed in Honduras takes the outside-the-U.S. attestation', async () => {
    const r = await cliCheck(K, file('outside-us.json'));
    expect(r.json.computed.attestation).toBe('outside-us');
    expect(r.json.computed.attestationText).toBe(
      'I declare under penalty of perjury under the laws of the United States of America that the foregoing is true and correct. Executed on February 11, 2026.',
    );
  });
  it('full: the element checklist covers all four elements', async () => {
    const r = await cliCheck(K, file('full.json'));
    expect(r.json.computed.elements.map((e: { element: string; addressed: boolean }) => [e.element, e.addressed])).toEqual([
      ['victimization', true],
      ['presence', true],
      ['law-enforcement', true],
      ['hardship', true],
    ]);
  });
  it('supporting: the checklist lists the elements the opinion is tied to (trauma → law enforcement)', async () => {
    const r = await cliCheck(K, file('supporting.json'));
    expect(r.json.computed.role).toBe('supporting');
    expect(r.json.computed.elements.filter((e: { addressed: boolean }) => e.addressed).map((e: { element: string }) => e.element)).toEqual([
      'law-enforcement',
      'hardship',
    ]);
  });
});
