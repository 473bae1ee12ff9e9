// The eligibility letter's recipient must not be someone suspected in the trafficking
// (docs/domain/rfa-draft.md, "Who receives the letter"): OTIP sends the interim assistance and
// eligibility letters to the person the request names, and a letter in a suspect's hands tells
// them the child has spoken and, by its address, where the child's case is. The same reason as
// the "do not contact" line beside a suspected parent, guardian or sponsor (others.ts).
import { nameKey } from '../kit/index.js';
import type { RfaIssue } from './codes.js';
import type { RfaCase } from './schema.js';

interface Suspect {
  /** How a message names them: by their place in the draft, never their name (a message never quotes case data). */
  who: string;
  name: string | null;
  phone: string | null;
}

/** The people the case marks as suspected in the trafficking, with what they can be matched by. */
function suspects(c: RfaCase): Suspect[] {
  const out: Suspect[] = [];
  const sp = c.location.sponsor;
  if (sp !== null && sp.suspectedInTrafficking === true) out.push({ who: 'the sponsor (section 4)', name: sp.name, phone: sp.phone });
  c.parentsOrGuardians.forEach((p, i) => {
    if (p.suspectedInTrafficking === true) out.push({ who: `parent or guardian ${i + 1} (section 3)`, name: p.name, phone: p.phone });
  });
  c.concern.traffickers.forEach((t, i) => out.push({ who: `suspected trafficker ${i + 1} (section 5)`, name: t.name, phone: null }));
  return out;
}

/**
 * A written name's loose form (nameKey: case, accents, a note in parentheses, "Family, Given"
 * aside) with its words in order, so "Bah Mamadou", written family name first without a comma,
 * is "Mamadou Bah": the recipient is one text, with no given and family name to try both orders.
 */
const looseName = (s: string): string => nameKey(s).split(' ').sort().join(' ');

/** A phone number's digits, its extension aside: "+1 (555) 010-4409" and "555-010-4409" are one number. */
const digits = (p: string): string => p.replace(/x.*$/i, '').replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');

/**
 * The warning `letter-to-suspect`, or null: the letter recipient has the name (compared loosely,
 * `looseName`) or the phone number of someone the case
 * marks as suspected. A warning, not an error: two people may share a name, and the requester knows.
 */
export function letterToSuspect(c: RfaCase): RfaIssue | null {
  const r = c.letterRecipient;
  if (r === null) return null;
  const name = looseName(r.name);
  for (const s of suspects(c)) {
    const byName = s.name !== null && name !== '' && looseName(s.name) === name;
    const byPhone = !byName && s.phone !== null && r.phone !== null && digits(s.phone).length >= 7 && digits(s.phone) === digits(r.phone);
    if (!byName && !byPhone) continue;
    return {
      path: byName ? 'letterRecipient.name' : 'letterRecipient.phone',
      code: 'letter-to-suspect',
      message: `the eligibility letter recipient has the ${byName ? 'name' : 'phone number'} of ${s.who}, who is suspected in the trafficking: OTIP would send the child’s letter to them, telling them the child has spoken. Name someone who is not, such as the child’s case manager, attorney or the requester`,
    };
  }
  return null;
}
