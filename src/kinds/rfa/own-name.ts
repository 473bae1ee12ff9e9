// The child's own name where the draft lists other people's or other names (docs/domain/rfa-draft.md,
// "The child's own name, listed again"): under "Other names used" the page reads it as an alias
// the child went by, and as another child who may be a victim, a second child, whose own request
// is then said to be due. A caseworker splitting "Lucía Fernanda" between the given names and the
// other names, or adding the child to the other children by mistake, is told; a warning, since a
// brother or sister may truly share the name, and the draft can still go.
import type { RfaIssue } from './codes.js';
import type { RfaCase } from './schema.js';

/** A name as compared: an aside in parentheses dropped ("(school records)"), case and spaces ignored; accents kept ("Lucia" is another spelling of "Lucía"). */
const key = (s: string): string =>
  s
    .normalize('NFC')
    .replace(/\([^)]*\)/g, ' ')
    .toLocaleLowerCase('en-US')
    .replace(/\s+/g, ' ')
    .trim();

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
}
