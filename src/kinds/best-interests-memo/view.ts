// Stage 3 context for templates/best-interests-memo.hbs: the validated case shaped for the memo.
//
// Handlebars runs in strict mode, so every optional value is an explicit null, and anything that
// needs logic (labels, sentences with computed numbers, the fixed factor order) is built here and
// unit-tested, leaving the template to lay things out.//
// One module per concept: the caption and parties (caption-view.ts), the Background's facts
// (facts-view.ts), the Time-sensitive box (time-sensitive.ts), the child's words
// (childs-words-view.ts), the wishes against the recommendations (wishes-view.ts), the contacts
// (contacts-view.ts); this file assembles the context from them.
import type { Issue } from '../../errors.js';
import { hasRanking, optionText, recommendedText } from './alternatives.js';
import { appointmentLine, bannerFor, copyToLine, decisionLine, personLine, proceedingLine, signatureCapacity } from './caption-view.js';
import { childsWordsView, lines, quotesInOrder } from './childs-words-view.js';
import { inDateOrder } from './dated-order.js';
import type { BestInterestsComputed } from './compute.js';
import { contactRows, sourcesSentence } from './contacts-view.js';
import { childFacts, childName, relatedDocumentLines } from './facts-view.js';
import { homeStudyNotice } from './home-study.js';
import { siblingLines } from './siblings-view.js';
import { FACTOR_KEYS, FACTOR_TITLES, type BestInterestsMemoCase, type FactorKey } from './schema.js';
import { timeSensitiveNotice } from './time-sensitive.js';
import { divergenceStatement, summaryWishes } from './wishes-view.js';
import { formatANumber, longDate, organizationsInProse } from '../kit/index.js';

// What the tests and a clinic's scripts read from this module, wherever it now lives.
export { AGE_OUT, timeSensitiveNotice } from './time-sensitive.js';
export { appointmentLine, BANNER, BANNER_DECISION_MAKER_ONLY, bannerFor, copyToLine, decisionLine, personLine, proceedingLine, signatureCapacity } from './caption-view.js';
export { childFacts, childName, pendingReliefText, relatedDocumentLines } from './facts-view.js';
export { childsWordsView, lines, quotesInOrder };
export { divergenceStatement, summaryWishes } from './wishes-view.js';
export { longDate };

/** Headings of the factors, in the memo's fixed order (domain file, "Factors"). */
export const FACTOR_HEADINGS: Record<FactorKey, string> = FACTOR_TITLES;

export function view(c: BestInterestsMemoCase, k: BestInterestsComputed, warnings: Issue[]): Record<string, unknown> {
  const a = c.advocate;
  // Whether the "Recommended" cells print ranks: one answer for the whole table.
  const ranked = hasRanking(c.alternatives);
  // The agencies the memo names, by one rule and in the order they print (kit organizationsInProse;
  // docs/fields.md, "Formatting"; docs/domain/best-interests-memo.md): an acronym of its list in a title or an
  // organization ("ORR Child Advocate") spelled out at its first mention, "Office of Refugee
  // Resettlement (ORR) Child Advocate", and as typed after it, "by ORR" on the appointment line
  // under it. The memo's own words name ORR too ("ORR case no.", "ORR custody", Part 2's "ORR's
  // definition"), so ORR is `usedLater`: the appointing body typed in full gives the acronym, "by
  // the Office of Refugee Resettlement (ORR)", and the caption's "Re:" and "Decision by:" lines,
  // the Time-sensitive box and Part 2 go through the rule, each spelling ORR out if nothing before
  // it has. The "To:" lines are an address, printed as the recipient writes it (an envelope's or
  // an e-mail's lines; the memo's text spells the agency out below them). The signatures'
  // capacities come last and keep the acronyms the memo gave.
  const agencies = organizationsInProse({ usedLater: ['ORR'] });
  const from = personLine({ name: a.name, title: a.title, organization: a.organization }, agencies.inText);
  const appointed = appointmentLine(a, agencies);
  const copyTo = c.childAttorney ? copyToLine(c.childAttorney, agencies.inText) : null;
  // "ORR case no." is the memo's label for the number: said only when printed, so it introduces ORR only then.
  const orrCaseNumberLabel = c.child.orrCaseNumber === null ? null : `${agencies.inText('ORR')} case no.`;
  const decisionBy = agencies.inText(decisionLine(c));
  const timeSensitive = timeSensitiveNotice(c, k, warnings);
  const timeSensitiveText = timeSensitive === null ? null : agencies.inText(timeSensitive);
  // Part 2: the definition the factors come from, with its citation (45 CFR 410.1001 is ORR's
  // rule); spelled out where nothing before it named ORR, without a parenthesis against the citation's.
  const orrDefinition = agencies.given('ORR')
    ? "ORR's definition of best interest (45 CFR 410.1001)"
    : `the definition of best interest that the ${agencies.inText('ORR')} gives in 45 CFR 410.1001`;
  const capacities = {
    advocate: signatureCapacity(a.title, 'Child Advocate', a.organization, agencies.inText),
    supervisor: c.supervisingAttorney ? signatureCapacity(c.supervisingAttorney.title, 'Supervising Attorney', c.supervisingAttorney.organization, agencies.inText) : null,
  };
  return {
    title: 'Best-Interests Recommendation',
    banner: bannerFor(c),
    preparedOn: c.preparedOn,
    childName: childName(c.child),
    aNumber: c.child.aNumber ? formatANumber(c.child.aNumber) : null,
    orrCaseNumber: c.child.orrCaseNumber,
    decisionBy,
    orrCaseNumberLabel,
    orrDefinition,
    // The child's other cases, each on its line under "Decision by:" (domain file, "Other proceedings").
    otherProceedings: c.otherProceedings.map(proceedingLine),
    otherProceedingsLabel: c.otherProceedings.length === 1 ? 'Other proceeding' : 'Other proceedings',
    recipient: c.recipient,
    recipientLines: c.recipient.split('\n').map((s) => s.trim()).filter((s) => s !== ''),
    decision: c.decision,
    advocate: {
      name: a.name,
      line: from,
      appointmentLine: appointed,
      capacity: capacities.advocate,
    },
    supervisingAttorney: c.supervisingAttorney ? { name: c.supervisingAttorney.name, capacity: capacities.supervisor! } : null,
    // Not read by the shipped template since 2.17.0 (childAttorneyCopy below), kept for a clinic's
    // template written before: its "Copy to:" line stands under {{#if childAttorney}}, which prints
    // nothing, with no error, once the field is gone (README, "Case data").
    childAttorney: c.childAttorney ? personLine(c.childAttorney) : null,
    // The "Copy to:" line: the attorney's line and the role, the role left out when the title
    // already says it ("Attorney for the Child"): the line says it once (copyToLine).
    childAttorneyCopy: copyTo,
    // The Role part names the attorney by name only: "Copy to:" gives the title and organization.
    childAttorneyName: c.childAttorney ? c.childAttorney.name : null,
    summary: c.summary,
    contacts: contactRows(c.contacts),
    sourcesSentence: sourcesSentence(c.contacts),
    // Dated records in date order, an undated one where given (dated-order.ts).
    recordsReviewed: inDateOrder(c.recordsReviewed, (r) => r.date).map((r) => ({ description: r.description, when: r.date })),
    facts: childFacts(c, k),
    timeSensitive: timeSensitiveText,
    background: {
      identity: c.background.identity,
      family: c.background.family,
      journey: c.background.journey,
      custody: c.background.custody,
      traffickingConcerns: c.background.traffickingConcerns,
    },
    relatedDocuments: relatedDocumentLines(c),
    expressedWishes: c.expressedWishes,
    // Dated quotations in the order the child said them (childs-words-view.ts).
    childsWords: quotesInOrder(c.childsWords).map(childsWordsView),
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
    // Under the family factor too, after the parents' wishes (siblings-view.ts).
    siblings: siblingLines(c),
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
