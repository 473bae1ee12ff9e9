// The child's own name where the draft lists other people's or other names (docs/domain/rfa-draft.md,
// "The child's own name, listed again"): under "Other names used" the page reads it as an alias
// the child went by, and as another child who may be a victim, a second child, whose own request
// is then said to be due. A caseworker splitting "Lucía Fernanda" between the given names and the
// other names, or adding the child to the other children by mistake, is told; a warning, since a
// brother or sister may truly share the name, and the draft can still go. Since template 2.24.0 a
// suspected trafficker (section 5) with the child's full name is warned too (suspectRules below),
// and since 2.25.0 a parent or guardian (section 3) or the sponsor (section 4) marked suspected in
// the trafficking (familySuspectRules).
import { looseName, personName } from '../kit/index.js';
import type { RfaIssue } from './codes.js';
import { RELATIONSHIP_LABELS } from './labels.js';
import type { RfaCase } from './schema.js';

/** A name as compared: an aside in parentheses dropped ("(school records)"), case and spaces ignored; accents kept ("Lucia" is another spelling of "Lucía"). */
const key = (s: string): string =>
  s
    .normalize('NFC')
    .replace(/\([^)]*\)/g, ' ')
    .toLocaleLowerCase('en-US')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The child's full name as suspected traffickers are compared (kit listed-twice.ts looseName: case,
 * accents, a note in parentheses and word order aside, as two suspects are), in both of the
 * orders a name is written ("Julio Caal", and "陈美玲" written family name first with no space:
 * kit personName); none when the given name, or a family name the child has, is not yet known
 * (a first name alone is many people's).
 */
function fullNameKeys(c: RfaCase): Set<string> {
  const g = c.child.givenName;
  if (g === null) return new Set();
  const f = c.child.familyName ?? (c.child.noFamilyName === 'none' ? '' : null);
  if (f === null) return new Set();
  return new Set([looseName(`${g} ${f}`), looseName(personName(g, f))].filter((k) => k !== ''));
}

/**
 * A suspected trafficker with the child's own full name (docs/domain/rfa-draft.md, "The child's own
 * name, listed again"; until template 2.24.0 it printed without a word). Two readings, and the
 * message serves both without calling the child a suspect: the child's name typed into section 5
 * by mistake, or a relative who shares it (a father whose son bears his name, often). OTIP reads
 * a request whose suspect has the child's name as naming the child a suspect in their own
 * trafficking, and a record searched by name finds both: the two are told apart in the name
 * ("Sr.", a second family name), and a relative's relationship to the child is asked for when not
 * given. Numbered, never named: the message quotes no case data (as this file's others).
 */
function suspectRules(c: RfaCase, warnings: RfaIssue[]): void {
  const keys = fullNameKeys(c);
  if (keys.size === 0) return;
  // Page order: section 3's parents and section 4's sponsor before section 5's suspects.
  familySuspectRules(keys, c, warnings);
  c.concern.traffickers.forEach((t, i) => {
    if (t.name === null || !keys.has(looseName(t.name))) return;
    const relative =
      t.relationship === null
        ? 'if a relative shares the child’s name (a father whose son bears his name), give their relationship to the child (section 5) and tell them apart in the name (“Sr.”, a second family name)'
        : 'if a relative shares the child’s name (a father whose son bears his name), the relationship given tells them apart on the page, but a record searched by name does not: write the name as that person is known, with “Sr.” or a second family name when they have one';
    warnings.push({
      path: `concern.traffickers.${i}.name`,
      code: 'own-name-repeated',
      message: `suspected trafficker ${i + 1} (section 5) has the child’s own name, as written in “Given name(s)” and “Family name(s)” (section 2), case, accents and word order aside: OTIP would read the child as a suspect in their own trafficking. If the child’s name was typed into section 5 by mistake, correct that entry; ${relative}`,
    });
  });
}

/**
 * A parent or guardian (section 3) or the sponsor (section 4) marked suspected in the trafficking
 * with the child's own full name, compared as suspectRules compares section 5's (docs/domain/rfa-draft.md,
 * "The child's own name, listed again"; until template 2.25.0 it printed without a word). The
 * father whose son bears his name is the likelier reading here, and his relationship is on the page
 * ("Father"), so the message never calls the child a suspect and does not ask for the relationship:
 * what the page cannot do is keep a record searched by name (Shepherd, a background check, the
 * DO-NOT-CONTACT line read by another office) from finding the child, so it asks for the name as
 * that person is known, "Sr." or a second family name. One not marked suspected is not compared:
 * no one searches the records of a parent above suspicion, and "Father" beside the name says who he is.
 */
function familySuspectRules(keys: Set<string>, c: RfaCase, warnings: RfaIssue[]): void {
  const tell = (who: string, section: string) =>
    `${who} (${section}), marked suspected in the trafficking, has the child’s own name, as written in “Given name(s)” and “Family name(s)” (section 2), case, accents and word order aside: OTIP would read the child as a suspect in their own trafficking. If the child’s name was typed into ${section} by mistake, correct that entry; if they share the child’s name (a father whose son bears his name), the relationship tells them apart on the page, but a record searched by name does not: write the name as that person is known, with “Sr.” or a second family name when they have one`;
  c.parentsOrGuardians.forEach((p, i) => {
    if (p.suspectedInTrafficking !== true || p.name === null || !keys.has(looseName(p.name))) return;
    // Numbered and named by role (the form's label), never by the name: a message quotes no case data.
    warnings.push({ path: `parentsOrGuardians.${i}.name`, code: 'own-name-repeated', message: tell(`parent or guardian ${i + 1}, the ${RELATIONSHIP_LABELS[p.relationship].toLowerCase()}`, 'section 3') });
  });
  const s = c.location.sponsor;
  if (s !== null && s.suspectedInTrafficking === true && keys.has(looseName(s.name))) {
    warnings.push({ path: 'location.sponsor.name', code: 'own-name-repeated', message: tell('the sponsor', 'section 4') });
  }
}

/** The `own-name-repeated` warnings of a case. */
export function ownNameRules(c: RfaCase, warnings: RfaIssue[]): void {
  const given = c.child.givenName === null ? null : key(c.child.givenName);
  // No family name given (child.noFamilyName): the given name is the child's full name; no given
  // name (child.givenNameNotYetKnown): the family name alone is no one's full name.
  const family = c.child.familyName === null ? null : key(c.child.familyName);
  const full = new Set(given === null ? [] : family === null ? [given] : [`${given} ${family}`, `${family} ${given}`, `${family}, ${given}`]);
  c.child.otherNames.forEach((n, i) => {
    const k = key(n);
    if (k !== given && k !== family && !full.has(k)) return;
    warnings.push({
      path: `child.otherNames.${i}`,
      code: 'own-name-repeated',
      message: `entry ${i + 1} of “Other names used” (section 2) is the child’s own name as written in “Given name(s)” and “Family name(s)”, and reads as another name the child went by: list there only the names the child used besides their own (a nickname, an alias, a name on a false document)`,
    });
  });
  c.concern.otherMinors.forEach((m, i) => {
    if (m.name === null || !full.has(key(m.name))) return;
    warnings.push({
      path: `concern.otherMinors.${i}.name`,
      code: 'own-name-repeated',
      message: `other child ${i + 1} (section 5) has the child’s own name: if it is the child, take them off the other children (this request is the child’s own, and the page says each child listed needs another); if a brother or sister shares the name, say so in their relationship to the child`,
    });
  });
  suspectRules(c, warnings);
}
