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
  enumLabels,
  IsoDate,
  IsoDateTime,
  isIsoDate,
  labelled,
  lazySchemas,
  list,
  optional,
  optList,
  OptProse,
  OptText,
  Phone,
  Prose,
  RecordId,
  Text,
  TimeZone,
  withDefault,
} from '../kit/index.js';
import { buildChild, MAX_AGE, yearsOfAge } from './child.js';
import { buildLocation, yesNo } from './location.js';
import { ACT_LABELS, CONTINUED_PRESENCE_LABELS, MEANS_LABELS, PURPOSE_LABELS, RELATIONSHIP_LABELS, TYPE_LABELS, WHERE_LABELS } from './labels.js';

export { SEXES } from './child.js';

// The values the schemas choose from: plain constants, read by compute.ts and view.ts without
// building any schema.

export const RELATIONSHIPS = ['mother', 'father', 'legal-guardian'] as const;

/** Where the child is held or placed (location.ts). */
export { CUSTODY } from './location.js';

// 22 U.S.C. § 7102(11)–(12) ("severe forms of trafficking in persons", "sex trafficking"): the
// acts; "patronize" and "solicit" appear only in the definition of sex trafficking.
export const TYPES = ['labor', 'sex'] as const;
export const ACTS = ['recruit', 'harbor', 'transport', 'provide', 'obtain', 'patronize', 'solicit'] as const;
export const SEX_ONLY_ACTS: ReadonlySet<string> = new Set(['patronize', 'solicit']);
/** The means (§ 7102(11)); abuse of legal process is a form of coercion (§ 7102(3)(C)). */
export const MEANS = ['force', 'fraud', 'coercion', 'abuse-of-legal-process'] as const;
/** The ends of labor trafficking (§ 7102(11)(B)); the end of sex trafficking, a commercial sex act, comes with the type. */
export const PURPOSES = ['involuntary-servitude', 'peonage', 'debt-bondage', 'slavery'] as const;
export const WHERE = ['abroad', 'in-transit', 'united-states'] as const;

const MEANS_SET: ReadonlySet<string> = new Set(MEANS);

export const CONTINUED_PRESENCE = ['not-requested', 'requested', 'granted', 'denied'] as const;

/**
 * The kind's schemas, built by `rfaSchemas()` on the kind's first use, not when the registry is
 * imported (src/kinds/kit/lazy.ts; issue 18): a thread that checks another kind never builds them.
 */
function build() {


  const Requester = z
    .strictObject({
      name: labelled(Text, 'Name', 'The requester’s full name: the person preparing the request.'),
      title: labelled(OptText, 'Title', 'The requester’s job title.'),
      organization: labelled(Text, 'Organization', 'The requester’s organization.'),
      email: labelled(Email, 'Email', 'The requester’s email address; OTIP writes to it.'),
      phone: labelled(Phone, 'Phone', 'The requester’s phone number, 7 to 15 digits; an extension may follow "x".'),
      relationshipToChild: labelled(OptText, 'Relationship to the child', 'How the requester knows the child, e.g. assigned caseworker.'),
      /** A requester who is law enforcement has reported the concern to it (implied.ts). */
      lawEnforcement: yesNo('Requester is law enforcement', 'Whether the requester works for a law-enforcement agency (the concern is then reported to law enforcement, and the agency is the requester’s organization unless another is given):'),
      /** A requester who is the child's attorney answers section 4's attorney and the relationship to the child (implied.ts). */
      childsAttorney: yesNo('Requester is the child’s attorney', 'Whether the requester is the child’s attorney (section 4’s attorney is then the requester, not a person still to find out):'),
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
      name: labelled(OptText, 'Name', 'The parent’s or guardian’s full name.'),
      whereabouts: labelled(OptText, 'Where they are', 'Where the parent or guardian lives or is, as far as known (a city and country, or "not known").'),
      phone: labelled(optional(Phone), 'Phone', 'The parent’s or guardian’s phone number.'),
      suspectedInTrafficking: yesNo('Suspected in the trafficking', 'Whether this parent or guardian is suspected of taking part in the trafficking:'),
      /** With suspectedInTrafficking, the suspected trafficker has access to the child (implied.ts). */
      livesWithChild: yesNo('The child lives with them', 'Whether the child lives with this parent or guardian now (with suspectedInTrafficking true, a suspected trafficker has access to the child):'),
    })
    .meta({ title: 'Parent or legal guardian', description: 'One of the child’s parents or legal guardian.' });

  const { Contact, Sponsor, Location } = buildLocation();

  /**
   * One means. Debt bondage, a means in earlier versions of this contract, is a purpose: refused
   * with its own code and a message that says where it goes (the JSON Schema lists only the means).
   */
  const Means = z
    .string({ error: 'must be a means: force, fraud, coercion or abuse-of-legal-process' })
    .superRefine((s, ctx) => {
      if (s === 'debt-bondage') {
        ctx.addIssue({
          code: 'custom',
          message: 'debt bondage is a purpose of labor trafficking, not a means: move it to concern.purposes (a debt used to threaten the child is coercion)',
          params: { code: 'debt-bondage-is-a-purpose' },
        });
      } else if (!MEANS_SET.has(s)) {
        ctx.addIssue({ code: 'custom', message: 'must be one of force, fraud, coercion, abuse-of-legal-process', params: { code: 'invalid-value' } });
      }
    })
    .meta({ enum: [...MEANS], ...enumLabels(MEANS_LABELS) });

  const ConcernEvent = z
    .strictObject({
      date: labelled(optional(IsoDate), 'Date', 'When it happened or began, yyyy-mm-dd.'),
      /** Last day of a period (a job that lasted months); on or after `date`. */
      endDate: labelled(optional(IsoDate), 'End date', 'The last day of a period (a job that lasted months), yyyy-mm-dd; on or after the date.'),
      dateApproximate: yesNo('Date approximate', 'Whether the dates are approximate:'),
      place: labelled(OptText, 'Place', 'Where it happened: a city, a country.'),
      description: labelled(Prose, 'What happened', 'What happened, in plain words.'),
    })
    .superRefine((e, ctx) => {
      // Defensive: zod 4 runs this even when a field failed.
      if (isIsoDate(e.date) && isIsoDate(e.endDate) && e.endDate < e.date) {
        ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'must be on or after the start date', params: { code: 'end-before-start' } });
      }
    })
    .meta({ title: 'Event', description: 'A dated event of the concern: when, where, what happened.' });

  const Trafficker = z
    .strictObject({
      name: labelled(OptText, 'Name', 'The suspected trafficker’s name, or what the child calls them.'),
      relationship: labelled(OptText, 'Relationship to the child', 'How the suspected trafficker is related to or knows the child.'),
      description: labelled(OptProse, 'Description', 'What the suspected trafficker did, in plain words.'),
      /** A suspected trafficker the child lives with has access to the child (implied.ts). */
      livesWithChild: yesNo('The child lives with them', 'Whether the child lives with this suspected trafficker now (then the trafficker has access to the child):'),
    })
    .meta({ title: 'Suspected trafficker', description: 'A person suspected in the trafficking.' });

  /**
   * Another minor who may be a victim (a sibling, a child who worked beside the child): OTIP asks
   * about other potential victims, and each needs their own request (domain file, "Other children").
   */
  const OtherMinor = z
    .strictObject({
      name: labelled(OptText, 'Name', 'The other child’s name, or what the child calls them.'),
      relationshipToChild: labelled(OptText, 'Relationship to the child', 'Who the other child is to the child: a sister, a cousin, a child who worked beside them.'),
      age: labelled(
        optional(yearsOfAge(`must be at most ${MAX_AGE}`)),
        'Age',
        'The other child’s age in years, as known or estimated; printed “about 12”.',
      ),
      whereabouts: labelled(OptText, 'Where they are', 'Where the other child is now, as far as known (with the suspected trafficker, in the home country, in ORR care).'),
      /**
       * True when the other child is still with the suspected trafficker or where the exploitation
       * happens (the employer, the boarding house): in danger now, and their own request is due
       * within the same 24 hours (warning other-minor-with-trafficker; domain file, "Other children").
       */
      withTrafficker: yesNo('Still with the suspected trafficker', 'Whether the other child is still with the suspected trafficker or where the exploitation happens (the employer, the work site): the child may be in danger now, and their own request is urgent:'),
      details: labelled(OptProse, 'Details', 'What is known of the other child’s situation, in plain words.'),
    })
    .meta({ title: 'Other child', description: 'Another minor who may be a victim of the same trafficking.' });

  const Concern = z
    .strictObject({
      types: list(choice(TYPES, TYPE_LABELS), CAPS.short, 'must be a list of "labor" and/or "sex"')
        .min(1, 'must name at least one type: labor or sex')
        // Forced criminal activity (drug running, theft, begging) is labor trafficking: "labor or
        // services" (22 U.S.C. § 7102(11)(B)) is not limited to lawful work; said here, since a
        // caseworker who sees only drug running finds neither word in the two types.
        .meta({ title: 'Type', description: '"labor" and/or "sex": labor trafficking (forced labor or services of any kind, forced criminal activity such as carrying drugs, theft or begging included), sex trafficking.' }),
      acts: labelled(optList(choice(ACTS, ACT_LABELS), CAPS.short), 'Acts', 'What was done to the child: recruit, harbor, transport, provide, obtain; patronize and solicit for sex trafficking only.'),
      means: labelled(optList(Means, CAPS.short), 'Means', 'force, fraud, coercion, abuse-of-legal-process. Needed for labor trafficking; sex trafficking of a child needs none.'),
      purposes: labelled(optList(choice(PURPOSES, PURPOSE_LABELS), CAPS.short), 'Purposes (the end)', 'The end of labor trafficking: involuntary-servitude, peonage, debt-bondage, slavery (the intended end is enough when no work was done). The end of sex trafficking, a commercial sex act, comes with the type.'),
      whereExploited: labelled(optList(choice(WHERE, WHERE_LABELS), CAPS.short), 'Where it happened', 'abroad, in-transit and/or united-states.'),
      industry: labelled(OptText, 'Industry or kind of work', 'The industry or kind of work the child was made to do, e.g. agriculture, restaurant, domestic work, or the crime the child was forced into (carrying drugs, theft).'),
      employer: labelled(OptText, 'Employer', 'The employer or business, where known.'),
      /** What was exchanged or offered for a sex act, when known. */
      commercialSex: labelled(OptProse, 'Commercial sex', 'What was exchanged or offered for a sex act, when known.'),
      events: labelled(optList(ConcernEvent, CAPS.items), 'Dates and places', 'The dated events of the concern.'),
      traffickers: labelled(optList(Trafficker, CAPS.items), 'Suspected traffickers', 'The people suspected in the trafficking.'),
      /** null: not yet known; false: none known; true (or a list given): see otherMinors. */
      otherMinorsKnown: yesNo('Other children who may be victims', 'Whether other minors (siblings or other children) may be in the same situation; list them in otherMinors:'),
      otherMinors: labelled(optList(OtherMinor, CAPS.items), 'Other children', 'The other minors who may be victims, as far as known; each needs their own request.'),
      /** In the requester's plain, non-leading words; never truncated. */
      narrative: labelled(Prose, 'What is known', 'What is known, in the requester’s plain, non-leading words; never shortened.'),
      /**
       * The narrative's language when it is not English (a requester who writes what the child said
       * in Spanish): the page says so, and an English translation is then needed now (fields.ts),
       * since the narrative is what OTIP decides on.
       */
      narrativeLanguage: labelled(OptText, 'Language of the narrative', 'The language the narrative is written in, when it is not English (e.g. Spanish); an English translation is then asked for.'),
      narrativeTranslation: labelled(OptProse, 'English translation of the narrative', 'An English translation of the narrative, when it is written in another language (narrativeLanguage); printed after it.'),
    })
    .superRefine((c, ctx) => {
      if (!Array.isArray(c.types)) return;
      (Array.isArray(c.acts) ? c.acts : []).forEach((a, i) => {
        if (SEX_ONLY_ACTS.has(a) && !c.types.includes('sex')) {
          ctx.addIssue({
            code: 'custom',
            path: ['acts', i],
            message: 'patronize and solicit are acts of sex trafficking only: add "sex" to the types or remove this act',
            params: { code: 'act-requires-sex-type' },
          });
        }
      });
      if (c.otherMinorsKnown === false && Array.isArray(c.otherMinors) && c.otherMinors.length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['otherMinorsKnown'],
          message: 'must not be false while otherMinors lists children: set it to true, or remove the list',
          params: { code: 'other-minors-listed' },
        });
      }
      // The four purposes are ends of labor trafficking only (22 U.S.C. § 7102(11)(B)).
      if (!c.types.includes('labor')) {
        (Array.isArray(c.purposes) ? c.purposes : []).forEach((_p, i) => {
          ctx.addIssue({
            code: 'custom',
            path: ['purposes', i],
            message: 'involuntary servitude, peonage, debt bondage and slavery are ends of labor trafficking: add "labor" to the types if the child was made to work, or record a debt used to control the child as coercion (a means)',
            params: { code: 'purpose-requires-labor-type' },
          });
        });
      }
    })
    .meta({ title: 'Trafficking concern', description: 'What may have happened to the child.' });

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
      contactName: labelled(OptText, 'Contact', 'The law-enforcement contact’s name.'),
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
      name: labelled(Text, 'Name', 'The person who receives the letter.'),
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
      name: labelled(Text, 'Name', 'The supervisor’s full name.'),
      title: labelled(OptText, 'Title', 'The supervisor’s job title.'),
    })
    .meta({ title: 'Supervisor', description: 'The supervisor who reviews the draft with the requester.' });

  const RfaCase = z
    .strictObject({
      /** When the draft is prepared (stands for "when OTIP receives it" in the age rule). */
      preparedAt: labelled(IsoDateTime, 'Prepared at', 'When the draft is prepared: ISO date-time with offset, e.g. 2026-03-07T23:10:00-05:00.'),
      /** When the requester learned of the concern; the 24 hours run from here. */
      discoveredAt: labelled(IsoDateTime, 'Concern learned at', 'When the requester learned of the concern (the 24 hours run from here): ISO date-time with offset.'),
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
       * beside "LATE", and needed now once late (fields.ts), so OTIP need not call back to ask.
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
