// The issue codes of the T-visa declaration (beyond the kit's common codes), documented in
// docs/domain/t-visa-declaration.md.
import { defineCodes, type KindIssue } from '../kit/index.js';

export const CODES = defineCodes({
  'labor-trafficking-needs-means': { level: 'error', rule: 'labor trafficking needs the force, fraud or coercion used' },
  'sex-trafficking-needs-means': { level: 'error', rule: 'sex trafficking of a person 18 or older needs the means used' },
  'lea-compliance-not-shown': { level: 'error', rule: 'no law-enforcement contact, minor exemption or trauma exception (8 CFR 214.208)' },
  'signer-is-suspected-trafficker': { level: 'error', rule: 'a suspected or named trafficker cannot sign for the applicant' },
  'parent-signature-not-allowed': { level: 'error', rule: 'a parent signs only for an applicant under 14, and never a supporting declaration' },
  'translator-certificate-required': { level: 'error', rule: 'a statement not in English needs a translator' },
  'departure-needs-explanation': { level: 'error', rule: 'a departure since the trafficking needs an explanation (8 CFR 214.207(b))' },
  'end-before-start': { level: 'error', rule: 'a return is dated before its departure' },
  'date-before-birth': { level: 'error', rule: 'an act is dated before the applicant’s birth' },
  'date-after-document-date': { level: 'error', rule: 'an act or the date of birth is after the signing date' },
  'missing-section': { level: 'error', rule: 'a section the declarant’s role needs is missing' },
  'duplicate-hardship-factor': { level: 'error', rule: 'the same hardship factor is argued twice' },
  'duplicate-type': { level: 'error', rule: 'a type of trafficking is listed twice' },
  'hardship-fewer-than-three-factors': { level: 'warning', rule: 'fewer than three hardship factors are argued' },
  'hardship-only-general-conditions': { level: 'warning', rule: 'only general country conditions (factors 8, 9) are argued' },
  'act-age-straddles-18': { level: 'warning', rule: 'an imprecise act date covers the 18th birthday' },
  'element-not-addressed': { level: 'warning', rule: 'an element of the personal statement is not yet addressed' },
  'translator-language-mismatch': { level: 'warning', rule: 'the translator’s language differs from the statement’s' },
  'section-not-printed': { level: 'warning', rule: 'text given for the other role’s section, which the template does not print' },
});
export type TVisaCode = keyof typeof CODES;
export type TVisaIssue = KindIssue<TVisaCode>;
