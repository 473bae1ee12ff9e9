// What the JSON text of a case says that JSON.parse's value loses without a word, found in one
// scan of the text after JSON.parse took it (every case's text: a body, a batch record, a file
// given to `harbor check` or `harbor render`):
// - a field given twice in one object: JSON.parse keeps the last silently (RFC 8259 §4 leaves
//   repeated names to each parser), so the first value would be lost (`duplicate-key`);
// - a number with more digits than a double keeps, or too large or too small for one: read as a
//   nearby number, Infinity or 0 (`inexact-number`, ./exact-number.ts).
// Either refuses the case (invalid-case) at the field's path, before the schema sees the value.
import { capIssues, HarborError, MAX_ISSUES, shownName, type Issue } from './errors.js';
import { INEXACT_NUMBER, inexactNumberProblem } from './exact-number.js';

const DUPLICATE_KEY_MESSAGE = 'is given twice in the same object: JSON keeps only the last value, so the first would be lost; give it once';

/** A character of a JSON number after its first: a digit, `.`, `e`, `E`, `+` or `-`. */
const inNumber = (c: number): boolean => (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x65 || c === 0x45 || c === 0x2b || c === 0x2d;

const ID_AS_TEXT = 'is a number with more digits than a number keeps, so it would be read as another id; write the id as text, in quotes';

const join = (base: string, k: string | number): string => (base === '' ? String(k) : `${base}.${String(k)}`);

/**
 * The issues of `text` (valid JSON: called after JSON.parse took it), in the order met: the first
 * MAX_ISSUES, then one `more-issues` entry counting the rest (src/errors.ts capIssues), so a body
 * of 10,000 repeated fields is neither 10,000 issues nor 100 with the rest dropped silently. The
 * scan follows only strings, brackets, keys, commas and number literals. Keys are compared
 * decoded ("a" and "\u0061" are one).
 */
export function jsonTextIssues(text: string): Issue[] {
  const found: Issue[] = [];
  let more = 0; // issues past MAX_ISSUES, counted, not kept
  // One frame per open object (keys seen, the key being read) or array (the index being read).
  const keys: (Set<string> | null)[] = [];
  const paths: string[] = [];
  const current: (string | number)[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      let j = i + 1;
      while (j < text.length) {
        const d = text.charCodeAt(j);
        if (d === 0x5c) j += 2;
        else if (d === 0x22) break;
        else j++;
      }
      const top = keys.length - 1;
      const seen = top >= 0 ? keys[top] : null;
      if (seen && expectKey) {
        const key = JSON.parse(text.slice(i, j + 1)) as string;
        if (!seen.has(key)) seen.add(key);
        else if (found.length < MAX_ISSUES) found.push({ path: shownName(join(paths[top]!, key)), code: 'duplicate-key', message: DUPLICATE_KEY_MESSAGE });
        else more++;
        current[top] = key;
        expectKey = false;
      }
      i = j;
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      // A number (outside strings, only a value starts with - or a digit): up to its last character.
      let j = i + 1;
      let exponent = false;
      for (let d = text.charCodeAt(j); j < text.length && inNumber(d); d = text.charCodeAt(++j)) exponent ||= d === 0x65 || d === 0x45;
      // At most 15 characters and no exponent: at most 15 digits, always kept (nearly every number
      // of a case: hours, shares, cents), so neither sliced nor read. The path is joined only for a
      // number refused.
      const problem = j - i <= 15 && !exponent ? undefined : inexactNumberProblem(text.slice(i, j));
      const top = keys.length - 1;
      if (problem !== undefined && found.length < MAX_ISSUES) {
        const path = top >= 0 ? join(paths[top]!, current[top]!) : '';
        // A record's id is a reference, never rounded: a long case number belongs in quotes.
        found.push({ path, code: INEXACT_NUMBER, message: path === 'id' ? ID_AS_TEXT : problem });
      }
      else if (problem !== undefined) more++;
      i = j - 1;
    } else if (c === 0x7b || c === 0x5b) {
      const top = keys.length - 1;
      paths.push(top >= 0 ? join(paths[top]!, current[top]!) : '');
      keys.push(c === 0x7b ? new Set() : null);
      current.push(0);
      expectKey = c === 0x7b;
    } else if (c === 0x7d || c === 0x5d) {
      keys.pop();
      paths.pop();
      current.pop();
      expectKey = false;
    } else if (c === 0x2c) {
      const top = keys.length - 1;
      if (top < 0) continue;
      if (keys[top]) expectKey = true;
      else current[top] = (current[top] as number) + 1;
    }
  }
  return more > 0 ? capIssues([...found, { path: '', code: 'more-issues', message: '', count: more }]) : found;
}

/** Parsed JSON of a case (`value`, from `text`), refused (invalid-case) when its text says more than the value keeps. */
export function asWritten(text: string, value: unknown): unknown {
  const issues = jsonTextIssues(text);
  if (issues.length > 0) throw new HarborError('invalid-case', 'The case data is not valid', issues);
  return value;
}
