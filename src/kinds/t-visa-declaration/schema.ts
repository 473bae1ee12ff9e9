// Case data of a T-visa declaration (Form I-914): the applicant's personal statement, the
// declaration of the parent or legal guardian of an applicant under 14, or a third-party
// supporting declaration, chosen by `declarant.role` (docs/domain/t-visa-declaration.md).
//
// One object schema for all roles (so the JSON Schema of the kind stays a plain object); the
// sections each role needs are required by a defensive refinement, role-rules.ts (code `missing-section`).
// Every field carries a JSON-Schema title and description: they are the web app's labels.
// Legal rules that need computed values (ages, the minor exemption) live in compute.ts.
//
// This module assembles the case from one module per part, each built here on first use:
// people.ts (applicant, declarant, translator, interpreter), account.ts (the personal statement's
// sections), supporting.ts (declarations by others), exhibits.ts, signing.ts; the values they
// choose from are plain constants in choices.ts.
import { z } from 'zod';
import { CAPS, itemTitle, CountryCode, IsoDate, labelled, lazySchemas, Narrative, optional, optList, RecordId, superseded, Text, withDefault } from '../kit/index.js';
import { accountSchemas } from './account.js';
import { exhibitSchemas } from './exhibits.js';
import { peopleSchemas } from './people.js';
import { roleRules } from './role-rules.js';
import { signingSchemas } from './signing.js';
import { supportingSchemas } from './supporting.js';

export { IsoDate, CountryCode };


/**
 * The kind's schemas, built by `tVisaSchemas()` on the kind's first use, not when the registry is
 * imported (src/kinds/kit/lazy.ts; issue 18): a thread that checks another kind never builds them.
 */
function build() {
  // Exhibit letters and a paragraph's citations come first: the account's and the declarations'
  // paragraphs cite exhibits.
  const { ExhibitId, Cites, Exhibit, Exhibits } = exhibitSchemas();

  // ---- Parties ---------------------------------------------------------------------------------

  const { Applicant, License, ProfessionalContact, Professional, Declarant, Translator, Interpreter } = peopleSchemas();

  // ---- The personal statement's sections (order of the domain file) ----------------------------

  const { ActDate, Act, Trafficking, Escape, Presence, Departure, LawEnforcement, HardshipFactor, Hardship } = accountSchemas({ Cites });

  // ---- Declarations by others: supporting and parent ------------------------------------------

  const { Icd10CmCode, Supporting } = supportingSchemas({ ActDate, Cites });

  // ---- Exhibits and signing --------------------------------------------------------------------

  const { Signing } = signingSchemas();

  // ---- The case ------------------------------------------------------------------------------

  const TVisaCase = z
    .strictObject({
      declarant: labelled(Declarant, 'Declarant', 'Who makes the declaration, and in what role.'),
      applicant: labelled(Applicant, 'Applicant', 'The applicant for T nonimmigrant status.'),
      statement: labelled(
        z.strictObject({
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
      // An applicant may get away, be taken back and get away again: each escape is a dated
      // paragraph (chronology.ts `escapeEpisodes`). `escape`, one, is still read, as the list's
      // first, so a case written for contract 2.7 renders unchanged; marked deprecated in the JSON
      // Schema, the web form shows it only while a draft holds a value of it.
      escapes: labelled(
        optList(Escape, CAPS.items).meta(itemTitle('Escape')),
        'How I got away',
        'Each time the applicant escaped or was separated from the traffickers, in the order it happened: an applicant who got away, was taken back and got away again gives each escape here, and the acts after each in trafficking.acts.',
      ),
      escape: superseded(Escape, { title: 'How I got away (one)', one: 'One escape', contract: '2.7', list: 'escapes' }),
      presence: labelled(optional(Presence), 'Physical presence', 'Why the applicant is in the United States (8 CFR 214.207(a)).'),
      travel: labelled(
        withDefault(
          z.strictObject({
            // Never printed: no departure can be before it (departures.ts), and acts certainly
            // before it print before the entry paragraph (view.ts actsAroundEntry).
            firstEntry: labelled(
              optional(ActDate),
              'First entry into the United States',
              'When the applicant first came to the United States, at the precision known: yyyy-mm-dd, yyyy-mm, yyyy-spring (a season) or yyyy. Not printed; no departure can be dated before it, and acts certainly before it print before “How I Came to the United States”.',
            ),
            departures: labelled(optList(Departure, CAPS.items), 'Departures', 'Each departure from the United States after an act of trafficking.'),
          }),
          {},
        ),
        'Travel',
        'The first entry into the United States, and the departures from it after the trafficking (8 CFR 214.207(b)).',
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
        Exhibits,
        'Exhibits',
        'The exhibits paragraphs may cite; listed after the signature when any is cited.',
      ),
      signing: labelled(Signing, 'Signing', 'When and where the declaration is signed.'),
      id: RecordId,
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
