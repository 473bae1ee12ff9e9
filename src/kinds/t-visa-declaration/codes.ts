// The issue codes of the T-visa declaration (beyond the kit's common codes), documented in
// docs/domain/t-visa-declaration.md with the authority of each rule.
import { defineCodes, type KindIssue } from '../kit/codes.js';

export const CODES = defineCodes({
  'labor-trafficking-needs-means': { level: 'error', rule: 'labor trafficking needs the force, fraud or coercion used (8 CFR 214.206(a)(1))' },
  'sex-trafficking-needs-means': { level: 'error', rule: 'sex trafficking of a person 18 or older needs the means used (8 CFR 214.206(a)(1))' },
  'lea-compliance-not-shown': { level: 'error', rule: 'no law-enforcement contact, minor exemption or trauma exception (8 CFR 214.202(c))' },
  'signer-is-suspected-trafficker': { level: 'error', rule: 'a suspected or named trafficker cannot give the parent’s declaration' },
  'parent-signature-not-allowed': { level: 'error', rule: 'a parent declares only for an applicant under 14 (8 CFR 103.2(a)(2)), in their own voice, and never signs the child’s statement' },
  'translator-certificate-required': { level: 'error', rule: 'a statement not in English needs a translator (8 CFR 103.2(b)(3))' },
  'read-back-required': { level: 'error', rule: 'a declarant who does not read English signs after a named interpreter read the text back' },
  'departure-needs-explanation': { level: 'error', rule: 'a departure after the trafficking needs an explanation (8 CFR 214.207(b))' },
  'end-before-start': { level: 'error', rule: 'a return is dated before its departure' },
  'date-before-birth': { level: 'error', rule: 'an act is dated before the applicant’s birth' },
  'date-after-document-date': { level: 'error', rule: 'an act or the date of birth is after the signing date' },
  'missing-section': { level: 'error', rule: 'a section or field the declarant’s role needs is missing' },
  'duplicate-hardship-factor': { level: 'error', rule: 'the same hardship factor is argued twice' },
  'not-a-hardship-factor': { level: 'error', rule: 'a hardship factor is not one of 8 CFR 214.209(b)(1)–(8); economic detriment is excluded (214.209(a))' },
  'duplicate-type': { level: 'error', rule: 'a type of trafficking is listed twice' },
  'professional-credentials-required': { level: 'error', rule: 'a professional declarant gives the license type, number and jurisdiction' },
  'professional-contact-required': { level: 'error', rule: 'a professional declarant gives a work address and a phone or an email' },
  'assessment-method-required': { level: 'error', rule: 'a professional declarant states the method of assessment' },
  'lay-declarant-opinion': { level: 'error', rule: 'a lay or parent declarant states facts: no findings, diagnoses or opinion' },
  'diagnosis-code-not-icd10': { level: 'error', rule: 'a diagnosis code is not ICD-10-CM (45 CFR 162.1002(c)(2)), e.g. a DSM-IV number such as 309.81' },
  'unknown-exhibit': { level: 'error', rule: 'a paragraph cites an exhibit that is not in the exhibits list' },
  'duplicate-exhibit': { level: 'error', rule: 'an exhibit letter is listed twice' },
  'hardship-fewer-than-three-factors': { level: 'warning', rule: 'fewer than three hardship factors are argued' },
  'hardship-only-general-conditions': { level: 'warning', rule: 'only civil unrest or armed conflict (factor 8) is argued' },
  'act-age-straddles-18': { level: 'warning', rule: 'an imprecise act date covers the 18th birthday' },
  'element-not-addressed': { level: 'warning', rule: 'an element of the personal statement is not yet addressed' },
  'acts-not-chronological': { level: 'warning', rule: 'a dated act is certainly earlier than an act listed before it: the declaration is chronological' },
  'translator-language-mismatch': { level: 'warning', rule: 'the translator’s language differs from the statement’s' },
  'interpreter-language-mismatch': { level: 'warning', rule: 'the read-back language differs from the statement’s' },
  'physical-presence-at-risk': { level: 'warning', rule: 'a departure names no category of 8 CFR 214.207(b): physical presence is at risk' },
  'departure-without-return': { level: 'warning', rule: 'a departure has no return date, yet the applicant signs in the United States (8 CFR 214.207: physical presence)' },
  'legal-conclusion-in-statement': { level: 'warning', rule: 'a narrative in the declarant’s voice uses a legal term of art (a conclusion for counsel)' },
  'diagnosis-code-outdated': { level: 'warning', rule: 'a professional’s text carries a DSM-IV / ICD-9-CM number instead of ICD-10-CM' },
  'exhibit-not-cited': { level: 'warning', rule: 'a listed exhibit is cited by no paragraph' },
  'section-not-printed': { level: 'warning', rule: 'text given for another role’s section, which the template does not print' },
});
export type TVisaCode = keyof typeof CODES;
export type TVisaIssue = KindIssue<TVisaCode>;
