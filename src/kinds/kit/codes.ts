// Issue codes: every kind declares the codes its schema and rules can emit as a closed table
// (`defineKind({ codes })`), with the level and the rule in one line. The table is what `harbor
// kinds` prints and the OpenAPI document lists; each kind's docs/domain/<doc>.md documents every
// code (tests/kinds/codes.test.ts checks both ways against the fixtures). A rule that emits a code
// not in its kind's table does not compile (compute returns `KindIssue<Code>`).
//
// The same idea has the same code in every kind: `turns-18-soon`, `child-not-a-minor`,
// `date-after-document-date`, `date-before-birth`, `end-before-start`.
import type { Issue } from '../../errors.js';

export type IssueLevel = 'error' | 'warning' | 'error or warning';

export interface CodeInfo {
  level: IssueLevel;
  /** The rule, in one line, for `harbor kinds` and the OpenAPI document. */
  rule: string;
}

export type CodeTable<K extends string = string> = { readonly [P in K]: CodeInfo };

/** An issue whose code is one of a kind's declared codes. */
export type KindIssue<K extends string> = Issue & { code: K };

/**
 * Codes every kind can emit, documented once in docs/fields.md: text hygiene (src/validate.ts),
 * zod's own structural checks (kebab-cased), and the kit's shared fields.
 */
export const COMMON_CODES = {
  'invalid-character': { level: 'error', rule: 'text contains a control character, a noncharacter, a byte-order mark (U+FEFF), a bidirectional embedding, override or isolate, another character that prints as nothing (a zero-width space…), or broken Unicode (an unpaired surrogate, or U+FFFD: text that was not UTF-8)' },
  'too-deep': { level: 'error', rule: 'objects or lists nested deeper than any case' },
  'duplicate-key': { level: 'error', rule: 'an object of the JSON gives the same field twice (JSON keeps only the last value)' },
  'inexact-number': { level: 'error', rule: 'a number has more significant digits than a number keeps (15 to 17), or is too large (1e400) or too close to zero (1e-400) to be read as written' },
  'invalid-type': { level: 'error', rule: 'a required field is missing, or a value has the wrong JSON type' },
  'invalid-value': { level: 'error', rule: 'a value is not one of the allowed choices' },
  'invalid-format': { level: 'error', rule: 'text does not have the required form (e.g. an email address)' },
  'too-small': { level: 'error', rule: 'text is empty, a list has too few entries or a number is too small' },
  'too-big': { level: 'error', rule: 'a list has more entries than any real case (issue 16), or a number is too large; on a render, a text printed in the page header or footer so long that they would take more than half the page (src/render/running.ts)' },
  'unrecognized-keys': { level: 'error', rule: 'an object has a field Harbor does not know (every object of every kind), or a batch header a column that names no field' },
  'invalid-date': { level: 'error', rule: 'a date is not a real yyyy-mm-dd calendar date between 1900 and 2100' },
  'invalid-date-time': { level: 'error', rule: 'a date-time is not ISO 8601 with a UTC offset, between 1900 and 2100' },
  'invalid-time-zone': { level: 'error', rule: 'a time zone is not an IANA name' },
  'invalid-country-code': { level: 'error', rule: 'a country is not an ISO 3166-1 alpha-2 code of a country' },
  'invalid-a-number': { level: 'error', rule: 'an A-number is not A + 8 or 9 digits' },
  'not-a-name': { level: 'error', rule: 'a person’s name is a word for none or not known (“FNU”, “LNU”, “Unknown”, “N/A”, “?”), which the document would print as the name: leave an optional name empty, or say the name is not known where the kind asks' },
  'invalid-phone': { level: 'error', rule: 'a phone number does not have 7 to 15 digits' },
  'invalid-money': { level: 'error', rule: 'an amount in dollars is not a number of dollars with at most two decimals' },
  'negative-money': { level: 'error', rule: 'an amount of money is negative' },
  'too-large': { level: 'error', rule: 'an amount is larger than Harbor accepts' },
  'script-not-embedded': { level: 'warning', rule: 'on a DOCX render, text in a script or character none of the embedded fonts has (Devanagari, Thai, Syriac, emoji…): Word and LibreOffice print it only with a font of the reader’s, as empty boxes where the reader has none' },
} as const satisfies CodeTable;

export type CommonCode = keyof typeof COMMON_CODES;

/** Declare a kind's own codes (kind-specific, beyond COMMON_CODES) with the literal keys kept. */
export function defineCodes<const K extends string>(codes: CodeTable<K>): CodeTable<K> {
  return codes;
}
