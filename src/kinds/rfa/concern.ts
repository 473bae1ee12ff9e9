// The trafficking concern of the RFA's case data (docs/domain/rfa.md, "Type, act, means,
// purpose"): its values (22 U.S.C. § 7102(11)–(12), 8 CFR 214.206(a)) and its schemas, the
// dated events, the suspected traffickers and the other children who may be victims. Apart from
// schema.ts, which assembles the case from this, child.ts and location.ts.
import { z } from 'zod';
import { CAPS, choice, choiceMessage, enumLabels, isIsoDate, isoDate, isUsState, labelled, list, optional, optList, optPersonNameText, OptProse, OptText, Prose, Text, usStateName } from '../kit/index.js';
import { MAX_AGE, yearsOfAge } from './child.js';
import { ACT_LABELS, MEANS_LABELS, PURPOSE_LABELS, TYPE_LABELS, WHERE_LABELS } from './labels.js';
import { yesNo } from './location.js';
import { OTHER_MINOR_US_STATUS } from './not-yet-known.js';

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
/**
 * The means as the form lists them, for a message: a caseworker knows “Abuse or threatened abuse
 * of the legal process”, not the code abuse-of-legal-process the CLI printed (rfa-draft.md,
 * "Messages in the caseworker's words"). A case file's codes are in the JSON Schema beside them.
 */
const MEANS_WORDS = `${MEANS.slice(0, -1).map((m) => MEANS_LABELS[m]).join(', ')} or ${MEANS_LABELS[MEANS[MEANS.length - 1]!]}`;
/** “Type” (section 5) and its two choices as the form shows them. */
const TYPE_FIELD = '“Type” (section 5)';

/** The Means, ConcernEvent, Trafficker, OtherMinor and Concern schemas. */
export function buildConcern() {
  /**
   * One means. Debt bondage, a means in earlier versions of this contract, is a purpose: refused
   * with its own code and a message that says where it goes (the JSON Schema lists only the means).
   */
  const Means = z
    .string({ error: `must be a means: ${MEANS_WORDS}` })
    .superRefine((s, ctx) => {
      if (s === 'debt-bondage') {
        ctx.addIssue({
          code: 'custom',
          message: 'debt bondage is a purpose of labor trafficking, not a means: move it to “Purposes (the end)” (a debt used to threaten the child is coercion)',
          params: { code: 'debt-bondage-is-a-purpose' },
        });
      } else if (!MEANS_SET.has(s)) {
        // The kit's wording of every choice (kit/choice.ts): the means a string checked by hand, the field is named here.
        ctx.addIssue({ code: 'custom', message: choiceMessage(MEANS_LABELS, 'Means'), params: { code: 'invalid-value' } });
      }
    })
    .meta({ enum: [...MEANS], ...enumLabels(MEANS_LABELS) });

  // An event known only by its year or month (a child rarely knows the day): its first day, marked
  // approximate, which the page prints "(approximate)" (view.ts eventDates).
  const EventDate = isoDate('when only the year or month is known, give its first day (2025-08-01 for August 2025) and mark the dates approximate (“Date approximate”)');
  const ConcernEvent = z
    .strictObject({
      // Dated on the calendar where the event happened, which may be a day ahead of the requester's
      // (docs/domain/rfa.md, "Dates of events"; eventDateRules in compute.ts reads it so since template
      // 2.23.0): the help says so, or a caseworker in Seattle writes the New York date wrong to pass.
      date: labelled(optional(EventDate), 'Date', 'When it happened or began, yyyy-mm-dd, on the calendar where it happened (it may be a day ahead of yours).'),
      /** Last day of a period (a job that lasted months); on or after `date`. */
      endDate: labelled(optional(EventDate), 'End date', 'The last day of a period (a job that lasted months), yyyy-mm-dd, on the calendar where it happened; on or after the date.'),
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
      name: labelled(optPersonNameText('the suspected trafficker’s'), 'Name', 'The suspected trafficker’s name, or what the child calls them.'),
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
      name: labelled(optPersonNameText('the other child’s'), 'Name', 'The other child’s name, or what the child calls them.'),
      relationshipToChild: labelled(OptText, 'Relationship to the child', 'Who the other child is to the child: a sister, a cousin, a child who worked beside them.'),
      age: labelled(
        optional(yearsOfAge(`must be at most ${MAX_AGE}`)),
        'Age',
        'The other child’s age in years, as known or estimated; printed “about 12”.',
      ),
      whereabouts: labelled(OptText, 'Where they are', 'Where the other child is now, as far as known (with the suspected trafficker, in the home country, in ORR care).'),
      /**
       * Whether the other child is in the United States now: a request is for a child there (OTIP's
       * instructions), so the page says per child whether their own request is due or the danger goes
       * to law enforcement (rfa-draft.md, "Other children"). The whereabouts, free text, are not read for it.
       */
      inUnitedStates: yesNo('In the United States', 'Whether the other child is in the United States now: a child there needs their own Request for Assistance; a child outside it cannot have one while there, and the danger to them is reported to law enforcement:'),
      /**
       * Whether the other child is a U.S. citizen, national or lawful permanent resident (a brother
       * born in the United States, often): OTIP's reader decides from it whether a request of their
       * own is to be expected (OTIP's letters are for foreign-national children; OTIP's RFA
       * instructions, OMB No. 0970-0362) or the concern goes to child welfare and law enforcement
       * alone (docs/domain/rfa-draft.md, "Other children"). Until RFA 2.25.0 there was no field, and
       * their relationship and details were read for it (others.ts citizenWritten), a stopgap kept
       * for a case that leaves this empty.
       */
      usCitizenOrResident: yesNo(OTHER_MINOR_US_STATUS, 'Whether the other child is a U.S. citizen, national or lawful permanent resident (a brother or sister born in the United States often is): such a child needs no Request for Assistance (OTIP’s letters are for foreign-national children), and the concern for them is reported as for any child (child welfare, law enforcement); a foreign-national child in the United States needs their own:'),
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
      types: list(choice(TYPES, TYPE_LABELS), CAPS.short, `must be a list of types, even of one: ${TYPE_LABELS.labor}, ${TYPE_LABELS.sex} or both`)
        .min(1, `must name at least one type: ${TYPE_LABELS.labor} or ${TYPE_LABELS.sex}`)
        // Forced criminal activity (drug running, theft, begging) is labor trafficking: "labor or
        // services" (22 U.S.C. § 7102(11)(B)) is not limited to lawful work; said here, since a
        // caseworker who sees only drug running finds neither word in the two types.
        .meta({ title: 'Type', description: '"labor" and/or "sex": labor trafficking (forced labor or services of any kind, forced criminal activity such as carrying drugs, theft or begging included), sex trafficking.' }),
      acts: labelled(optList(choice(ACTS, ACT_LABELS), CAPS.short), 'Acts', 'What was done to the child: recruit, harbor, transport, provide, obtain; patronize and solicit for sex trafficking only.'),
      means: labelled(optList(Means, CAPS.short), 'Means', 'force, fraud, coercion, abuse-of-legal-process. Needed for labor trafficking; sex trafficking of a child needs none.'),
      purposes: labelled(optList(choice(PURPOSES, PURPOSE_LABELS), CAPS.short), 'Purposes (the end)', 'The end of labor trafficking: involuntary-servitude, peonage, debt-bondage, slavery (the intended end is enough when no work was done). The end of sex trafficking, a commercial sex act, comes with the type.'),
      whereExploited: labelled(optList(choice(WHERE, WHERE_LABELS), CAPS.short), 'Where it happened', 'abroad, in-transit and/or united-states.'),
      /**
       * Every U.S. state or territory where the concern happened (recruited in Texas, exploited in
       * Oklahoma): OTIP needs each place, and the law enforcement of each may be told. Where the
       * child is now is the location's state (rfa-draft.md, "States where it happened").
       */
      usStates: labelled(
        optList(
          Text.refine((s) => isUsState(s), {
            message: 'must be a U.S. state or territory, by its two-letter postal code or its name (TX, Texas, Guam): a place abroad goes in the place of an event under “Dates and places”',
            params: { code: 'invalid-value' },
          }).meta({ title: 'U.S. state or territory', description: 'A U.S. state, the District of Columbia or a territory, by its two-letter postal code or its name.' }),
          CAPS.short,
        ),
        'States where it happened',
        'Each U.S. state or territory where the concern happened (recruited in one, exploited in another), by postal code or name; where the child is now goes in the location’s state.',
      ),
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
       * in Spanish): the page says so, and an English translation is then needed now (field-table.ts),
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
            message: `${ACT_LABELS.patronize.toLowerCase()} and ${ACT_LABELS.solicit.toLowerCase()} are acts of sex trafficking only: add “${TYPE_LABELS.sex}” to ${TYPE_FIELD}, or remove this act`,
            params: { code: 'act-requires-sex-type' },
          });
        }
      });
      if (c.otherMinorsKnown === false && Array.isArray(c.otherMinors) && c.otherMinors.length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['otherMinorsKnown'],
          message: 'must not be false while “Other children” lists children: set it to true, or remove the list',
          params: { code: 'other-minors-listed' },
        });
      }
      // A state listed where it happened says it happened in the United States: "Where it happened"
      // answered without that choice contradicts it (answer-contradicted), and the page would say both.
      const states = Array.isArray(c.usStates) ? c.usStates.filter((s) => typeof s === 'string' && isUsState(s)) : [];
      if (states.length > 0 && Array.isArray(c.whereExploited) && c.whereExploited.length > 0 && !c.whereExploited.includes('united-states')) {
        ctx.addIssue({
          code: 'custom',
          path: ['whereExploited'],
          message: `must include “${WHERE_LABELS['united-states']}” while “States where it happened” lists ${usStateName(states[0]!)}: add it, or move a place abroad to “Dates and places”`,
          params: { code: 'answer-contradicted' },
        });
      }
      // The four purposes are ends of labor trafficking only (22 U.S.C. § 7102(11)(B)).
      if (!c.types.includes('labor')) {
        (Array.isArray(c.purposes) ? c.purposes : []).forEach((_p, i) => {
          ctx.addIssue({
            code: 'custom',
            path: ['purposes', i],
            message: `involuntary servitude, peonage, debt bondage and slavery are ends of labor trafficking: add “${TYPE_LABELS.labor}” to ${TYPE_FIELD} if the child was made to work, or record a debt used to control the child as “Coercion” under “Means”`,
            params: { code: 'purpose-requires-labor-type' },
          });
        });
      }
    })
    .meta({ title: 'Trafficking concern', description: 'What may have happened to the child.' });

  return { Means, ConcernEvent, Trafficker, OtherMinor, Concern };
}
