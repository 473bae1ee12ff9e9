// The memo's caption and its parties as the template prints them (templates/best-interests-memo.hbs:
// the banner, "To:", "From:", "Decision by:", "Copy to:", the signatures): each thing said once
// (docs/domain/best-interests-memo.md, "The decision, its maker and its date"; docs/fields.md,
// "Formatting"). Split from view.ts by concept; behaviour unchanged.
import { longDate, organizationInProse, partsOnce, saysAlready } from '../kit/index.js';

/** How a line says the words of a title or an organization: as typed, or through the memo's `organizationsInProse().inText` (view.ts). */
type Say = (text: string) => string;
const asTyped: Say = (text) => text;
import { namesOwnOffice } from './addressee.js';
import type { BestInterestsMemoCase, DecisionMakerType, Person, Proceeding, ProceedingType } from './schema.js';

/**
 * Every page carries this line. The basis is the memo's own (domain file, "Confidentiality
 * banner"): the child advocate's recommendation under 8 U.S.C. § 1232(c)(6), for the one
 * decision-maker and the child's attorney. 8 U.S.C. § 1367 binds DHS, DOJ and State on T, U and
 * VAWA applicants' information and is not the basis of a memo an advocate sends.
 */
export const BANNER =
  'CONFIDENTIAL — child advocate’s recommendation (8 U.S.C. § 1232(c)(6)); for the decision-maker and the child’s attorney only';
/** The same, for a memo copied to no attorney (no `childAttorney`): its readers are the decision-maker alone. */
export const BANNER_DECISION_MAKER_ONLY = 'CONFIDENTIAL — child advocate’s recommendation (8 U.S.C. § 1232(c)(6)); for the decision-maker only';

/**
 * The banner names the readers the memo itself names: the child's attorney only when the memo is
 * copied to one ("Copy to:"), so a memo for a child without an attorney does not restrict itself
 * to a reader it never mentions.
 */
export function bannerFor(c: Pick<BestInterestsMemoCase, 'childAttorney'>): string {
  return c.childAttorney ? BANNER : BANNER_DECISION_MAKER_ONLY;
}

// The document's words for the codes, kept apart from the form's (labels.ts) on purpose: the form's
// label tells one choice from its neighbours in a list with nothing beside it ("Other relative"
// next to "Parent" and "Sibling", "Video call", "The child"), while the document's word sits in a
// table cell or a sentence next to the case's own detail, and must combine with it: "Relative
// (maternal aunt)", not "Other relative (maternal aunt)"; "Child’s attorney" printed alone because
// the detail names the label ("Attorney", roleText); "Shelter care" as an option weighed, the
// form's "Shelter" being the kind of place to choose; a decision-maker's label dropped when the name already says it (decisionLine). One table
// would make one of the two read wrongly. Both are total over the codes (Record types), so a code
// added to schema.ts does not compile until each has its words.
const DECISION_MAKER_LABELS: Record<DecisionMakerType, string | null> = {
  orr: 'Office of Refugee Resettlement',
  'immigration-judge': 'Immigration judge',
  uscis: 'U.S. Citizenship and Immigration Services',
  'asylum-office': 'USCIS Asylum Office',
  other: null,
};

/**
 * "Name, Title, Organization" without empty parts, the organization left out when the title
 * already names it ("Staff Attorney, Bayou Legal Services" as the title): a line says each thing once.
 */
export function personLine(p: Person, say: Say = asTyped): string {
  // `say` after partsOnce: it compares the words as typed ("ORR Child Advocate", "ORR").
  return [p.name, ...partsOnce([p.title, p.organization]).map(say)].join(', ');
}

/**
 * The "Copy to:" line: "Sofia Brennan, Staff Attorney, Bayou Immigrant Legal Services, attorney
 * for the child"; a title that already says whose attorney ("Attorney for the Child", "Child’s
 * Attorney") is not followed by the role again.
 */
export function copyToLine(p: Person, say: Say = asTyped): string {
  const line = personLine(p, say);
  return /\battorney for the child\b|\bchild[’']s attorney\b/iu.test(line) ? line : `${line}, attorney for the child`;
}

/**
 * The capacity under a signature: the title the case gives (the same words as the "From:" line),
 * or the role's plain name when it gives none, then the organization.
 */
export function signatureCapacity(title: string | null, fallback: string, organization: string | null, say: Say = asTyped): string {
  return partsOnce([title ?? fallback, organization]).map(say).join(', ');
}

/**
 * Who decides and when, for the caption: "Immigration judge, Houston Immigration Court; next
 * hearing on April 13, 2026", then "; decision expected by …" when that date is given too (both
 * are the case's, and the caption is the one place either is printed).
 */
export function decisionLine(c: BestInterestsMemoCase): string {
  const label = DECISION_MAKER_LABELS[c.decisionMaker.type];
  const who = [c.decisionMaker.name, label].filter((x): x is string => !!x);
  // The name usually names the office already ("ORR Federal Field Specialist"): the label is added
  // in parentheses only when it says something the name does not.
  // By its abbreviation too ("ORR", "IJ", "EOIR"; addressee.ts namesOwnOffice): "ORR Federal Field
  // Specialist (Office of Refugee Resettlement)" said the office twice.
  let by = who[0] ?? 'Not stated';
  if (who.length === 2 && !saysAlready(who[0]!, label!) && !namesOwnOffice(c.decisionMaker.type, who[0]!)) by = `${who[0]} (${label})`;
  return [by, ...hearingAndDecision(c.nextHearingOn, c.decisionExpectedOn, c.decisionMaker.type === 'immigration-judge')].join('; ');
}

/**
 * The dates of a decision, for the caption: "next hearing on April 14, 2026", "decision expected by
 * May 1, 2026", each when given. A court's decision expected on its hearing's day is said once,
 * "next hearing on April 14, 2026, at which the decision is expected" (it read "next hearing on
 * April 14, 2026; decision expected by April 14, 2026"); for ORR or USCIS, which do not decide at a
 * court's hearing, the two stay apart.
 */
export function hearingAndDecision(hearing: string | null, decision: string | null, decidedAtHearing: boolean): string[] {
  if (hearing !== null && hearing === decision && decidedAtHearing) return [`next hearing on ${longDate(hearing)}, at which the decision is expected`];
  return [hearing ? `next hearing on ${longDate(hearing)}` : null, decision ? `decision expected by ${longDate(decision)}` : null].filter((x): x is string => x !== null);
}

/**
 * The document's words for a proceeding's kind, in the parentheses after its court (the form's
 * words, labels.ts, stand alone in a list): "dependency case", read with the case number as
 * "dependency case no. 2025-04411J". `other` adds nothing: the court is named, and "other" would
 * tell the reader nothing.
 */
const PROCEEDING_WORDS: Record<ProceedingType, string | null> = {
  'immigration-court': 'removal proceedings',
  dependency: 'dependency case',
  'custody-or-guardianship': 'custody or guardianship case',
  delinquency: 'delinquency case',
  criminal: 'criminal case',
  other: null,
};

/**
 * One other proceeding as the caption prints it under "Decision by:", as an attorney lists the
 * child's cases: the court, its kind and number in parentheses, what it is to decide, then its
 * dates in the words of the decision's own line ("Harris County District Court, 313th Judicial
 * District (dependency case no. 2025-04411J): SIJ findings; next hearing on May 5, 2026; decision
 * expected by June 1, 2026"). Domain file, "Other proceedings".
 */
export function proceedingLine(p: Proceeding): string {
  const head = proceedingName(p);
  // Each proceeding is a court's, which decides at a hearing (hearingAndDecision).
  const when = [p.matter, ...hearingAndDecision(p.nextHearingOn, p.decisionExpectedOn, true)].filter((x): x is string => !!x);
  return when.length > 0 ? `${head}: ${when.join('; ')}` : head;
}

/**
 * A proceeding named as the caption names it, its court then its kind and number in parentheses
 * ("Cook County Circuit Court (dependency case no. 2025-JA-00417)"): the caption's line and the
 * Time-sensitive box (time-sensitive.ts) name it in the same words.
 */
export function proceedingName(p: Pick<Proceeding, 'court' | 'type' | 'caseNumber'>): string {
  const kind = PROCEEDING_WORDS[p.type];
  // "dependency case no. X" reads as one phrase; removal proceedings and an unnamed kind take the
  // number apart ("removal proceedings, case no. X").
  const joined = kind !== null && kind.endsWith(' case');
  const aside =
    p.caseNumber === null ? [kind] : joined ? [`${kind} no. ${p.caseNumber}`] : [kind, `case no. ${p.caseNumber}`];
  const parts = aside.filter((x): x is string => x !== null);
  return parts.length > 0 ? `${p.court} (${parts.join(', ')})` : p.court;
}

/**
 * The second line of "From:", the advocate's appointment: "Child Advocate appointed under 8 U.S.C.
 * § 1232(c)(6) by … on …", or "Appointed under …" when the advocate's title on the line above
 * already says "Child Advocate" (the full example's title): the role is said once.
 */
export function appointmentLine(a: Pick<BestInterestsMemoCase['advocate'], 'title' | 'appointedBy' | 'appointedOn'>, named: Say = organizationInProse): string {
  const said = a.title !== null && /\bchild advocate\b/i.test(a.title);
  return [
    said ? 'Appointed under 8 U.S.C. § 1232(c)(6)' : 'Child Advocate appointed under 8 U.S.C. § 1232(c)(6)',
    a.appointedBy ? `by ${named(a.appointedBy)}` : null,
    a.appointedOn ? `on ${longDate(a.appointedOn)}` : null,
  ]
    .filter((x): x is string => !!x)
    .join(' ');
}
