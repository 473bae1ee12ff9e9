// One person listed twice (docs/domain/rfa-draft.md, "One person listed twice"): two suspected
// traffickers with one name, or a suspected trafficker with the sponsor's or a parent's or
// guardian's name, compared loosely (case, accents, a note in parentheses, "Family, Given" and the
// order of the words aside: kit listed-twice.ts, which the T-visa's perpetrators share). Until template 2.20.0 "Hernán Ruiz" and "hernan
// ruiz" printed as two suspects in section 5, and a trafficker with the sponsor's name beside a
// sponsor not marked suspected read as a sponsor above suspicion. A suspected trafficker with the
// requester's name (section 1) is warned too (since template 2.22.0; it printed without a word): a
// requester's own name typed into section 5 at night, or a request OTIP must know comes from a name
// it lists as a suspect. Since template 2.23.0 so is a suspected trafficker with the name of
// anyone else the form names in a role a suspect cannot hold (PROFESSIONALS: the supervisor who
// reviews the draft, the child's case manager and attorney, the law-enforcement contact), which
// printed without a word; the letter recipient is letter.ts's `letter-to-suspect`, the sponsor and
// the parents are compared above. Warned, never merged: each entry
// may carry its own note (a relationship, what that person did), and two people may share a name
// (a father and son, told apart by "Jr." or a second family name, which the comparison keeps).
import type { RfaIssue } from './codes.js';
import { looseName, repeatedNames } from '../kit/index.js';
import { RELATIONSHIP_LABELS } from './labels.js';
import { looseText, PARENT_ROLES, roleWord } from './letter.js';
import { requesterRelationship } from './implied.js';
import type { RfaCase } from './schema.js';

/** A named person of the case that a suspected trafficker may repeat: where, who in the page's words, the name. */
interface Named {
  path: string;
  /** The words a relationship uses for their role ("guardian", "sponsor"; letter.ts), read in the requester's relationship to the child. */
  roles: RegExp[];
  /** Who in the page's words ("the sponsor") and the section that names them. */
  who: string;
  section: number;
  name: string;
  /** Whether the case marks them suspected in the trafficking (a sponsor's or parent's own answer); null when not answered. */
  suspected: boolean | null;
}

/** "Sponsor" in a relationship to the child, not "foster sponsor" (letter.ts roleWord). */
const SPONSOR_WORD = roleWord('sponsor');

/** The sponsor and the parents or guardians with a name: the people a suspected trafficker listed may be again. */
function others(c: RfaCase): Named[] {
  const out: Named[] = [];
  const sp = c.location.sponsor;
  if (sp !== null) out.push({ path: 'location.sponsor.name', who: 'the sponsor', section: 4, name: sp.name, suspected: sp.suspectedInTrafficking, roles: [SPONSOR_WORD] });
  c.parentsOrGuardians.forEach((p, i) => {
    if (p.name !== null) out.push({ path: `parentsOrGuardians.${i}.name`, who: `the ${RELATIONSHIP_LABELS[p.relationship].toLowerCase()}`, section: 3, name: p.name, suspected: p.suspectedInTrafficking, roles: PARENT_ROLES[p.relationship] ?? [] });
  });
  return out;
}

/**
 * A person the form names in a role that cannot be a suspect's (docs/domain/rfa-draft.md, "One
 * person listed twice"): who in the page's words, where, and what to do if the suspect truly is them.
 */
interface Professional {
  who: string;
  name: string;
  /** Where the page names them ("section 4"). */
  where: string;
  /** What OTIP would read a suspect as, after "OTIP would read a suspect as". */
  readAs: string;
  /** What to do when the suspected trafficker is truly this person. */
  ifSo: string;
}

/**
 * The child's case manager, attorney and law-enforcement contact named in the case: the people held
 * in a role for the work, compared with a suspect (professionals) and with the other roles one
 * person cannot hold for the child (roleHolders), one record each for both comparisons.
 */
interface Staff extends Professional {
  path: string;
  /** The role as OTIP would read it, after "one person as both". */
  role: string;
  /** Why no one else in these roles can be them, in a clause ("an attorney represents the child alone"). */
  why: string;
}

function staff(c: RfaCase): Staff[] {
  const out: Staff[] = [];
  const { caseManager, attorney } = c.location;
  if (caseManager !== null) out.push({ path: 'location.caseManager.name', who: 'the child’s case manager', name: caseManager.name, where: 'section 4', role: 'the child’s case manager', why: 'a case manager works for the care provider', readAs: 'the child’s case manager, whom OTIP calls about the child', ifSo: 'say so in the narrative and name the case manager the child has now, or none' });
  if (attorney !== null) out.push({ path: 'location.attorney.name', who: 'the child’s attorney', name: attorney.name, where: 'section 4', role: 'the child’s attorney', why: 'an attorney represents the child alone', readAs: 'the child’s attorney, whom OTIP calls about the child', ifSo: 'say so in the narrative and name the attorney the child has now, or none' });
  const le = c.lawEnforcement.contactName;
  if (le !== null) out.push({ path: 'lawEnforcement.contactName', who: 'the law-enforcement contact', name: le, where: 'section 7', role: 'the officer OTIP calls about the investigation', why: 'the officer investigates the trafficking', readAs: 'the officer OTIP calls about the investigation', ifSo: 'say so in the narrative and name another contact at the agency' });
  return out;
}

/**
 * The supervisor, case manager, attorney and law-enforcement contact named in the case. A case
 * manager or attorney who is the requester (requester.childsCaseManager, childsAttorney, none named)
 * is the requester, compared as such below.
 */
function professionals(c: RfaCase): Professional[] {
  const out: Professional[] = [];
  if (c.supervisor !== null) out.push({ who: 'the supervisor', name: c.supervisor.name, where: 'the supervisor review, section 10', readAs: 'the one who reviewed the request', ifSo: 'another supervisor reviews the draft' });
  return [...out, ...staff(c)];
}

/**
 * The requester with the name of a sponsor or parent or guardian the case does not mark suspected
 * (docs/domain/rfa-draft.md, "One person listed twice"; since template 2.24.0). A guardian or a
 * sponsor may file, and is not warned for it: with no relationship written, section 1 already
 * prints "The child’s legal guardian (section 3)" (implied.ts requesterListedAs). Warned only when
 * the relationship the page prints does not name that role ("Caseworker", "The child’s attorney"):
 * OTIP's reader then takes the requester and the guardian for two people, does not know the request
 * comes from the child's own family, and may call "the guardian" to check on a request the
 * guardian made. At `requester.relationshipToChild`, where the fix is; one warning, naming the first
 * person of that name, and none when the relationship names any of them (a mother who is also the
 * sponsor, "Mother").
 */
function requesterNotSaid(c: RfaCase, people: Array<Named & { key: string }>, requesterKey: string, warnings: RfaIssue[]): void {
  if (requesterKey === '') return;
  const same = people.filter((p) => p.suspected !== true && p.key === requesterKey);
  if (same.length === 0) return;
  const said = looseText(requesterRelationship(c) ?? '');
  if (same.some((p) => p.roles.some((re) => re.test(said)))) return;
  const p = same[0]!;
  warnings.push({
    path: 'requester.relationshipToChild',
    code: 'same-person-listed-twice',
    message: `the requester, “${c.requester.name}” (section 1), has the name of ${p.who}, “${p.name}” (section ${p.section}), case, accents and word order aside, while “Relationship to the child” (section 1) does not say the requester is ${p.who}: OTIP would read two people, and not know that the request comes from ${p.who}. If the requester is ${p.who}, say so in “Relationship to the child”; if two people share the name, tell them apart in the name (“Jr.”, a second family name)`,
  });
}

/**
 * A person the form names in one role for the child, compared with the others of another role
 * (rolesListedTwice): who in the page's words, the role as OTIP would read it, where, the name.
 */
interface RoleHolder {
  path: string;
  who: string;
  role: string;
  /** Why no one else in these roles can be them, in a clause ("an attorney represents the child alone"). */
  why: string;
  where: string;
  name: string;
  /** The child's case manager, attorney or law-enforcement contact: a role held for the work, not by family. */
  work: boolean;
}

/**
 * The people of the case in page order (section 3's parents, section 4's sponsor, case manager and
 * attorney, section 7's law-enforcement contact), as rolesListedTwice compares them.
 */
function roleHolders(c: RfaCase): RoleHolder[] {
  const out: RoleHolder[] = [];
  c.parentsOrGuardians.forEach((p, i) => {
    const rel = RELATIONSHIP_LABELS[p.relationship].toLowerCase();
    if (p.name !== null) out.push({ path: `parentsOrGuardians.${i}.name`, who: `the ${rel}`, role: `the child’s ${rel}`, why: `the ${rel} is the child’s family`, where: 'section 3', name: p.name, work: false });
  });
  const { sponsor } = c.location;
  if (sponsor !== null) out.push({ path: 'location.sponsor.name', who: 'the sponsor', role: 'the child’s sponsor', why: 'the sponsor is whom the child is released to', where: 'section 4', name: sponsor.name, work: false });
  for (const p of staff(c)) out.push({ path: p.path, who: p.who, role: p.role, why: p.why, where: p.where, name: p.name, work: true });
  return out;
}

/**
 * Two roles one person cannot hold for the child, with one name (docs/domain/rfa-draft.md, "One
 * person listed twice"; since template 2.24.0, each printed without a word until then): the case
 * manager, the attorney and the law-enforcement contact, each with the others and with a parent,
 * guardian or the sponsor. A case manager works for the care provider (45 CFR 410.1302(c), case
 * management among a care provider's services), an attorney represents the child alone, the officer
 * investigates, and none of them is the child's family: OTIP would call one person about the child
 * for two roles, and read one of the two as wrong. Compared by the kit's repeatedNames (listed-
 * twice.ts: case, accents, a note and word order aside), warned at the later entry in page order,
 * naming the first of that name. Not compared: a parent with the sponsor (a mother is often the
 * sponsor) or with another parent.
 */
function rolesListedTwice(c: RfaCase, warnings: RfaIssue[]): void {
  const people = roleHolders(c);
  for (const r of repeatedNames(people.map((p) => p.name))) {
    const later = people[r.index]!;
    const first = people[r.first]!;
    if (!later.work && !first.work) continue;
    warnings.push({
      path: later.path,
      code: 'same-person-listed-twice',
      message: `${later.who}, “${later.name}” (${later.where}), has the name of ${first.who}, “${first.name}” (${first.where}), case, accents and word order aside: OTIP would read one person as both ${first.role} and ${later.role}, which one person cannot be (${first.why}; ${later.why}). If a name was typed in the wrong place, correct it; if two people share the name, tell them apart in the name (“Jr.”, a second family name)`,
    });
  }
}

/** The `same-person-listed-twice` warnings of a case: at the later suspected trafficker's name, naming both entries. */
export function listedTwiceRules(c: RfaCase, warnings: RfaIssue[]): void {
  rolesListedTwice(c, warnings);
  const people = others(c).map((o) => ({ ...o, key: looseName(o.name) }));
  // The requester with the name of a sponsor or parent the case marks suspected (since template
  // 2.23.0; it printed without a word): the request read as made by a suspect, as with a suspected
  // trafficker's name below. At the requester's name, since section 1 is the later to be checked
  // when the suspect is section 3's or 4's. One not marked suspected may be the requester (a
  // guardian who is a caseworker): not warned.
  const requesterKey = looseName(c.requester.name);
  requesterNotSaid(c, people, requesterKey, warnings);
  for (const p of people) {
    if (p.suspected !== true || requesterKey === '' || p.key !== requesterKey) continue;
    warnings.push({
      path: 'requester.name',
      code: 'same-person-listed-twice',
      message: `the requester, “${c.requester.name}” (section 1), has the name of ${p.who}, “${p.name}” (section ${p.section}), who is marked suspected in the trafficking, case, accents and word order aside: OTIP would read the request as made by a suspect. If two people share the name, tell them apart in the name (“Jr.”, a second family name); if ${p.who} is not suspected after all, correct “Suspected in the trafficking” (section ${p.section}); if the requester is the suspect, the request should come from another requester, and the narrative should say what is known`,
    });
  }
  const staff = professionals(c).map((o) => ({ ...o, key: looseName(o.name) }));
  const repeats = new Map(repeatedNames(c.concern.traffickers.map((t) => t.name)).map((r) => [r.index, r]));
  c.concern.traffickers.forEach((t, i) => {
    if (t.name === null) return;
    const key = looseName(t.name);
    if (key === '') return;
    const path = `concern.traffickers.${i}.name`;
    const me = `suspected trafficker ${i + 1}, “${t.name}” (section 5),`;
    const first = repeats.get(i);
    if (first !== undefined) {
      warnings.push({
        path,
        code: 'same-person-listed-twice',
        message: `${me} has the name of suspected trafficker ${first.first + 1}, “${first.firstName}”, case, accents and word order aside: OTIP would read two suspects. If they are one person, list them once and put what each entry says in one description; if two people share the name, tell them apart in the name (“Jr.”, a second family name)`,
      });
    }
    // The requester: compared by the same loose name (kit listed-twice.ts), the warning its own, since
    // the requester signs the request and its verification (section 1, rfa-draft.md "Verification").
    if (looseName(c.requester.name) === key) {
      warnings.push({
        path,
        code: 'same-person-listed-twice',
        message: `${me} has the name of the requester, “${c.requester.name}” (section 1), case, accents and word order aside: OTIP would read the request as made by a suspect. If your own name was typed into section 5 by mistake, correct that entry; if two people share the name, tell them apart in the name (“Jr.”, a second family name); if the suspected trafficker is the requester, the request should come from another requester, and the narrative should say what is known`,
      });
    }
    // Each person named in a role a suspect cannot hold, by the same loose name (kit listed-twice.ts).
    for (const p of staff) {
      if (p.key !== key) continue;
      warnings.push({
        path,
        code: 'same-person-listed-twice',
        message: `${me} has the name of ${p.who}, “${p.name}” (${p.where}), case, accents and word order aside: OTIP would read a suspect as ${p.readAs}. If that name was typed into section 5 by mistake, correct that entry; if two people share the name, tell them apart in the name (“Jr.”, a second family name); if the suspected trafficker is truly ${p.who}, ${p.ifSo}`,
      });
    }
    const other = people.find((p) => p.key === key);
    if (other !== undefined) {
      const mark = other.suspected === true ? '' : `, while ${other.who} is ${other.suspected === false ? 'marked not suspected' : 'not marked suspected'} in the trafficking`;
      warnings.push({
        path,
        code: 'same-person-listed-twice',
        message: `${me} has the name of ${other.who}, “${other.name}” (section ${other.section}), case, accents and word order aside${mark}: OTIP would read two people. If they are one person, ${other.suspected === true ? 'section 5 already names them as suspected: keep this entry only for what it adds (what they did), or leave it out' : `answer “Suspected in the trafficking” for ${other.who} “Yes” (section ${other.section}), and keep this entry only for what it adds`}; if two people share the name, tell them apart in the name (“Jr.”, a second family name)`,
      });
    }
  });
}
