// One line on stderr, before the errors of a refused case, when the mistake is not in its fields
// but in what was given: a case of another kind (`harbor render rfa declaration.json`, two dozen
// lines of "is required" and "is not a field Harbor knows" otherwise), or a batch file given to
// `check` or `render` (a JSON list of cases, a CSV), or one case given to `batch`. Only field names
// and the shape of the input are read, never their values.
import { figure } from '../domain/format.js';
import type { Issue } from '../errors.js';

/** A kind as this check reads it: its id and the top-level fields of its case (its JSON Schema's). */
export interface KindFields {
  id: string;
  fields: readonly string[];
}

/**
 * The kinds whose case `input` looks like instead of `kind`'s: some top-level field of it is unknown
 * to `kind` (an `unrecognized-keys` issue with a one-segment path) and every one is known to them.
 */
export function otherKindsOf(input: unknown, kind: string, issues: readonly Issue[], kinds: readonly KindFields[]): string[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return [];
  if (!issues.some((i) => i.code === 'unrecognized-keys' && i.path !== '' && !i.path.includes('.'))) return [];
  const keys = Object.keys(input);
  return kinds.filter((k) => k.id !== kind && keys.every((key) => k.fields.includes(key))).map((k) => k.id);
}

/** The line that names the kinds a case looks like, for `harbor <command> <kind>`. */
export function otherKindLine(command: string, kind: string, others: readonly string[]): string {
  const meant = others.map((o) => `"harbor ${command} ${o} …"`).join(' or ');
  return `harbor: this case has the fields of kind ${others.join(' or ')}, not of ${kind}; did you mean ${meant}?\n`;
}

/** The names of the files `harbor batch` reads that are never one case: CSV, Excel, NDJSON. */
const BATCH_FILE = /\.(csv|xlsx|ndjson|jsonl)$/i;

/**
 * The line for a batch given as one case, or undefined: a JSON list of cases (`input` an array of
 * objects), or a batch file that did not parse as one case (`input` undefined).
 */
export function batchFileLine(kind: string, file: string, input: unknown): string | undefined {
  const batch = `"harbor batch ${kind} ${file === '-' ? '<cases.json>' : file} -o out.zip"`;
  // A list with a case in it: `[]` or `[1, 2]` is no batch either, only not a case.
  if (Array.isArray(input) && input.some((c) => typeof c === 'object' && c !== null && !Array.isArray(c))) {
    const what = file === '-' ? 'the input' : `"${file}"`;
    return `harbor: ${what} is a list of ${figure(input.length)} case${input.length === 1 ? '' : 's'} (a batch), not one case; did you mean ${batch}?\n`;
  }
  if (input === undefined && file !== '-' && BATCH_FILE.test(file)) return `harbor: "${file}" is a batch file, not one case; did you mean ${batch}?\n`;
  return undefined;
}

/**
 * The line for one case given to `harbor batch` as a .json file (it begins with "{", where a batch's
 * list begins with "["), or undefined. `start` is the file's first characters.
 */
export function oneCaseLine(kind: string, file: string, start: string): string | undefined {
  if (!/\.json$/i.test(file) || !start.replace(/^\uFEFF/, '').trimStart().startsWith('{')) return undefined;
  return `harbor: "${file}" is one case, not a list of cases; did you mean "harbor render ${kind} ${file} -o out.pdf"?\n`;
}
