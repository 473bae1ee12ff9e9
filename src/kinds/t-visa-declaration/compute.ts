// Stage 2 of the pipeline for T-visa declarations: ages, the minor exemption, the attestation
// variant, who may declare and sign, language and read-back, and hardship here; the rules of one
// concept each in their own module (departures.ts, chronology.ts, elements.ts, exhibits.ts,
// wording.ts, unprinted.ts). The legal rules are those of docs/domain/t-visa-declaration.md
// (errors make the case invalid; warnings are returned and printed nowhere but `check`).
import type { ComputeResult } from '../kind.js';
import { ageOn, andList, anniversary, calendarDate, compareDates, counted, countedAlike, daysBetween, formatIsoDate, longDate, sameLanguage } from '../kit/index.js';
import { ageFacts, type ActAge } from './ages.js';
import { attestationText, attestationVariant, type AttestationVariant } from './attestation.js';
import { actsOutOfOrder, datedListsOutOfOrder, escapeBeforeActs, escapeEpisodes, escapesOutOfOrder, escapesSplitByOrder } from './chronology.js';
import type { TVisaCode, TVisaIssue } from './codes.js';
import { continuedPresenceIssues, lawEnforcementDateWarnings, tellsOfLawEnforcement } from './continued-presence.js';
import { supplementBIssues, supplementBWarnings } from './supplement-b.js';
import { datedOutsideContacts, datedParagraphIssues } from './dated-paragraphs.js';
import { actsAllBeforeEntry, departureChecks, lawEnforcementUndescribed, type DepartureCheck } from './departures.js';
import { ELEMENT_MISSING, ELEMENT_PATH, elementChecklist, type ElementCheck } from './elements.js';
import { exhibitIssues } from './exhibits.js';
import { givenInEnglish, readsEnglish } from './language.js';
import { latinNameIssues } from './latin-names.js';
import { perpetratorsListedTwice } from './listed-twice.js';
import { parentDeclarantIssues } from './parent-declarant.js';
import type { TVisaCase } from './schema.js';
import { statedAgeIssues } from './stated-ages.js';
import { unprintedSections } from './unprinted.js';
import { legalConclusions, outdatedDiagnoses } from './wording.js';
import { typedHeadingWarnings } from './typed-headings.js';

export interface TVisaComputed {
  role: 'applicant' | 'parent' | 'supporting';
  ageAtEachAct: ActAge[];
  minAgeAtAct: number | null;
  minorExemption: boolean;
  /** Applicant's age on the signing date. */
  ageAtSigning: number;
  /** Under 14 at signing: a parent or legal guardian may give their own declaration (8 CFR 103.2(a)(2)). */
  parentMaySign: boolean;
  attestation: AttestationVariant;
  attestationText: string;
  /** Which of the four elements the declaration addresses. */
  elements: ElementCheck[];
  /** Each departure from the United States and whether it keeps physical presence (8 CFR 214.207(b)). */
  departures: DepartureCheck[];
}

/** Factor 8 of 8 CFR 214.209(b) (civil unrest, armed conflict): a country condition, not tied to the applicant. */
const GENERAL_CONDITION_FACTORS = new Set([8]);
/** 8 CFR 103.2(a)(2): a parent or legal guardian may sign for a person under 14. */
const PARENT_SIGNS_UNDER = 14;
/** Days before the 21st birthday within which `turns-21-soon` warns (domain file, "Family members at 21"): a filing is prepared in weeks, and the memo's turns-18-soon uses the same bound. */
const TURNS_21_WARNING_DAYS = 90;
/** Practitioners argue at least three hardship factors tied to the trafficking (domain file). */
const MIN_HARDSHIP_FACTORS = 3;

export function compute(c: TVisaCase): ComputeResult<TVisaComputed, TVisaCode> {
  const errors: TVisaIssue[] = [];
  const warnings: TVisaIssue[] = [];
  const role = c.declarant.role;
  const dob = c.applicant.dateOfBirth;

  if (compareDates(calendarDate(dob), calendarDate(c.signing.date)) > 0) {
    errors.push({ path: 'applicant.dateOfBirth', code: 'date-after-document-date', message: 'is after the date the declaration is signed' });
  }

  // Every person the declaration names, in Latin letters too when written in another script only
  // (林秀英, Ольга Петренко), so the adjudicator can match them across the filing (latin-names.ts).
  warnings.push(...latinNameIssues(c));
  // A line of a narrative printed as an unnumbered sub-heading (typed-headings.ts).
  warnings.push(...typedHeadingWarnings(c));

  // Ages at each act and the exemption for minor victims, 8 CFR 214.202(c)(1).
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

  // An age the applicant states in an act's or an escape's text that its date cannot give ("I was
  // seventeen" after the 18th birthday): one of the two is wrong in a sworn statement (stated-ages.ts).
  if (role === 'applicant' && dateErrors.length === 0) {
    warnings.push(
      ...statedAgeIssues(dob, c.signing.date, [
        ...acts.map((a, i) => ({ textPath: `trafficking.acts.${i}.description`, datePath: `trafficking.acts.${i}.date`, text: a.description, date: a.date })),
        ...escapeEpisodes(c).map((e) => ({ textPath: `${e.path}.narrative`, datePath: `${e.path}.date`, text: e.narrative, date: e.date })),
      ]),
    );
  }

  // The personal statement is chronological (docs/domain/t-visa-declaration-form.md): acts print in
  // the order given, so an act certainly earlier than one listed before it is a warning.
  if (role === 'applicant' && dateErrors.length === 0) {
    // An escape the acts as listed cannot place (its recapture listed before what it ended) is
    // named in the acts' warning: it prints out of order until the acts are put in date order.
    const split = escapesSplitByOrder(escapeEpisodes(c), acts.map((a) => a.date));
    warnings.push(
      ...actsOutOfOrder(acts.map((a) => a.date)).map((w) =>
        split.length === 0
          ? w
          : {
              ...w,
              message: `${w.message}; until they are, ${andList(split.map((p) => `${p}.date`))} cannot print between the acts it came between (an act dated after it, the recapture, is listed before acts dated before it), so the recapture is read before the escape`,
            },
      ),
    );
    warnings.push(...escapeBeforeActs(escapeEpisodes(c), acts.map((a) => a.date)));
    warnings.push(...escapesOutOfOrder(escapeEpisodes(c), acts.map((a) => a.date)));
  }

  // Means: 8 CFR 214.206(a)(1). Labor trafficking always needs force, fraud or coercion; sex
  // trafficking needs them unless the person was under 18.
  if (role === 'applicant' && c.trafficking && c.trafficking.means.length === 0) {
    const types = c.trafficking.types;
    if (!types.includes('sex')) {
      errors.push({ path: 'trafficking.means', code: 'labor-trafficking-needs-means', message: 'labor trafficking needs the force, fraud or coercion used; describe at least one' });
    } else if (!facts.minorExemption) {
      errors.push({ path: 'trafficking.means', code: 'sex-trafficking-needs-means', message: 'sex trafficking of a person 18 or older needs the force, fraud or coercion used; describe at least one (or date an act before the 18th birthday)' });
    }
  }

  // Law-enforcement compliance, or the minor exemption, or the trauma exception: 8 CFR 214.202(c), 214.208.
  // A request for Continued Presence names the agency the applicant is a potential witness for
  // (28 CFR 1100.35), so it tells of a contact as a listed one does (continued-presence.ts).
  const trauma = c.lawEnforcement?.traumaException ?? null;
  errors.push(...continuedPresenceIssues(c));
  // A lapsed grant called current; a report or request before the trafficking began (continued-presence.ts).
  if (dateErrors.length === 0) warnings.push(...lawEnforcementDateWarnings(c));
  // The law-enforcement declaration's dates against the account (supplement-b.ts).
  const supplementBErrors = supplementBIssues(c);
  errors.push(...supplementBErrors);
  if (dateErrors.length === 0 && supplementBErrors.length === 0) warnings.push(...supplementBWarnings(c));
  const leaBasis = tellsOfLawEnforcement(c) ? 'contacts' : facts.minorExemption ? 'minor-exemption' : trauma ? 'trauma-exception' : null;
  if (role === 'applicant' && leaBasis === null) {
    errors.push({
      path: 'lawEnforcement.contacts',
      code: 'lea-compliance-not-shown',
      // What to change, by field (8 CFR 214.202(c), 214.208): a report and compliance, the trauma
      // exception, or, when an act's imprecise date straddles the 18th birthday, that date at the
      // precision that shows the act came before it.
      message:
        (facts.straddling.length > 0
          ? `no law-enforcement contact, no trauma exception, and no act certainly before the 18th birthday (${andList(facts.straddling.map((i) => `trafficking.acts.${i}.date`))} may be on either side of it): if such an act came before the birthday, give its season, month or day, which shows it; or add `
          : 'no law-enforcement contact, no trauma exception, and the applicant was 18 or older at every act: add ') +
        'the applicant’s report to a law-enforcement agency and compliance with its requests (lawEnforcement.contacts), or the trauma exception (lawEnforcement.traumaException), 8 CFR 214.202(c)',
    });
  }

  // Who declares for a child who cannot sign: 8 CFR 103.2(a)(2) (docs/domain/t-visa-declaration-others.md, "Who speaks").
  const ageAtSigning = Math.max(0, ageOn(calendarDate(dob), calendarDate(c.signing.date)));
  const parentMaySign = ageAtSigning < PARENT_SIGNS_UNDER;
  // A parent or legal guardian, by either route (the parent's declaration, or a supporting one
  // with declarant.capacity), is not the trafficker (parent-declarant.ts).
  errors.push(...parentDeclarantIssues(c));
  // Two people responsible with one name, printed as two in the statement (listed-twice.ts).
  warnings.push(...perpetratorsListedTwice(c));
  if (role === 'parent') {
    if (!parentMaySign) {
      errors.push({
        path: 'declarant.role',
        code: 'parent-signature-not-allowed',
        message: `the applicant is ${PARENT_SIGNS_UNDER} or older on the signing date and signs their own statement; a parent may give a supporting declaration (role "supporting")`,
      });
    }
  }

  // Eligible family members (8 U.S.C. § 1101(a)(15)(T)(ii)(I); 8 CFR 214.211): an applicant under
  // 21 may bring a parent and an unmarried brother or sister under 18 by that relationship, one 21
  // or older only a spouse and children, and a parent or sibling must then show a present danger
  // of retaliation. The age the rule counts is the applicant's on the date the application (Form
  // I-914) is filed, not at the decision, so the 21st birthday is the last day the filing can come
  // too late; a Supplement A for each family member may be filed with the application or while it
  // is pending (USCIS Policy Manual, vol. 3, part B, ch. 4). The statement prints no family member
  // (README, "No field for family members"), so the one thing it can tell counsel is a 21st
  // birthday near the signing date, and the date the application must be filed before (domain
  // file, "Family members at 21").
  const twentyFirst = anniversary(calendarDate(dob), 21);
  const daysUntil21 = daysBetween(calendarDate(c.signing.date), twentyFirst);
  if (dob <= c.signing.date && daysUntil21 > 0 && daysUntil21 <= TURNS_21_WARNING_DAYS) {
    const birthday = longDate(formatIsoDate(twentyFirst));
    warnings.push({
      path: 'applicant.dateOfBirth',
      code: 'turns-21-soon',
      message:
        `the applicant turns 21 on ${birthday}, ${counted(daysUntil21, 'day')} after the signing date: ` +
        'a parent and an unmarried brother or sister under 18 are eligible family members by that relationship alone when the applicant is under 21 on the date the application is filed (8 U.S.C. § 1101(a)(15)(T)(ii)(I); 8 CFR 214.211), ' +
        `so file Form I-914 before ${birthday}; a Supplement A for each family member may go with it or follow while it is pending. ` +
        'Filed on or after that birthday, only a spouse and children qualify by relationship, and a parent or sibling must show a present danger of retaliation',
    });
  }

  // A child under 14 may sign the statement (8 CFR 103.2(a)(2) lets a parent or legal guardian sign
  // for a person under 14; it does not bar the child), but swears it under penalty of perjury
  // alone: counsel decides, with the parent's own declaration as the other way (domain file
  // t-visa-declaration-others.md, "Who speaks").
  if (role === 'applicant' && parentMaySign) {
    warnings.push({
      path: 'declarant.role',
      code: 'applicant-under-14-signs',
      message: `the applicant is under ${PARENT_SIGNS_UNDER} on the signing date and signs this statement under penalty of perjury alone: 8 CFR 103.2(a)(2) lets a parent or legal guardian sign for a person under ${PARENT_SIGNS_UNDER}; confirm the child understands the declaration, or file the parent’s own declaration (role "parent") and the child’s account as an exhibit`,
    });
  }

  // Language: 8 CFR 103.2(b)(3) (translation) and the read-back before signing (domain file).
  if (!givenInEnglish(c) && !c.translator) {
    errors.push({ path: 'translator', code: 'translator-certificate-required', message: 'a statement not in English needs a translator and a translator’s certificate' });
  }
  if (c.translator && !sameLanguage(c.translator.fromLanguage, c.statement.language)) {
    // The certificate swears to a translation from translator.fromLanguage; the last paragraph says
    // the declaration was given in statement.language: two names for one language ("Mandarin",
    // "Mandarin Chinese") read to an officer as two languages, so the message says where each prints.
    warnings.push({
      path: 'translator.fromLanguage',
      code: 'translator-language-mismatch',
      message:
        'differs from statement.language: the translator’s certificate says the translation is from translator.fromLanguage, and the last paragraph that the declaration was given in statement.language; name the language the same way in both, or correct the one that is wrong',
    });
  }
  if (!readsEnglish(c) && !c.interpreter) {
    errors.push({
      path: 'interpreter',
      code: 'read-back-required',
      message: 'the declarant does not read English: name the interpreter who read the English text back before signing (or set statement.readsEnglish)',
    });
  }
  // The interpreter's certificate swears the read-back was "before [the declarant] signed it":
  // a read-back dated after the signing date makes that sworn sentence impossible.
  if (c.interpreter && compareDates(calendarDate(c.interpreter.readBackOn), calendarDate(c.signing.date)) > 0) {
    errors.push({
      path: 'interpreter.readBackOn',
      code: 'date-after-document-date',
      message: 'is after the date the declaration is signed: the interpreter reads the declaration back before it is signed, as the certificate says; correct this date or the signing date',
    });
  }
  // The translator's certificate date (translator.signedOn) is not held to the signing date:
  // 8 CFR 103.2(b)(3) sets no time for it, and before or after the signature can both be true
  // (domain file, "Language").
  // The read-back must be in a language the declarant understands (the point of it: a declarant
  // who cannot read the English swears to it only once it was put to them in such a language, as
  // the last paragraph and the interpreter's certificate say). The case records one language the
  // declarant is known to understand, the one the statement was given in; another may be as good
  // (a K'iche' speaker who gave the statement in Spanish), so this is a warning for counsel.
  if (c.interpreter && !sameLanguage(c.interpreter.language, c.statement.language)) {
    warnings.push({
      path: 'interpreter.language',
      code: 'interpreter-language-mismatch',
      message:
        'differs from the language the statement was given in (statement.language), the one language the case shows the declarant understands: the declaration must be read back in a language the declarant understands; if the declarant understands this one, nothing needs to change, otherwise correct the language or the read-back',
    });
  }

  // The other dated paragraphs: in the applicant's life and before the signing (dated-paragraphs.ts).
  errors.push(...datedParagraphIssues(c));
  // A declarant's observation or disclosure outside their own contacts with the applicant (dated-paragraphs.ts).
  warnings.push(...datedOutsideContacts(c));
  // The law-enforcement contacts, observations and disclosures print as dated paragraphs in the
  // order given, as the acts do: one certainly earlier than one listed before it is warned (chronology.ts).
  if (dateErrors.length === 0) warnings.push(...datedListsOutOfOrder(c));

  // Departures after an act of trafficking and physical presence: 8 CFR 214.207 (departures.ts).
  const travel = departureChecks(c);
  errors.push(...travel.errors);
  warnings.push(...travel.warnings);
  const departures = travel.departures;
  // A ground or reentry that rests on law enforcement's part, with no contact told (departures.ts).
  warnings.push(...lawEnforcementUndescribed(c));
  // A ground of trafficking now, with every act told before the first entry (departures.ts).
  warnings.push(...actsAllBeforeEntry(c));

  // Hardship by the factors of 8 CFR 214.209(b) (personal statement only).
  const factors = [...new Set(c.hardship.factors.map((f) => f.factor))].sort((a, b) => a - b);
  if (role === 'applicant') {
    if (factors.length < MIN_HARDSHIP_FACTORS) {
      const alike = countedAlike([factors.length, MIN_HARDSHIP_FACTORS]);
      warnings.push({
        path: 'hardship.factors',
        code: 'hardship-fewer-than-three-factors',
        // Both counts of factors alike, in words under ten (docs/fields.md, "Formatting"): "argues two … at least three".
        message: `argues ${alike.word(factors.length)} of the factors of 8 CFR 214.209(b); practitioners argue at least ${alike.word(MIN_HARDSHIP_FACTORS)}, tied to the trafficking`,
      });
    }
    if (factors.length > 0 && factors.every((f) => GENERAL_CONDITION_FACTORS.has(f))) {
      warnings.push({
        path: 'hardship.factors',
        code: 'hardship-only-general-conditions',
        message: 'argues only civil unrest or armed conflict (factor 8 of 8 CFR 214.209(b)); add factors tied to the trafficking',
      });
    }
  }

  const elements = elementChecklist(c, leaBasis, factors);
  if (role === 'applicant') {
    for (const e of elements) {
      if (!e.addressed) warnings.push({ path: ELEMENT_PATH[e.element], code: 'element-not-addressed', message: ELEMENT_MISSING[e.element] });
    }
  }

  warnings.push(...legalConclusions(c));
  warnings.push(...outdatedDiagnoses(c));
  const ex = exhibitIssues(c);
  errors.push(...ex.errors);
  warnings.push(...ex.warnings);
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
      departures,
    },
    warnings,
    errors,
  };
}

