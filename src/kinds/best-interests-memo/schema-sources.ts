// What the advocate learned and from where: contacts, records reviewed, related documents, pending
// relief and the background (docs/domain/best-interests-memo.md, "Sections" 3–4). Split from
// schema.ts (choices.ts says which module holds which concept).
import { z } from 'zod';
import { CAPS, IsoDate, labelled, optional, optList, OptProse, OptText, Prose, Text } from '../kit/index.js';
import { CONTACT_MODES, CONTACT_ROLES, pick, PROCEEDING_TYPES, RELATED_DOCUMENT_TYPES, RELIEF_TYPES } from './choices.js';
import * as L from './labels.js';

/** The schemas of the memo's sources and background; `OptDate` is the one optional date every module shares. Called by schema.ts's build(), on the kind's first use (src/kinds/kit/lazy.ts). */
export function buildSources(OptDate: ReturnType<typeof optional<typeof IsoDate>>) {
  const Contact = z
    .strictObject({
      date: labelled(IsoDate, 'Date', 'Date of the contact; on or before the memo date.'),
      person: labelled(Text, 'Person', 'Who the advocate met or spoke with.'),
      role: labelled(
        pick(CONTACT_ROLES, L.CONTACT_ROLE_LABELS),
        'Role',
        'The person’s role; “child” marks a contact with the child (a memo needs at least one).',
      ),
      roleDetail: labelled(OptText, 'Role in detail', 'More about the role, for example “maternal aunt, proposed sponsor”.'),
      language: labelled(OptText, 'Language', 'Language of the conversation: the language the person spoke (with an interpreter, the one interpreted from, e.g. Mam, not the interpreter’s Spanish).'),
      mode: labelled(
        optional(pick(CONTACT_MODES, L.CONTACT_MODE_LABELS)),
        'Mode',
        'in-person, video or phone.',
      ),
      interpreter: labelled(OptText, 'Interpreter', 'Who interpreted, when someone did: a name or a service (the language is in “Language”; do not repeat it).'),
    })
    .meta({ title: 'Contact', description: 'One conversation or meeting the advocate had.' });

  const RecordReviewed = z
    .strictObject({
      description: labelled(Prose, 'Record', 'What was reviewed, for example “ORR case file, including the intake assessment”.'),
      date: labelled(OptDate, 'Date', 'Date of the record or of the review, when known.'),
    })
    .meta({ title: 'Record reviewed', description: 'A record the advocate reviewed.' });

  /** A cross-reference to a related filing (an RFA to OTIP, an OTIP letter). */
  const RelatedDocument = z
    .strictObject({
      type: labelled(
        pick(RELATED_DOCUMENT_TYPES, L.RELATED_DOCUMENT_TYPE_LABELS),
        'Type',
        'rfa: a Request for Assistance to OTIP; otip-interim-assistance-letter; otip-eligibility-letter (makes the child eligible for the Unaccompanied Refugee Minors program); other.',
      ),
      date: labelled(OptDate, 'Date', 'Date of the document.'),
      reference: labelled(OptText, 'Reference', 'Reference number or a short description.'),
    })
    .meta({ title: 'Related document', description: 'A related filing or letter, cross-referenced in the background.' });

  const PendingRelief = z
    .strictObject({
      type: labelled(
        pick(RELIEF_TYPES, L.RELIEF_TYPE_LABELS),
        'Relief',
        'asylum, special-immigrant-juvenile (SIJ), t-visa, u-visa or other (then say which in “Where it stands”).',
      ),
      filedOn: labelled(OptDate, 'Filed on', 'Date the application or petition was filed; on or before the memo date.'),
      detail: labelled(
        OptText,
        'Where it stands',
        'For example “filed with USCIS; interview not yet scheduled” or “state-court order with SIJ findings obtained”; required for other.',
      ),
    })
    .meta({ title: 'Immigration relief pending', description: 'An application or petition for immigration relief the child has filed and that is not yet decided.' });

  // Another proceeding the child is in besides the decision the memo is for (domain file, "Other
  // proceedings"): a child in removal proceedings often has a state dependency or guardianship case
  // too (the order an SIJ petition rests on), each with its own court and hearing. The memo's
  // `decisionMaker` and `nextHearingOn` stay the one decision it recommends on; these are the
  // others the decision-maker weighs it beside, each with the dates the caption prints.
  const Proceeding = z
    .strictObject({
      court: labelled(Text, 'Court', 'The court or agency, for example “Harris County District Court, 313th Judicial District”.'),
      type: labelled(
        pick(PROCEEDING_TYPES, L.PROCEEDING_TYPE_LABELS),
        'Kind of proceeding',
        'immigration-court (removal proceedings), dependency, custody-or-guardianship, delinquency, criminal (the child as victim or witness) or other.',
      ),
      caseNumber: labelled(OptText, 'Case number', 'The court’s case or docket number, when known.'),
      matter: labelled(OptText, 'What is to be decided', 'For example “SIJ findings and permanency plan”; printed after the court.'),
      nextHearingOn: labelled(OptDate, 'Next hearing', 'Date of the next hearing in this proceeding; on or after the memo date.'),
      decisionExpectedOn: labelled(OptDate, 'Decision expected on', 'When this proceeding’s decision is expected, if known: on or after the memo date, and not before its next hearing.'),
    })
    .meta({ title: 'Other proceeding', description: 'Another court case the child is in, besides the decision the memo is for.' });

  const Background = z
    .strictObject({
      identity: labelled(OptProse, 'Identity', 'Who the child is: age, community, languages.'),
      family: labelled(OptProse, 'Family', 'The child’s family and where they are.'),
      journey: labelled(OptProse, 'Journey', 'How the child came to the United States.'),
      custody: labelled(OptProse, 'Time in custody', 'The child’s time in ORR custody.'),
      traffickingConcerns: labelled(OptProse, 'Trafficking concerns', 'Indicators of trafficking; when a release to a sponsor is decided or recommended, the memo then states that a home study is required by law.'),
      relatedDocuments: labelled(optList(RelatedDocument, CAPS.items), 'Related documents', 'RFA and OTIP letters about the child.'),
    })
    .meta({ title: 'Background', description: 'The child’s background, in short paragraphs.' });

  return { Contact, RecordReviewed, RelatedDocument, PendingRelief, Proceeding, Background };
}
