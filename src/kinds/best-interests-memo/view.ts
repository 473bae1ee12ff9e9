// Stage 3 context for templates/best-interests-memo.hbs: the validated case shaped for the memo.
//
// Handlebars runs in strict mode, so every optional value is an explicit null, and anything that
// needs logic (labels, sentences with computed numbers, the fixed factor order) is built here and
// unit-tested, leaving the template to lay things out.
import type { Issue } from '../../errors.js';
import { hasRanking, optionText, recommendedText } from './alternatives.js';
import type { BestInterestsComputed } from './compute.js';
import { contactRows, sourcesSentence } from './contacts-view.js';
import { homeStudyNotice } from './home-study.js';
import {
  FACTOR_KEYS,
  FACTOR_TITLES,
  type BestInterestsMemoCase,
  type DecisionMakerType,
  type FactorKey,
  type PendingRelief,
  type Person,
} from './schema.js';
import { proposedSponsors, proposedSponsorText } from './sponsors.js';
import { calendarDate, count, countryName, daysBetween, distinctLanguages, formatANumber, isEnglish, longDate, namesLine, organizationInProse, partsOnce, sameLanguage, saysAlready } from '../kit/index.js';
import { namesOwnOffice } from './addressee.js';

export { longDate };

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

/** Headings of the factors, in the memo's fixed order (domain file, "Factors"). */
export const FACTOR_HEADINGS: Record<FactorKey, string> = FACTOR_TITLES;

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

const RELATED_LABELS: Record<BestInterestsMemoCase['background']['relatedDocuments'][number]['type'], string> = {
  rfa: 'Request for Assistance for a child to HHS OTIP',
  'otip-interim-assistance-letter': 'OTIP Interim Assistance Letter',
  'otip-eligibility-letter': 'OTIP Eligibility Letter',
  other: 'Related document',
};

// The relief by its name in a sentence of the Background; `other` is named by the case's detail.
const RELIEF_LABELS: Record<PendingRelief['type'], string | null> = {
  asylum: 'Asylum',
  'special-immigrant-juvenile': 'Special Immigrant Juvenile status',
  't-visa': 'T nonimmigrant status (T visa)',
  'u-visa': 'U nonimmigrant status (U visa)',
  other: null,
};

/**
 * One pending application in the Background: "Special Immigrant Juvenile status (filed January 5,
 * 2026; with USCIS, not yet decided)"; an `other` is named by its detail (other-not-described
 * requires it).
 */
export function pendingReliefText(r: PendingRelief): string {
  const label = RELIEF_LABELS[r.type];
  const name = label ?? r.detail ?? 'Other relief';
  const parts = [r.filedOn ? `filed ${longDate(r.filedOn)}` : null, label !== null ? r.detail : null].filter((x): x is string => !!x);
  return parts.length > 0 ? `${name} (${parts.join('; ')})` : name;
}

const days = (n: number): string => count(n, 'day');

/**
 * A text's lines, blank ones dropped: the lists (`recipientLines`, `textLines`, …) the shipped
 * template read before the `lines` helper, kept for a clinic's older template, whose `{{#each}}` over
 * a field that is gone prints nothing without an error (README, "Case data").
 */
export function lines(text: string): string[] {
  return text.split('\n').filter((l) => l.trim() !== '');
}

/**
 * "Name, Title, Organization" without empty parts, the organization left out when the title
 * already names it ("Staff Attorney, Bayou Legal Services" as the title): a line says each thing once.
 */
export function personLine(p: Person): string {
  return [p.name, ...partsOnce([p.title, p.organization])].join(', ');
}

/**
 * The "Copy to:" line: "Sofia Brennan, Staff Attorney, Bayou Immigrant Legal Services, attorney
 * for the child"; a title that already says whose attorney ("Attorney for the Child", "Child’s
 * Attorney") is not followed by the role again.
 */
export function copyToLine(p: Person): string {
  const line = personLine(p);
  return /\battorney for the child\b|\bchild[’']s attorney\b/iu.test(line) ? line : `${line}, attorney for the child`;
}

/**
 * The capacity under a signature: the title the case gives (the same words as the "From:" line),
 * or the role's plain name when it gives none, then the organization.
 */
export function signatureCapacity(title: string | null, fallback: string, organization: string | null): string {
  return partsOnce([title ?? fallback, organization]).join(', ');
}

/**
 * The child's name as the memo prints it: given and family name, or the given name alone when the
 * child has no family name given (noFamilyName: a child of one name, or one who gave a first name
 * only), never a word typed for "none" (kit one-name.ts).
 */
export function childName(ch: BestInterestsMemoCase['child']): string {
  return ch.familyName === null ? ch.givenName : `${ch.givenName} ${ch.familyName}`;
}

/** What the facts' "Name" row adds after a name with no family name: why there is none. */
const NO_FAMILY_NAME_NOTE = { 'not-yet-known': 'family name not yet known', none: 'one name only' } as const;

/** The key facts about the child, as label/value rows (computed values pre-formatted). */
export function childFacts(c: BestInterestsMemoCase, k: BestInterestsComputed): Array<{ label: string; value: string }> {
  const ch = c.child;
  const rows: Array<{ label: string; value: string }> = [];
  // A name of one part says why, so the reader does not take a family name for left out.
  rows.push({ label: 'Name', value: ch.noFamilyName === null ? childName(ch) : `${childName(ch)} (${NO_FAMILY_NAME_NOTE[ch.noFamilyName]})` });
  if (ch.otherNames.length > 0) rows.push({ label: 'Also known as', value: namesLine(ch.otherNames)! });
  rows.push({ label: 'Date of birth', value: longDate(ch.dateOfBirth) + (ch.dateOfBirthEstimated ? ' (estimated)' : '') });
  // Computed from the date of birth: estimates when it is one.
  rows.push({ label: 'Age on the date of this memo', value: `${k.ageAtMemo}${estimatedMark(k)}` });
  rows.push({
    label: '18th birthday',
    value: `${longDate(k.eighteenthBirthday)}${estimatedMark(k)}, ${days(k.daysUntil18)} after the date of this memo`,
  });
  if (ch.aNumber) rows.push({ label: 'A-number', value: formatANumber(ch.aNumber) });
  if (ch.countryOfBirth) rows.push({ label: 'Country of birth', value: countryName(ch.countryOfBirth) ?? ch.countryOfBirth });
  // Each language once: the primary given again among the others ("Mam" and "mam") is not listed
  // twice (kit/language.ts compares them).
  const langs = distinctLanguages([ch.primaryLanguage, ...ch.otherLanguages].filter((x): x is string => !!x));
  if (langs.length > 0) {
    // "(primary: …)" only tells which of several is the primary: one language alone is not
    // followed by its own name again ("Spanish (primary: Spanish)").
    const which = ch.primaryLanguage !== null && langs.length > 1 ? ` (primary: ${ch.primaryLanguage})` : '';
    rows.push({ label: 'Languages', value: `${langs.join(', ')}${which}` });
  }
  // A disability is a ground of the home study by law (home-study.ts): the paragraph points here.
  if (ch.disability) rows.push({ label: 'Disability', value: ch.disability });
  if (ch.currentPlacement) rows.push({ label: 'Current placement', value: ch.currentPlacement });
  // Each proposed sponsor on a line of its own (the cell prints with the lines helper).
  const sponsors = proposedSponsors(c);
  if (sponsors.length > 0) rows.push({ label: sponsors.length === 1 ? 'Proposed sponsor' : 'Proposed sponsors', value: sponsors.map(proposedSponsorText).join('\n') });
  if (ch.admittedToCustodyOn && k.daysInCustody !== null) {
    rows.push({
      label: 'In ORR custody since',
      // Admitted that very day: "0 days" reads as a mistake.
      value: `${longDate(ch.admittedToCustodyOn)} (${k.daysInCustody === 0 ? 'admitted on the date of this memo' : `${days(k.daysInCustody)} on the date of this memo`})`,
    });
  }
  // What the decision-maker weighs beside the placement: relief already sought (a judge deciding a
  // continuance, ORR planning for a child whose SIJ petition is pending).
  if (c.pendingRelief.length > 0) rows.push({ label: 'Immigration relief pending', value: c.pendingRelief.map(pendingReliefText).join('; ') });
  return rows;
}

/** " (estimated)" after a date or an age computed from an estimated date of birth, else "". */
function estimatedMark(k: BestInterestsComputed): string {
  return k.dateOfBirthEstimated ? ' (estimated)' : '';
}

/**
 * The "Time-sensitive" box of the summary (null when nothing is): the 18th birthday when it is
 * within the warning's days (`turns-18-soon`), and each decision date that falls on or after it
 * (`decision-after-18`), with why that matters: ORR's custody ends at 18 (6 U.S.C. § 279(g)(2)),
 * so the recommendation may be moot by then; and, last, what the law requires for a child still in
 * custody on that birthday (`AGE_OUT`). The birthday is marked "(estimated)" when the date of birth
 * is, as everywhere it is printed.
 */
export function timeSensitiveNotice(c: BestInterestsMemoCase, k: BestInterestsComputed, warnings: Issue[]): string | null {
  const parts: string[] = [];
  const birthday = `${longDate(k.eighteenthBirthday)}${estimatedMark(k)}`;
  let named = false; // the birthday's date is already in the box: later sentences say "that birthday"
  const late = new Set(warnings.filter((w) => w.code === 'decision-after-18').map((w) => w.path));
  if (warnings.some((w) => w.code === 'turns-18-soon')) {
    // The end of ORR custody at 18 is said once: here when no decision date is late, else in the
    // box's last sentence, with its citation, where it explains why a late date matters.
    parts.push(
      late.size === 0
        ? `The child turns 18 on ${birthday}, ${days(k.daysUntil18)} after the date of this memo. ` +
            'ORR custody ends at 18, and the Unaccompanied Refugee Minors program must be entered before the 18th birthday.'
        : `The child turns 18 on ${birthday}, ${days(k.daysUntil18)} after the date of this memo, ` +
            'and the Unaccompanied Refugee Minors program must be entered before that birthday.',
    );
    named = true;
  }
  const relation = (on: string): string => {
    const after = daysBetween(calendarDate(k.eighteenthBirthday), calendarDate(on));
    const ref = named ? 'that birthday' : `the child’s 18th birthday, ${birthday}`;
    named = true;
    return after === 0 ? `on ${ref}` : `${days(after)} after ${ref}`;
  };
  if (late.has('nextHearingOn') && c.nextHearingOn !== null) parts.push(`The next hearing, on ${longDate(c.nextHearingOn)}, is ${relation(c.nextHearingOn)}.`);
  if (late.has('decisionExpectedOn') && c.decisionExpectedOn !== null) {
    parts.push(`The decision is expected by ${longDate(c.decisionExpectedOn)}, ${relation(c.decisionExpectedOn)}.`);
  }
  if (late.size > 0) parts.push('Because ORR’s custody of an unaccompanied child ends at 18 (6 U.S.C. § 279(g)(2)), this recommendation may be moot by then.');
  if (parts.length === 0) return null;
  // Custody ending is not the whole story: a box that says so must also say what the law requires
  // next, or "moot" reads as the end of the matter (8 U.S.C. § 1232(c)(2)(B)).
  parts.push(AGE_OUT);
  return parts.join(' ');
}

/**
 * What happens at 18 to a child still in ORR's custody, the last sentence of the Time-sensitive box
 * (docs/domain/best-interests-memo-eighteen.md, "What happens at 18"): ORR's custody ends (6 U.S.C. § 279(g)(2)),
 * and a child then transferred to DHS must be considered for the least restrictive setting
 * available, with alternatives to detention such as a sponsor (8 U.S.C. § 1232(c)(2)(B), as
 * amended in 2013; Ramirez v. ICE, 310 F. Supp. 3d 7 (D.D.C. 2018)). It tells the decision-maker
 * that the advocate's view of the least restrictive setting still has a use after that birthday.
 */
export const AGE_OUT =
  'If the child is still in ORR’s custody on that birthday and is transferred to the custody of the Department of Homeland Security (DHS), ' +
  'DHS must consider placement in the least restrictive setting available, after taking into account danger to self, danger to the community and risk of flight, ' +
  'and the child is eligible for alternatives to detention, which may include placement with an individual or organizational sponsor (8 U.S.C. § 1232(c)(2)(B)).';

/**
 * One quotation of the child as the template prints it. The quotation is always in English
 * (`text`); what follows it says where the English came from: the original and its language, or,
 * without the original, "translated from" the language, so a judge does not read an interpreter's
 * English as the child's own words. A language given as English is the child's own words: no note.
 * Words relayed through a language in between (`through`: Mam to Spanish to English, common for the
 * indigenous languages of Guatemala) say so, since two interpreters stand between the child and the
 * English: "(translated from Mam through Spanish)", "(Mam: “…”; translated through Spanish)".
 */
export function childsWordsView(q: BestInterestsMemoCase['childsWords'][number]): {
  text: string;
  original: string | null;
  /** Before the original: its language, or "original" when the case does not say which. */
  originalLabel: string;
  /** Without an original: the language the English was translated from, else null. */
  translatedFrom: string | null;
  /** `text` and `original` as lists of lines, for older templates. */
  textLines: string[];
  originalLines: string[] | null;
  /**
   * The relay language, printed "through …"; null when none was given, nothing was translated, or
   * it is no third language (English, or the child's language again).
   */
  through: string | null;
  /** When the child said it, as the memo prints dates ("February 20, 2026"), or null. */
  saidOn: string | null;
} {
  const english = q.language !== null && isEnglish(q.language);
  // A relay goes through a third language: not through English, into which every quotation is
  // translated, nor through the child's own language again ("from Mam through Mam").
  const relay = q.through !== null && !isEnglish(q.through) && !(q.language !== null && sameLanguage(q.through, q.language));
  return {
    text: q.text,
    original: q.original,
    textLines: lines(q.text),
    originalLines: q.original === null ? null : lines(q.original),
    originalLabel: q.language ?? 'original',
    translatedFrom: q.original === null && q.language !== null && !english ? q.language : null,
    through: !english && relay ? q.through : null,
    saidOn: q.saidOn === null ? null : longDate(q.saidOn),
  };
}

export function relatedDocumentLines(c: BestInterestsMemoCase): string[] {
  return c.background.relatedDocuments.map((d) =>
    [RELATED_LABELS[d.type], d.date ? `dated ${longDate(d.date)}` : null, d.reference].filter((x): x is string => !!x).join(', '),
  );
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
  const when = [
    c.nextHearingOn ? `next hearing on ${longDate(c.nextHearingOn)}` : null,
    c.decisionExpectedOn ? `decision expected by ${longDate(c.decisionExpectedOn)}` : null,
  ].filter((x): x is string => x !== null);
  return [by, ...when].join('; ');
}

/**
 * The second line of "From:", the advocate's appointment: "Child Advocate appointed under 8 U.S.C.
 * § 1232(c)(6) by … on …", or "Appointed under …" when the advocate's title on the line above
 * already says "Child Advocate" (the full example's title): the role is said once.
 */
export function appointmentLine(a: Pick<BestInterestsMemoCase['advocate'], 'title' | 'appointedBy' | 'appointedOn'>): string {
  const said = a.title !== null && /\bchild advocate\b/i.test(a.title);
  return [
    said ? 'Appointed under 8 U.S.C. § 1232(c)(6)' : 'Child Advocate appointed under 8 U.S.C. § 1232(c)(6)',
    a.appointedBy ? `by ${organizationInProse(a.appointedBy)}` : null,
    a.appointedOn ? `on ${longDate(a.appointedOn)}` : null,
  ]
    .filter((x): x is string => !!x)
    .join(' ');
}

export function view(c: BestInterestsMemoCase, k: BestInterestsComputed, warnings: Issue[]): Record<string, unknown> {
  const a = c.advocate;
  // Whether the "Recommended" cells print ranks: one answer for the whole table.
  const ranked = hasRanking(c.alternatives);
  return {
    title: 'Best-Interests Recommendation',
    banner: bannerFor(c),
    preparedOn: c.preparedOn,
    childName: childName(c.child),
    aNumber: c.child.aNumber ? formatANumber(c.child.aNumber) : null,
    orrCaseNumber: c.child.orrCaseNumber,
    decisionBy: decisionLine(c),
    recipient: c.recipient,
    recipientLines: c.recipient.split('\n').map((s) => s.trim()).filter((s) => s !== ''),
    decision: c.decision,
    advocate: {
      name: a.name,
      line: personLine({ name: a.name, title: a.title, organization: a.organization }),
      appointmentLine: appointmentLine(a),
      capacity: signatureCapacity(a.title, 'Child Advocate', a.organization),
    },
    supervisingAttorney: c.supervisingAttorney
      ? { name: c.supervisingAttorney.name, capacity: signatureCapacity(c.supervisingAttorney.title, 'Supervising Attorney', c.supervisingAttorney.organization) }
      : null,
    childAttorney: c.childAttorney ? personLine(c.childAttorney) : null,
    // The "Copy to:" line: the attorney's line and the role, the role left out when the title
    // already says it ("Attorney for the Child"): the line says it once (copyToLine).
    childAttorneyCopy: c.childAttorney ? copyToLine(c.childAttorney) : null,
    // The Role part names the attorney by name only: "Copy to:" gives the title and organization.
    childAttorneyName: c.childAttorney ? c.childAttorney.name : null,
    summary: c.summary,
    contacts: contactRows(c.contacts),
    sourcesSentence: sourcesSentence(c.contacts),
    recordsReviewed: c.recordsReviewed.map((r) => ({ description: r.description, when: r.date })),
    facts: childFacts(c, k),
    timeSensitive: timeSensitiveNotice(c, k, warnings),
    background: {
      identity: c.background.identity,
      family: c.background.family,
      journey: c.background.journey,
      custody: c.background.custody,
      traffickingConcerns: c.background.traffickingConcerns,
    },
    relatedDocuments: relatedDocumentLines(c),
    expressedWishes: c.expressedWishes,
    childsWords: c.childsWords.map(childsWordsView),
    factors: FACTOR_KEYS.map((key) => {
      const f = c.factors[key];
      return {
        key,
        heading: FACTOR_HEADINGS[key],
        analysis: f.analysis,
        notApplicable: f.notApplicable,
        notApplicableLines: f.notApplicable === null ? null : lines(f.notApplicable),
        isFamilyIntegrity: key === 'familyIntegrity',
      };
    }),
    parentsWishes: c.parentsWishes.map((p) => ({ ...p })),
    divergence: c.divergence === null ? null : { ...c.divergence, statement: divergenceStatement(c.divergence) },
    // The summary's "The child's wishes:" line, in the sense of Part 7's first sentence (null: none).
    wishesInSummary: c.divergence === null ? null : summaryWishes(c.divergence),
    alternatives: c.alternatives.map((x) => {
      const option = optionText(c, x);
      return { option, optionLines: lines(option), recommended: recommendedText(x, ranked), reason: x.reason, reasonLines: lines(x.reason) };
    }),
    alternativesRanked: ranked,
    // The law's and ORR's home-study requirements, each with its citation (home-study.ts).
    homeStudy: homeStudyNotice(c, k.homeStudyGrounds, k.ageAtMemo, k.dateOfBirthEstimated),
    recommendations: c.recommendations.map((r) => ({ text: r.text, conditions: r.conditions })),
    attachments: c.attachments,
  };
}

/**
 * Part 7's opening sentence, saying only what the case states (docs/domain/best-interests-memo.md,
 * "Sections" 8). The child's wishes are free text, so whether the recommendation is what the
 * child wants most is the advocate's answer (`childsChoice`), never inferred from `diverges:
 * false`: that the recommendation "is consistent with the child's expressed wishes" was printed
 * for the child's second choice too, which a decision-maker reads as the child's own wish.
 */
export function divergenceStatement(d: { diverges: boolean; childsChoice: 'first' | 'other' | null }): string {
  if (d.diverges) {
    return d.childsChoice === 'other'
      ? "The advocate's recommendations are an outcome the child named, but not the child's first choice, and depart from the child's expressed wishes, set out in Part 5, for these reasons:"
      : "The advocate's recommendations depart from the child's expressed wishes, set out in Part 5, for these reasons:";
  }
  if (d.childsChoice === 'first') return "The advocate's recommendations are consistent with the child's expressed wishes, set out in Part 5: they are the child's first choice.";
  if (d.childsChoice === 'other') return "The advocate's recommendations do not depart from the child's expressed wishes, set out in Part 5, but they are not the child's first choice: they are another outcome the child named.";
  return "The advocate's recommendations do not depart from the child's expressed wishes, set out in Part 5.";
}

/** Where the summary's line sends the reader, the same in each of its sentences. */
const WISHES_WHERE = "The child's expressed wishes are set out in Part 5, in the child's words where possible,";

/**
 * The summary's "The child's wishes:" line (docs/domain/best-interests-memo.md, "Sections" 8): what
 * Part 7's first sentence says (divergenceStatement), on page 1, whatever the advocate's own summary
 * says, whenever the recommendation is not simply the child's wish. A recommendation of another
 * outcome the child named (`childsChoice: other`) was said to be one in Part 7 alone, so a
 * decision-maker reading page 1 took it for what the child wants most. Null when the case says the
 * recommendation is the child's first choice, or only that it does not depart from the wishes:
 * then the summary has nothing to correct.
 */
export function summaryWishes(d: { diverges: boolean; childsChoice: 'first' | 'other' | null }): string | null {
  if (d.diverges) {
    const what =
      d.childsChoice === 'other'
        ? "These recommendations depart from what the child wants: they are an outcome the child named, but not the child's first choice."
        : 'These recommendations depart from what the child wants.';
    return `${what} ${WISHES_WHERE} and the advocate's reasons for departing from them in Part 7.`;
  }
  if (d.childsChoice === 'other') {
    return (
      "These recommendations do not depart from what the child wants, but they are not the child's first choice: they are another outcome the child named. " +
      `${WISHES_WHERE} and how the recommendations stand against them in Part 7.`
    );
  }
  return null;
}
