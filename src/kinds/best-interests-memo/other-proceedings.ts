// The memo's other proceedings (domain file, "Other proceedings"): their dates, future dates as the
// memo's own are, and an entry that repeats the memo's own decision. Called by compute.ts.
import type { MemoIssue } from './codes.js';
import type { BestInterestsMemoCase } from './schema.js';

export function otherProceedingIssues(c: BestInterestsMemoCase): { errors: MemoIssue[]; warnings: MemoIssue[] } {
  const errors: MemoIssue[] = [];
  const warnings: MemoIssue[] = [];
  const memo = c.preparedOn;
  // The other proceedings' dates (domain file, "Other proceedings") are future dates as the memo's
  // own are, by the same rules and codes: each is printed in the caption beside the decision's.
  c.otherProceedings.forEach((p, i) => {
    if (p.nextHearingOn !== null && p.nextHearingOn < memo) {
      errors.push({ path: `otherProceedings.${i}.nextHearingOn`, code: 'hearing-before-memo-date', message: 'must be on or after the memo date (preparedOn): it is this proceeding’s next hearing' });
    }
    if (p.decisionExpectedOn !== null && p.decisionExpectedOn < memo) {
      errors.push({
        path: `otherProceedings.${i}.decisionExpectedOn`,
        code: 'decision-before-memo-date',
        message: 'must be on or after the memo date (preparedOn): it is when this proceeding’s decision is expected; leave it out if that date has passed and no new one is known',
      });
    }
  });

  // An immigration judge's decision is made in the child's removal proceedings; an other proceeding
  // of type immigration-court beside it is most likely those same proceedings typed twice, which the
  // caption would print as a second case (domain file, "Other proceedings"). A warning, not an
  // error: a venue changed or a second A-number can make it another case, which the advocate knows.
  if (c.decisionMaker.type === 'immigration-judge') {
    c.otherProceedings.forEach((p, i) => {
      if (p.type !== 'immigration-court') return;
      warnings.push({
        path: `otherProceedings.${i}.type`,
        code: 'proceeding-repeats-decision',
        message:
          'is removal proceedings (immigration-court), and the memo’s own decision is an immigration judge’s (decisionMaker), made in the child’s removal proceedings: the caption would print them twice, under “Decision by:” and “Other proceeding:”; remove this proceeding, or give its case number and court if it is another case',
      });
    });
  }
  return { errors, warnings };
}
