// CSV rows ↔ case objects through dot-path column headers (docs/batch.md §Input: `child.dateOfBirth`,
// `periods.2.endDate`). A CSV cell is text; the kind's JSON Schema says which cells are numbers
// or booleans, so an A-number "012345678" stays text while `hours` becomes a number.
import { figure } from '../domain/format.js';
import { HarborError, SHOWN_NAME_CHARS, shownName, spreadsheetSafe, type Issue } from '../errors.js';
import { closeMatch } from '../near-names.js';
import { inexactNumberIssue } from '../exact-number.js';

type Json = Record<string, unknown>;

/** The sub-schema at a path of a (zod-generated) JSON Schema, or undefined if unknown. */
export function schemaAt(schema: unknown, path: readonly string[]): Json | undefined {
  let s = schema as Json | undefined;
  for (const seg of path) {
    s = step(s, seg);
    if (!s) return undefined;
  }
  return s;
}

/** Alternatives of a schema (optional/nullable fields come out of zod as anyOf). */
function branches(s: Json): Json[] {
  const alts = (s.anyOf ?? s.oneOf ?? s.allOf) as Json[] | undefined;
  return Array.isArray(alts) ? alts.flatMap(branches) : [s];
}

function step(s: Json | undefined, seg: string): Json | undefined {
  if (!s) return undefined;
  for (const b of branches(s)) {
    const props = b.properties as Record<string, Json> | undefined;
    if (props && Object.hasOwn(props, seg)) return props[seg];
    if (/^\d+$/.test(seg)) {
      if (b.items && typeof b.items === 'object') return b.items as Json;
      const prefix = b.prefixItems as Json[] | undefined;
      if (prefix?.[Number(seg)]) return prefix[Number(seg)];
    }
  }
  return undefined;
}

function types(s: Json | undefined): Set<string> {
  const out = new Set<string>();
  if (!s) return out;
  for (const b of branches(s)) {
    if (b.const === '') continue; // the kit's "" = not given (docs/fields.md), not the field's type
    if (typeof b.type === 'string') out.add(b.type);
    if (Array.isArray(b.type)) for (const t of b.type) out.add(String(t));
    if ('const' in b) out.add(typeof b.const);
    if (Array.isArray(b.enum)) for (const v of b.enum) out.add(typeof v);
  }
  return out;
}

const NUMBER = /^-?(?:\d+|\d*\.\d+)(?:[eE][-+]?\d+)?$/;

/**
 * A cell's value for the JSON types its path's schema allows (`t`): number, boolean or (by default)
 * the text itself. A number with more digits than a double keeps (or past its range) is refused at
 * `header` into `issues` (src/exact-number.ts), never read as a nearby number.
 */
function coerceCell(cell: string, t: ReadonlySet<string>, header: string, issues: Issue[] | undefined): unknown {
  const v = cell.trim();
  if (t.has('string')) return cell;
  // An empty section or list has no cells of its own: the template writes `{}` / `[]` for it.
  if (v === '{}' && t.has('object')) return {};
  if (v === '[]' && t.has('array')) return [];
  if ((t.has('number') || t.has('integer')) && NUMBER.test(v)) {
    const inexact = issues && inexactNumberIssue(v, header);
    if (inexact) issues.push(inexact);
    return Number(v);
  }
  if (t.has('boolean') && /^(true|false)$/i.test(v)) return v.toLowerCase() === 'true';
  if (t.has('null') && v.toLowerCase() === 'null') return null;
  return cell;
}

const UNSAFE_SEGMENT = new Set(['__proto__', 'constructor', 'prototype']);

/** Most characters of a header's name an error quotes: the longest dot path of a kind is about half. */
export const SHOWN_HEADER_CHARS = SHOWN_NAME_CHARS;

/**
 * A header's name as an error quotes it (and an unknown column's issue gives it as its path): at
 * most SHOWN_HEADER_CHARS characters, then "…". A header cell may be as long as a row (1 MB), and
 * a name that long was echoed whole, twice, in a 400's detail and path (600 KB over HTTP, a 300 KB
 * line in the CLI). Control and text-direction characters are escaped where the error is shown,
 * one way for both (src/terminal.ts forTerminal: the CLI's lines, src/errors.ts toProblem).
 */
export function shownHeader(name: string): string {
  return shownName(name);
}

/** Why a header cannot be a dot path, or undefined when it can. */
export function headerProblem(header: string): string | undefined {
  if (header.trim() === '') return 'a column has no header';
  const segs = header.split('.');
  if (segs.some((s) => s === '')) return `column "${shownHeader(header)}" is not a dot path (empty segment)`;
  if (segs.some((s) => UNSAFE_SEGMENT.has(s))) return `column "${shownHeader(header)}" uses a reserved name`;
  // A segment of digits numbers a list item. One item has one column name: `x.00` or `x.01` beside
  // `x.0` and `x.1` would be the same item twice (one cell silently lost), and an index past 2^53
  // is no number at all.
  for (const seg of segs) {
    if (!/^\d+$/.test(seg)) continue;
    const canonical = String(Number(seg));
    if (!Number.isSafeInteger(Number(seg))) return `column "${shownHeader(header)}" numbers a list item ${shownHeader(seg)}, which is too large`;
    if (canonical !== seg) return `column "${shownHeader(header)}" numbers a list item with a leading zero (${shownHeader(seg)}); write ${shownHeader(canonical)}, as harbor csv-template does`;
  }
  return undefined;
}

/** A spreadsheet's letters for a 1-based column number (1 → A, 27 → AA), as Excel shows a CSV too. */
export function columnLetters(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * Why a spreadsheet is refused when a column with no name in its header row (an empty cell, or
 * spaces) holds a value in a row: the value names no field and would be lost. A column with no
 * name that every row leaves empty is no column at all and is passed over: the trailing empty
 * column Excel saves when a cell right of the table was once formatted or cleared (each row of a
 * CSV ending in a comma), or a blank column between two groups. Until 2026-12-05 a CSV with one
 * was refused whole ("a column has no header"), and a value in a workbook right of its header
 * was dropped without a word.
 */
export function unnamedColumnHolds(column: number, row: number): string {
  return `column ${columnLetters(column)} has no name in the header row, but row ${String(row)} has a value in it, which would be lost; give the column the dot path of its field, or clear it`;
}

/**
 * Why a header row cannot be read when a column is named twice (each cell would have two places
 * and one would be lost), naming the column and both places: `column "child.aNumber" appears
 * twice (columns V and AC)`. Undefined when every name is different.
 */
export function repeatedColumn(names: readonly string[]): string | undefined {
  const first = new Map<string, number>();
  for (let i = 0; i < names.length; i++) {
    if (names[i] === '') continue; // a column with no name (unnamedColumnHolds)
    const seen = first.get(names[i]!);
    if (seen !== undefined) return `column "${shownHeader(names[i]!)}" appears twice (columns ${columnLetters(seen + 1)} and ${columnLetters(i + 1)}); keep one`;
    first.set(names[i]!, i);
  }
  return undefined;
}

/** The names of the fields an object of the schema has (every branch's), leaving out removed ones (`deprecated`). */
function fieldNames(s: Json | undefined): string[] {
  const names = new Set<string>();
  if (s) {
    for (const b of branches(s)) {
      const props = b.properties as Record<string, Json> | undefined;
      if (props) for (const [k, v] of Object.entries(props)) if (!branches(v).some((x) => x.deprecated === true) && v.deprecated !== true) names.add(k);
    }
  }
  return [...names];
}

/** True when the schema (or one of its branches) is a list. */
function isList(s: Json | undefined): boolean {
  return s !== undefined && branches(s).some((b) => b.type === 'array' || (Array.isArray(b.type) && b.type.includes('array')));
}

/**
 * Why a header column names no field of the kind's schema, or undefined when it names one (a
 * field, a group of fields, a list or a list's item). Such a column is a mistake in the file, not
 * in its rows (`child.anumber` for `child.aNumber`): the whole file is refused before any record,
 * with one error for the column instead of the same unknown field refused in every row (a schema
 * that dropped unknown fields would have rendered every row without the value). `letters` is the
 * column's place (`columnLetters`); the message names the part of the path that is unknown and
 * the known field it is closest to (src/near-names.ts, `closeMatch`): "did you mean child.aNumber?".
 */
export function unknownColumn(schema: unknown, header: string, letters: string): Issue | undefined {
  const segs = header.split('.');
  let s = schema as Json | undefined;
  for (let i = 0; i < segs.length; i++) {
    const next = step(s, segs[i]!);
    if (next) {
      s = next;
      continue;
    }
    const where = `column ${letters} of the header names no field Harbor knows`;
    const lost = 'so its cells would be lost';
    const parent = segs.slice(0, i).join('.');
    const known = fieldNames(s);
    let message: string;
    if (known.length > 0) {
      const near = closeMatch(segs[i]!, known);
      message =
        near !== undefined
          ? `${where}, ${lost}; did you mean ${shownHeader([...segs.slice(0, i), near, ...segs.slice(i + 1)].join('.'))}?`
          : `${where}${parent ? ` (${parent} has no field ${shownHeader(segs[i]!)})` : ''}, ${lost}; correct its name (harbor csv-template prints every column) or remove the column`;
    } else if (isList(s)) {
      message = `${where} (${parent} is a list: its columns are numbered from 0, ${parent}.0, ${parent}.1 …), ${lost}`;
    } else {
      message = `${where} (${parent} is one value, with no fields of its own), ${lost}`;
    }
    return { path: spreadsheetSafe(shownHeader(header)), code: 'unrecognized-keys', message };
  }
  return undefined;
}

/**
 * The refusal of a header whose columns name fields the schema does not have (`unknownColumn`),
 * one issue per such column, or undefined when every column names a field. `what` begins the
 * message: "CSV header" or "Header row" (a workbook's).
 */
export function unknownColumns(names: readonly string[], schema: unknown, what: string): HarborError | undefined {
  const issues: Issue[] = [];
  const unknown: string[] = []; // their names as given (an issue's path may be spreadsheetSafe's)
  for (let i = 0; i < names.length; i++) {
    if (names[i] === '') continue; // a column with no name (unnamedColumnHolds)
    const issue = unknownColumn(schema, names[i]!, columnLetters(i + 1));
    if (issue) {
      issues.push(issue);
      unknown.push(shownHeader(names[i]!));
    }
  }
  if (issues.length === 0) return undefined;
  const shown = unknown.slice(0, 5).map((name) => `"${name}"`);
  const more = issues.length > shown.length ? ` and ${figure(issues.length - shown.length)} more` : '';
  const subject = issues.length === 1 ? `column ${shown[0]} names` : `columns ${shown.join(', ')}${more} name`;
  return new HarborError('malformed-input', `${what}: ${subject} no field Harbor knows, so no record was read (each error says which field was meant, when one is close)`, issues);
}

/** What the schema says of one dot path: its sub-schema and the types a cell there may take. */
interface PathFacts {
  segs: string[];
  schema: Json | undefined;
  types: Set<string>;
}

/**
 * The schema's facts per dot path, looked up once and reused for every row of a batch (every
 * row has the same headers, and the schema is the kind's). Made per batch, never kept longer: the
 * headers are the caller's. The walk through anyOf branches is most of a row's cost otherwise
 * (~0.7 ms a row of a one-year restitution worksheet, measured with --cpu-prof).
 */
export class SchemaPaths {
  private readonly facts = new Map<string, PathFacts>();
  constructor(readonly schema: unknown) {}

  at(path: string): PathFacts {
    let f = this.facts.get(path);
    if (!f) {
      const segs = path === '' ? [] : path.split('.'); // '': the case itself
      const schema = schemaAt(this.schema, segs);
      f = { segs, schema, types: types(schema) };
      this.facts.set(path, f);
    }
    return f;
  }
}

/**
 * One CSV row → a case object. Empty cells mean "not given" and are left out; an object or array
 * whose cells are all empty is left out too; arrays are compacted (columns `x.0`, `x.1` with `x.1`
 * empty give a one-element array). `paths`: the batch's lookups (one per call if not given);
 * `issues`: where a cell that cannot be read as written is told (its column as the path).
 */
export function rowToObject(row: Record<string, string>, schema: unknown, paths = new SchemaPaths(schema), issues?: Issue[], columns?: Map<string, string>): Json {
  const root: Json = Object.create(null) as Json;
  for (const header of Object.keys(row)) {
    const cell = row[header]!;
    if (cell === '') continue;
    const facts = paths.at(header);
    const segs = facts.segs;
    let node: Json = root;
    for (let i = 0; i < segs.length - 1; i++) {
      const seg = segs[i]!;
      if (node[seg] === undefined || node[seg] === null || typeof node[seg] !== 'object') node[seg] = Object.create(null) as Json;
      node = node[seg] as Json;
    }
    node[segs[segs.length - 1]!] = coerceCell(cell, facts.types, header, issues);
  }
  return materialize(root, '', '', paths, columns) as Json;
}

/**
 * Null-prototype scratch objects → plain objects; numeric-keyed objects → compact arrays. `path`: v's
 * dot path ('' the root), `column`: the same in the row's columns, which differs from `path` below
 * an item moved by the compaction (`x.1` given, `x.0` empty: the item is `x.0` in the case, its
 * column `x.1`). Each such item's case path → column path goes into `columns`, so that an error on
 * it names the column the cell is in (`toColumns`), not an empty one beside it. Loops and
 * module-level helpers, no closures made per node: V8 holds a closure's optimized code only weakly,
 * so closures made per row were compiled again after every full collection of a long batch (issue
 * 18; `node --trace-opt`).
 */
function materialize(v: unknown, path: string, column: string, paths: SchemaPaths, columns: Map<string, string> | undefined): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) {
    const out: unknown[] = [];
    for (const x of v) if (x !== undefined) out.push(materialize(x, subPath(path, out.length), subPath(column, out.length), paths, columns));
    return out;
  }
  const o = v as Json;
  const keys = Object.keys(o);
  let numeric = keys.length > 0;
  for (let i = 0; numeric && i < keys.length; i++) numeric = /^\d+$/.test(keys[i]!);
  const t = paths.at(path).types;
  if (numeric && (t.has('array') || t.size === 0)) {
    // Ordered by number, each item read by its own key (headerProblem allows only canonical ones).
    const ordered = keys.sort(byNumber);
    const out: unknown[] = [];
    for (const k of ordered) {
      const at = subPath(path, out.length);
      const from = subPath(column, k);
      if (columns && at !== from) columns.set(at, from);
      out.push(materialize(o[k], at, from, paths, columns));
    }
    return out;
  }
  const out: Json = {};
  for (const k of keys) out[k] = materialize(o[k], subPath(path, k), subPath(column, k), paths, columns);
  return out;
}

/**
 * Issues on a case made from a row, with each path under an item the compaction moved given as the
 * column it was read from (`rowToObject`'s `columns`): the longest moved prefix is replaced.
 */
export function toColumns(issues: Issue[], columns: ReadonlyMap<string, string> | undefined): Issue[] {
  if (!columns || columns.size === 0) return issues;
  return issues.map((issue) => {
    for (let cut = issue.path.length; cut > 0; cut = issue.path.lastIndexOf('.', cut - 1)) {
      const from = columns.get(issue.path.slice(0, cut));
      if (from !== undefined) return { ...issue, path: from + issue.path.slice(cut) };
    }
    return issue;
  });
}

/** The dot path of key `k` under `path` ('' the root). */
function subPath(path: string, k: string | number): string {
  return path === '' ? String(k) : `${path}.${String(k)}`;
}

function byNumber(a: string, b: string): number {
  return Number(a) - Number(b);
}

/**
 * A case object → dot-path cells (the inverse of rowToObject, for the CSV template). An empty
 * object or array becomes the cell `{}` or `[]`, so a section that is present but empty survives.
 */
export function flatten(v: unknown, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  if (prefix && v !== null && typeof v === 'object' && Object.keys(v).length === 0) out[prefix] = Array.isArray(v) ? '[]' : '{}';
  else if (Array.isArray(v)) v.forEach((x, i) => flatten(x, prefix ? `${prefix}.${String(i)}` : String(i), out));
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) flatten(x, prefix ? `${prefix}.${k}` : k, out);
  else if (v !== undefined && prefix) out[prefix] = v === null ? '' : String(v);
  return out;
}

/** Dot paths of every field the schema has (a list's item as index 0), leaving out removed ones. */
function schemaLeaves(s: Json | undefined, path: string, out: string[], depth: number): void {
  if (!s || depth > 32) return;
  let inner = false;
  for (const b of branches(s)) {
    if (b.deprecated === true) continue;
    const props = b.properties as Record<string, Json> | undefined;
    if (props) {
      inner = true;
      for (const [k, v] of Object.entries(props)) {
        if (v.deprecated === true || branches(v).some((x) => x.deprecated === true)) continue;
        schemaLeaves(v, path === '' ? k : `${path}.${k}`, out, depth + 1);
      }
    } else if (b.items && typeof b.items === 'object') {
      inner = true;
      schemaLeaves(b.items as Json, `${path}.0`, out, depth + 1);
    }
  }
  if (!inner && path !== '' && !out.includes(path)) out.push(path);
}

/**
 * The cells of a kind's CSV and Excel templates: the example case's, then an empty cell for every
 * field of the schema the example does not give (a supporting declaration's fields beside a
 * personal statement, an alternative's `preference`, an optional sponsor), each placed after the
 * last column of its nearest group the example has, so a clinic finds every column it may fill.
 * A list the example gives keeps its items; a field only the schema has is shown once, at index 0.
 */
export function templateCells(schema: unknown, example: unknown): Record<string, string> {
  const cells = flatten(example);
  const order = Object.keys(cells);
  // A column stands for its field at every list index (`alternatives.2.reason` ~ `alternatives.0.reason`).
  const field = (h: string): string => h.replace(/\.\d+(?=\.|$)/g, '.0');
  const holds = (h: string, leaf: string): boolean => {
    const f = field(h);
    return f === leaf || f.startsWith(`${leaf}.`) || leaf.startsWith(`${f}.`);
  };
  const leaves: string[] = [];
  schemaLeaves(schema as Json, '', leaves, 0);
  // Where the previous field of the schema (in its order) ends in the template: -1 before any.
  let previous = -1;
  for (const leaf of leaves) {
    const last = order.findLastIndex((h) => holds(h, leaf));
    if (last >= 0) {
      previous = last;
      continue;
    }
    // After the last column that shares the longest prefix with it (its group), else after the
    // previous field of the schema.
    const segs = leaf.split('.');
    let at = previous + 1;
    for (let n = segs.length - 1; n > 0; n--) {
      const prefix = `${segs.slice(0, n).join('.')}.`;
      const end = order.findLastIndex((h) => h.startsWith(prefix));
      if (end >= 0) {
        at = end + 1;
        break;
      }
    }
    order.splice(at, 0, leaf);
    previous = at;
  }
  const out: Record<string, string> = {};
  for (const h of order) out[h] = cells[h] ?? '';
  return out;
}

/** A cell for a CSV Harbor writes: quoted when needed; a leading = + - @ never reads as a formula. */
export function csvCell(s: string): string {
  const safe = spreadsheetSafe(s);
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
