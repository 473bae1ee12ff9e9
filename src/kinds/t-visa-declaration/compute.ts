// Stage 2 of the pipeline for T-visa declarations: ages, the minor exemption, the attestation
// variant, who may declare and sign, departures, language and read-back, exhibits, the element
// checklist, and the legal rules of docs/domain/t-visa-declaration.md (errors make the case invalid; warnings
// are returned and printed nowhere but `check`).
import type { ComputeResult } from '../kind.js';
import { ageOn, calendarDate, compareDates } from '../kit/index.js';
import { ageFacts, type ActAge } from './ages.js';
import { attestationText, attestationVariant, type AttestationVariant } from './attestation.js';
import type { TVisaCode, TVisaIssue } from './codes.js';
import { dateSpan } from './dates.js';
import { readsEnglish } from './language.js';
import type { TVisaCase } from './schema.js';

/** The four elements of eligibility, 8 CFR 214.202(a)–(d), the personal statement covers. */
export const ELEMENTS = ['victimization', 'presence', 'law-enforcement', 'hardship'] as const;
export type Element = (typeof ELEMENTS)[number];

export interface ElementCheck {
  element: Element;
  addressed: boolean;
  /** How it is addressed, e.g. "contacts", "minor-exemption", "trauma-exception", "factors 2, 3, 7". */
  basis: string | null;
}

export interface DepartureCheck {
  index: number;
  /** The category of 8 CFR 214.207(b) the case names, or null. */
  presenceCategory: string | null;
  /** Whether the departure, as drafted, keeps physical presence on account of the trafficking. */
  keepsPresence: boolean;
}

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
/** Practitioners argue at least three hardship factors tied to the trafficking (domain file). */
const MIN_HARDSHIP_FACTORS = 3;

/**
 * Terms of art that state a legal conclusion (22 U.S.C. § 7102; 8 CFR 214.201): counsel argues
 * them; a declarant says what happened. "trafficking" alone ("since the trafficking") is a word
 * survivors use and is not flagged.
 */
const LEGAL_CONCLUSION =
  /\b(?:(?:labou?r|sex|human) trafficking|severe forms? of trafficking|involuntary servitude|peonage|debt bondage|forced labou?r|victims? of (?:human |labou?r |sex )?trafficking|trafficking victims?)\b/i;

/** A DSM-IV / ICD-9-CM mental-disorder number (290–319, with decimals), e.g. 309.81. */
const DSM_IV_NUMBER = /\b(?:29\d|30\d|31\d)\.\d{1,2}\b/;

/** Names compared loosely: case, accents' composition and spacing do not matter, nor the order of given/family. */
function nameKeys(given: string, family: string): string[] {
  const k = (s: string) => s.normalize('NFC').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();
  return [k(`${given} ${family}`), k(`${family} ${given}`)];
}

export function compute(c: TVisaCase): ComputeResult<TVisaComputed, TVisaCode> {
  const errors: TVisaIssue[] = [];
  const warnings: TVisaIssue[] = [];
  const role = c.declarant.role;
  const dob = c.applicant.dateOfBirth;

  if (compareDates(calendarDate(dob), calendarDate(c.signing.date)) > 0) {
    errors.push({ path: 'applicant.dateOfBirth', code: 'date-after-document-date', message: 'is after the date the declaration is signed' });
  }

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

  // The personal statement is chronological (domain file, "Form of a declaration"): acts print in
  // the order given, so an act certainly earlier than one listed before it is a warning.
  if (role === 'applicant' && dateErrors.length === 0) warnings.push(...actsOutOfOrder(acts.map((a) => a.date)));

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

  // Who declares for a child who cannot sign: 8 CFR 103.2(a)(2) (domain file, "Who speaks").
  const ageAtSigning = Math.max(0, ageOn(calendarDate(dob), calendarDate(c.signing.date)));
  const parentMaySign = ageAtSigning < PARENT_SIGNS_UNDER;
  if (role === 'parent') {
    const d = c.declarant;
    const keys = nameKeys(d.givenName ?? '', d.familyName ?? '');
    const namedPerpetrator = (c.trafficking?.perpetrators ?? []).some((p) => keys.includes(nameKeys(p.name, '')[0]!));
    if (d.isSuspectedTrafficker) {
      errors.push({ path: 'declarant.isSuspectedTrafficker', code: 'signer-is-suspected-trafficker', message: 'a suspected trafficker cannot give the declaration for the applicant' });
    } else if (namedPerpetrator) {
      errors.push({ path: 'declarant', code: 'signer-is-suspected-trafficker', message: 'this declarant is named among the perpetrators and cannot give the declaration for the applicant' });
    }
    if (!parentMaySign) {
      errors.push({
        path: 'declarant.role',
        code: 'parent-signature-not-allowed',
        message: `the applicant is ${PARENT_SIGNS_UNDER} or older on the signing date and signs their own statement; a parent may give a supporting declaration (role "supporting")`,
      });
    }
  }

  // Language: 8 CFR 103.2(b)(3) (translation) and the read-back before signing (domain file).
  const english = c.statement.language.trim().toLowerCase() === 'english';
  if (!english && !c.translator) {
    errors.push({ path: 'translator', code: 'translator-certificate-required', message: 'a statement not in English needs a translator and a translator’s certificate' });
  }
  if (c.translator && c.translator.fromLanguage.trim().toLowerCase() !== c.statement.language.trim().toLowerCase()) {
    warnings.push({ path: 'translator.fromLanguage', code: 'translator-language-mismatch', message: 'differs from the language of the statement' });
  }
  if (!readsEnglish(c) && !c.interpreter) {
    errors.push({
      path: 'interpreter',
      code: 'read-back-required',
      message: 'the declarant does not read English: name the interpreter who read the English text back before signing (or set statement.readsEnglish)',
    });
  }
  if (c.interpreter && c.interpreter.language.trim().toLowerCase() !== c.statement.language.trim().toLowerCase()) {
    warnings.push({ path: 'interpreter.language', code: 'interpreter-language-mismatch', message: 'differs from the language of the statement: the read-back must be in the declarant’s language' });
  }

  // Departures after an act of trafficking: 8 CFR 214.207(b) (explanations are required by the schema).
  const signedInUs = attestationVariant(c.signing.country) === 'inside-us';
  const departures: DepartureCheck[] = c.travel.departures.map((d, i) => {
    // No return date, yet the applicant signs in the United States: the case contradicts itself
    // on the applicant's physical presence (8 CFR 214.202(b), 214.207), which the applicant must
    // show. A warning, as presence is counsel's judgment elsewhere (domain file, "Departures"):
    // most often the return date is simply missing. The printed sentence then says only that the
    // applicant left (view.ts), never that they are still there.
    if (role === 'applicant' && d.returnedOn === null && signedInUs) {
      warnings.push({
        path: `travel.departures.${i}.returnedOn`,
        code: 'departure-without-return',
        message:
          'has no return date, yet the declaration is signed in the United States: give the date the applicant came back; if the applicant is still outside the United States, physical presence in the United States (8 CFR 214.207) is not met and counsel must review before filing',
      });
    }
    if (d.returnedOn && compareDates(calendarDate(d.returnedOn), calendarDate(d.departedOn)) < 0) {
      errors.push({ path: `travel.departures.${i}.returnedOn`, code: 'end-before-start', message: 'is before the departure date' });
    }
    if (role === 'applicant' && d.presenceCategory === null) {
      warnings.push({
        path: `travel.departures.${i}.presenceCategory`,
        code: 'physical-presence-at-risk',
        message:
          'physical presence is at risk: a departure after the trafficking breaks it unless it fits a category of 8 CFR 214.207(b) (continued victimization, a new incident of trafficking, reentry for an investigation or prosecution); name the category or have counsel review',
      });
    }
    return { index: i, presenceCategory: d.presenceCategory, keepsPresence: d.presenceCategory !== null };
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

/**
 * Acts out of date order, at their precision: act i is out of order when its last possible day is
 * before the first possible day of some act listed before it ("2022-02" after "2022-03-01"). Dates
 * whose spans overlap ("2022" and "2022-05") have no certain order and are never flagged. Harbor
 * does not sort the acts: they are the applicant's account, in the applicant's order, and a
 * paragraph may lean on the one before it ("After that…"); the drafter reorders them. One warning,
 * on the first act out of order, with the count.
 */
export function actsOutOfOrder(dates: readonly string[]): TVisaIssue[] {
  let latestStart: ReturnType<typeof dateSpan>['earliest'] | null = null;
  const out: number[] = [];
  for (const [i, date] of dates.entries()) {
    const span = dateSpan(date);
    if (latestStart !== null && compareDates(span.latest, latestStart) < 0) out.push(i);
    if (latestStart === null || compareDates(span.earliest, latestStart) > 0) latestStart = span.earliest;
  }
  if (out.length === 0) return [];
  const more = out.length === 1 ? 'it is the only one out of order' : `${out.length} of the acts are out of date order`;
  return [
    {
      path: `trafficking.acts.${out[0]}.date`,
      code: 'acts-not-chronological',
      message: `is dated before an act listed earlier (${more}); the statement tells what happened in order and prints the acts as listed: put them in date order, keeping the applicant’s words`,
    },
  ];
}

/** The narratives in the voice of the applicant (personal statement) or of the parent (their declaration). */
function voicedNarratives(c: TVisaCase): Array<[string, string | null | undefined]> {
  if (c.declarant.role === 'applicant') {
    const t = c.trafficking;
    return [
      ['background', c.background],
      ['trafficking.narrative', t?.narrative],
      ...(t?.acts ?? []).map((a, i): [string, string | null] => [`trafficking.acts.${i}.description`, a.description]),
      ...(t?.means ?? []).map((m, i): [string, string] => [`trafficking.means.${i}.narrative`, m.narrative]),
      ['trafficking.entry', t?.entry],
      ['escape.narrative', c.escape?.narrative],
      ['presence.narrative', c.presence?.narrative],
      ...c.travel.departures.map((d, i): [string, string] => [`travel.departures.${i}.explanation`, d.explanation]),
      ...(c.lawEnforcement?.contacts ?? []).map((x, i): [string, string] => [`lawEnforcement.contacts.${i}.narrative`, x.narrative]),
      ['lawEnforcement.traumaException.narrative', c.lawEnforcement?.traumaException?.narrative],
      ...c.hardship.factors.map((f, i): [string, string] => [`hardship.factors.${i}.narrative`, f.narrative]),
      ['closing', c.closing],
    ];
  }
  if (c.declarant.role === 'parent') {
    const s = c.supporting;
    return [
      ['declarant.relationship', c.declarant.relationship],
      ...(s?.observations ?? []).map((o, i): [string, string] => [`supporting.observations.${i}.text`, o.text]),
      ...(s?.disclosures ?? []).map((o, i): [string, string] => [`supporting.disclosures.${i}.text`, o.text]),
    ];
  }
  return [];
}

/** A legal term of art in the declarant's own voice: a warning naming the field (never quoting it). */
function legalConclusions(c: TVisaCase): TVisaIssue[] {
  return voicedNarratives(c)
    .filter(([, text]) => typeof text === 'string' && LEGAL_CONCLUSION.test(text))
    .map(([path]) => ({
      path,
      code: 'legal-conclusion-in-statement',
      message:
        'uses a legal term of art (such as labor or sex trafficking, involuntary servitude, peonage or debt bondage): that is a conclusion for counsel; in the declaration, say what happened',
    }));
}

/** DSM-IV / ICD-9-CM numbers written in a professional's text: warn, naming the ICD-10-CM rule. */
function outdatedDiagnoses(c: TVisaCase): TVisaIssue[] {
  const s = c.supporting;
  if (!s || c.declarant.role === 'applicant') return [];
  const texts: Array<[string, string | null]> = [
    ['supporting.method', s.method],
    ['supporting.findings', s.findings],
    ['supporting.opinion.narrative', s.opinion?.narrative ?? null],
  ];
  return texts
    .filter(([, t]) => t !== null && DSM_IV_NUMBER.test(t))
    .map(([path]) => ({
      path,
      code: 'diagnosis-code-outdated',
      message: 'contains a DSM-IV / ICD-9-CM diagnosis number; diagnoses use ICD-10-CM codes (post-traumatic stress disorder is F43.10): give them in supporting.diagnoses',
    }));
}

/** Every exhibit citation with its path, in document order. */
function citations(c: TVisaCase): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const add = (path: string, ids: string[] | undefined) => ids?.forEach((id, j) => out.push([`${path}.exhibits.${j}`, id]));
  c.trafficking?.acts.forEach((a, i) => add(`trafficking.acts.${i}`, a.exhibits));
  c.trafficking?.means.forEach((m, i) => add(`trafficking.means.${i}`, m.exhibits));
  if (c.escape) add('escape', c.escape.exhibits);
  c.travel.departures.forEach((d, i) => add(`travel.departures.${i}`, d.exhibits));
  c.lawEnforcement?.contacts.forEach((x, i) => add(`lawEnforcement.contacts.${i}`, x.exhibits));
  c.hardship.factors.forEach((f, i) => add(`hardship.factors.${i}`, f.exhibits));
  c.supporting?.observations.forEach((o, i) => add(`supporting.observations.${i}`, o.exhibits));
  c.supporting?.disclosures.forEach((o, i) => add(`supporting.disclosures.${i}`, o.exhibits));
  return out;
}

/** Citations must name a listed exhibit (error); a listed exhibit nobody cites is a warning. */
function exhibitIssues(c: TVisaCase): { errors: TVisaIssue[]; warnings: TVisaIssue[] } {
  const listed = new Set(c.exhibits.map((x) => x.id));
  const cited = new Set<string>();
  const errors: TVisaIssue[] = [];
  for (const [path, id] of citations(c)) {
    cited.add(id);
    if (!listed.has(id)) errors.push({ path, code: 'unknown-exhibit', message: 'cites an exhibit that is not in the exhibits list' });
  }
  const warnings = c.exhibits.flatMap((x, i): TVisaIssue[] =>
    cited.has(x.id) ? [] : [{ path: `exhibits.${i}`, code: 'exhibit-not-cited', message: 'no paragraph cites this exhibit; cite it where it supports a fact, or remove it' }],
  );
  return { errors, warnings };
}

/** The exhibits cited anywhere in the case (for the view's exhibit list). */
export function citedExhibits(c: TVisaCase): Set<string> {
  return new Set(citations(c).map(([, id]) => id));
}

/**
 * Text the chosen template does not print: the other roles' sections. A legal document must not
 * silently drop what the drafter wrote, so each is a warning naming the field.
 *
 * A parent's or supporting declaration may carry `trafficking.acts` and `trafficking.perpetrators`
 * as data: the acts' dates feed the ages, the perpetrators the check of a parent declarant. The
 * acts' descriptions are the applicant's account and are not printed there, because those
 * declarations speak from the declarant's own knowledge, each fact with its source: what the
 * declarant saw (`supporting.observations`) and what the child told them, when and where
 * (`supporting.disclosures`); an undated, unsourced act would sit beside the closing sentence
 * "where I report what [the child] told me, I say when" and contradict it (domain file, "Who
 * speaks"). So each description given there is a warning that says where its facts belong.
 */
function unprintedSections(c: TVisaCase): TVisaIssue[] {
  const role = c.declarant.role;
  const message =
    role === 'applicant'
      ? 'belongs to a parent’s or supporting declaration and is not printed in the personal statement'
      : role === 'parent'
        ? 'is not printed in a parent’s declaration'
        : 'belongs to the personal statement and is not printed in a supporting declaration';
  const present: string[] = [];
  const acts: TVisaIssue[] = [];
  if (role !== 'applicant') {
    const t = c.trafficking;
    const actMessage =
      role === 'parent'
        ? 'is not printed in a parent’s declaration, which says what the parent saw (supporting.observations) and what the child told them, when and where (supporting.disclosures): give what the parent knows of this act there; the act’s date still counts for the ages'
        : 'belongs to the personal statement and is not printed in a supporting declaration, which says what the declarant observed (supporting.observations) and what the applicant told them and when (supporting.disclosures): give it there if the declarant knows it; the act’s date still counts for the ages';
    // Only a description given is one not printed: the date alone is what these roles give.
    (t?.acts ?? []).forEach((a, i) => {
      if (a.description !== null) acts.push({ path: `trafficking.acts.${i}.description`, code: 'section-not-printed', message: actMessage });
    });
    if (c.background) present.push('background');
    if (t && t.narrative) present.push('trafficking.narrative');
    if (t && t.means.length > 0) present.push('trafficking.means');
    if (t && t.entry) present.push('trafficking.entry');
    if (role === 'supporting' && t && t.perpetrators.length > 0) present.push('trafficking.perpetrators');
    if (c.escape) present.push('escape');
    if (c.presence) present.push('presence');
    if (c.travel.departures.length > 0) present.push('travel.departures');
    if (c.lawEnforcement) present.push('lawEnforcement');
    if (c.hardship.factors.length > 0) present.push('hardship.factors');
    if (c.closing) present.push('closing');
    if (role === 'parent') {
      for (const k of ['professional', 'qualifications'] as const) if (c.declarant[k]) present.push(`declarant.${k}`);
    } else {
      for (const k of ['capacity', 'isSuspectedTrafficker'] as const) if (c.declarant[k] !== null) present.push(`declarant.${k}`);
    }
  } else {
    if (c.supporting) present.push('supporting');
    for (const k of ['givenName', 'familyName', 'pronouns', 'professional', 'qualifications', 'relationship', 'capacity', 'isSuspectedTrafficker'] as const) {
      if (c.declarant[k] !== null) present.push(`declarant.${k}`);
    }
  }
  return [...acts, ...present.map((path): TVisaIssue => ({ path, code: 'section-not-printed', message }))];
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
  'law-enforcement': 'the statement does not yet show law-enforcement compliance or an exemption (8 CFR 214.202(c), 214.208)',
  hardship: 'the statement does not yet argue extreme hardship (8 CFR 214.209)',
};

/**
 * The element checklist. For the personal statement: what its sections cover. For a parent's or
 * supporting declaration: the elements it names (a lay or parent declaration's `elements`, a
 * professional's opinion; trauma supports the trauma exception).
 */
function elementChecklist(c: TVisaCase, leaBasis: string | null, factors: number[]): ElementCheck[] {
  if (c.declarant.role !== 'applicant') {
    const tied = new Set([...(c.supporting?.elements ?? []), ...(c.supporting?.opinion?.elements ?? [])]);
    const basis = c.supporting?.opinion ? 'opinion' : 'declaration';
    const map: Record<Element, boolean> = {
      victimization: tied.has('victimization'),
      presence: tied.has('presence'),
      'law-enforcement': tied.has('law-enforcement') || tied.has('trauma'),
      hardship: tied.has('hardship'),
    };
    return ELEMENTS.map((element) => ({ element, addressed: map[element], basis: map[element] ? basis : null }));
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
