// Who the memo is addressed to against who decides (docs/domain/best-interests-memo.md, "The
// decision, its maker and its date"): the memo goes to the decision-maker (the advocate's
// recommendation is for whoever decides, 8 U.S.C. § 1232(c)(6); 45 CFR 410.1308), so a "To:" line naming an ORR
// Federal Field Specialist above "Decision by: Immigration judge" (or a judge above ORR) sends the
// recommendation to an office that does not decide, or names the wrong one as deciding; one naming
// only a role that never decides (a case manager, the shelter's staff) sends it to no one who does. Pure;
// compute.ts calls it.
import { andList } from '../kit/index.js';
import type { MemoIssue } from './codes.js';
import type { BestInterestsMemoCase, DecisionMakerType } from './schema.js';

/**
 * The offices a decision comes from, as the free text of the "To:" line and the decision-maker's
 * name can be read for them. An asylum office is part of USCIS, so the two are one office here: a
 * memo for the asylum office addressed to USCIS is not sent astray.
 */
export type Office = 'orr' | 'immigration-court' | 'uscis';

/** Each decision-maker's office; `other` has none (its name is read instead). */
const OFFICE_OF: Record<DecisionMakerType, Office | null> = {
  orr: 'orr',
  'immigration-judge': 'immigration-court',
  uscis: 'uscis',
  'asylum-office': 'uscis',
  other: null,
};

/** The office in a message: its name, never the case's words (messages carry no case data). */
const OFFICE_NAMES: Record<Office, string> = {
  orr: 'the Office of Refugee Resettlement (ORR)',
  'immigration-court': 'an immigration judge or court',
  uscis: 'USCIS (or its asylum office)',
};

/**
 * The words that name each office. Upper-case abbreviations are matched as written ("ORR", "IJ",
 * "FFS", "EOIR", "USCIS"), so an ordinary word never reads as one; the rest in any case. A judge
 * of any court is read as the court's side ("Judge", "The Honorable"): ORR, USCIS and an asylum
 * office are not addressed so.
 */
const OFFICE_WORDS: Record<Office, RegExp[]> = {
  orr: [/\bORR\b/, /\bFFS\b/, /office of refugee resettlement/i, /federal field specialist/i],
  'immigration-court': [/\bIJ\b/, /\bEOIR\b/, /executive office for immigration review/i, /\bimmigration (?:judge|court)s?\b/i, /\bjudge\b/i, /\b(?:the )?honorable\b/i, /\bHon\./],
  uscis: [/\bUSCIS\b/, /citizenship and immigration services/i, /\basylum (?:office|officer)s?\b/i, /\bservice center\b/i, /national benefits center/i],
};

/**
 * The words by which a decision-maker's name already says its type, so the caption's "Decision
 * by:" line adds no label after it (caption-view.ts decisionLine): ORR by its name or abbreviation, or its
 * Federal Field Specialist; an immigration judge by "immigration judge/court", "IJ" or EOIR (a
 * "Judge" alone does not say which court); USCIS by its name or abbreviation; an asylum office by
 * those words. `other` has no label to repeat.
 */
const OWN_WORDS: Record<DecisionMakerType, RegExp[]> = {
  orr: OFFICE_WORDS.orr,
  'immigration-judge': [/\bIJ\b/, /\bEOIR\b/, /executive office for immigration review/i, /\bimmigration (?:judge|court)s?\b/i],
  uscis: [/\bUSCIS\b/, /citizenship and immigration services/i],
  'asylum-office': [/\basylum office\b/i],
  other: [],
};

/** Whether a decision-maker's name already names its type's office ("ORR Federal Field Specialist" for `orr`). */
export function namesOwnOffice(type: DecisionMakerType, name: string): boolean {
  return OWN_WORDS[type].some((re) => re.test(name));
}

/** The offices a text names (none for a name alone, "Elena Varga"). */
export function officesNamed(text: string | null): Set<Office> {
  const out = new Set<Office>();
  if (text === null) return out;
  for (const office of Object.keys(OFFICE_WORDS) as Office[]) {
    if (OFFICE_WORDS[office].some((re) => re.test(text))) out.add(office);
  }
  return out;
}

/** The offices in a message, as a list is written: "a, b and c" (the kit's andList), never "a and b and c". */
const list = (offices: Iterable<Office>): string => andList([...offices].map((o) => OFFICE_NAMES[o]));

/**
 * The roles around a child in ORR custody that never decide the child's custody, release or
 * immigration case, with their name in a message (never the case's words). ORR decides a release
 * (45 CFR part 410, subpart C), its Federal Field Specialist on the case manager's and the case
 * coordinator's recommendation, and 45 CFR 410.1308 gives the advocate's recommendation to the
 * decision-maker; the care provider's staff, the child's
 * clinician, the child's attorney and the post-release or home-study provider recommend, treat,
 * represent or report, and decide nothing. A "To:" line naming only such a role sends the
 * recommendation to someone who will pass it on, or not.
 */
const NON_DECIDING: ReadonlyArray<{ words: RegExp[]; name: string }> = [
  { words: [/\bcase (?:manager|coordinator|worker)s?\b/i, /\bcaseworkers?\b/i], name: 'a case manager or case coordinator' },
  {
    words: [/\bshelter\b/i, /\bcare providers?\b/i, /\byouth care workers?\b/i, /\bprogram director\b/i, /\bfoster (?:parents?|families|family|home)\b/i],
    name: 'the shelter or care provider (its staff, director or foster family)',
  },
  { words: [/\bclinicians?\b/i, /\btherapists?\b/i, /\bsocial workers?\b/i], name: 'a clinician or therapist' },
  { words: [/\battorney for the child\b/i, /\bchild[’']s attorney\b/i, /\blegal service providers?\b/i], name: 'the child’s attorney' },
  { words: [/\bpost-release services?\b/i, /\bhome stud(?:y|ies) (?:provider|caseworker)s?\b/i], name: 'a post-release or home-study provider' },
];

/** The roles a text names that never decide (none for a name alone, or an office). */
export function nonDecidingRolesNamed(text: string | null): string[] {
  if (text === null) return [];
  return NON_DECIDING.filter((r) => r.words.some((re) => re.test(text))).map((r) => r.name);
}

/**
 * Warnings `addressee-not-decision-maker`:
 * - at `recipient`: the "To:" line names an office, and none of them is the one that decides (the
 *   decision-maker's type, or for `other` the offices its name names);
 * - at `decisionMaker.name`: the name names an office, none of them the type's ("Immigration
 *   Judge, Houston Immigration Court" with type `orr` prints "Decision by: … (Office of Refugee
 *   Resettlement)").
 * A text that names no office (a person's name alone) is not judged: nothing on the page contradicts.
 */
export function addresseeIssues(c: Pick<BestInterestsMemoCase, 'recipient' | 'decisionMaker'>): MemoIssue[] {
  const issues: MemoIssue[] = [];
  const type = c.decisionMaker.type;
  const own = OFFICE_OF[type];
  const named = officesNamed(c.decisionMaker.name);
  if (own !== null && named.size > 0 && !named.has(own)) {
    issues.push({
      path: 'decisionMaker.name',
      code: 'addressee-not-decision-maker',
      message: `names ${list(named)}, but who decides (decisionMaker.type) is ${OFFICE_NAMES[own]}: the caption would print both; correct the name or who decides`,
    });
  }
  const deciders = own !== null ? new Set<Office>([own]) : named;
  const to = officesNamed(c.recipient);
  if (deciders.size > 0 && to.size > 0 && ![...to].some((o) => deciders.has(o))) {
    issues.push({
      path: 'recipient',
      code: 'addressee-not-decision-maker',
      message: `the memo is addressed to ${list(to)}, but the decision is made by ${list(deciders)} (decisionMaker): address it to who decides, or correct who decides`,
    });
  }
  // A "To:" line that names no office but a role that never decides (a case manager, the
  // shelter's staff): the recommendation goes to someone who does not decide. Not when the
  // decision-maker's own name names that role (an `other` decision-maker the case describes so).
  if (to.size === 0) {
    const roles = nonDecidingRolesNamed(c.recipient);
    const own = new Set(nonDecidingRolesNamed(c.decisionMaker.name));
    const astray = roles.filter((r) => !own.has(r));
    if (astray.length > 0) {
      const decides = deciders.size > 0 ? list(deciders) : 'the decision-maker the memo names';
      issues.push({
        path: 'recipient',
        code: 'addressee-not-decision-maker',
        message: `names ${andList(astray)}, and no office that decides: ${astray.length === 1 ? 'that role does' : 'those roles do'} not decide the child’s custody, release or case, and the decision is made by ${decides} (decisionMaker): address the memo to who decides`,
      });
    }
  }
  return issues;
}
