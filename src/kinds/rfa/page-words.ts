// Fields and dates in the caseworker's words (docs/domain/rfa-draft.md, "Messages in the
// caseworker's words"). A caseworker knows a field by its label, and "give requester.timeZone"
// named nothing on the form or the page: every rule's message names fields with `pageName` (or in
// words of its own) and writes dates in words, for the CLI, the API and the web form alike; the
// issue's `path` keeps the field's path for a script. `warningSentence` makes a warning the page's
// sentence under "Check before submitting", and still rewords any path or ISO date a message names.
import { capitalize, longDate } from '../kit/index.js';
import { LABELS, NOW_MARK } from './fields.js';

/**
 * How a sentence on the page names a field that messages name by path. Fields a message names
 * whose phrase reads better than the row label in quotes; any other path falls back to its label
 * (fields.ts) in quotes, or its last part in words: never the path.
 */
const PAGE_NAMES: Readonly<Record<string, string>> = {
  preparedAt: 'the preparation time',
  discoveredAt: 'the time the concern was learned',
  submittedAt: 'the time Part A was submitted',
  lateReason: '“Why the request comes after 24 hours”',
  'requester.timeZone': 'the requester’s time zone',
  'child.age': 'the child’s age given',
  'child.ageUpTo': 'the top of the age range given',
  'child.dateOfBirth': 'the date of birth',
  'child.dateOfBirthEstimated': 'the mark that the date of birth is estimated',
  'child.otherNames': '“Other names used” (section 2)',
};

/** The case's top-level objects, whose dotted paths a message may name. */
const ROOTS = 'requester|child|parentsOrGuardians|location|concern|safety|lawEnforcement|strengthsAndNeeds|letterRecipient|supervisor';
/** A field's path as messages write it: a top-level field of the case, or a dotted path under one of ROOTS (list indexes included). */
const PATH = new RegExp(`\\b(?:preparedAt|discoveredAt|submittedAt|lateReason|(?:${ROOTS})(?:\\.\\w+)+)\\b`, 'g');
/** A calendar date as the API writes it, not the date of an ISO date-time. */
const ISO_DATE = /\b(\d{4}-\d{2}-\d{2})\b(?!T)/g;

/** "otherMinors" → "other minors". */
const inWords = (name: string): string => name.replace(/(?<=.)(?=[A-Z])/g, ' ').toLowerCase();

/** How the page names the field at `path` (PAGE_NAMES, else its label in quotes, else its last part in words, with its entry's number in a list). */
export function pageName(path: string): string {
  const named = PAGE_NAMES[path];
  if (named !== undefined) return named;
  const generic = path.replace(/\.\d+(?=\.|$)/g, '');
  const label = LABELS[generic];
  if (label !== undefined) return `“${label.endsWith(NOW_MARK) ? label.slice(0, -NOW_MARK.length) : label}”`;
  // An entry of a list ("concern.otherMinors.2.name"): "name of other minors entry 3".
  const entry = /\.(\w+)\.(\d+)\.(\w+)$/.exec(path);
  if (entry !== null) return `${inWords(entry[3]!)} of ${inWords(entry[1]!)} entry ${Number(entry[2]) + 1}`;
  return inWords(generic.split('.').pop()!);
}

/** A warning as the page prints it: fields by name, dates in words, a sentence (capital letter, full stop), without its code (issue 14 point 6). */
export function warningSentence(message: string): string {
  const words = message.trim().replace(PATH, pageName).replace(ISO_DATE, (d) => longDate(d));
  const s = capitalize(words);
  return /[.!?]$/.test(s) ? s : `${s}.`;
}
