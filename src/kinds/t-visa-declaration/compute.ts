// Stage 2 of the pipeline for T-visa declarations: ages, the minor exemption, the attestation
// variant, who may sign, the element checklist, and the legal rules of the domain file
// (errors make the case invalid; warnings are returned and printed nowhere but `check`).
import type { ComputeResult } from '../kind.js';
import { ageOn, calendarDate, compareDates } from '../kit/index.js';
import { ageFacts, type ActAge } from './ages.js';
import { attestationText, attestationVariant, type AttestationVariant } from './attestation.js';
import type { TVisaCode, TVisaIssue } from './codes.js';
import type { TVisaCase } from './schema.js';

/** The four elements of 8 CFR 214.204(c)(1) / 214.202 the personal statement must cover. */
export const ELEMENTS = ['victimization', 'presence', 'law-enforcement', 'hardship'] as const;
export type Element = (typeof ELEMENTS)[number];

export interface ElementCheck {
  element: Element;
  addressed: boolean;
  /** How it is addressed, e.g. "contacts", "minor-exemption", "trauma-exception", "factors 2, 3, 7". */
  basis: string | null;
}

export interface TVisaComputed {
  role: 'applicant' | 'supporting';
  ageAtEachAct: ActAge[];
  minAgeAtAct: number | null;
  minorExemption: boolean;
  /** Applicant's age on the signing date. */
  ageAtSigning: number;
  /** Under 14 at signing: a parent or legal guardian may sign (8 CFR 103.2(a)(2)). */
  parentMaySign: boolean;
  attestation: AttestationVariant;
  attestationText: string;
  /** Which of the four elements the declaration addresses. */
  elements: ElementCheck[];
}

/** Factors 8 (civil unrest) and 9 (economic harm) of 214.209(b): general country conditions. */
const GENERAL_CONDITION_FACTORS = new Set([8, 9]);
/** 8 CFR 103.2(a)(2): a parent or legal guardian may sign for a person under 14. */
const PARENT_SIGNS_UNDER = 14;
/** Practitioners argue at least three hardship factors tied to the trafficking (domain file). */
const MIN_HARDSHIP_FACTORS = 3;

function isEnglish(language: string): boolean {
  return language.trim().toLowerCase() === 'english';
}

/** Names compared loosely: case, accents' composition and spacing do not matter, nor the order of given/family. */
function nameKeys(given: string, family: string): string[] {
  const k = (s: string) => s.normalize('NFC').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();
  return [k(`${given} ${family}`), k(`${family} ${given}`)];
}

export function computeTVisa(c: TVisaCase): ComputeResult<TVisaComputed, TVisaCode> {
  const errors: TVisaIssue[] = [];
  const warnings: TVisaIssue[] = [];
  const role = c.declarant.role;
  const dob = c.applicant.dateOfBirth;

  if (compareDates(calendarDate(dob), calendarDate(c.signing.date)) > 0) {
    errors.push({ path: 'applicant.dateOfBirth', code: 'date-after-document-date', message: 'is after the date the declaration is signed' });
  }

  // Ages at each act and the minor exemption, 8 CFR 214.208(e)(2).
  const acts = c.trafficking?.acts ?? [];
  const { facts, errors: dateErrors } = ageFacts(dob, c.signing.date, acts.map((a) => a.date));
  errors.push(...dateErrors);
  // An imprecise date whose range contains the 18th birthday cannot carry the exemption.
  for (const i of facts.straddling) {
    warnings.push({
      path: `trafficking.acts.${i}.date`,
      code: 'act-age-straddles-18',
      message: facts.minorExemption
        ? 'the applicant turned 18 within the period this date covers; the minor exemption rests on another act, not this one'
        : 'the applicant turned 18 within the period this date covers, so the minor exemption cannot rest on this act; give the month or exact date if known',
    });
  }

  // Means: 22 U.S.C. 7102(11). Labor trafficking always needs force, fraud or coercion; sex
  // trafficking needs them unless the person was under 18 (8 CFR 214.201).
  if (c.trafficking && c.trafficking.means.length === 0) {
    const types = c.trafficking.types;
    if (!types.includes('sex')) {
      errors.push({ path: 'trafficking.means', code: 'labor-trafficking-needs-means', message: 'labor trafficking needs the force, fraud or coercion used; describe at least one' });
    } else if (!facts.minorExemption) {
      errors.push({ path: 'trafficking.means', code: 'sex-trafficking-needs-means', message: 'sex trafficking of a person 18 or older needs the force, fraud or coercion used; describe at least one (or date an act before the 18th birthday)' });
    }
  }

  // Law-enforcement compliance, or the minor exemption, or the trauma exception: 8 CFR 214.208.
  const contacts = c.lawEnforcement?.contacts ?? [];
  const trauma = c.lawEnforcement?.traumaException ?? null;
  const leaBasis = contacts.length > 0 ? 'contacts' : facts.minorExemption ? 'minor-exemption' : trauma ? 'trauma-exception' : null;
  if (role === 'applicant' && leaBasis === null) {
    errors.push({
      path: 'lawEnforcement.contacts',
      code: 'lea-compliance-not-shown',
      message:
        facts.straddling.length > 0
          ? 'no law-enforcement contact, no trauma exception, and no act certainly before the 18th birthday (an imprecise act date straddles it)'
          : 'no law-enforcement contact, no trauma exception, and the applicant was 18 or older at every act',
    });
  }

  // Who signs: 8 CFR 103.2(a)(2).
  const ageAtSigning = Math.max(0, ageOn(calendarDate(dob), calendarDate(c.signing.date)));
  const parentMaySign = ageAtSigning < PARENT_SIGNS_UNDER;
  const ps = c.signing.parentSigner;
  if (ps) {
    const keys = nameKeys(ps.givenName, ps.familyName);
    const namedPerpetrator = (c.trafficking?.perpetrators ?? []).some((p) => keys.includes(nameKeys(p.name, '')[0]!));
    if (ps.isSuspectedTrafficker || namedPerpetrator) {
      errors.push({
        path: 'signing.parentSigner',
        code: 'signer-is-suspected-trafficker',
        message: namedPerpetrator && !ps.isSuspectedTrafficker ? 'this signer is named among the perpetrators and cannot sign for the applicant' : 'a suspected trafficker cannot sign for the applicant',
      });
    }
    if (!parentMaySign && role === 'applicant') {
      errors.push({ path: 'signing.parentSigner', code: 'parent-signature-not-allowed', message: `only an applicant under ${PARENT_SIGNS_UNDER} at signing may have a parent or guardian sign` });
    }
  }

  // Translation: 8 CFR 103.2(b)(3).
  if (!isEnglish(c.statement.language) && !c.translator) {
    errors.push({ path: 'translator', code: 'translator-certificate-required', message: 'a statement not in English needs a translator and a translator’s certificate' });
  }
  if (c.translator && c.translator.fromLanguage.trim().toLowerCase() !== c.statement.language.trim().toLowerCase()) {
    warnings.push({ path: 'translator.fromLanguage', code: 'translator-language-mismatch', message: 'differs from the language of the statement' });
  }

  // Travel since the trafficking: 8 CFR 214.207(b) (explanations are required by the schema).
  c.travel.departures.forEach((d, i) => {
    if (d.returnedOn && compareDates(calendarDate(d.returnedOn), calendarDate(d.departedOn)) < 0) {
      errors.push({ path: `travel.departures.${i}.returnedOn`, code: 'end-before-start', message: 'is before the departure date' });
    }
  });

  // Hardship by the factors of 8 CFR 214.209(b) (personal statement only).
  const factors = [...new Set(c.hardship.factors.map((f) => f.factor))].sort((a, b) => a - b);
  if (role === 'applicant') {
    if (factors.length < MIN_HARDSHIP_FACTORS) {
      warnings.push({
        path: 'hardship.factors',
        code: 'hardship-fewer-than-three-factors',
        message: `argues ${factors.length} of the factors of 8 CFR 214.209(b); practitioners argue at least ${MIN_HARDSHIP_FACTORS}, tied to the trafficking`,
      });
    }
    if (factors.length > 0 && factors.every((f) => GENERAL_CONDITION_FACTORS.has(f))) {
      warnings.push({
        path: 'hardship.factors',
        code: 'hardship-only-general-conditions',
        message: 'argues only civil unrest (8) or economic harm (9); add factors tied to the trafficking',
      });
    }
  }

  const elements = elementChecklist(c, leaBasis, factors);
  if (role === 'applicant') {
    for (const e of elements) {
      if (!e.addressed) {
        warnings.push({ path: ELEMENT_PATH[e.element], code: 'element-not-addressed', message: ELEMENT_MISSING[e.element] });
      }
    }
  }

  warnings.push(...unprintedSections(c));

  const variant = attestationVariant(c.signing.country);
  return {
    computed: {
      role,
      ageAtEachAct: facts.ageAtEachAct,
      minAgeAtAct: facts.minAgeAtAct,
      minorExemption: facts.minorExemption,
      ageAtSigning,
      parentMaySign,
      attestation: variant,
      attestationText: attestationText(variant, c.signing.date),
      elements,
    },
    warnings,
    errors,
  };
}

/**
 * Text the chosen template does not print: the other role's sections. A legal document must not
 * silently drop what the drafter wrote, so each is a warning naming the field. (A supporting
 * declaration may still carry `trafficking.acts` without narrative text: they feed the ages.)
 */
function unprintedSections(c: TVisaCase): TVisaIssue[] {
  const message =
    c.declarant.role === 'supporting'
      ? 'belongs to the personal statement and is not printed in a supporting declaration'
      : 'belongs to a supporting declaration and is not printed in the personal statement';
  const present: string[] = [];
  if (c.declarant.role === 'supporting') {
    const t = c.trafficking;
    if (c.background) present.push('background');
    if (t && t.narrative) present.push('trafficking.narrative');
    if (t && t.means.length > 0) present.push('trafficking.means');
    if (t && t.entry) present.push('trafficking.entry');
    if (t && t.perpetrators.length > 0) present.push('trafficking.perpetrators');
    if (c.escape) present.push('escape');
    if (c.presence) present.push('presence');
    if (c.travel.departures.length > 0) present.push('travel.departures');
    if (c.lawEnforcement) present.push('lawEnforcement');
    if (c.hardship.factors.length > 0) present.push('hardship.factors');
    if (c.closing) present.push('closing');
  } else {
    if (c.supporting) present.push('supporting');
    for (const k of ['title', 'organization', 'qualifications', 'relationship'] as const) if (c.declarant[k]) present.push(`declarant.${k}`);
  }
  return present.map((path): TVisaIssue => ({ path, code: 'section-not-printed', message }));
}

const ELEMENT_PATH: Record<Element, string> = {
  victimization: 'escape',
  presence: 'presence',
  'law-enforcement': 'lawEnforcement',
  hardship: 'hardship.factors',
};
const ELEMENT_MISSING: Record<Element, string> = {
  victimization: 'the statement does not yet say how the applicant escaped or was separated from the traffickers',
  presence: 'the statement does not yet explain physical presence on account of the trafficking (8 CFR 214.207)',
  'law-enforcement': 'the statement does not yet show law-enforcement compliance or an exemption (8 CFR 214.208)',
  hardship: 'the statement does not yet argue extreme hardship (8 CFR 214.209)',
};

/**
 * The element checklist. For the personal statement: what its sections cover. For a supporting
 * declaration: the elements its opinion is tied to (trauma supports the trauma exception).
 */
function elementChecklist(c: TVisaCase, leaBasis: string | null, factors: number[]): ElementCheck[] {
  if (c.declarant.role === 'supporting') {
    const tied = new Set(c.supporting?.opinion.elements ?? []);
    const map: Record<Element, boolean> = {
      victimization: tied.has('victimization'),
      presence: tied.has('presence'),
      'law-enforcement': tied.has('law-enforcement') || tied.has('trauma'),
      hardship: tied.has('hardship'),
    };
    return ELEMENTS.map((element) => ({ element, addressed: map[element], basis: map[element] ? 'opinion' : null }));
  }
  // Element 1 asks how the applicant escaped or was separated, unless the trafficking is ongoing
  // (presence ground 214.207(a)(1)).
  const ongoing = c.presence?.ground === 'currently-subjected';
  const victimization = (c.trafficking?.acts.length ?? 0) > 0 && (c.escape !== null || ongoing);
  return [
    { element: 'victimization', addressed: victimization, basis: victimization ? (c.escape ? 'acts-and-escape' : 'acts-ongoing') : null },
    { element: 'presence', addressed: c.presence !== null, basis: c.presence?.ground ?? null },
    { element: 'law-enforcement', addressed: leaBasis !== null, basis: leaBasis },
    { element: 'hardship', addressed: factors.length > 0, basis: factors.length > 0 ? `factors ${factors.join(', ')}` : null },
  ];
}
