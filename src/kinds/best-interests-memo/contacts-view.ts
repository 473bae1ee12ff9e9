// The advocate's sources as the memo prints them (Part 2 of templates/best-interests-memo.hbs): the
// sentence before the table of contacts and its rows, each role and language in a reader's words.
import { capitalize, counted } from '../kit/index.js';
import { CONTACT_ROLE_LABELS } from './labels.js';
import type { Contact } from './schema.js';

/**
 * A role in the table's Role column: the form's words for it (labels.ts), but for two a row reads
 * shorter than a choice does ("Child", not "The child"; "Relative (aunt)", not "Other relative").
 */
const ROLE_LABELS: Record<Contact['role'], string> = { ...CONTACT_ROLE_LABELS, child: 'Child', relative: 'Relative' };

const MODE_LABELS: Record<NonNullable<Contact['mode']>, string> = {
  'in-person': 'In person',
  video: 'Video',
  phone: 'Phone',
};

const escapeRe = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The role as a reader wants it, every row the same way, the role first and the rest of the detail
 * in parentheses: "Parent (mother)", "Parent (mother, proposed sponsor)"; where a part of the
 * detail (between commas or semicolons) names the role, that part is the role's words:
 * "Child’s attorney", not "Attorney (child’s attorney)", and "Proposed sponsor (paternal uncle)"
 * for a sponsor's "paternal uncle, proposed sponsor". That row printed the detail alone, "Paternal
 * uncle, proposed sponsor", with the role last, beside "Parent (mother, proposed sponsor)".
 */
export function roleText(role: Contact['role'], detail: string | null): string {
  const label = ROLE_LABELS[role];
  if (!detail) return label;
  const names = new RegExp(`\\b${escapeRe(label)}\\b`, 'i');
  const parts = detail.split(/\s*[,;]\s*/u).filter((p) => p.trim() !== '');
  const at = parts.findIndex((p) => names.test(p));
  if (at < 0) return `${label} (${detail})`;
  const rest = parts.filter((_, i) => i !== at);
  return rest.length > 0 ? `${capitalize(parts[at]!)} (${rest.join(', ')})` : capitalize(parts[at]!);
}

/**
 * The language of a contact and who interpreted: "K’iche’, with an interpreter (telephone
 * service)". An interpreter described by the language again ("K’iche’ interpreter (…)") is not
 * made to repeat it. Without a language the cell says what is known, "With an interpreter (…)",
 * never "—, with an interpreter": the dash stands alone for a cell with nothing given.
 */
export function languageText(language: string | null, interpreter: string | null): string {
  if (!interpreter) return language ?? '—';
  let who = interpreter.trim();
  if (language) who = who.replace(new RegExp(`^${escapeRe(language)}\\s+`, 'i'), '');
  who = who.replace(/^(an\s+|the\s+)?interpreter\b\s*/i, '').replace(/^\((.*)\)$/, '$1').trim();
  const withInterpreter = who === '' ? 'with an interpreter' : `with an interpreter (${who})`;
  return language ? `${language}, ${withInterpreter}` : capitalize(withInterpreter);
}

// A small count in words, as prose writes it ("three times", "one other person"; the kit's
// `counted`, src/domain/format.ts): the sentence read "twice and also consulted 1 other person", a
// word beside a figure. Ten and above stay figures ("12 other people").

/** "once", "twice", "three times", "12 times". */
function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : counted(n, 'time', 'times');
}

/**
 * The sentence before the table of contacts: how often the advocate spoke with the child and how
 * many other people were consulted (distinct people, not conversations).
 */
export function sourcesSentence(contacts: Contact[]): string {
  const withChild = contacts.filter((k) => k.role === 'child').length;
  const others = new Set(contacts.filter((k) => k.role !== 'child').map((k) => k.person.toLocaleLowerCase('en-US'))).size;
  const people = others === 0 ? 'consulted no one else' : `also consulted ${counted(others, 'other person', 'other people')}`;
  return `The advocate met or spoke with the child ${times(withChild)} and ${people}, as listed below.`;
}

export function contactRows(contacts: Contact[]): Array<Record<string, string>> {
  // Chronological; a stable sort keeps the given order for contacts on the same day.
  return [...contacts]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((k) => ({
      when: k.date, // not `date`: that is also a helper's name in the template
      person: k.person,
      role: roleText(k.role, k.roleDetail),
      language: languageText(k.language, k.interpreter),
      mode: k.mode ? MODE_LABELS[k.mode] : '—',
    }));
}
