// Answers of the draft that other fields of the case already give (docs/domain/rfa.md, "Answers
// implied by other fields"). A yes/no left empty is filled in from them, with the reason printed
// beside it, so the page never says "Not yet known" of what it states elsewhere; an answer that
// contradicts them is refused (`answer-contradicted`, compute.ts), never printed beside them.
import { RELATIONSHIP_LABELS } from './labels.js';
import { fosterParentNotCurrent, NOT_CURRENT } from './placement.js';
import { looseName } from '../kit/index.js';
import type { RfaCase } from './schema.js';

/** A yes/no as the draft reads it: the answer given, or one implied by other fields (with why). */
export interface Answer {
  value: boolean | null;
  /** Why the answer is implied, printed after "Yes"; null when it is the case's own answer or none. */
  implied: string | null;
  /** The field whose value implies the answer, in words: its label and where the draft asks it (the `answer-contradicted` error says it). */
  because: string | null;
}

interface Implication {
  /** The field that implies the answer, named as the form and the page name it (a message never names a path). */
  because: string;
  why: string;
}

/**
 * What makes "reported to law enforcement" yes: a requester who is law enforcement has, by
 * preparing the request, put the concern before law enforcement; a law-enforcement case number
 * exists only for a concern reported to it.
 */
function reportedBy(c: RfaCase): Implication | null {
  if (c.requester.lawEnforcement === true) return { because: '“Requester is law enforcement”, section 1', why: 'the requester is law enforcement' };
  if (c.lawEnforcement.caseNumber !== null) return { because: '“Case number”, section 7', why: 'a law-enforcement case number is given' };
  return null;
}

/**
 * What makes "suspected trafficker has access to the child" yes: the child lives with someone
 * suspected in the trafficking: the sponsor the child was released to, a parent or guardian
 * marked both suspected and living with the child, or a listed suspected trafficker the child
 * lives with. The first that holds is the reason printed.
 */
export function accessBy(c: RfaCase): Implication | null {
  const s = c.location.sponsor;
  if (c.location.custody === 'released-to-sponsor' && s !== null && s.suspectedInTrafficking === true) {
    return { because: '“Suspected in the trafficking” beside the sponsor, section 4', why: 'the child lives with the sponsor, who is suspected in the trafficking' };
  }
  const p = c.parentsOrGuardians.findIndex((x) => x.livesWithChild === true && x.suspectedInTrafficking === true);
  if (p >= 0) {
    const who = RELATIONSHIP_LABELS[c.parentsOrGuardians[p]!.relationship].toLowerCase();
    return { because: `“The child lives with them” beside parent or guardian ${p + 1}, section 3`, why: `the child lives with the ${who}, who is suspected in the trafficking` };
  }
  const t = c.concern.traffickers.findIndex((x) => x.livesWithChild === true);
  if (t >= 0) {
    return { because: `“The child lives with them” beside suspected trafficker ${t + 1}, section 5`, why: `the child lives with suspected trafficker ${t + 1}` };
  }
  return null;
}

/**
 * The people printed elsewhere as suspected in the trafficking: each parent or guardian marked so
 * (section 3) and the sponsor (section 4). Section 5's "Suspected traffickers" names them, so it
 * never says "Not yet known" under a father the page has just called a suspect
 * (docs/domain/rfa.md, "Answers implied by other fields").
 */
export function suspectsElsewhere(c: RfaCase): string[] {
  const parents = c.parentsOrGuardians.filter((p) => p.suspectedInTrafficking === true).map((p) => `the ${RELATIONSHIP_LABELS[p.relationship].toLowerCase()} (section 3)`);
  return c.location.sponsor?.suspectedInTrafficking === true ? [...parents, 'the sponsor (section 4)'] : parents;
}

function answer(given: boolean | null, by: Implication | null): Answer {
  if (given !== null || by === null) return { value: given, implied: null, because: by?.because ?? null };
  return { value: true, implied: by.why, because: by.because };
}

export const reportedToLawEnforcement = (c: RfaCase): Answer => answer(c.lawEnforcement.reported, reportedBy(c));
export const traffickerHasAccess = (c: RfaCase): Answer => answer(c.safety.traffickerHasAccess, accessBy(c));

/** The law-enforcement agency: the one given, or the requester's organization when the requester is law enforcement. */
export const lawEnforcementAgency = (c: RfaCase): string | null => c.lawEnforcement.agency ?? (c.requester.lawEnforcement === true ? c.requester.organization : null);

/** The requester's relationship to the child when the requester is the child's attorney and gives no other words. */
export const CHILDS_ATTORNEY = 'The child’s attorney';

/** The requester's relationship to the child when the requester is the child's case manager and gives no other words. */
export const CHILDS_CASE_MANAGER = 'The child’s case manager';

/** The requester's relationship to the child when the requester is the child's foster parent and gives no other words. */
export const CHILDS_FOSTER_PARENT = 'The child’s foster parent (the child lives with them)';

/**
 * The requester's relationship to the child when the requester says they are the child's foster
 * parent while the custody says the child lives with no foster family (placement.ts
 * fosterParentNotCurrent): "the child lives with them" would contradict section 4.
 */
export const CHILDS_FOSTER_PARENT_NOT_CURRENT = `The child’s foster parent (${NOT_CURRENT})`;

/**
 * Who the requester is to the child when another section names the requester: a parent or legal
 * guardian (section 3) or the sponsor (section 4) with the requester's name, compared loosely as a
 * suspect's is (the kit's looseName, listed-twice.ts: case, accents and word order aside). A guardian or a sponsor
 * often files, and until template 2.21.0 section 1 read "Relationship to the child: Not yet known",
 * an entry of "Can follow later", beside "Legal guardian: Dana Whitfield" in section 3.
 */
export function requesterListedAs(c: RfaCase): string | null {
  const key = looseName(c.requester.name);
  const p = c.parentsOrGuardians.find((x) => x.name !== null && looseName(x.name) === key);
  if (p !== undefined) return `The child’s ${RELATIONSHIP_LABELS[p.relationship].toLowerCase()} (section 3)`;
  const sp = c.location.sponsor;
  return sp !== null && looseName(sp.name) === key ? 'The child’s sponsor (section 4)' : null;
}

/** The requester's relationship to the child: the requester's words, or, for the child's attorney, case manager or foster parent who gave none, that, or the role another section gives the requester's name. */
export const requesterRelationship = (c: RfaCase): string | null =>
  c.requester.relationshipToChild ??
  (c.requester.childsAttorney === true
    ? CHILDS_ATTORNEY
    : c.requester.childsCaseManager === true
      ? CHILDS_CASE_MANAGER
      : c.requester.childsFosterParent === true
        ? fosterParentNotCurrent(c) ? CHILDS_FOSTER_PARENT_NOT_CURRENT : CHILDS_FOSTER_PARENT
        : requesterListedAs(c));

/**
 * Section 4's care provider when none is named: the requester, when the requester is the child's
 * foster parent (requester.childsFosterParent), named once, where "Not yet known" stood beside
 * the foster parent's own request. A care provider named (a foster-care program) is printed as named.
 */
export const requesterAsFosterParent = (c: RfaCase): string | null => (c.requester.childsFosterParent === true ? `${c.requester.name}, the requester (section 1), the child’s foster parent` : null);

/** Section 4's care provider, in words: the one named, or the requester who is the child's foster parent; null when not known. */
export const careProviderKnown = (c: RfaCase): string | null => c.location.careProvider?.name ?? requesterAsFosterParent(c);

/**
 * Section 4's attorney when none is given: the requester, when the requester is the child's
 * attorney, named once (in section 1), not "Not yet known" beside the attorney's own request.
 */
export const requesterAsAttorney = (c: RfaCase): string | null => (c.requester.childsAttorney === true ? `${c.requester.name}, the requester (section 1)` : null);

/**
 * Section 4's case manager when none is given: the requester, when the requester is the child's
 * case manager (a caseworker of the child's placement or of a child-welfare agency often is), named
 * once, where "Yes; name to follow" asked for a name the page already had in section 1.
 */
export const requesterAsCaseManager = (c: RfaCase): string | null => (c.requester.childsCaseManager === true ? `${c.requester.name}, the requester (section 1)` : null);

/** The child's case manager or attorney when the caseworker says the child has none (location.hasCaseManager, hasAttorney false). */
export const NONE = 'None';

/**
 * The child's case manager or attorney when the caseworker says the child has one but does not
 * name them (hasCaseManager, hasAttorney true): what was answered, apart from "Not yet known",
 * which OTIP reads as "we do not know whether there is one". The name is still to come: it is an
 * entry of "Can follow later" (field-table.ts), under its own words (domain file rfa-draft.md, "None or
 * not yet known").
 */
export const NAME_TO_FOLLOW = 'Yes; name to follow';

/** Section 4's case manager, in words: the one named, the requester who is the child's case manager, NONE when the child has none, NAME_TO_FOLLOW when the child has one not named; null when not answered. */
export const caseManagerKnown = (c: RfaCase): string | null =>
  c.location.caseManager !== null
    ? c.location.caseManager.name
    : (requesterAsCaseManager(c) ?? (c.location.hasCaseManager === false ? NONE : c.location.hasCaseManager === true ? NAME_TO_FOLLOW : null));

/** Section 4's attorney, in words: the one named, the requester who is the child's attorney, NONE, or NAME_TO_FOLLOW; null when not answered. */
export const attorneyKnown = (c: RfaCase): string | null =>
  c.location.attorney !== null
    ? c.location.attorney.name
    : (requesterAsAttorney(c) ?? (c.location.hasAttorney === false ? NONE : c.location.hasAttorney === true ? NAME_TO_FOLLOW : null));

/** Where a parent is when the child lives with them and nothing else is said of it. */
export const WITH_THE_CHILD = 'With the child (the child lives with them)';

/** Where a parent or guardian is: as given, or, for a parent the child lives with, where the child is (section 4). */
export const parentWhereabouts = (p: RfaCase['parentsOrGuardians'][number]): string | null => p.whereabouts ?? (p.livesWithChild === true ? WITH_THE_CHILD : null);

/** A "no" that another field contradicts: the path and message of its `answer-contradicted` error. */
export function contradictions(c: RfaCase): Array<{ path: string; message: string }> {
  const out: Array<{ path: string; message: string }> = [];
  const rep = reportedBy(c);
  if (c.lawEnforcement.reported === false && rep !== null) {
    out.push({ path: 'lawEnforcement.reported', message: `must not be false: ${rep.why} (${rep.because}); set it to true, or leave it out` });
  }
  // "None" beside a person named: the page would say both (location.hasCaseManager, hasAttorney).
  if (c.location.hasCaseManager === false && c.location.caseManager !== null) {
    out.push({ path: 'location.hasCaseManager', message: 'must not be false: a case manager is named (“Case manager”, section 4); set it to true, or leave it out' });
  }
  if (c.location.hasAttorney === false && c.location.attorney !== null) {
    out.push({ path: 'location.hasAttorney', message: 'must not be false: an attorney is named (“Attorney”, section 4); set it to true, or leave it out' });
  }
  if (c.location.hasAttorney === false && c.location.attorney === null && c.requester.childsAttorney === true) {
    out.push({ path: 'location.hasAttorney', message: 'must not be false: the requester is the child’s attorney (“Requester is the child’s attorney”, section 1); set it to true, or leave it out' });
  }
  if (c.location.hasCaseManager === false && c.location.caseManager === null && c.requester.childsCaseManager === true) {
    out.push({ path: 'location.hasCaseManager', message: 'must not be false: the requester is the child’s case manager (“Requester is the child’s case manager”, section 1); set it to true, or leave it out' });
  }
  const acc = accessBy(c);
  if (c.safety.traffickerHasAccess === false && acc !== null) {
    out.push({ path: 'safety.traffickerHasAccess', message: `must not be false: ${acc.why} (${acc.because}); set it to true, or leave it out` });
  }
  return out;
}
