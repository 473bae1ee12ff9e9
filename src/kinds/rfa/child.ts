// The child's part of an RFA's case data (docs/domain/rfa.md, "A minor" and "Date of birth or
// age"): identity, citizenship and presence in the U.S., and the child's age, given as a date of
// birth (an estimate when `dateOfBirthEstimated`) or, when only that is known, as an age.
//
// A caseworker often has only the child's word for an age within the first 24 hours. Requiring a
// full date made them invent one, which the draft then printed as a fact; so the age alone is
// accepted, and every age and date that rests on an estimate says so on the page (the same
// concept as the best-interests memo's `dateOfBirthEstimated`).
import { z } from 'zod';
import { ANumber, CAPS, choice, CountryCode, entryText, FamilyName, familyNameOrWhyNone, given, isoDate, labelled, list, nameFiller, NO_FAMILY_NAME, optional, optList, OptText, listedNameText, personNameText, Text } from '../kit/index.js';
import { CITIZENSHIP_STATUS_LABELS, NO_FAMILY_NAME_LABELS, PRIOR_LETTER_LABELS, SEX_LABELS } from './labels.js';
import { yesNo } from './location.js';

export const SEXES = ['female', 'male', 'other'] as const;

/**
 * A letter the child already has from OTIP (docs/domain/rfa-eligibility.md, "An earlier OTIP letter"): an Interim
 * Assistance Letter or an Eligibility Letter (22 U.S.C. § 7105(b)(1)(G)), or a Certification
 * Letter, which is an adult's (§ 7105(b)(1)(E)), issued when the child was taken for an adult.
 */
export const PRIOR_LETTERS = ['none', 'interim-assistance', 'eligibility', 'certification'] as const;

/**
 * How the citizenship, or the statelessness, is known (docs/domain/rfa-eligibility.md, "Citizenship: confirmed,
 * claimed or disputed"): confirmed (a passport, a birth or identity document, a consulate or the
 * country's authorities), claimed (the child's or another's word, no document yet), or disputed
 * (claimed and contested: two countries listed are then alternatives, one of which may be the
 * child's, never a dual citizenship). OTIP's intake reads a list of two countries as two
 * nationalities; until template 2.20.0 a child claimed by Guatemala or Mexico, neither confirmed,
 * printed "Guatemala (GT); Mexico (MX)", a dual citizen. Left empty (every case before 2.20.0), the
 * row prints the countries as before, with no word of how they are known.
 */
export const CITIZENSHIP_STATUSES = ['confirmed', 'claimed', 'disputed'] as const;

/**
 * Why no family name is given, the kit's choice (src/kinds/kit/one-name.ts; docs/domain/rfa-draft.md,
 * "A child known by one name"): not yet known (a child who gave a first name only: it can follow,
 * an entry of "Can follow later"), or none, a child whose name is one name only. Until template
 * 2.14.0 the family name was required, and "Unknown" typed into it printed as the child's surname.
 */
export { NO_FAMILY_NAME };

/** The highest age accepted: above any estimate of a child's age (an adult is refused or warned by compute.ts). */
export const MAX_AGE = 30;

/**
 * An age in whole years, 0 to MAX_AGE: the child's own (`child.age`) and another child's
 * (`concern.otherMinors[].age`); `tooOld` is the message above MAX_AGE. A function, so the schema is
 * built only when the kind's schemas are (src/kinds/kit/lazy.ts).
 */
export function yearsOfAge(tooOld: string) {
  return z
    .number({ error: 'must be a whole number of years' })
    .int({ error: 'must be a whole number of years' })
    .min(0, { error: 'must not be negative' })
    .max(MAX_AGE, { error: tooOld });
}

/**
 * What a date of birth known only by its year (or year and month) is told to give instead: an age
 * range, since a year of birth makes the child one of two ages on any date (born in 2010: 15 before
 * the birthday in 2026, 16 after), never a day invented to fill the field, which the page would
 * print as the child's and count the 18th birthday from (rfa-draft.md, "A date of birth known by its year").
 */
const YEAR_ONLY = 'when only the year of birth is known, leave the date of birth empty and give the age range it makes (born in 2010, the child is 15 or 16 in 2026: “Age” 15, “Age range: up to” 16), or a whole date marked estimated';

/** The message of `date-of-birth-or-age`: what to give. */
const GIVE_ONE = 'give the child’s date of birth (marked estimated when it is an estimate) or, when only an age is known, the child’s age';

/** The other-date-of-birth rule on raw values (zod 4 runs a refinement even when a field failed). */
function otherDateOfBirthRule(ch: { dateOfBirth?: unknown; dateOfBirthSource?: unknown; otherDateOfBirth?: unknown; otherDateOfBirthSource?: unknown }, ctx: z.RefinementCtx): void {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message, params: { code: 'other-date-of-birth' } });
  const other = given(ch.otherDateOfBirth);
  if (!other) {
    if (given(ch.otherDateOfBirthSource)) issue('otherDateOfBirthSource', 'must be given only with “Other date of birth”, the date it is the source of');
    return;
  }
  if (!given(ch.dateOfBirth)) {
    issue('otherDateOfBirth', 'must be given only with a date of birth: give the date the request uses in “Date of birth” (marked estimated when it is one) and the other here; with only an age known, give the age or age range both make');
    return;
  }
  if (typeof ch.otherDateOfBirth === 'string' && ch.otherDateOfBirth.trim() === String(ch.dateOfBirth).trim()) {
    issue('otherDateOfBirth', 'must differ from the date of birth: it is the other date a document or assessment gives; leave it empty when there is one date');
  }
  if (!given(ch.otherDateOfBirthSource)) issue('otherDateOfBirthSource', 'is required with “Other date of birth”: say where it comes from (a document, an age assessment), so OTIP can weigh the two');
  if (!given(ch.dateOfBirthSource)) issue('dateOfBirthSource', 'is required with “Other date of birth”: say where the date of birth the request uses comes from, so OTIP can weigh the two');
}

/** The Child schema (`yesNo`: the kind's optional yes/no field, location.ts). */
export function buildChild() {
  return z
    .strictObject({
      /** Required unless givenNameNotYetKnown (the superRefine below: given-name-or-not-yet-known). */
      givenName: labelled(
        optional(personNameText('the child’s given', 'when the child’s name is not yet known, leave it empty and answer “Given name not yet known” (section 2); a child with one name only writes it here')),
        'Given name(s)',
        'The child’s given name(s), as the child writes them (any script); a child with one name only writes it here. When the child’s name is not yet known, leave it empty and answer “Given name not yet known” (never “FNU” or “Unknown”, which would print as the child’s name).',
      ),
      /**
       * True when the child's name is not yet known (a tip that named no one; a child who has not
       * said it): printed "Not yet known", an entry of "Needed now" (rfa-draft.md, "A child whose
       * name is not yet known"). Until 2.15.0 the given name was required, so "FNU" or "Unknown"
       * was typed and printed as the child's name.
       */
      givenNameNotYetKnown: labelled(
        optional(z.boolean({ error: 'must be true or false' })),
        'Given name not yet known',
        'true only when the child’s given name is not yet known (leave “Given name(s)” empty): the draft prints “Not yet known” and lists the name as needed now. Leave it empty when a given name is given.',
      ),
      /** Required unless noFamilyName says why there is none (the superRefine below: family-name-or-why-none). */
      familyName: labelled(optional(FamilyName), 'Family name(s)', 'The child’s family name(s), as the child writes them (any script); needed unless “No family name: why” is answered. When the child gave a first name only, or has one name only, leave it empty and answer that instead (never “Unknown”, which would print as the child’s surname).'),
      noFamilyName: labelled(
        optional(choice(NO_FAMILY_NAME, NO_FAMILY_NAME_LABELS)),
        'No family name: why',
        'Only when no family name is given: whether it is not yet known (the child gave a first name only; the family name can follow) or the child has none (one name only, written in “Given name(s)”). Leave it empty when a family name is given.',
      ),
      otherNames: labelled(optList(listedNameText('another', 'leave a name not known out of the list', 'Other names used'), CAPS.short), 'Other names used', 'Nicknames, aliases or other spellings the child has used (a name written in another script, spelled in Latin letters as on the child’s documents, with where it is from: “CHEN Meiling (passport)”), the name a trafficker used, or a name on a false or borrowed document (say which; its date of birth is not the child’s, whose own goes in the date of birth or age).'),
      dateOfBirth: labelled(optional(isoDate(YEAR_ONLY)), 'Date of birth', 'yyyy-mm-dd; an estimate when dateOfBirthEstimated is true. Leave it empty and give the age when only an age is known.'),
      /** True when the date of birth is an estimate (no document): age rules then warn, never refuse. */
      dateOfBirthEstimated: yesNo('Date of birth estimated', 'Whether the date of birth is an estimate (no document; the age rules then warn instead of refusing, and every age and date from it is marked estimated):'),
      /**
       * A disputed date of birth (rfa.md, "Two dates of birth"): two documents give two dates, or an
       * age assessment gives another. The case uses dateOfBirth; the other, with its source, is
       * printed beside it with the ages it gives, so OTIP knows the child may be a minor by it.
       */
      dateOfBirthSource: labelled(OptText, 'Date of birth: source', 'Where the date of birth comes from (a birth certificate, a passport, the child’s word). Needed when another date of birth is given: the page says which date the request uses, and why.'),
      otherDateOfBirth: labelled(
        optional(isoDate(YEAR_ONLY)),
        'Other date of birth',
        'Only when the date of birth is disputed: the other date a document or an age assessment gives (a second birth certificate, a false passport, an ORR age assessment’s date), yyyy-mm-dd. The page prints both, and the child’s age at each event by both where they differ.',
      ),
      otherDateOfBirthSource: labelled(OptText, 'Other date of birth: source', 'Where the other date of birth comes from (“Mexican birth certificate”, “age assessment, dental X-ray, March 2026”); needed with the other date.'),
      /**
       * Years, when no date of birth is known: an estimate by nature, printed "about 16". Taken when
       * OTIP receives the request (compute.ts): at preparation, or at Part A's submission for a
       * Part B (OTIP-PI-16-01: the child must be under 18 when OTIP receives the request).
       */
      age: labelled(
        optional(yearsOfAge(`must be at most ${MAX_AGE}: an age above it is not a child’s`)),
        'Age (when the date of birth is not known)',
        'The child’s age in years, as the child or others state it or as estimated, when the draft is prepared; for a draft completing a request whose Part A was already submitted (submittedAt), the age when Part A was submitted, the age OTIP decides on. Only when no date of birth is known (give one or the other). Printed “about 16”.',
      ),
      /**
       * The top of the age when it is known only as a range ("15 to 17": age 15, ageUpTo 17), so a
       * caseworker need not pick one; printed "about 15 to 17". The rules read the range's ends
       * (compute.ts): its top for "may turn 18 any day", its bottom for "18 or older".
       */
      ageUpTo: labelled(
        optional(yearsOfAge(`must be at most ${MAX_AGE}: an age above it is not a child’s`)),
        'Age range: up to',
        'When the age is known only as a range, its top in years (age is then its bottom: 15 and 17 for “15 to 17”); only with age. Printed “about 15 to 17”.',
      ),
      sex: labelled(optional(choice(SEXES, SEX_LABELS)), 'Sex', 'female, male or other.'),
      countryOfBirth: labelled(optional(CountryCode), 'Country of birth', 'ISO 3166-1 alpha-2 code, e.g. HN.'),
      /** Countries of citizenship (ISO 3166 alpha-2); empty when stateless (`stateless`) or not yet known. */
      citizenship: labelled(list(CountryCode, CAPS.short, 'must be a list of country codes'), 'Citizenship', 'ISO 3166 alpha-2 codes, e.g. ["GT"] or, for two nationalities, ["SY", "TR"]; empty when the child is stateless (then stateless: true) or the citizenship is not yet known. Two countries claimed where only one can be the child’s (neither confirmed): list both and mark the citizenship disputed (citizenshipStatus).'),
      /**
       * True when the child is known to be a national of no country (1954 Convention relating to the
       * Status of Stateless Persons, art. 1(1)): a fact OTIP needs, where an empty citizenship alone
       * reads "not yet known" (domain file, "Citizenship").
       */
      stateless: yesNo('Stateless', 'Whether the child is known to be stateless, a national of no country (citizenship is then empty):'),
      /** How the citizenship or statelessness is known (CITIZENSHIP_STATUSES); printed with it (view.ts citizenshipText). */
      citizenshipStatus: labelled(
        optional(choice(CITIZENSHIP_STATUSES, CITIZENSHIP_STATUS_LABELS)),
        'Citizenship: how known',
        'confirmed (a passport, birth or identity document, or the country’s consulate or authorities), claimed (the child’s or another’s word, no document yet) or disputed (claimed and contested; with two countries listed, they are alternatives, not a dual citizenship). Only with a country listed, or stateless (not disputed: list the country that may claim the child and mark it disputed).',
      ),
      /** "us-citizen" and "lpr", or either written out, make the child ineligible for an OTIP letter (status.ts); any other text is kept. */
      immigrationStatus: labelled(Text, 'Immigration status', 'The status in words, e.g. "unaccompanied child, in removal proceedings". A U.S. citizen, national or lawful permanent resident, however written (in JSON: "us-citizen" or "lpr" too), needs no OTIP letter.'),
      inUnitedStates: labelled(z.boolean({ error: 'must be true or false' }), 'In the United States now', 'True when the child is in the United States now; OTIP assists only then.'),
      aNumber: labelled(optional(ANumber), 'A-number', 'USCIS A-number: 8 or 9 digits, optional leading A, dashes or spaces; printed as A + 9 digits.'),
      languages: labelled(optList(entryText('one language', 'Languages'), CAPS.short), 'Languages', 'Languages the child speaks, best first.'),
      interpreterNeeded: yesNo('Interpreter needed', 'Whether the child needs an interpreter:'),
      /**
       * A child who is pregnant or a parent (a baby born here, a U.S. citizen): services are planned
       * for both, and the status of the child's own child is not the child's (status.ts). Printed in
       * section 2 when given; most children are neither, so never "not yet known".
       */
      pregnantOrParenting: labelled(OptText, 'Pregnant or parenting', 'Only when the child is pregnant or has a child of their own: how far along, or each child’s age, where they are and their citizenship (a baby born in the United States is a U.S. citizen), so services are planned for both.'),
      /** Printed in section 2 when given; a letter already issued is the warning prior-otip-letter (compute.ts). */
      priorOtipLetter: labelled(optional(choice(PRIOR_LETTERS, PRIOR_LETTER_LABELS)), 'Earlier OTIP letter', 'A letter the child already has from OTIP: none, interim-assistance, eligibility, or certification (an adult’s letter, issued when the child was taken for an adult).'),
      priorOtipLetterDetails: labelled(OptText, 'Earlier OTIP letter: date and number', 'The earlier letter’s date and number as written on it, so OTIP links this request to it.'),
    })
    .superRefine((ch, ctx) => {
      // Raw values (zod 4 runs this even when a field failed): "given" by the optional convention.
      const dob = given(ch.dateOfBirth);
      const age = given(ch.age);
      if (!dob && !age) {
        ctx.addIssue({ code: 'custom', path: ['dateOfBirth'], message: `is required: ${GIVE_ONE}`, params: { code: 'date-of-birth-or-age' } });
      } else if (dob && age) {
        ctx.addIssue({ code: 'custom', path: ['age'], message: 'must not be given with a date of birth: the age is computed from the date of birth (mark it estimated if it is one), so give one or the other', params: { code: 'date-of-birth-or-age' } });
      } else if (age && ch.dateOfBirthEstimated === false) {
        ctx.addIssue({ code: 'custom', path: ['dateOfBirthEstimated'], message: 'must not be false when only an age is given: an age without a date of birth is an estimate (leave this empty)', params: { code: 'date-of-birth-or-age' } });
      }
      // A disputed date of birth: the other date with its source, and the source of the one used, beside a date of birth (rfa.md, "Two dates of birth").
      otherDateOfBirthRule(ch, ctx);
      // An age range: its top only with its bottom (child.age), and not below it.
      const upTo = given(ch.ageUpTo);
      if (upTo && !age) {
        ctx.addIssue({ code: 'custom', path: ['ageUpTo'], message: 'must be given only with the child’s age, the bottom of the age range (and never with a date of birth)', params: { code: 'date-of-birth-or-age' } });
      } else if (upTo && typeof ch.ageUpTo === 'number' && typeof ch.age === 'number' && ch.ageUpTo < ch.age) {
        ctx.addIssue({ code: 'custom', path: ['ageUpTo'], message: 'must not be below the child’s age given: the age range runs from that age up to this', params: { code: 'date-of-birth-or-age' } });
      }
      // The given name, or that it is not yet known: one of the two (rfa-draft.md, "A child whose name is not yet known").
      if (!given(ch.givenName) && ch.givenNameNotYetKnown !== true) {
        ctx.addIssue({ code: 'custom', path: ['givenName'], message: 'is required: give the child’s given name(s), where a child with one name only writes it, or, when the child’s name is not yet known, answer “Given name not yet known” (section 2)', params: { code: 'given-name-or-not-yet-known' } });
      } else if (given(ch.givenName) && ch.givenNameNotYetKnown === true) {
        ctx.addIssue({ code: 'custom', path: ['givenNameNotYetKnown'], message: 'must be left empty when “Given name(s)” is given: give the name or say it is not yet known, not both', params: { code: 'given-name-or-not-yet-known' } });
      }
      // The family name, or why there is none: one of the two (the kit's rule; rfa-draft.md, "A child known by one name").
      familyNameOrWhyNone(ch, ctx, { whose: 'the child’s', answer: 'No family name: why', when: 'when the child gave a first name only or has one name only', field: '“Family name(s)”', where: ' (section 2)' });
      if (typeof ch.familyName === 'string' && given(ch.familyName) && !given(ch.noFamilyName) && nameFiller(ch.familyName)) {
        // The kit's one filler rule ("Unknown", "LNU", "N/A", "?"; not "Na" or "No", Korean family
        // names), told here as family-name-or-why-none, whose message gives the honest answer.
        ctx.addIssue({ code: 'custom', path: ['familyName'], message: 'must be the child’s family name, not a word for none or not known, which the draft would print as the surname: leave it empty and answer “No family name: why” (not yet known, or the child has one name only)', params: { code: 'family-name-or-why-none' } });
      }
      // A child both stateless and a citizen of a listed country: one of the two is wrong.
      if (ch.stateless === true && Array.isArray(ch.citizenship) && ch.citizenship.length > 0) {
        ctx.addIssue({ code: 'custom', path: ['stateless'], message: 'must not be true while citizenship lists a country: a stateless child is a national of no country (empty the citizenship, or leave this empty)', params: { code: 'stateless-with-citizenship' } });
      }
      // How the citizenship is known: only of a citizenship given (a country, or stateless), and a
      // disputed one names the country in dispute (rfa-eligibility.md, "Citizenship: confirmed, claimed or disputed").
      if (given(ch.citizenshipStatus)) {
        const countries = Array.isArray(ch.citizenship) ? ch.citizenship.length : 0;
        if (countries === 0 && ch.stateless !== true) {
          ctx.addIssue({ code: 'custom', path: ['citizenshipStatus'], message: 'must be left empty while no citizenship is given: list the country or countries claimed (or mark the child stateless), or leave this empty while the citizenship is not yet known', params: { code: 'citizenship-status' } });
        } else if (ch.stateless === true && ch.citizenshipStatus === 'disputed') {
          ctx.addIssue({ code: 'custom', path: ['citizenshipStatus'], message: 'must not be “disputed” for a child marked stateless: when a country may count the child as its national while the child says they are stateless, list that country, mark it disputed and leave “Stateless” empty', params: { code: 'citizenship-status' } });
        }
      }
    })
    .meta({ title: 'Child', description: 'The foreign-national child the request is for.' });
}
