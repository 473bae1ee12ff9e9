// The case data of a draft OTIP Request for Assistance for a child (docs/domain/rfa.md).
//
// A caseworker has 24 hours and often knows little in the first hour, so only what OTIP truly
// needs is required: the two times, the requester's identity and contact, the child's name, date
// of birth (or estimate) or, when no date is known, age (child.ts), citizenship, immigration status and presence in the U.S., and the
// concern's type and narrative. Everything else is optional and printed as "Not yet known".
// Legal rules that compare fields (minor at preparation, foreign national, in the U.S., the
// deadline) live in compute.ts, not here. Every field carries a title and a description (the web
// app's labels; tests/kinds/rfa/json-schema.test.ts).
import { z } from 'zod';
import {
  CAPS,
  choice,
  Email,
  IsoDateTime,
  labelled,
  lazySchemas,
  optional,
  optList,
  OptProse,
  optPersonNameText,
  personNameText,
  OptText,
  Phone,
  RecordId,
  Text,
  TimeZone,
  withDefault,
} from '../kit/index.js';
import { buildChild } from './child.js';
import { buildConcern } from './concern.js';
import { buildLocation, requesterPhone, yesNo } from './location.js';
import { CONTINUED_PRESENCE_LABELS, LEARNED_WHEN_HEARD, RELATIONSHIP_LABELS } from './labels.js';

export { SEXES } from './child.js';

// The values the schemas choose from: plain constants, read by compute.ts and view.ts without
// building any schema.

export const RELATIONSHIPS = ['mother', 'father', 'legal-guardian'] as const;

/** Where the child is held or placed (location.ts). */
export { CUSTODY } from './location.js';

// The concern's values (22 U.S.C. § 7102(11)–(12)) and schemas: concern.ts.
export { ACTS, MEANS, PURPOSES, SEX_ONLY_ACTS, TYPES, WHERE } from './concern.js';

export const CONTINUED_PRESENCE = ['not-requested', 'requested', 'granted', 'denied'] as const;

/**
 * The kind's schemas, built by `rfaSchemas()` on the kind's first use, not when the registry is
 * imported (src/kinds/kit/lazy.ts; issue 18): a thread that checks another kind never builds them.
 */
function build() {


  const Requester = z
    .strictObject({
      name: labelled(personNameText('the requester’s', 'give your own full name, as the person preparing the request'), 'Name', 'The requester’s full name: the person preparing the request.'),
      title: labelled(OptText, 'Title', 'The requester’s job title.'),
      organization: labelled(Text, 'Organization', 'The requester’s organization.'),
      email: labelled(Email, 'Email', 'The requester’s email address; OTIP writes to it.'),
      phone: labelled(requesterPhone(), 'Phone', 'The requester’s phone number, 7 to 15 digits; an extension may follow "x". With no direct line, the organization’s main number: OTIP calls the requester about the request.'),
      relationshipToChild: labelled(OptText, 'Relationship to the child', 'How the requester knows the child, e.g. assigned caseworker.'),
      /** A requester who is law enforcement has reported the concern to it (implied.ts). */
      lawEnforcement: yesNo('Requester is law enforcement', 'Whether the requester works for a law-enforcement agency (the concern is then reported to law enforcement, and the agency is the requester’s organization unless another is given):'),
      /** A requester who is the child's attorney answers section 4's attorney and the relationship to the child (implied.ts). */
      childsAttorney: yesNo('Requester is the child’s attorney', 'Whether the requester is the child’s attorney (section 4’s attorney is then the requester, not a person still to find out):'),
      /** A requester who is the child's case manager answers section 4's case manager and the relationship to the child, as the attorney does (implied.ts). */
      childsCaseManager: yesNo('Requester is the child’s case manager', 'Whether the requester is the child’s case manager (section 4’s case manager is then the requester, not a person still to find out):'),
      /**
       * A requester who is the child's foster parent (the child lives with them: a foster family of
       * ORR's foster care or of state child welfare) answers section 4's care provider and the
       * relationship to the child, as the case manager does (implied.ts); until template 2.20.0 the
       * care provider read "Not yet known" on the foster parent's own request.
       */
      childsFosterParent: yesNo('Requester is the child’s foster parent', 'Whether the requester is the child’s foster parent, with whom the child lives (section 4’s care provider is then the requester, not a person still to find out; its address is still asked, for the confidential section):'),
      howLearned: labelled(OptProse, 'How the concern was learned', 'How the requester learned of the concern: an interview, a hotline call, a school report.'),
      /**
       * IANA zone in which the requester works: the clock of the requester's times and the child's
       * age. Optional: when absent, that clock is the UTC offset written in preparedAt (the draft says so).
       */
      timeZone: labelled(optional(TimeZone), 'Time zone', 'IANA time zone of the requester, e.g. America/Los_Angeles; when absent, the requester’s times and the child’s age use the UTC offset written in preparedAt (the deadline is also shown in Eastern time).'),
    })
    .meta({ title: 'Requester', description: 'The person preparing the request for the child.' });

  const Child = buildChild();

  /** A parent or legal guardian (issue 14 point 4): OTIP asks whether either is suspected in the trafficking. */
  const ParentOrGuardian = z
    .strictObject({
      relationship: labelled(choice(RELATIONSHIPS, RELATIONSHIP_LABELS), 'Relationship', 'mother, father or legal-guardian.'),
      name: labelled(optPersonNameText('the parent’s or guardian’s'), 'Name', 'The parent’s or guardian’s full name.'),
      whereabouts: labelled(OptText, 'Where they are', 'Where the parent or guardian lives or is, as far as known (a city and country, or "not known").'),
      phone: labelled(optional(Phone), 'Phone', 'The parent’s or guardian’s phone number.'),
      suspectedInTrafficking: yesNo('Suspected in the trafficking', 'Whether this parent or guardian is suspected of taking part in the trafficking:'),
      /** With suspectedInTrafficking, the suspected trafficker has access to the child (implied.ts). */
      livesWithChild: yesNo('The child lives with them', 'Whether the child lives with this parent or guardian now (with suspectedInTrafficking true, a suspected trafficker has access to the child):'),
    })
    .meta({ title: 'Parent or legal guardian', description: 'One of the child’s parents or legal guardian.' });

  const { Contact, Sponsor, Location } = buildLocation();

  const { ConcernEvent, Trafficker, OtherMinor, Concern } = buildConcern();

  const Safety = z
    .strictObject({
      inCurrentDanger: yesNo('Child in current danger', 'Whether the child is in danger now:'),
      traffickerHasAccess: yesNo('Suspected trafficker has access to the child', 'Whether a suspected trafficker can reach the child now:'),
      threatsToFamily: yesNo('Threats to the child’s family', 'Whether the child’s family has been threatened:'),
      runawayRisk: yesNo('Risk that the child runs away', 'Whether the child may run away:'),
      details: labelled(OptProse, 'Safety details', 'What the answers above rest on.'),
    })
    .meta({ title: 'Safety', description: 'The child’s safety now.' });

  /** Never required: law-enforcement reporting is not a condition of a child's letter. */
  const LawEnforcement = z
    .strictObject({
      reported: yesNo('Reported', 'Whether the concern has been reported to law enforcement:'),
      agency: labelled(OptText, 'Agency', 'The law-enforcement agency, e.g. HSI Fresno.'),
      contactName: labelled(optPersonNameText('the law-enforcement contact’s'), 'Contact', 'The law-enforcement contact’s name.'),
      contactPhone: labelled(optional(Phone), 'Contact phone', 'The law-enforcement contact’s phone number.'),
      contactEmail: labelled(optional(Email), 'Contact email', 'The law-enforcement contact’s email address.'),
      caseNumber: labelled(OptText, 'Case number', 'The law-enforcement case number.'),
      continuedPresence: labelled(optional(choice(CONTINUED_PRESENCE, CONTINUED_PRESENCE_LABELS)), 'Continued Presence', 'not-requested, requested, granted or denied.'),
    })
    .meta({ title: 'Law enforcement', description: 'What has happened with law enforcement; never a condition of a child’s letter.' });

  const StrengthsAndNeeds = z
    .strictObject({
      strengths: labelled(OptProse, 'Strengths', 'The child’s strengths.'),
      needs: labelled(OptProse, 'Needs', 'The child’s needs.'),
      servicesRequested: labelled(optList(Text, CAPS.items), 'Services requested', 'The services requested for the child.'),
    })
    .meta({ title: 'Strengths, needs and services', description: 'The child’s strengths and needs, and the services requested.' });

  /** Who receives the eligibility letter (issue 14 point 4). */
  const LetterRecipient = z
    .strictObject({
      name: labelled(personNameText('the letter recipient’s', 'give the name of the person who receives the letter (yours, when it comes to you)'), 'Name', 'The person who receives the letter.'),
      role: labelled(OptText, 'Role', 'Who that is for the child, e.g. the child’s case manager, the requester.'),
      organization: labelled(OptText, 'Organization', 'Their organization.'),
      email: labelled(optional(Email), 'Email', 'Their email address.'),
      phone: labelled(optional(Phone), 'Phone', 'Their phone number.'),
      address: labelled(OptText, 'Mailing address', 'Their mailing address, when the letter goes by mail.'),
    })
    .meta({ title: 'Eligibility letter recipient', description: 'Who should receive the interim assistance and eligibility letters.' });

  /** The supervisor who reviews the draft; not sent to OTIP. */
  const Supervisor = z
    .strictObject({
      name: labelled(personNameText('the supervisor’s', 'when no supervisor is assigned yet, leave the supervisor out: the draft leaves a line for the name'), 'Name', 'The supervisor’s full name.'),
      title: labelled(OptText, 'Title', 'The supervisor’s job title.'),
    })
    .meta({ title: 'Supervisor', description: 'The supervisor who reviews the draft with the requester.' });

  const RfaCase = z
    .strictObject({
      /** When the draft is prepared (stands for "when OTIP receives it" in the age rule). */
      preparedAt: labelled(IsoDateTime, 'Prepared at', 'When the draft is prepared: ISO date-time with offset, e.g. 2026-03-07T23:10:00-05:00.'),
      /**
       * When the requester learned of the concern; the 24 hours run from here. A voicemail, an email
       * or a letter is learned of when heard or read (rfa-deadline.md, "Late"): the help says what
       * the late warning says (LEARNED_WHEN_HEARD), so the time is typed right before the warning.
       */
      discoveredAt: labelled(IsoDateTime, 'Concern learned at', `When the requester learned of the concern (the 24 hours run from here): ISO date-time with offset. ${LEARNED_WHEN_HEARD('this')}.`),
      /**
       * When Part A of this request was submitted to OTIP, when this draft completes a request
       * already submitted (Part B): OTIP received the request then, so the age rule and the
       * 24 hours are read at this instant, not at preparedAt (rfa-deadline.md, "Part B after Part A";
       * OTIP-PI-16-01: a request received before the 18th birthday is a child's, its letter may issue after).
       */
      submittedAt: labelled(
        optional(IsoDateTime),
        'Part A submitted at',
        'Only when this draft completes a request already submitted to OTIP in Shepherd (Part B): when its Part A was submitted, ISO date-time with offset. The child’s age and the 24 hours are then read at that time: a child under 18 then is a child for this request, even if 18 now.',
      ),
      /**
       * Why a draft prepared more than 24 hours after the concern was learned comes now (the
       * concern reached the requester's office late, the child disclosed more later): printed
       * beside "LATE", and needed now once late (field-table.ts), so OTIP need not call back to ask.
       */
      lateReason: labelled(OptProse, 'Why the request comes after 24 hours', 'Only when the draft is prepared (or its Part A was submitted, submittedAt) more than 24 hours after the concern was learned: why the request comes then, in plain words (e.g. the school told the agency three days later).'),
      requester: Requester,
      child: Child,
      parentsOrGuardians: labelled(optList(ParentOrGuardian, CAPS.short), 'Parents or legal guardian', 'The child’s parents or legal guardian, and whether either is suspected in the trafficking.'),
      location: labelled(withDefault(Location, {}), 'Location and custody', 'Where the child is and in whose care.'),
      concern: Concern,
      safety: labelled(withDefault(Safety, {}), 'Safety', 'The child’s safety now.'),
      lawEnforcement: labelled(withDefault(LawEnforcement, {}), 'Law enforcement', 'What has happened with law enforcement; never a condition of a child’s letter.'),
      strengthsAndNeeds: labelled(withDefault(StrengthsAndNeeds, {}), 'Strengths, needs and services', 'The child’s strengths and needs, and the services requested.'),
      letterRecipient: labelled(optional(LetterRecipient), 'Eligibility letter recipient', 'Who should receive the interim assistance and eligibility letters.'),
      supervisor: labelled(optional(Supervisor), 'Supervisor', 'The supervisor who reviews the draft; a line to sign is printed either way.'),
      id: RecordId,
    })
    .meta({ title: 'Request for Assistance (child)', description: 'The case data of a draft OTIP Request for Assistance for a foreign-national child.' });

  return { Contact, Requester, Child, ParentOrGuardian, Sponsor, Location, ConcernEvent, Trafficker, OtherMinor, Concern, Safety, LawEnforcement, StrengthsAndNeeds, LetterRecipient, Supervisor, RfaCase };
}

export const rfaSchemas = lazySchemas('rfa', build);

type Schemas = ReturnType<typeof build>;
export type Contact = z.infer<Schemas['Contact']>;
export type Requester = z.infer<Schemas['Requester']>;
export type Child = z.infer<Schemas['Child']>;
export type ParentOrGuardian = z.infer<Schemas['ParentOrGuardian']>;
export type Sponsor = z.infer<Schemas['Sponsor']>;
export type Location = z.infer<Schemas['Location']>;
export type ConcernEvent = z.infer<Schemas['ConcernEvent']>;
export type Trafficker = z.infer<Schemas['Trafficker']>;
export type OtherMinor = z.infer<Schemas['OtherMinor']>;
export type Concern = z.infer<Schemas['Concern']>;
export type Safety = z.infer<Schemas['Safety']>;
export type LawEnforcement = z.infer<Schemas['LawEnforcement']>;
export type StrengthsAndNeeds = z.infer<Schemas['StrengthsAndNeeds']>;
export type LetterRecipient = z.infer<Schemas['LetterRecipient']>;
export type Supervisor = z.infer<Schemas['Supervisor']>;
export type RfaCase = z.infer<Schemas['RfaCase']>;
