// The people of a T-visa declaration: the applicant, the declarant in their role (with a
// professional's license and work contact), and the translator (8 CFR 103.2(b)(3)) and interpreter
// of a declaration not given in English or not read in English.
import { z } from 'zod';
import { ANumber, CAPS, CountryCode, Email, familyNameOrWhyNone, IsoDate, labelled, latinLettersOnly, Narrative, NO_FAMILY_NAME_CHOICE_LABELS, optional, listedNameText, optList, personNameText, Phone, Text, withDefault, choice } from '../kit/index.js';
import { DECLARANT_ROLES, PARENT_CAPACITIES, PRONOUNS, PRONOUN_LABELS, DECLARANT_ROLE_LABELS, PARENT_CAPACITY_LABELS } from './choices.js';

/**
 * The people's schemas, built by schema.ts's `build` on the kind's first use: importing this
 * module builds nothing (src/kinds/kit/lazy.ts; issue 18).
 */
export function peopleSchemas() {
  const Pronouns = (who: string) =>
    labelled(
      optional(choice(PRONOUNS, PRONOUN_LABELS)),
      'Pronouns',
      `Pronouns of ${who} (she, he or they), used in the sentences Harbor writes; when absent Harbor repeats the name rather than guess.`,
    );

  // A name as a USCIS form takes it: Latin letters (accents allowed), spaces, hyphens, apostrophes.
  const LatinName = Text.refine(latinLettersOnly, { error: 'must be written in Latin letters, as on Form I-914 (e.g. LIN, Xiuying)', params: { code: 'invalid-format' } });

  // Another person's name in Latin letters, as the filing's papers in English write it (Form I-914,
  // the cover letter, the exhibit index), for a name written in another script only: printed first,
  // the own name after it in parentheses (kit nameWithFormName), so a USCIS reader can match the
  // person across the filing (docs/domain/t-visa-declaration-form.md, "Names").
  const LatinNameOf = (whose: string, label: string, where: string) =>
    labelled(
      optional(
        z.strictObject({
          familyName: labelled(LatinName, `${label}: family name`, `${whose} family name in Latin letters, e.g. LIN.`),
          givenName: labelled(LatinName, `${label}: given name`, `${whose} given name(s) in Latin letters, e.g. Jianguo.`),
        }),
      ),
      label,
      `${whose} name in Latin letters, when the name above is written in another script (林建国 as LIN Jianguo): ${where} The declaration prints it first, with the name above in parentheses, “LIN Jianguo (林建国)”.`,
    );

  // The applicant's own name refuses a word typed for "not known" ("FNU", "Unknown", "N/A": kit
  // nameFiller), which the declaration would print as the name it is sworn under; a person with one
  // name only writes it as the given name and answers noFamilyName "none" (kit one-name.ts). The
  // name as on Form I-914 (nameOnForm) is not so refused: USCIS's own convention may write "FNU"
  // there (docs/domain/t-visa-declaration-form.md, "Names").
  // The menu's one answer and the messages that quote it, from the kit's one table, as the memo's
  // help quotes its menu (review, round r57: the T-visa's words were typed again here).
  const ONE_NAME_ONLY = NO_FAMILY_NAME_CHOICE_LABELS.none;
  const Applicant = z.strictObject({
    givenName: labelled(
      personNameText('the applicant’s given', `a person with one name only writes it here and answers “No family name” with “${ONE_NAME_ONLY}”`),
      'Given name',
      'The applicant’s given name(s), as the applicant writes them (any script); an applicant with one name only writes it here (never “FNU” or “Unknown”, which would print as the name).',
    ),
    /** Required unless noFamilyName is "none" (family-name-or-why-none, below). */
    familyName: labelled(
      optional(personNameText('the applicant’s family', `an applicant with one name only leaves it empty and answers “No family name” with “${ONE_NAME_ONLY}”`)),
      'Family name',
      'The applicant’s family name(s), as the applicant writes them (any script). An applicant with one name only leaves it empty and answers “No family name” (never “FNU”, “Unknown” or “N/A”, which would print as the surname).',
    ),
    noFamilyName: labelled(
      optional(choice(['none'] as const, { none: ONE_NAME_ONLY })),
      'No family name',
      'Only when the applicant has no family name, a name of one name only (written in “Given name”): “none”. Leave it empty when a family name is given.',
    ),
    // Form I-914 is completed in English: a name written in another script only (林秀英) is on
    // the form in Latin letters, and the declaration prints that name too (kit nameWithFormName).
    nameOnForm: labelled(
      optional(
        z.strictObject({
          familyName: labelled(LatinName, 'Family name on Form I-914', 'The family name as written on Form I-914, in Latin letters, e.g. LIN.'),
          givenName: labelled(LatinName, 'Given name on Form I-914', 'The given name(s) as written on Form I-914, in Latin letters, e.g. Xiuying.'),
        }),
      ),
      'Name as on Form I-914',
      'The applicant’s name in Latin letters exactly as on Form I-914, when the name above is written in another script (林秀英 on the form as LIN Xiuying): the declaration prints it first, with the name above in parentheses, “LIN Xiuying (林秀英)”.',
    ),
    otherNames: labelled(optList(listedNameText('another', 'leave a name not known out of the list', 'Other names used'), CAPS.short), 'Other names used', 'Aliases and names given by the traffickers, printed in the caption.'),
    pronouns: Pronouns('the applicant'),
    dateOfBirth: labelled(IsoDate, 'Date of birth', 'The applicant’s date of birth, yyyy-mm-dd: ages at each act and at signing are computed from it.'),
    countryOfBirth: labelled(CountryCode, 'Country of birth', 'ISO 3166-1 alpha-2 code of the applicant’s country of birth, e.g. GT.'),
    aNumber: labelled(optional(ANumber), 'A-number', 'The applicant’s USCIS A-number, if any (8 or 9 digits, optional leading A).'),
  }).superRefine((a, ctx) => familyNameOrWhyNone(a, ctx, { whose: 'the applicant’s', answer: 'No family name', when: 'when the applicant has one name only (written in “Given name”)' }));

  /** A professional declarant's license (docs/domain/t-visa-declaration-others.md, "Supporting declarations"). */
  const License = z.strictObject({
    type: labelled(optional(Text), 'License type', 'The license held, e.g. "Licensed Clinical Social Worker (LCSW)".'),
    number: labelled(optional(Text), 'License number', 'The license number as the licensing board issues it.'),
    jurisdiction: labelled(optional(Text), 'License jurisdiction', 'The state or other jurisdiction that issued the license, e.g. Texas.'),
  });

  const ProfessionalContact = z.strictObject({
    address: labelled(optional(Text), 'Work address', 'The professional’s work address, on one line.'),
    phone: labelled(optional(Phone), 'Phone', 'A work telephone number.'),
    email: labelled(optional(Email), 'Email', 'A work email address.'),
  });

  const Professional = z.strictObject({
    title: labelled(Text, 'Professional title', 'The declarant’s professional title, e.g. "Licensed Clinical Social Worker".'),
    organization: labelled(optional(Text), 'Organization', 'Where the declarant practises.'),
    // A case manager or an advocate practises without a license (8 CFR 214.206(a)(3)(ii)(F) names
    // case managers among the declarants): `licensed: false` says so, rather than a made-up license.
    licensed: labelled(
      optional(z.boolean({ message: 'must be true or false' })),
      'Holds a professional license',
      'false for a professional whose work needs no license (a case manager, an advocate): no license is stated, and no diagnosis may be given. Absent: true.',
    ),
    license: labelled(withDefault(License, {}), 'License', 'License type, number and jurisdiction: all three are required, unless licensed is false (then none).'),
    contact: labelled(optional(ProfessionalContact), 'Contact details', 'Work address and a phone or an email, so USCIS can verify the declaration.'),
  });

  const Declarant = z.strictObject({
    role: labelled(
      choice(DECLARANT_ROLES, DECLARANT_ROLE_LABELS),
      'Who declares',
      // What the menu does not say: each choice's label names the declarant and cites its rule
      // (choices.ts DECLARANT_ROLE_LABELS: 8 CFR 214.204(c), 103.2(a)(2), 214.206), and the rules
      // each role brings are role-rules.ts's. A clause per choice here was the menu again on the web
      // page, headed by each label (238 px on a 390 px phone, its citations twice; round r59).
      'Whose declaration this is: it decides which sections the document needs.',
    ),
    // The fields below describe a declarant other than the applicant.
    givenName: labelled(optional(personNameText('the declarant’s given', 'give the declarant’s own given name(s), as they sign')), 'Declarant’s given name', 'Given name(s) of a parent or supporting declarant.'),
    familyName: labelled(optional(personNameText('the declarant’s family', 'give the declarant’s own family name(s), as they sign')), 'Declarant’s family name', 'Family name(s) of a parent or supporting declarant.'),
    nameOnForm: LatinNameOf(
      'The parent’s or supporting declarant’s',
      'Declarant’s name in Latin letters',
      'a parent signs Form I-914 for an applicant under 14 (8 CFR 103.2(a)(2)), in English, and a supporting declaration is listed in the filing’s exhibit index under that name.',
    ),
    pronouns: Pronouns('the declarant'),
    relationship: labelled(
      optional(Narrative),
      'Relationship to the applicant',
      'How the declarant knows the applicant, in the declarant’s words ("I have been her therapist since…"); a blank line starts a paragraph.',
    ),
    capacity: labelled(
      optional(choice(PARENT_CAPACITIES, PARENT_CAPACITY_LABELS)),
      'Parent or legal guardian',
      'Whether the declarant is the applicant’s parent or legal guardian: required for role "parent"; for role "supporting", given when a parent or legal guardian of an applicant 14 or older declares, and printed in the first paragraph and under the signature (“Mother of …”).',
    ),
    isSuspectedTrafficker: labelled(
      optional(z.boolean({ message: 'answer true or false: is this person a suspected trafficker?' })),
      'Suspected trafficker?',
      'Role "parent", asked explicitly; a supporting parent or legal guardian (declarant.capacity) may answer too: is this parent or guardian suspected of trafficking the applicant? A suspect, or a person named among the perpetrators, cannot declare as the parent or guardian.',
    ),
    qualifications: labelled(optional(Narrative), 'Qualifications', 'A professional’s education and experience, in their words; a blank line starts a paragraph.'),
    professional: labelled(
      optional(Professional),
      'Professional credentials',
      'Role "supporting": present for a professional (therapist, doctor, case manager), absent for a lay witness (a parent, a teacher), who states facts only.',
    ),
  });

  /** Translator of a statement not written in English: 8 CFR 103.2(b)(3). */
  const Translator = z.strictObject({
    givenName: labelled(personNameText('the translator’s given', 'give the name the translator signs the certificate with'), 'Translator’s given name', 'Given name(s) of the translator.'),
    familyName: labelled(personNameText('the translator’s family', 'give the name the translator signs the certificate with'), 'Translator’s family name', 'Family name(s) of the translator.'),
    nameOnForm: LatinNameOf('The translator’s', 'Translator’s name in Latin letters', 'the certificate of translation is in English (8 CFR 103.2(b)(3)) and its signer must be legible to the adjudicator.'),
    fromLanguage: labelled(Text, 'Translated from', 'The language translated from (the statement’s language), in English: "Spanish".'),
    address: labelled(optional(Text), 'Translator’s address', 'The translator’s address, printed under the certificate.'),
    signedOn: labelled(IsoDate, 'Certificate date', 'The date the translator signs the certificate, yyyy-mm-dd.'),
  });

  /** Interpreter who read the declaration back to the declarant in their language before signing. */
  const Interpreter = z.strictObject({
    givenName: labelled(personNameText('the interpreter’s given', 'give the name the interpreter signs the certificate with'), 'Interpreter’s given name', 'Given name(s) of the interpreter who read the declaration back.'),
    familyName: labelled(personNameText('the interpreter’s family', 'give the name the interpreter signs the certificate with'), 'Interpreter’s family name', 'Family name(s) of the interpreter.'),
    nameOnForm: LatinNameOf('The interpreter’s', 'Interpreter’s name in Latin letters', 'the interpreter’s certificate is in English and its signer must be legible to the adjudicator.'),
    language: labelled(Text, 'Language of the read-back', 'The language the declaration was read back in, in English: "Spanish".'),
    readBackOn: labelled(IsoDate, 'Read-back date', 'The date the declaration was read back, before signing (usually the signing date), yyyy-mm-dd.'),
    address: labelled(optional(Text), 'Interpreter’s address', 'The interpreter’s address, printed under the certificate.'),
  });

  return { Applicant, License, ProfessionalContact, Professional, Declarant, Translator, Interpreter };
}
