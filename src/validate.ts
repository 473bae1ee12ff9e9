// Stage 1: raw input → trusted case, or structured issues.
//
// Text hygiene happens before the schema sees anything: every string is normalised to NFC (so
// "Nguyễn" typed with combining marks and precomposed compares and renders the same), CRLF
// becomes LF, and characters that have no place in a legal document are rejected with the path of
// the field: C0/C1 control characters other than tab and newline, lone surrogates, Unicode
// noncharacters (U+FFFE makes Word's XML invalid; LibreOffice refuses the file), U+FEFF (a
// byte-order mark left inside the text), U+FFFD, the mark a decoder leaves where the input was
// not UTF-8, and invisible characters that reorder text or print as nothing (./invisible.ts, which
// also makes U+2028, U+2029 and Office's U+000B and U+000C line feeds) (docs/fields.md, "Text"). Every route's case data passes here (parseCase): the single
// routes' bodies and files, and every batch record, CSV and Excel rows included.
import { figure } from './domain/format.js';
import type { z } from 'zod';
import { codePointName, HarborError, MAX_ISSUES, shownName, spreadsheetSafe, type Issue } from './errors.js';
import { MAX_JSON_DEPTH, textTooDeep } from './limits.js';
import { bomEncoding, decodeCaseText } from './encodings.js';
import { INVISIBLE, invisibleProblem, separatorsToNewlines } from './invisible.js';
import { closeMatch } from './near-names.js';
import { asWritten } from './json-text.js';

/** Join a path array into the dot path used everywhere in Harbor (`periods.2.endDate`). */
export function dotPath(path: ReadonlyArray<PropertyKey>): string {
  // A key is the sender's text: one a spreadsheet would run as a formula is not given as it is,
  // and one of megabytes is not given back whole (shownName; no path of a kind's own is so long).
  return spreadsheetSafe(shownName(path.map((p) => String(p)).join('.')));
}

// C0 except \t \n \r (CR is normalised away first), DEL, C1 controls.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
// Noncharacters U+FDD0..U+FDEF and U+nFFFE/U+nFFFF on every plane.
const NONCHAR = /[\uFDD0-\uFDEF\uFFFE\uFFFF]|[\u{1FFFE}\u{1FFFF}\u{2FFFE}\u{2FFFF}\u{3FFFE}\u{3FFFF}\u{4FFFE}\u{4FFFF}\u{5FFFE}\u{5FFFF}\u{6FFFE}\u{6FFFF}\u{7FFFE}\u{7FFFF}\u{8FFFE}\u{8FFFF}\u{9FFFE}\u{9FFFF}\u{AFFFE}\u{AFFFF}\u{BFFFE}\u{BFFFF}\u{CFFFE}\u{CFFFF}\u{DFFFE}\u{DFFFF}\u{EFFFE}\u{EFFFF}\u{FFFFE}\u{FFFFF}\u{10FFFE}\u{10FFFF}]/u;

// U+FFFD, the replacement character: what a decoder puts where bytes were not UTF-8 (a CSV saved
// by Excel as "CSV" is Windows-1252, whose é is no UTF-8 at all), so the letter it stands for is
// already lost. Refused rather than printed: "Ximena Bel\uFFFDn" in a filing is a wrong name, and
// no person writes the character on purpose.
const REPLACEMENT = /\uFFFD/u;

// Any of the three above or an invisible character, U+FEFF included (./invisible.ts): one scan
// finds that a string has none (nearly every string that is not PLAIN: text with accents or
// typographic quotes); only a string with one is asked which.
const REFUSED = new RegExp(`${CONTROL.source}|${NONCHAR.source}|${REPLACEMENT.source}|${INVISIBLE.source}`, 'u');

/** The words of the U+FFFD rule, shared with the batch readers that find it in a whole file. */
export const NOT_UTF8_ADVICE = 'save the file as UTF-8 (in Excel: "CSV UTF-8"), or send the text as UTF-8, and try again';

const ASCII = /^[\u0000-\u007f]*$/;
// CR, the Unicode line and paragraph separators, and Office's manual line and page breaks (./invisible.ts).
const LINE_ENDS = /[\r\u2028\u2029\u000B\u000C]/;
// Printable ASCII, tab and line feed only: nothing to normalise, replace or refuse.
const PLAIN = /^[\t\n\u0020-\u007e]*$/;

/** Check one string; returns the cleaned string or an issue (no case data in the message). */
export function cleanText(s: string, path: string): { value: string } | { issue: Issue } {
  if (PLAIN.test(s)) return { value: s }; // most of a case: one scan instead of five
  if (!s.isWellFormed()) {
    return { issue: { path, code: 'invalid-character', message: 'contains an unpaired surrogate (broken Unicode text)' } };
  }
  // CR LF and CR, the separators U+2028 and U+2029, and U+000B and U+000C (./invisible.ts), become line feeds.
  const lf = LINE_ENDS.test(s) ? separatorsToNewlines(s.replace(/\r\n?/g, '\n')) : s;
  // ASCII is NFC already: only other text goes through ICU's normaliser.
  const v = ASCII.test(lf) ? lf : lf.normalize('NFC');
  if (!REFUSED.test(v)) return { value: v };
  const c = CONTROL.exec(v);
  if (c) {
    const cp = c[0].codePointAt(0)!;
    return { issue: { path, code: 'invalid-character', message: `contains the control character ${codePointName(cp)}, which cannot appear in a document` } };
  }
  const n = NONCHAR.exec(v);
  if (n) {
    const cp = n[0].codePointAt(0)!;
    return { issue: { path, code: 'invalid-character', message: `contains the Unicode noncharacter ${codePointName(cp)}, which cannot appear in a document` } };
  }
  const invisible = invisibleProblem(v);
  if (invisible !== undefined) return { issue: { path, code: 'invalid-character', message: invisible } };
  // Only U+FFFD is left.
  return {
    issue: {
      path,
      code: 'invalid-character',
      message: `contains U+FFFD (\uFFFD), the mark of text that was not saved as UTF-8: a letter such as é or ñ was lost there; ${NOT_UTF8_ADVICE}`,
    },
  };
}

// The depth bound and its check on text live in ./limits.ts: the web page applies them too.
export { MAX_JSON_DEPTH, textTooDeep };

/** True when `v` nests objects/arrays deeper than `max` (recursion bounded by `max`: none to overflow). */
export function tooDeep(v: unknown, max: number): boolean {
  return deeperThan(v, 1, max);
}

// Recursive, but never deeper than max + 1 calls: the walk stops at the first level too deep. A
// module-level function, not a closure made per call: V8 holds a closure's optimized code only
// weakly (from its feedback vector), so a closure made per case lost it at every full collection
// and was compiled again, over and over in a long batch (issue 18; `node --trace-opt`).
function deeperThan(x: unknown, d: number, max: number): boolean {
  if (x === null || typeof x !== 'object') return false;
  if (d > max) return true;
  for (const c of Object.values(x as object)) if (c !== null && typeof c === 'object' && deeperThan(c, d + 1, max)) return true;
  return false;
}


/**
 * A case as JSON text, parsed where the work is done (a render thread, so that neither the parse
 * nor a copy of the parsed object ever holds the main thread: issue 16), and how its errors are
 * worded: `body` as the request body of a single route (400 malformed-input, the words express's
 * JSON parser used), `record` as one record of a batch (its `label`, "line 3" / "record 3").
 */
export interface CaseJson {
  /**
   * The text, or its bytes (decoded here: `charset`, a Content-Type's canonical name, unless a
   * byte-order mark says otherwise; default UTF-8, or UTF-16 where its first bytes say so).
   */
  text: string | Uint8Array;
  charset?: string;
  /** A request body, or a batch record (whose place its entry gives: src/batch/manifest.ts recordPlace). */
  as: 'body' | 'record';
}

/**
 * The error of a case nested deeper than MAX_JSON_DEPTH, checked on its text before parsing: one
 * rule, one code wherever the case comes from. The case is invalid (`invalid-case`, its issue
 * `too-deep`: 422 over HTTP, exit 1 in the CLI, an `invalid` record in a batch). Until 2026-12-05 a
 * request body got 400 `malformed-input` for the same text the CLI and a batch called `too-deep`:
 * the text is JSON, its shape is what no case has.
 */
export function caseTooDeep(): HarborError {
  return new HarborError('invalid-case', 'The case data is not valid', [depthIssueOf()]);
}

/**
 * What is wrong with JSON text that JSON.parse refused (`e`, its error), in the words every entry
 * point uses for it: a request body, a file or stdin given to the CLI, a batch record, a batch's
 * JSON array. Text that stops inside its JSON (a pipe whose writer died, a download, copy or
 * request cut short) is said to end before its JSON is complete, with its length: "at character
 * 100" of a 100-character text pointed at nothing wrong in it. Until 2026-12-07 only the CLI said
 * so; a body over HTTP was "not valid JSON (at character 100)" and a batch record "is not valid
 * JSON" for the same fault. Text broken inside says where V8 stopped, when V8 says. Never the
 * text: it is case data (V8's own message quotes it).
 */
export function notJsonWhy(e: unknown, text: string): string {
  const message = e !== null && typeof e === 'object' ? String((e as { message?: unknown }).message) : '';
  const at = jsonErrorPosition(e);
  // V8 names the position of the end for most cuts ("Unterminated string in JSON at position 8");
  // for a cut in a bare word or after a comma it says "Unexpected end of JSON input" instead.
  const cutShort = at !== undefined ? at >= text.trimEnd().length : /end of JSON input/.test(message);
  if (cutShort) return cutShortWhy(text.length);
  return `not valid JSON${at === undefined ? '' : ` (at character ${String(at)})`}`;
}

/** The words of JSON text that ends, after `chars` characters, before its JSON is complete (`notJsonWhy`). */
export function cutShortWhy(chars: number): string {
  return `not valid JSON: it ends (after ${figure(chars)} characters) before the JSON is complete, as text cut short does`;
}

/**
 * 400 for a request body that is not JSON; `why`: what is wrong with it (`notJsonWhy`);
 * `readAs`: the charset other than UTF-8 its Content-Type named and the body was read in. A UTF-8
 * body labelled `charset=utf-16` reads as CJK-looking letters and fails at character 0, which said
 * nothing of the label that caused it.
 */
export function bodyNotJson(why = 'not valid JSON', readAs?: string): HarborError {
  // JSON exchanged between systems is UTF-8 (RFC 8259 § 8.1).
  const label = readAs === undefined ? '' : `, read as ${readAs}, the charset its Content-Type names: send JSON as UTF-8, or give the charset the body is in`;
  return new HarborError('malformed-input', `The request body is ${why}${label}; send one JSON object`, [
    { path: '', code: 'malformed-input', message: why },
  ]);
}

/** 400 for a request body that is only a byte-order mark: no JSON at all (`parseCaseJson`). */
export function bodyOnlyBom(): HarborError {
  return new HarborError('malformed-input', 'The request body holds only a byte-order mark, no JSON (an empty file saved with one); send the case as a JSON object', [
    { path: '', code: 'malformed-input', message: 'empty body (only a byte-order mark)' },
  ]);
}

/** Position of a JSON syntax error, from V8's message ("... at position 12"), without the text. */
export function jsonErrorPosition(e: unknown): number | undefined {
  const message = e !== null && typeof e === 'object' ? (e as { message?: unknown }).message : undefined;
  const m = /position (\d+)/.exec(typeof message === 'string' ? message : '');
  return m ? Number(m[1]) : undefined;
}

/** How a single route's body is named, and its encoding given, in the refusal of bytes not in it. */
const BODY_TEXT = {
  name: 'The request body',
  howToGive: (e: string): string => `Content-Type: application/json; charset=${e}`,
  notUtf8: { example: 'Windows programs save "ANSI" text as Windows-1252', save: 'send it as UTF-8' },
} as const;

/**
 * Parse a case's JSON text (`CaseJson`). Depth first, on the text (a 200,000-deep body is refused
 * without being parsed); then JSON.parse. As a body, an empty one is refused (the app refuses one
 * of no bytes before it gets here, src/http/documents.ts jsonBody; one of only a byte-order mark here).
 * Any JSON value is taken, as the CLI and a batch take it: one of another type than an object is
 * the kind's schema's to refuse, naming its type. Errors never quote the text.
 */
export function parseCaseJson(j: CaseJson): unknown {
  // Bytes are a single route's body: refused once where they are not in their encoding (400 naming
  // the line and byte offset), never decoded with U+FFFD in each field that held such a letter.
  const text = typeof j.text === 'string' ? j.text : decodeCaseText(j.text, { encoding: j.charset, ...BODY_TEXT });
  if (textTooDeep(text, MAX_JSON_DEPTH)) throw caseTooDeep();
  if (j.as === 'body') {
    // The label's charset, when the body was read in it (no byte-order mark overrode it) and it is not UTF-8.
    const readAs = typeof j.text !== 'string' && j.charset !== undefined && j.charset !== 'utf-8' && bomEncoding(j.text) === undefined ? j.charset : undefined;
    // Bytes that decode to no text are only a byte-order mark (a body of no bytes never gets here):
    // an empty file saved by an editor that writes one. Read as `{}` it was answered 422 with every
    // required field of the kind, as if a case had been sent empty; the CLI says the input is empty.
    if (text.length === 0) throw bodyOnlyBom();
    let value: unknown;
    try {
      value = JSON.parse(text) as unknown;
    } catch (e) {
      throw bodyNotJson(notJsonWhy(e, text), readAs);
    }
    // Valid JSON of another type than an object (`null`, `1`, `"x"`, `[]`) parses, and the kind's
    // schema refuses it (422 invalid-case, `invalid-type` at the path "", naming its type), as the
    // CLI and a batch do: it is JSON, not "not valid JSON".
    return asWritten(text, value);
  }
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (e) {
    // Never the text: it is case data. The record's place is its entry's, said once.
    const why = notJsonWhy(e, text);
    throw new HarborError('malformed-input', `The record is ${why}`, [{ path: '', code: 'malformed-input', message: `is ${why}` }]);
  }
  return asWritten(text, value);
}

/** The issue of a case nested deeper than MAX_JSON_DEPTH. */
export function depthIssueOf(): Issue {
  return { path: '', code: 'too-deep', message: `nests objects or lists deeper than ${figure(MAX_JSON_DEPTH)} levels; no case does` };
}

/** The issue of a case nested deeper than MAX_JSON_DEPTH, or undefined (the one depth rule). */
export function depthIssue(raw: unknown): Issue | undefined {
  if (!tooDeep(raw, MAX_JSON_DEPTH)) return undefined;
  return depthIssueOf();
}

const DANGEROUS_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Walk raw JSON, cleaning every string (keys too). Returns a fresh value (the input is never
 * mutated or merged, so a `__proto__` key cannot reach a prototype) plus issues.
 */
export function sanitize(raw: unknown): { value: unknown; issues: Issue[] } {
  const issues: Issue[] = [];
  // One path stack for the walk, pushed and popped (joined only for an issue).
  const value = cleanValue(raw, [], issues);
  return { value, issues };
}

/** sanitize's walk (module-level, not a closure per case: see deeperThan). */
function cleanValue(v: unknown, path: PropertyKey[], issues: Issue[]): unknown {
  if (typeof v === 'string') {
    const r = cleanText(v, '');
    if ('issue' in r) {
      issues.push({ ...r.issue, path: dotPath(path) });
      return v;
    }
    return r.value;
  }
  if (Array.isArray(v)) {
    const out: unknown[] = [];
    for (let i = 0; i < v.length; i++) {
      path.push(i);
      out.push(cleanValue(v[i], path, issues));
      path.pop();
    }
    return out;
  }
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) {
      // Never a field of any schema: not copied (no prototype reached), and refused as any field
      // Harbor does not know, where it was dropped without a word.
      if (DANGEROUS_KEYS.has(k)) {
        issues.push({ path: dotPath([...path, k]), code: 'unrecognized-keys', message: unknownFieldMessage(undefined) });
        continue;
      }
      path.push(k);
      out[k] = cleanValue((v as Record<string, unknown>)[k], path, issues);
      path.pop();
    }
    return out;
  }
  return v;
}

/** Kebab-case a zod issue code ("invalid_type" → "invalid-type"). */
function kebab(code: string): string {
  return code.replace(/_/g, '-');
}

/**
 * zod issues → Harbor issues. A refinement sets its Harbor code with `params: { code }`;
 * otherwise the zod code is used, kebab-cased. Fields a strict object does not know (zod's one
 * `unrecognized_keys` issue per object) become one issue each, whose path names the field itself
 * (`child.aNumbr`) and whose message offers the object's known field it is closest to, when one is
 * (`schema`, the schema parsed with, is where the known fields are read).
 */
export function fromZodIssues(issues: ReadonlyArray<z.core.$ZodIssue>, schema?: z.ZodType): Issue[] {
  const out: Issue[] = [];
  const budget = { suggestions: MAX_ISSUES };
  convertIssues(issues, schema, out, budget);
  return out;
}

function convertIssues(issues: ReadonlyArray<z.core.$ZodIssue>, schema: z.ZodType | undefined, out: Issue[], budget: { suggestions: number }): void {
  for (const i of issues) {
    // Union failures carry their branches' issues; report the branch issues when there are any.
    if (i.code === 'invalid_union' && 'errors' in i && Array.isArray(i.errors) && i.errors.length > 0) {
      const first = i.errors.find((e) => e.length > 0);
      if (first) {
        convertIssues(
          first.map((e) => ({ ...e, path: [...i.path, ...e.path] })),
          schema,
          out,
          budget,
        );
        continue;
      }
    }
    if (i.code === 'unrecognized_keys') {
      // The object's own fields, looked up once for all of its unknown keys (and only while the
      // suggestions are within what an answer lists: a body of 100,000 unknown keys costs none).
      const known = schema !== undefined && budget.suggestions > 0 ? fieldsAt(schema, i.path) : [];
      for (const key of i.keys) {
        const near = budget.suggestions-- > 0 ? closeMatch(key, known) : undefined;
        out.push({ path: dotPath([...i.path, key]), code: 'unrecognized-keys', message: unknownFieldMessage(near) });
      }
      continue;
    }
    const params = (i as { params?: { code?: unknown } }).params;
    const code = typeof params?.code === 'string' ? params.code : kebab(i.code);
    out.push({ path: dotPath(i.path), code, message: missingFirst(i) });
  }
}

/** The message of a field Harbor does not know: why it is refused, and the likely field meant. */
export function unknownFieldMessage(near: string | undefined): string {
  const why = 'is not a field Harbor knows here, so its value would be lost';
  return near === undefined ? `${why}; remove it, or correct its name (the kind's JSON Schema lists every field)` : `${why}; did you mean ${near}?`;
}

/** A zod schema as far as `fieldsAt` reads it: its definition (zod 4's `_zod.def`). */
interface SchemaNode {
  _zod: { def: { type: string; shape?: Record<string, SchemaNode>; innerType?: SchemaNode; in?: SchemaNode; options?: readonly SchemaNode[]; element?: SchemaNode; left?: SchemaNode; right?: SchemaNode; getter?: () => SchemaNode } };
  meta?: () => { deprecated?: unknown } | undefined;
}

/**
 * The field names of the object(s) a schema has at `path`, through optional and default fields,
 * unions (every branch's), pipes (their input) and lists; fields kept only to be refused
 * (`deprecated`, like the worksheet's old `…Cents`) are left out, so they are never suggested.
 */
function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const shapes: Array<Record<string, SchemaNode>> = [];
  collectShapes(schema as unknown as SchemaNode, path, 0, shapes, 0);
  const names = new Set<string>();
  for (const shape of shapes) for (const [k, v] of Object.entries(shape)) if (!v.meta?.()?.deprecated) names.add(k);
  return [...names];
}

/** Deeper than any kind's schema nests wrappers: a recursive (lazy) schema stops here. */
const MAX_SCHEMA_STEPS = 256;

function collectShapes(node: SchemaNode, path: readonly PropertyKey[], at: number, out: Array<Record<string, SchemaNode>>, steps: number): void {
  if (steps > MAX_SCHEMA_STEPS) return;
  const def = node._zod.def;
  const next = (n: SchemaNode | undefined, to = at): void => {
    if (n !== undefined) collectShapes(n, path, to, out, steps + 1);
  };
  switch (def.type) {
    case 'object':
      if (at === path.length) out.push(def.shape ?? {});
      else next(def.shape?.[String(path[at])], at + 1);
      return;
    case 'array':
      if (at < path.length && typeof path[at] === 'number') next(def.element, at + 1);
      return;
    case 'union':
      for (const o of def.options ?? []) next(o);
      return;
    case 'intersection':
      next(def.left);
      next(def.right);
      return;
    case 'pipe':
      next(def.in);
      return;
    case 'lazy':
      next(def.getter?.());
      return;
    default:
      // optional, nullable, default, prefault, nonoptional, readonly, catch…: one inner schema.
      next(def.innerType);
  }
}

/**
 * A field left out where the schema set its own words ("must be initials or a pseudonym") says
 * that it is missing first: "is required; it must be initials or a pseudonym". Needs the issue's
 * input (`reportInput`), which is read here and never passed on.
 */
function missingFirst(i: z.core.$ZodIssue): string {
  const missing = i.code === 'invalid_type' && 'input' in i && i.input === undefined;
  return missing && !i.message.startsWith('is required') ? `is required; it ${i.message}` : i.message;
}

/**
 * Messages for a paralegal where zod's defaults speak to programmers. Only used when the schema
 * did not set its own message; never quotes the input.
 */
function friendlyMessage(iss: z.core.$ZodRawIssue): string | undefined {
  if (iss.code === 'invalid_type') {
    if (iss.input === undefined) return 'is required';
    const given = jsonTypeName(iss.input);
    // The case itself (path empty) as JSON of another type than an object. It parsed, so it is
    // not "not valid JSON" (what a body of `null`, `1` or `"x"` was told over HTTP until
    // 2026-12-06): one wording for an HTTP body, a CLI case file and a batch record.
    if ((iss.path ?? []).length === 0 && iss.expected === 'object') return `is valid JSON, but ${given}: ${A_CASE_IS}`;
    if (iss.input === null) return 'must not be empty (null)';
    const expected = String(iss.expected);
    const names: Record<string, string> = { object: 'a group of fields (a JSON object)', array: 'a list', string: 'text', number: 'a number', boolean: 'true or false', int: 'a whole number' };
    return `must be ${names[expected] ?? expected}, not ${given}`;
  }
  return undefined;
}

/** What the case data is, at its top. */
export const A_CASE_IS = 'the case must be one JSON object (a group of fields)';

/**
 * The JSON type of a parsed value in a user's words (never the value, which is case data; `true`,
 * `false` and `null` are whole values, none): `an array (a list)`, `null (nothing)`.
 */
export function jsonTypeName(v: unknown): string {
  if (v === null) return 'null (nothing)';
  if (Array.isArray(v)) return 'an array (a list)';
  if (typeof v === 'string') return 'a string (text)';
  if (typeof v === 'number') return 'a number';
  if (typeof v === 'boolean') return `${String(v)} (a yes-or-no value)`;
  // Parsed JSON holds nothing else but objects.
  return typeof v === 'object' ? 'an object (a group of fields)' : typeof v;
}

/** Parse raw input with a schema after sanitising. */
export function parseCase<S extends z.ZodType>(
  schema: S,
  raw: unknown,
): { ok: true; data: z.output<S> } | { ok: false; issues: Issue[] } {
  const deep = depthIssue(raw);
  if (deep) return { ok: false, issues: [deep] };
  const { value, issues } = sanitize(raw);
  // reportInput: so that a missing field can be told from a wrong one (missingFirst); the inputs
  // stay inside fromZodIssues, whose issues carry only path, code and message.
  const r = schema.safeParse(value, { error: friendlyMessage, reportInput: true });
  // A field refused for a character gets that error alone: the schema's verdict on the same raw
  // text ("invalid-date" for a date holding U+FEFF) only hides the cause.
  // Built only when the schema failed: a valid case (every render's) pays nothing for it.
  let schemaIssues: Issue[] = [];
  if (!r.success) {
    const refused = new Set(issues.map((i) => i.path));
    schemaIssues = fromZodIssues(r.error.issues, schema).filter((i) => !refused.has(i.path));
  }
  const all = [...issues, ...schemaIssues];
  if (all.length > 0 || !r.success) return { ok: false, issues: dedupe(all) };
  return { ok: true, data: r.data };
}

function dedupe(issues: Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const k = `${i.path}\u0000${i.code}\u0000${i.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
