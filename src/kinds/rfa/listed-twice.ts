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
import type { RfaCase } from './schema.js';

/** A named person of the case that a suspected trafficker may repeat: where, who in the page's words, the name. */
interface Named {
  path: string;
  /** Who in the page's words ("the sponsor") and the section that names them. */
  who: string;
  section: number;
  name: string;
  /** Whether the case marks them suspected in the trafficking (a sponsor's or parent's own answer); null when not answered. */
  suspected: boolean | null;
}

/** The sponsor and the parents or guardians with a name: the people a suspected trafficker listed may be again. */
function others(c: RfaCase): Named[] {
  const out: Named[] = [];
  const sp = c.location.sponsor;
  if (sp !== null) out.push({ path: 'location.sponsor.name', who: 'the sponsor', section: 4, name: sp.name, suspected: sp.suspectedInTrafficking });
  c.parentsOrGuardians.forEach((p, i) => {
    if (p.name !== null) out.push({ path: `parentsOrGuardians.${i}.name`, who: `the ${RELATIONSHIP_LABELS[p.relationship].toLowerCase()}`, section: 3, name: p.name, suspected: p.suspectedInTrafficking });
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
 * The supervisor, case manager, attorney and law-enforcement contact named in the case. A case
 * manager or attorney who is the requester (requester.childsCaseManager, childsAttorney, none named)
 * is the requester, compared as such below.
 */
function professionals(c: RfaCase): Professional[] {
  const out: Professional[] = [];
  if (c.supervisor !== null) out.push({ who: 'the supervisor', name: c.supervisor.name, where: 'the supervisor review, section 10', readAs: 'the one who reviewed the request', ifSo: 'another supervisor reviews the draft' });
  const { caseManager, attorney } = c.location;
  if (caseManager !== null) out.push({ who: 'the child’s case manager', name: caseManager.name, where: 'section 4', readAs: 'the child’s case manager, whom OTIP calls about the child', ifSo: 'say so in the narrative and name the case manager the child has now, or none' });
  if (attorney !== null) out.push({ who: 'the child’s attorney', name: attorney.name, where: 'section 4', readAs: 'the child’s attorney, whom OTIP calls about the child', ifSo: 'say so in the narrative and name the attorney the child has now, or none' });
  const le = c.lawEnforcement.contactName;
  if (le !== null) out.push({ who: 'the law-enforcement contact', name: le, where: 'section 7', readAs: 'the officer OTIP calls about the investigation', ifSo: 'say so in the narrative and name another contact at the agency' });
  return out;
}

/** The `same-person-listed-twice` warnings of a case: at the later suspected trafficker's name, naming both entries. */
export function listedTwiceRules(c: RfaCase, warnings: RfaIssue[]): void {
  const people = others(c).map((o) => ({ ...o, key: looseName(o.name) }));
  // The requester with the name of a sponsor or parent the case marks suspected (since template
  // 2.23.0; it printed without a word): the request read as made by a suspect, as with a suspected
  // trafficker's name below. At the requester's name, since section 1 is the later to be checked
  // when the suspect is section 3's or 4's. One not marked suspected may be the requester (a
  // guardian who is a caseworker): not warned.
  const requesterKey = looseName(c.requester.name);
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
