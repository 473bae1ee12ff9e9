// Dates of the memo that contradict each other (docs/domain/best-interests-memo.md, "The decision,
// its maker and its date" and "Dates that contradict each other"): each is printed, and a
// decision-maker who reads two that cannot both be right doubts the rest. Warnings: Harbor cannot
// tell which date is wrong, and each has a case where the other is missing from the memo.
import type { MemoIssue } from './codes.js';
import type { BestInterestsMemoCase } from './schema.js';

/** The OTIP letters that answer a Request for Assistance (22 U.S.C. § 7105(b)(1)(G); docs/domain/rfa.md). */
const LETTERS_ANSWERING_AN_RFA = new Set(['otip-interim-assistance-letter', 'otip-eligibility-letter']);

export function dateAgreementIssues(c: BestInterestsMemoCase): MemoIssue[] {
  const out: MemoIssue[] = [];
  // An immigration judge decides at a hearing (domain file, as hearing-date-required; the caption prints "next hearing on …;
  // decision expected by …"): a decision expected before the next hearing cannot come from it.
  // Not for ORR, USCIS or an asylum office, which may decide before a court's hearing.
  if (c.decisionMaker.type === 'immigration-judge' && c.nextHearingOn !== null && c.decisionExpectedOn !== null && c.decisionExpectedOn < c.nextHearingOn) {
    out.push({
      path: 'decisionExpectedOn',
      code: 'decision-before-hearing',
      message:
        'is before the next hearing (nextHearingOn), and an immigration judge decides at a hearing: the caption would print a decision expected before the hearing it comes from; correct one of the two dates, or leave the expected date out',
    });
  }
  // The same of each other proceeding (domain file, "Other proceedings"): each is a court's case
  // (its `court` is required), and a court decides at a hearing.
  c.otherProceedings.forEach((p, i) => {
    if (p.nextHearingOn === null || p.decisionExpectedOn === null || p.decisionExpectedOn >= p.nextHearingOn) return;
    out.push({
      path: `otherProceedings.${i}.decisionExpectedOn`,
      code: 'decision-before-hearing',
      message:
        'is before this proceeding’s next hearing (nextHearingOn), and a court decides at a hearing: the caption would print a decision expected before the hearing it comes from; correct one of the two dates, or leave the expected date out',
    });
  });
  // An OTIP letter answers a Request for Assistance: one dated before every RFA the memo lists
  // reads as the answer before the question. Only when an RFA is listed with its date.
  const docs = c.background.relatedDocuments;
  const rfaDates = docs.filter((d) => d.type === 'rfa' && d.date !== null).map((d) => d.date!);
  if (rfaDates.length > 0) {
    const firstRfa = rfaDates.reduce((a, b) => (b < a ? b : a));
    docs.forEach((d, i) => {
      if (!LETTERS_ANSWERING_AN_RFA.has(d.type) || d.date === null || d.date >= firstRfa) return;
      out.push({
        path: `background.relatedDocuments.${i}.date`,
        code: 'letter-before-request',
        message:
          'is before every Request for Assistance the memo lists (type rfa), and an OTIP letter answers a request: correct the date, or list the earlier request it answered',
      });
    });
  }
  return out;
}
