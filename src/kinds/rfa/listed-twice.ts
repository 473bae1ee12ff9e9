// One person listed twice (docs/domain/rfa-draft.md, "One person listed twice"): two suspected
// traffickers with one name, or a suspected trafficker with the sponsor's or a parent's or
// guardian's name, compared loosely (case, accents, a note in parentheses, "Family, Given" and the
// order of the words aside: kit listed-twice.ts, which the T-visa's perpetrators share). Until template 2.20.0 "Hernán Ruiz" and "hernan
// ruiz" printed as two suspects in section 5, and a trafficker with the sponsor's name beside a
// sponsor not marked suspected read as a sponsor above suspicion. A suspected trafficker with the
// requester's name (section 1) is warned too (since template 2.22.0; it printed without a word): a
// requester's own name typed into section 5 at night, or a request OTIP must know comes from a name
// it lists as a suspect. Warned, never merged: each entry
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

/** The `same-person-listed-twice` warnings of a case: at the later suspected trafficker's name, naming both entries. */
export function listedTwiceRules(c: RfaCase, warnings: RfaIssue[]): void {
  const people = others(c).map((o) => ({ ...o, key: looseName(o.name) }));
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
