// The child of the request in danger now (docs/domain/rfa.md, "The child in danger now"). OTIP's
// form asks whether the child is in current danger so that OTIP can "assess and address potential
// child protection issues" (OMB No. 0970-0362, supporting statement, 2021 and 2024), but a request
// for assistance is no emergency report: OTIP decides on letters, it does not go to the child. A
// draft that answered "Child in current danger: Yes" said nothing more, where another child still
// with the suspected trafficker is told to be reported as for any child (compute.ts,
// other-minor-with-trafficker). Reporting is for the child's safety and never a condition of the
// child's letter (22 U.S.C. § 7105(b)(1)(G); the domain file's "Law-enforcement reporting is
// never a condition"), and the message says so.
import type { RfaIssue } from './codes.js';
import { accessBy, reportedToLawEnforcement, traffickerHasAccess } from './implied.js';
import type { RfaCase } from './schema.js';

/**
 * The warning `child-in-danger` when the child is in current danger (safety.inCurrentDanger true),
 * or lives with someone suspected in the trafficking (a suspected sponsor the child was released
 * to, a suspected parent or a suspected trafficker the child lives with: implied.ts) while the
 * danger is not yet answered; else null. A child released to a sponsor who is the trafficker (an
 * aunt who brought the child to work for her) got no word: "Child in current danger: Not yet known"
 * under a sponsor marked "Do not contact".
 */
export function childInDanger(c: RfaCase): RfaIssue | null {
  const lives = accessBy(c);
  if (c.safety.inCurrentDanger === null && lives !== null) {
    const report = reportedToLawEnforcement(c).value === true ? 'tell child welfare (child protective services) now, and the law-enforcement contact (section 7)' : 'report it now as for any child, to child welfare (child protective services) and law enforcement';
    return {
      path: 'safety.inCurrentDanger',
      code: 'child-in-danger',
      message: `${lives.why}, and may be in danger now: this request is no emergency report and does not protect the child now; answer “Child in current danger” (section 6), and if the child is, ${report}, and call 911 if the danger is immediate. The report is for the child’s safety, never a condition of the child’s letter`,
    };
  }
  if (c.safety.inCurrentDanger !== true) return null;
  // Answered or implied (the child lives with a suspect: implied.ts).
  const access = traffickerHasAccess(c).value === true ? ', and the suspected trafficker has access to the child' : '';
  // Reported already (or the requester is law enforcement): the agency is told the danger is now.
  const report =
    reportedToLawEnforcement(c).value === true
      ? 'tell child welfare (child protective services) now, and the law-enforcement contact (section 7) that the danger is current'
      : 'report the danger now as for any child, to child welfare (child protective services) and law enforcement';
  return {
    path: 'safety.inCurrentDanger',
    code: 'child-in-danger',
    message: `the child is in current danger (section 6)${access}: this request is no emergency report and does not protect the child now; ${report}, and call 911 if the danger is immediate. The report is for the child’s safety, never a condition of the child’s letter`,
  };
}
