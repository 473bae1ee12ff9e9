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
import { reportedToLawEnforcement, traffickerHasAccess } from './implied.js';
import type { RfaCase } from './schema.js';

/** The warning `child-in-danger` when the child is in current danger (safety.inCurrentDanger true), else null. */
export function childInDanger(c: RfaCase): RfaIssue | null {
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
