// Case data of a T-visa declaration (Form I-914): the applicant's personal statement, the
// declaration of the parent or legal guardian of an applicant under 14, or a third-party
// supporting declaration, chosen by `declarant.role` (docs/domain/t-visa-declaration.md).
//
// One object schema for all roles (so the JSON Schema of the kind stays a plain object); the
// sections each role needs are required by a defensive refinement, role-rules.ts (code `missing-section`).
// Every field carries a JSON-Schema title and description: they are the web app's labels.
// Legal rules that need computed values (ages, the minor exemption) live in compute.ts.
import { z } from 'zod';
import {
  ANumber,
  CAPS,
  CountryCode,
  Email,
  FamilyName,
  GivenName,
  IsoDate,
  isIsoDate,
  labelled,
  lazySchemas,
  list,
  Narrative,
  optional,
  optList,
  Phone,
  Text,
  withDefault,
  yearInRange,
} from '../kit/index.js';
import { roleRules } from './role-rules.js';
import { DECLARANT_ROLES, DEPARTURE_CATEGORIES, MEANS, PARENT_CAPACITIES, PRESENCE_GROUNDS, PRONOUNS, SUPPORTED_ELEMENTS, TRAFFICKING_TYPES } from './choices.js';

export { IsoDate, CountryCode };

// The values the schemas choose from (choices.ts), exported here too: importers of the kind's
// schema module keep reading them from it.
export {
  PRONOUNS,
  DECLARANT_ROLES,
  PARENT_CAPACITIES,
  TRAFFICKING_TYPES,
  MEANS,
  PRESENCE_GROUNDS,
  DEPARTURE_CATEGORIES,
  HARDSHIP_FACTOR_NUMBERS,
  SUPPORTED_ELEMENTS,
} from './choices.js';

/**
 * The kind's schemas, built by `tVisaSchemas()` on the kind's first use, not when the registry is
 * imported (src/kinds/kit/lazy.ts; issue 18): a thread that checks another kind never builds them.
 */
function build() {
  /**
   * The date of a trafficking act at the precision the applicant remembers it: `yyyy-mm-dd`
   * (exact), `yyyy-mm` (month) or `yyyy` (year), in the kit's years (1900–2100). compute.ts turns
   * it into an age range.
   */
  const ActDate = z.string().refine(
    (s) => {
      if (/^\d{4}$/.test(s)) return yearInRange(Number(s));
      if (/^\d{4}-\d{2}$/.test(s)) {
        const m = Number(s.slice(5, 7));
        return m >= 1 && m <= 12 && yearInRange(Number(s.slice(0, 4)));
      }
      return isIsoDate(s);
    },
    { message: 'must be a real date between 1900 and 2100 written yyyy-mm-dd, yyyy-mm (month known) or yyyy (year known)', params: { code: 'invalid-date' } },
  );

  const Pronouns = (who: string) =>
    labelled(
      optional(z.enum(PRONOUNS, { message: 'must be "she", "he" or "they"' })),
      'Pronouns',
      `Pronouns of ${who} (she, he or they), used in the sentences Harbor writes; when absent Harbor repeats the name rather than guess.`,
    );

  /** An exhibit letter or number ("A", "B", "AA", "12"), written in any case; stored in capitals. */
  const ExhibitId = z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{1,4}$/, { message: 'must be an exhibit letter or number of 1 to 4 characters, like A or 12' });

  /** Exhibits a paragraph cites (docs/domain/t-visa-declaration.md, "Exhibits"). */
  const Cites = labelled(
    optList(ExhibitId, CAPS.short),
    'Exhibits cited',
    'Letters of the exhibits this paragraph cites (listed in `exhibits`); printed as "(See Exhibit A.)" at its end.',
  );

  // ---- Parties ---------------------------------------------------------------------------------

  const Applicant = z.object({
    givenName: labelled(GivenName, 'Given name', 'The applicant’s given name(s), as the applicant writes them (any script).'),
    familyName: labelled(FamilyName, 'Family name', 'The applicant’s family name(s), as the applicant writes them (any script).'),
    otherNames: labelled(optList(Text, CAPS.short), 'Other names used', 'Aliases and names given by the traffickers, printed in the caption.'),
    pronouns: Pronouns('the applicant'),
    dateOfBirth: labelled(IsoDate, 'Date of birth', 'The applicant’s date of birth, yyyy-mm-dd: ages at each act and at signing are computed from it.'),
    countryOfBirth: labelled(CountryCode, 'Country of birth', 'ISO 3166-1 alpha-2 code of the applicant’s country of birth, e.g. GT.'),
    aNumber: labelled(optional(ANumber), 'A-number', 'The applicant’s USCIS A-number, if any (8 or 9 digits, optional leading A).'),
  });

  /** A professional declarant's license (docs/domain/t-visa-declaration.md, "Supporting declarations"). */
  const License = z.object({
    type: labelled(optional(Text), 'License type', 'The license held, e.g. "Licensed Clinical Social Worker (LCSW)".'),
    number: labelled(optional(Text), 'License number', 'The license number as the licensing board issues it.'),
    jurisdiction: labelled(optional(Text), 'License jurisdiction', 'The state or other jurisdiction that issued the license, e.g. Texas.'),
  });

  const ProfessionalContact = z.object({
    address: labelled(optional(Text), 'Work address', 'The professional’s work address, on one line.'),
    phone: labelled(optional(Phone), 'Phone', 'A work telephone number.'),
    email: labelled(optional(Email), 'Email', 'A work email address.'),
  });

  const Professional = z.object({
    title: labelled(Text, 'Professional title', 'The declarant’s professional title, e.g. "Licensed Clinical Social Worker".'),
    organization: labelled(optional(Text), 'Organization', 'Where the declarant practises.'),
    license: labelled(withDefault(License, {}), 'License', 'License type, number and jurisdiction: all three are required.'),
    contact: labelled(optional(ProfessionalContact), 'Contact details', 'Work address and a phone or an email, so USCIS can verify the declaration.'),
  });

  const Declarant = z.object({
    role: labelled(
      z.enum(DECLARANT_ROLES, { message: 'must be "applicant", "parent" or "supporting"' }),
      'Who declares',
      'applicant: the personal statement (8 CFR 214.204(c)); parent: the own declaration of the parent or legal guardian of an applicant under 14 (8 CFR 103.2(a)(2)); supporting: a supporting declaration by a professional or a lay witness (8 CFR 214.206(a)(3)(ii)(F)).',
    ),
    // The fields below describe a declarant other than the applicant.
    givenName: labelled(optional(Text), 'Declarant’s given name', 'Given name(s) of a parent or supporting declarant.'),
    familyName: labelled(optional(Text), 'Declarant’s family name', 'Family name(s) of a parent or supporting declarant.'),
    pronouns: Pronouns('the declarant'),
    relationship: labelled(
      optional(Narrative),
      'Relationship to the applicant',
      'How the declarant knows the applicant, in the declarant’s words ("I have been her therapist since…"); a blank line starts a paragraph.',
    ),
    capacity: labelled(
      optional(z.enum(PARENT_CAPACITIES, { message: 'must be "parent" or "legal-guardian"' })),
      'Parent or legal guardian',
      'Role "parent" only: whether the declarant is the applicant’s parent or legal guardian.',
    ),
    isSuspectedTrafficker: labelled(
      optional(z.boolean({ message: 'answer true or false: is this person a suspected trafficker?' })),
      'Suspected trafficker?',
      'Role "parent" only, asked explicitly: is this parent or guardian suspected of trafficking the applicant? A suspect cannot give the declaration.',
    ),
    qualifications: labelled(optional(Narrative), 'Qualifications', 'A professional’s education and experience, in their words; a blank line starts a paragraph.'),
    professional: labelled(
      optional(Professional),
      'Professional credentials',
      'Role "supporting": present for a professional (therapist, doctor, case manager), absent for a lay witness (a parent, a teacher), who states facts only.',
    ),
  });

  /** Translator of a statement not written in English: 8 CFR 103.2(b)(3). */
  const Translator = z.object({
    givenName: labelled(Text, 'Translator’s given name', 'Given name(s) of the translator.'),
    familyName: labelled(Text, 'Translator’s family name', 'Family name(s) of the translator.'),
    fromLanguage: labelled(Text, 'Translated from', 'The language translated from (the statement’s language), in English: "Spanish".'),
    address: labelled(optional(Text), 'Translator’s address', 'The translator’s address, printed under the certificate.'),
    signedOn: labelled(IsoDate, 'Certificate date', 'The date the translator signs the certificate, yyyy-mm-dd.'),
  });

  /** Interpreter who read the declaration back to the declarant in their language before signing. */
  const Interpreter = z.object({
    givenName: labelled(Text, 'Interpreter’s given name', 'Given name(s) of the interpreter who read the declaration back.'),
    familyName: labelled(Text, 'Interpreter’s family name', 'Family name(s) of the interpreter.'),
    language: labelled(Text, 'Language of the read-back', 'The language the declaration was read back in, in English: "Spanish".'),
    readBackOn: labelled(IsoDate, 'Read-back date', 'The date the declaration was read back, before signing (usually the signing date), yyyy-mm-dd.'),
    address: labelled(optional(Text), 'Interpreter’s address', 'The interpreter’s address, printed under the certificate.'),
  });

  // ---- The personal statement's sections (order of the domain file) ----------------------------

  const Act = z.object({
    date: labelled(ActDate, 'Date of the act', 'Date at the precision known: yyyy-mm-dd (exact), yyyy-mm (month) or yyyy (year).'),
    description: labelled(Narrative, 'What happened', 'The act, in the applicant’s words; a blank line starts a paragraph.'),
    exhibits: Cites,
  });

  const Trafficking = z.object({
    types: labelled(
      list(z.enum(TRAFFICKING_TYPES, { message: 'must be "sex" or "labor"' }), CAPS.short)
        .min(1, 'name at least one type of trafficking (sex or labor)')
        .refine((t) => new Set(t).size === t.length, { message: 'lists a type twice', params: { code: 'duplicate-type' } }),
      'Types of trafficking',
      'sex and/or labor: decides whether a means is needed (8 CFR 214.206(a)(1)). Never printed in the applicant’s voice.',
    ),
    narrative: labelled(optional(Narrative), 'How it began', 'Recruitment and the promises made, before the dated acts, in the applicant’s words.'),
    acts: labelled(list(Act, CAPS.items).min(1, 'give at least one dated act of trafficking'), 'Dated acts', 'What was done, each dated, in the applicant’s chronological order.'),
    means: labelled(
      optList(
        z.object({
          type: labelled(z.enum(MEANS, { message: 'must be force, fraud or coercion' }), 'Means', 'force, fraud or coercion (22 U.S.C. § 7102(11)); the printed lead says it in plain words.'),
          narrative: labelled(Narrative, 'How', 'How the means was used, in the applicant’s words.'),
          exhibits: Cites,
        }),
        CAPS.items,
      ),
      'Force, fraud or coercion',
      'How the traffickers controlled the applicant, each means in the applicant’s words.',
    ),
    perpetrators: labelled(
      optList(
        z.object({
          name: labelled(Text, 'Name', 'The name the applicant knows, e.g. "Rolando (last name unknown)".'),
          relationship: labelled(optional(Text), 'Relationship', 'Who the person is to the applicant, e.g. "mother’s boyfriend".'),
        }),
        CAPS.items,
      ),
      'Who was responsible',
      'The people responsible; also used to check that a parent declarant is not one of them.',
    ),
    entry: labelled(optional(Narrative), 'Entry into the United States', 'The entry into the United States, when related to the trafficking, in the applicant’s words.'),
  });

  const Escape = z.object({
    date: labelled(optional(ActDate), 'Date', 'When the applicant escaped or was separated, at any precision.'),
    narrative: labelled(Narrative, 'How', 'How the applicant escaped or was separated from the traffickers, in their words.'),
    exhibits: Cites,
  });

  const Presence = z.object({
    ground: labelled(
      z.enum(PRESENCE_GROUNDS, { message: `must be one of: ${PRESENCE_GROUNDS.join(', ')}` }),
      'Ground of physical presence',
      'The ground of 8 CFR 214.207(a)(1)–(5) counsel relies on; reported by check, never printed as a conclusion.',
    ),
    narrative: labelled(Narrative, 'Why I am in the United States', 'The facts of the applicant’s presence, in their words.'),
  });

  /** A departure from the U.S. after an act of trafficking, 8 CFR 214.207(b). */
  const Departure = z.object({
    departedOn: labelled(IsoDate, 'Departed on', 'The day the applicant left the United States, yyyy-mm-dd.'),
    returnedOn: labelled(optional(IsoDate), 'Returned on', 'The day the applicant came back, yyyy-mm-dd; absent if not back.'),
    country: labelled(CountryCode, 'Country', 'Where the applicant went (ISO 3166-1 alpha-2).'),
    presenceCategory: labelled(
      optional(z.enum(DEPARTURE_CATEGORIES, { message: `must be one of: ${DEPARTURE_CATEGORIES.join(', ')}, or null` })),
      'Category of 8 CFR 214.207(b)',
      'continued-victimization, new-trafficking-incident or reentry-for-investigation; null when none applies (a warning: physical presence is at risk).',
    ),
    explanation: labelled(
      z
        .string()
        .nullish()
        .refine((s) => typeof s === 'string' && s.trim().length > 0, {
          message: 'a departure after the trafficking needs an explanation (8 CFR 214.207(b))',
          params: { code: 'departure-needs-explanation' },
        })
        .transform((s) => s ?? ''),
      'Explanation',
      'Why the applicant left and came back, in their words.',
    ),
    exhibits: Cites,
  });

  const LawEnforcement = z.object({
    contacts: labelled(
      optList(
        z.object({
          agency: labelled(Text, 'Agency', 'The law-enforcement agency contacted.'),
          date: labelled(IsoDate, 'Date', 'The date of the contact, yyyy-mm-dd.'),
          narrative: labelled(Narrative, 'What happened', 'What was reported and what the applicant did when asked for help, in their words.'),
          exhibits: Cites,
        }),
        CAPS.items,
      ),
      'Law-enforcement contacts',
      'Reports and help given to law enforcement (8 CFR 214.202(c), 214.208).',
    ),
    traumaException: labelled(
      optional(z.object({ narrative: labelled(Narrative, 'Why', 'Why the applicant could not cooperate, in their words.') })),
      'Trauma exception',
      'Exception for trauma, 8 CFR 214.202(c)(2): why the applicant could not comply with a request.',
    ),
  });

  const HardshipFactor = z.object({
    factor: z
      .number({ message: 'must be a factor number 1 to 8 of 8 CFR 214.209(b)' })
      .int({ message: 'must be a factor number 1 to 8 of 8 CFR 214.209(b)' })
      .superRefine((n, ctx) => {
        if (n >= 1 && n <= 8) return;
        ctx.addIssue({
          code: 'custom',
          message:
            n === 9
              ? 'is not a factor of 8 CFR 214.209(b): economic detriment is excluded from extreme hardship (8 CFR 214.209(a)); argue factors 1 to 8'
              : 'must be a factor number 1 to 8 of 8 CFR 214.209(b)',
          params: { code: 'not-a-hardship-factor' },
        });
      })
      .meta({
        title: 'Factor',
        description:
          'Factor of 8 CFR 214.209(b): 1 age, maturity and personal circumstances; 2 serious illness needing care not reasonably available abroad; 3 consequences of the trafficking; 4 loss of access to U.S. courts and justice; 5 laws or customs that would penalize a victim; 6 re-victimization and protection by foreign authorities; 7 harm from the traffickers or their agents; 8 civil unrest or armed conflict.',
        minimum: 1,
        maximum: 8,
      }),
    narrative: labelled(Narrative, 'Why', 'The hardship under this factor, in the applicant’s words.'),
    exhibits: Cites,
  });

  const Hardship = z.object({
    factors: labelled(
      withDefault(
        list(HardshipFactor, CAPS.short).superRefine((fs, ctx) => {
          const seen = new Set<unknown>();
          fs.forEach((f, i) => {
            if (seen.has(f?.factor)) {
              ctx.addIssue({ code: 'custom', path: [i, 'factor'], message: 'this factor is already argued above; merge the two', params: { code: 'duplicate-hardship-factor' } });
            }
            seen.add(f?.factor);
          });
        }),
        [],
      ),
      'Hardship factors',
      'Extreme hardship involving unusual and severe harm on removal, argued factor by factor (8 CFR 214.209).',
    ),
  });

  // ---- Declarations by others: supporting and parent ------------------------------------------

  const Elements = (what: string) =>
    labelled(
      optList(z.enum(SUPPORTED_ELEMENTS, { message: `must be one of: ${SUPPORTED_ELEMENTS.join(', ')}` }), CAPS.short),
      'Elements supported',
      `The elements of eligibility ${what} speaks to: ${SUPPORTED_ELEMENTS.join(', ')}.`,
    );

  /**
   * An ICD-10-CM diagnosis code: a letter, two characters, and after a dot up to four more
   * ("F43.10"). Written in any case; stored in capitals. A DSM-IV / ICD-9-CM number ("309.81") is
   * refused with the reason (45 CFR 162.1002(c)(2): ICD-10-CM since 1 October 2015).
   */
  const Icd10CmCode = z
    .string()
    .trim()
    .toUpperCase()
    .superRefine((s, ctx) => {
      if (/^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/.test(s)) return;
      ctx.addIssue({
        code: 'custom',
        message: /^[0-9]{3}(\.[0-9]{1,2})?$/.test(s)
          ? 'is a DSM-IV / ICD-9-CM number; write the ICD-10-CM code (post-traumatic stress disorder is F43.10, not 309.81)'
          : 'must be an ICD-10-CM code: a letter, two characters, then a dot and up to four more, like F43.10',
        params: { code: 'diagnosis-code-not-icd10' },
      });
    });

  const Supporting = z.object({
    contacts: labelled(
      optList(
        z.object({
          from: labelled(IsoDate, 'From', 'First day of this contact, yyyy-mm-dd.'),
          to: labelled(optional(IsoDate), 'To', 'Last day, yyyy-mm-dd; absent while it continues.'),
          text: labelled(
            Narrative,
            'What the contact was',
            'The rest of a sentence that follows the dates ("Since February 13, 2023, …"), in the declarant’s words: "I have met with her every week…".',
          ),
        }),
        CAPS.items,
      ),
      'Basis of knowledge',
      'Dated contacts with the applicant (required for a supporting declaration).',
    ),
    method: labelled(
      optional(Narrative),
      'Method of assessment',
      'A professional’s method: interviews, standardized instruments, records reviewed (required for a professional).',
    ),
    observations: labelled(
      optList(z.object({ date: labelled(IsoDate, 'Date', 'When, yyyy-mm-dd.'), text: labelled(Narrative, 'What I saw', 'What the declarant saw, in their words.'), exhibits: Cites }), CAPS.items),
      'What I observed',
      'Facts the declarant saw themselves, each dated.',
    ),
    disclosures: labelled(
      optList(
        z.object({
          date: labelled(ActDate, 'Date', 'When the applicant said it, at the precision known.'),
          setting: labelled(optional(Text), 'Setting', 'Where and how, e.g. "at home, the evening after he arrived".'),
          text: labelled(Narrative, 'What the applicant said', 'What the applicant told the declarant, in the declarant’s words ("He told me that…").'),
          exhibits: Cites,
        }),
        CAPS.items,
      ),
      'What the applicant told me',
      'What the applicant told the declarant, and when.',
    ),
    findings: labelled(optional(Narrative), 'Professional findings', 'A professional’s findings (never a lay declarant’s).'),
    diagnoses: labelled(
      optList(
        z.object({
          code: labelled(Icd10CmCode, 'ICD-10-CM code', 'The ICD-10-CM code, e.g. F43.10 (not a DSM-IV number such as 309.81).'),
          name: labelled(Text, 'Diagnosis', 'The diagnosis in words, e.g. "Post-traumatic stress disorder, unspecified".'),
        }),
        CAPS.short,
      ),
      'Diagnoses',
      'A professional’s diagnoses with their ICD-10-CM codes.',
    ),
    elements: Elements('a lay or parent declaration'),
    opinion: labelled(
      optional(
        z.object({
          elements: labelled(
            list(z.enum(SUPPORTED_ELEMENTS, { message: `must be one of: ${SUPPORTED_ELEMENTS.join(', ')}` }), CAPS.short).min(1, 'name the element the opinion supports'),
            'Elements supported',
            `The elements the opinion speaks to: ${SUPPORTED_ELEMENTS.join(', ')}.`,
          ),
          narrative: labelled(Narrative, 'Opinion', 'The professional opinion, in the declarant’s words.'),
        }),
      ),
      'Opinion',
      'A professional’s opinion tied to the elements it supports (required for a professional; refused for a lay declarant).',
    ),
  });

  // ---- Exhibits and signing --------------------------------------------------------------------

  const Exhibit = z.object({
    id: labelled(ExhibitId, 'Exhibit', 'The exhibit’s letter or number, e.g. A.'),
    description: labelled(Text, 'Description', 'What the exhibit is, e.g. "Letter of Detective …, dated …".'),
  });

  const Signing = z.object({
    date: labelled(IsoDate, 'Signing date', 'The date the declaration is signed, yyyy-mm-dd.'),
    city: labelled(Text, 'City', 'Where it is signed.'),
    region: labelled(optional(Text), 'State or province', 'Where it is signed, optional.'),
    country: labelled(CountryCode, 'Country', 'Where it is signed (ISO alpha-2): chooses the 28 U.S.C. § 1746 attestation.'),
    /**
     * The contract before issue 14, where a parent signed the child's first-person narrative: kept
     * only to be refused with a clear error (`parent-signature-not-allowed`), never to be dropped.
     */
    parentSigner: labelled(
      z.unknown().optional(),
      'Parent signer (no longer accepted)',
      'Refused: a parent no longer signs the child’s statement; give the parent’s own declaration (declarant.role "parent").',
    ),
  });

  // ---- The case ------------------------------------------------------------------------------

  const TVisaCase = z
    .object({
      declarant: labelled(Declarant, 'Declarant', 'Who makes the declaration, and in what role.'),
      applicant: labelled(Applicant, 'Applicant', 'The applicant for T nonimmigrant status.'),
      statement: labelled(
        z.object({
          language: labelled(Text, 'Language', 'The language the declarant gave the declaration in, in English: "Spanish".'),
          readsEnglish: labelled(
            optional(z.boolean({ message: 'must be true or false' })),
            'Reads English',
            'Whether the declarant reads the English text they sign. Absent: true only for a declaration given in English.',
          ),
        }),
        'Statement',
        'The language of the declaration and whether the declarant reads English.',
      ),
      translator: labelled(optional(Translator), 'Translator', 'Required when the declaration was not given in English (8 CFR 103.2(b)(3)).'),
      interpreter: labelled(optional(Interpreter), 'Interpreter', 'Who read the English text back to a declarant who does not read English, before signing.'),
      background: labelled(optional(Narrative), 'About me', 'Who the applicant is (family, schooling, home), before the trafficking.'),
      trafficking: labelled(optional(Trafficking), 'What happened', 'The trafficking, in the applicant’s words (required for the personal statement).'),
      escape: labelled(optional(Escape), 'How I got away', 'How the applicant escaped or was separated from the traffickers.'),
      presence: labelled(optional(Presence), 'Physical presence', 'Why the applicant is in the United States (8 CFR 214.207(a)).'),
      travel: labelled(
        withDefault(z.object({ departures: labelled(optList(Departure, CAPS.items), 'Departures', 'Each departure from the United States after an act of trafficking.') }), {}),
        'Travel',
        'Departures from the United States after the trafficking (8 CFR 214.207(b)).',
      ),
      lawEnforcement: labelled(optional(LawEnforcement), 'Law enforcement', 'Contacts with law enforcement, or the trauma exception (required for the personal statement).'),
      hardship: labelled(withDefault(Hardship, {}), 'Extreme hardship', 'Hardship on removal, by the factors of 8 CFR 214.209(b).'),
      closing: labelled(optional(Narrative), 'My life now', 'Closing words of the applicant (life now, hopes), before the attestation.'),
      supporting: labelled(
        optional(Supporting),
        'Declaration',
        'The declaration of a parent or supporting declarant: contacts, observations, what the applicant told them, and a professional’s findings and opinion.',
      ),
      exhibits: labelled(
        optList(Exhibit, CAPS.items).superRefine((xs, ctx) => {
          const seen = new Set<string>();
          xs.forEach((x, i) => {
            const id = typeof x?.id === 'string' ? x.id : '';
            if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: 'this exhibit letter is already listed', params: { code: 'duplicate-exhibit' } });
            seen.add(id);
          });
        }),
        'Exhibits',
        'The exhibits paragraphs may cite; listed after the signature when any is cited.',
      ),
      signing: labelled(Signing, 'Signing', 'When and where the declaration is signed.'),
    })
    .superRefine(roleRules);

  return { ActDate, ExhibitId, Applicant, License, ProfessionalContact, Professional, Declarant, Translator, Interpreter, Act, Trafficking, Escape, Presence, Departure, LawEnforcement, HardshipFactor, Hardship, Icd10CmCode, Supporting, Exhibit, Signing, TVisaCase };
}

export const tVisaSchemas = lazySchemas('t-visa-declaration', build);

type Schemas = ReturnType<typeof build>;
export type Applicant = z.infer<Schemas['Applicant']>;
export type Declarant = z.infer<Schemas['Declarant']>;
export type Translator = z.infer<Schemas['Translator']>;
export type Interpreter = z.infer<Schemas['Interpreter']>;
export type Act = z.infer<Schemas['Act']>;
export type Trafficking = z.infer<Schemas['Trafficking']>;
export type TVisaCase = z.infer<Schemas['TVisaCase']>;
