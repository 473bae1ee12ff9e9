// The people of a best-interests memo's case: the child, the advocate, a supervising or child's
// attorney, the decision-maker and the proposed sponsors (docs/domain/best-interests-memo.md). Split
// from schema.ts (choices.ts says which module holds which concept).
import { z } from 'zod';
import { ANumber, CAPS, CountryCode, entryText, familyNameOrWhyNone, IsoDate, labelled, NO_FAMILY_NAME, NO_FAMILY_NAME_CHOICE_LABELS, oneEntry, optional, listedNameText, optList, OptText, personNameText, withDefault } from '../kit/index.js';
import { DECISION_MAKERS, pick, SPONSOR_RELATIONSHIPS } from './choices.js';
import * as L from './labels.js';

/** The schemas of the case's people; `OptDate` is the one optional date every module shares. Called by schema.ts's build(), on the kind's first use (src/kinds/kit/lazy.ts). */
export function buildPeople(OptDate: ReturnType<typeof optional<typeof IsoDate>>) {
  const Child = z
    .strictObject({
      // The child's own name refuses a word typed for "not known" ("FNU", "Unknown", "N/A": kit
      // nameFiller), which the memo printed as the child's name; a child with one name only, or
      // whose family name is not yet known, says so (noFamilyName: kit one-name.ts).
      givenName: labelled(
        personNameText('the child’s given', 'a child with one name only writes it here and answers “No family name: why”'),
        'Given name',
        'The child’s given name(s), as the child writes them (any script); a child with one name only writes it here (never “FNU” or “Unknown”, which would print as the name).',
      ),
      /** Required unless noFamilyName says why there is none (family-name-or-why-none, below). */
      familyName: labelled(
        optional(personNameText('the child’s family', 'leave it empty and answer “No family name: why” (not yet known, or one name only)')),
        'Family name',
        'The child’s family name(s), as the child writes them (any script). When the child gave a first name only, or has one name only, leave it empty and answer “No family name: why” (never “Unknown”, which would print as the surname).',
      ),
      noFamilyName: labelled(
        optional(pick(NO_FAMILY_NAME, NO_FAMILY_NAME_CHOICE_LABELS)),
        'No family name: why',
        // The menu's own words, from the one table the menu is drawn from (review, round r56: the help
        // said "not yet known … or none" beside a menu reading "Not yet known (only a first name is
        // known)" and "None: one name only").
        `Only when no family name is given: “${NO_FAMILY_NAME_CHOICE_LABELS['not-yet-known']}” or “${NO_FAMILY_NAME_CHOICE_LABELS.none}” (the one name written in “Given name”). Printed beside the name.`,
      ),
      otherNames: labelled(optList(listedNameText('another', 'leave a name not known out of the list', 'Other names'), CAPS.short), 'Other names', 'Other names or spellings the child is known by, including in another script.'),
      dateOfBirth: labelled(IsoDate, 'Date of birth', 'The child’s date of birth (yyyy-mm-dd); ages and the 18th birthday are computed from it.'),
      dateOfBirthEstimated: labelled(withDefault(z.boolean(), false), 'Date of birth is estimated', 'Check when there are no documents and the date of birth is an estimate; it is shown as such.'),
      aNumber: labelled(optional(ANumber), 'A-number', 'Alien registration number: A followed by 8 or 9 digits.'),
      orrCaseNumber: labelled(OptText, 'ORR case number', 'The child’s case number in ORR’s records, shown in the caption.'),
      countryOfBirth: labelled(optional(CountryCode), 'Country of birth', 'ISO 3166-1 alpha-2 code of the country where the child was born, e.g. GT; printed as its name.'),
      primaryLanguage: labelled(oneEntry(OptText, 'one language', 'Languages'), 'Primary language', 'The language the child speaks best.'),
      otherLanguages: labelled(optList(entryText('one language', 'Languages'), CAPS.short), 'Other languages', 'Other languages the child speaks.'),
      disability: labelled(
        OptText,
        'Disability',
        'The child’s disability, in a few words, when the child has one as defined in 42 U.S.C. § 12102 (a physical or mental impairment that substantially limits a major life activity); a release to a sponsor then requires a home study by law.',
      ),
      currentPlacement: labelled(OptText, 'Current placement', 'Where the child is now, by type and city only (for example an ORR shelter in Houston, Texas).'),
      admittedToCustodyOn: labelled(OptDate, 'In ORR custody since', 'Date the child entered ORR custody; gives the number of days in custody.'),
    })
    .superRefine((ch, ctx) => familyNameOrWhyNone(ch, ctx, { whose: 'the child’s', answer: 'No family name: why', when: 'when the child gave a first name only or has one name only' }))
    .meta({ title: 'The child', description: 'The unaccompanied child the memo is about.' });

  const Advocate = z
    .strictObject({
      name: labelled(personNameText('the advocate’s', 'give your own full name, as you sign'), 'Name', 'The child advocate’s full name.'),
      title: labelled(OptText, 'Title', 'The advocate’s job title.'),
      organization: labelled(OptText, 'Organization', 'The advocate’s organization.'),
      appointedOn: labelled(OptDate, 'Appointed on', 'Date of appointment as child advocate (8 U.S.C. § 1232(c)(6); 45 CFR 410.1308).'),
      appointedBy: labelled(OptText, 'Appointed by', 'Who appointed the advocate (normally the Office of Refugee Resettlement).'),
    })
    .meta({ title: 'Child advocate', description: 'The independent child advocate who writes the memo.' });

  const Person = z.strictObject({
    name: labelled(personNameText('the person’s', 'give the person’s full name, or leave the person out until it is known'), 'Name', 'Full name.'),
    title: labelled(OptText, 'Title', 'Job title.'),
    organization: labelled(OptText, 'Organization', 'Organization.'),
  });

  const DecisionMaker = z
    .strictObject({
      type: labelled(
        pick(DECISION_MAKERS, L.DECISION_MAKER_LABELS),
        'Who decides',
        'orr: the Office of Refugee Resettlement; immigration-judge: an immigration judge (the next hearing date is then required); uscis; asylum-office; other.',
      ),
      name: labelled(OptText, 'Name of the decision-maker', 'The person or office that decides, when known (for example “Immigration Judge, Houston Immigration Court”).'),
    })
    .meta({ title: 'Decision-maker', description: 'Who makes the decision the memo is about.' });

  const ProposedSponsor = z
    .strictObject({
      name: labelled(oneEntry(personNameText('the proposed sponsor’s', 'give the name on the sponsor’s application for the child’s release'), 'one person’s name', 'Proposed sponsors'), 'Name', 'The proposed sponsor’s full name.'),
      relationship: labelled(
        pick(SPONSOR_RELATIONSHIPS, L.SPONSOR_RELATIONSHIP_LABELS),
        'Relationship to the child',
        'parent-or-legal-guardian, relative or non-relative. ORR requires a home study before releasing a child 12 or younger to a sponsor who is not a relative; the memo then says so.',
      ),
      relationshipDetail: labelled(OptText, 'Relationship in detail', 'For example “maternal aunt” or “family friend from the child’s town”.'),
    })
    .meta({ title: 'Proposed sponsor', description: 'The sponsor proposed for the child’s release.' });

  return { Child, Advocate, Person, DecisionMaker, ProposedSponsor };
}
