// The people around the child as the draft prints them, beyond the child's own rows: the other
// children who may be victims (section 5), and the suspects named in sections 3 and 4 (the
// "do not contact" line beside them, and their names among section 5's suspected traffickers).
// Split from view.ts, which had grown past its size with them.
import { andList } from '../kit/index.js';
import { ADULT_ROUTE } from './age-rules.js';
import { MAJORITY } from './deadline.js';
import { otherMinorsAnswer, usStatusAsked } from './applies.js';
import { NOW_MARK } from './fields.js';
import { OTHER_MINOR_US_STATUS, OTHER_MINOR_WITH_TRAFFICKER } from './not-yet-known.js';
import { yesNo } from './labels.js';
import type { RfaCase } from './schema.js';
import { saysUsStatusOf } from './status.js';

/**
 * Beside a parent, guardian or sponsor suspected in the trafficking (docs/domain/rfa-draft.md,
 * "Who not to contact"): OTIP's form asks for their contacts to assess child protection (OMB
 * No. 0970-0362), and a call about the request would tell a suspect where the child is.
 */
export const DO_NOT_CONTACT = 'Do not contact them about this request: they are suspected in the trafficking, and word of it could reach the trafficker and put the child at risk.';

/**
 * Section 5's line on the suspects named in sections 3 and 4 ("the father (section 3)"): after the
 * listed suspected traffickers, "Also suspected…"; with none listed, in place of "Not yet known".
 */
export function suspectsText(who: string[], listed: boolean): string | null {
  if (who.length === 0) return null;
  return listed ? `Also suspected in the trafficking: ${andList(who)}.` : `Suspected in the trafficking: ${andList(who)}. No other suspected trafficker is listed.`;
}

/**
 * Beside another person listed whose age given is 18 or more (docs/domain/rfa-draft.md, "Other
 * children"): a Request for Assistance is a child's (22 U.S.C. § 7105(b)(1)(C)(ii)(I)); an adult's
 * assistance is the route child-not-a-minor gives the child (ADULT_ROUTE: a Certification Letter
 * under § 7105(b)(1)(E), once DHS tells HHS of Continued Presence, a T visa or a bona fide
 * application, then a Request for Certification in Shepherd). Until RFA 2.19.0 this line said only
 * "certification (22 U.S.C. § 7105(b)(1)(E))", which named no step a requester could take. The age
 * may be an estimate, so OTIP decides, as for the child's own.
 */
/**
 * After the list of other children, unless every one is outside the United States (domain file,
 * "Other children"): the Request for Assistance is OTIP's form for a foreign-national minor (OTIP's
 * RFA instructions, OMB No. 0970-0362: "non-U.S. citizen or non-lawful permanent resident under
 * the age of 18"), and a sibling is often a U.S. citizen, born here. Until RFA 2.22.0 the page said
 * "Each of these children in the United States needs their own Request for Assistance" of them too.
 * The statute's 24-hour notice, 22 U.S.C. § 7105(b)(1)(H), is an official's for any person under
 * 18, so the line does not say no one need be told: it says where the concern goes.
 */
export const CITIZEN_SIBLING = 'A child who is a U.S. citizen, national or lawful permanent resident needs no Request for Assistance (OTIP’s letters are for foreign-national children): report the concern for them as for any child (child welfare, law enforcement).';

export const OTHER_ADULT = `By the age given, 18 or older: a Request for Assistance is for a child under 18, so this person needs their own only if they may be under 18; ${ADULT_ROUTE}.`;

/**
 * What the page says of one still with the suspected trafficker: urgent, and, where they are, what
 * is due. One 18 or older by the age given is "this person", not "this child" (OTHER_ADULT).
 */
const urgentLine = (adult: boolean): string =>
  `Urgent: still with the suspected trafficker or where the exploitation happens. ${adult ? 'This person' : 'This child'} may be in danger now`;

/**
 * Beside each child listed (domain file, "Other children"): "In the United States" and what follows
 * from the answer, a request of their own (only if under 18, for one 18 or older by the age given,
 * whom OTHER_ADULT speaks of) or law enforcement; null when not yet known. And the urgent line of a
 * child still with the suspected trafficker, which without the answer says both.
 */
function whereDue(inUs: boolean | null, adult: boolean, status: OtherStatus): { inUs: string | null; urgent: string } {
  const URGENT = urgentLine(adult);
  const citizen = status === 'written';
  // Answered a U.S. citizen, national or lawful permanent resident (usCitizenOrResident, since RFA
  // 2.25.0): no request of their own, wherever they are and whatever their age (OTIP's letters, and
  // an adult's certification, are for foreign nationals); the danger reported as for anyone.
  if (status === 'citizen') {
    const report = adult ? 'law enforcement' : 'child welfare, law enforcement';
    if (inUs === false) return { inUs: 'No: report the danger to them to law enforcement.', urgent: `${URGENT}: outside the United States, report the danger to law enforcement now.` };
    return {
      inUs: inUs === true ? (adult ? 'Yes' : `Yes. ${CITIZEN_ANSWERED}`) : null,
      urgent: `${URGENT}: report the danger now (${report}); a U.S. citizen, national or lawful permanent resident needs no Request for Assistance.`,
    };
  }
  // Written as a U.S. citizen, national or lawful permanent resident (citizenWritten): the line says
  // both outcomes, since Harbor reads words, not documents; until RFA 2.24.0 it said "This child needs
  // their own Request for Assistance" of a brother "a U.S. citizen born in New York".
  if (inUs === true && !adult && citizen) {
    return {
      inUs: `Yes. Written as a U.S. citizen, national or lawful permanent resident: if so, this child needs no Request for Assistance (OTIP’s letters are for foreign-national children), and the concern for them is reported as for any child (child welfare, law enforcement); if not, this child needs their own Request for Assistance, within 24 hours of learning of them.`,
      urgent: `${URGENT}: report the danger now (child welfare, law enforcement); their own request, unless they are a U.S. citizen, national or lawful permanent resident as written, is due within 24 hours of learning of them.`,
    };
  }
  if (inUs === true) {
    return {
      inUs: adult ? 'Yes' : 'Yes. This child needs their own Request for Assistance, within 24 hours of learning of them.',
      urgent: `${URGENT}, and their own request${adult ? ', if they may be under 18,' : ''} is due within 24 hours of learning of them.`,
    };
  }
  if (inUs === false) {
    return {
      // One 18 or older by the age given is not called a child: OTHER_ADULT beside them says whose request it is.
      inUs: adult ? 'No: report the danger to them to law enforcement.' : 'No. A child outside the United States cannot have a Request for Assistance while there: report the danger to them to law enforcement.',
      urgent: `${URGENT}: outside the United States, report the danger to law enforcement now.`,
    };
  }
  return { inUs: null, urgent: `${URGENT}; in the United States, their own request is due within 24 hours of learning of them; outside it, report the danger to law enforcement now.` };
}

/**
 * Whether another child listed is written as a U.S. citizen, national or lawful permanent resident
 * (domain file, "Other children"): in their relationship to the child ("Half-brother, a U.S.
 * citizen", "U.S.-citizen sister") or their details, read as the child's immigration status is
 * (status.ts saysUsStatusOf). There is no field for another child's status: a sibling is often a
 * U.S. citizen, born here, and the caseworker writes it where the form lets them.
 */
export const citizenWritten = (m: RfaCase['concern']['otherMinors'][number]): boolean =>
  (m.relationshipToChild !== null && saysUsStatusOf(m.relationshipToChild, true)) || (m.details !== null && saysUsStatusOf(m.details, false));

/**
 * Another child's U.S. status as the page and the warnings read it: answered a U.S. citizen,
 * national or lawful permanent resident (`citizen`) or not (`foreign`) in usCitizenOrResident
 * (since RFA 2.25.0); not answered, written as one in their relationship or details (`written`:
 * both outcomes said, the stopgap of 2.24.0), or nothing said (`unknown`, read as before: a
 * foreign-national child's request).
 */
export type OtherStatus = 'citizen' | 'foreign' | 'written' | 'unknown';
export const otherStatus = (m: RfaCase['concern']['otherMinors'][number]): OtherStatus =>
  m.usCitizenOrResident === true ? 'citizen' : m.usCitizenOrResident === false ? 'foreign' : citizenWritten(m) ? 'written' : 'unknown';

/** Beside a child under 18 in the United States answered a U.S. citizen, national or lawful permanent resident (whereDue). */
export const CITIZEN_ANSWERED = 'A U.S. citizen, national or lawful permanent resident, as answered: this child needs no Request for Assistance (OTIP’s letters are for foreign-national children); report the concern for them as for any child (child welfare, law enforcement).';

/**
 * Beside one 18 or older by the age given answered a U.S. citizen, national or lawful permanent
 * resident, in place of OTHER_ADULT, whose route (a Certification Letter) is a foreign national's:
 * 22 U.S.C. § 7105(b)(1)(A) makes a trafficking victim who is an alien eligible for benefits as a
 * refugee, and (b)(1)(E) certifies such an adult; a citizen or resident needs neither.
 */
export const CITIZEN_ADULT = 'By the age given, 18 or older, and a U.S. citizen, national or lawful permanent resident: neither a Request for Assistance nor an adult’s Certification Letter is for them (OTIP’s letters are for foreign nationals); report the concern to law enforcement.';


/**
 * The sentence before the other children listed (domain file, "Other children"), ending with a
 * colon before a list so that it stays on the list's page (src/model/keeps.ts leadsIn). It says of
 * each one listed only what is true of them: every one outside the United States, "Yes, outside the
 * United States:" (where "Each of these children in the United States needs their own request"
 * stood above a sister in Honduras and her line "In the United States: No"); one 18 or older by the age given among them (OTHER_ADULT beside them), the rule
 * for those under 18 and in the United States only, where until RFA 2.24.0 "Each of these children
 * in the United States needs their own Request for Assistance" stood above a brother of 19 in
 * Texas, whose own line then said he needs one only if he may be under 18; every one 18 or older
 * by the age given, "Yes:" alone, each line saying what is due.
 */
function otherMinorsLead(listed: RfaCase['concern']['otherMinors']): string {
  if (listed.length > 0 && listed.every((m) => m.inUnitedStates === false)) return 'Yes, outside the United States:';
  const adult = (m: (typeof listed)[number]) => m.age !== null && m.age >= MAJORITY;
  if (listed.length > 0 && listed.every(adult)) return 'Yes:';
  const end = listed.length > 0 ? ':' : '.';
  // One answered (or, not answered, written) a U.S. citizen, national or lawful permanent resident
  // under 18 in the United States (otherStatus): the rule is said of foreign nationals.
  const citizenHere = (m: (typeof listed)[number]) => !adult(m) && ((otherStatus(m) === 'citizen' && m.inUnitedStates !== false) || (otherStatus(m) === 'written' && m.inUnitedStates === true));
  if (listed.some(citizenHere)) {
    return `Yes. Each ${listed.some(adult) ? 'person' : 'child'} listed here who is under 18, in the United States and not a U.S. citizen, national or lawful permanent resident needs their own Request for Assistance, within 24 hours of learning of them${end}`;
  }
  if (listed.some(adult)) return `Yes. Each person listed here who is under 18 and in the United States needs their own Request for Assistance, within 24 hours of learning of them${end}`;
  return `Yes. Each of these children in the United States needs their own Request for Assistance, within 24 hours of learning of them${end}`;
}

/**
 * Other children who may be victims (domain file, "Other children"): the answer, and the children
 * listed, each with the labels of its values; an age is an estimate ("about 12").
 */
export function otherMinorsView(c: RfaCase) {
  const answer = otherMinorsAnswer(c);
  return {
    /** The sentence before the list (otherMinorsLead): what it says is true of each one listed. */
    lead: otherMinorsLead(c.concern.otherMinors),
    unknown: answer === null,
    none: answer === false,
    some: answer === true,
    /** The general rule for a child abroad, after the list: unless every child listed says where they are (then each line does). */
    abroadRule: c.concern.otherMinors.length === 0 || c.concern.otherMinors.some((m) => m.inUnitedStates === null),
    /** The line on a child who is a U.S. citizen, national or lawful permanent resident: unless every child listed is abroad. */
    citizenRule: c.concern.otherMinors.length > 0 && c.concern.otherMinors.every((m) => m.inUnitedStates === false) ? null : CITIZEN_SIBLING,
    /** The row asked of each child not marked withTrafficker, needed now (field-table.ts). */
    withTraffickerLabel: OTHER_MINOR_WITH_TRAFFICKER + NOW_MARK,
    /** The row of each child's U.S. status (a "Can follow later" entry: no mark). */
    usStatusLabel: OTHER_MINOR_US_STATUS,
    listed:
      c.concern.otherMinors.length === 0
        ? null
        : c.concern.otherMinors.map((m, i) => {
            // 18 or older by the age given (an estimate: the page says so beside them, never refuses the list).
            const adultByAge = m.age !== null && m.age >= MAJORITY;
            const status = otherStatus(m);
            const due = whereDue(m.inUnitedStates, adultByAge, status);
            return {
              number: i + 1,
              name: m.name,
              relationship: m.relationshipToChild,
              age: m.age === null ? null : `about ${m.age}`,
              // About 18 or older by the age given: "each of these children needs their own request" is then not said of them alone.
              adult: adultByAge ? (status === 'citizen' ? CITIZEN_ADULT : OTHER_ADULT) : null,
              // The row "U.S. citizen, national or lawful permanent resident": the answer, or "Not yet
              // known" when asked (usStatusAsked, an entry of "Can follow later"), else no row.
              usStatusRow: m.usCitizenOrResident !== null || usStatusAsked(m),
              usStatus: yesNo(m.usCitizenOrResident),
              whereabouts: m.whereabouts,
              // "In the United States", and the urgent line's words, by the answer (whereDue).
              inUnitedStates: due.inUs,
              urgent: due.urgent,
              // Printed as its own line, in bold: the other child may be in danger now.
              withTrafficker: m.withTrafficker === true,
              // Otherwise the answer, asked of every child listed ("No", or not yet known: field-table.ts).
              withTraffickerAnswer: m.withTrafficker === true ? null : yesNo(m.withTrafficker),
              details: m.details,
            };
          }),
  };
}
