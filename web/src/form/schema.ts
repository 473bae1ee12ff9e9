// The kind's JSON Schema, as served by GET /v1/documents/{kind}/schema, made ready for the form
// library. Nothing here invents fields: it only
// - leaves out the case's `id` (a batch record's reference, src/kinds/kit/record-id.ts: a form
//   makes one document, and a field nobody needs would stand among those still to find out),
// - gives a label to a property without a `title` (its humanised name; the schema's own title wins),
// - folds zod's "optional" encodings (anyOf with null or "", type [x, "null"]) into the field itself,
//   since an empty input already means "not given",
// - turns a list of enum values into a set of checkboxes (uniqueItems),
// - keeps a removed field (`deprecated` with no type: the server refuses any value of it, e.g. the
//   worksheet's amounts in cents) as a mark only (`x-removed`), which the form shows only when a
//   draft an older Harbor wrote still holds a value of it (removed.tsx), never as an input: the
//   form library showed it as a raw "unsupported field" box of JSON; left out altogether, the
//   server's error named a field the person could neither see nor clear,
// - keeps a superseded field (`deprecated` with its type: still read, replaced by another) as its
//   input marked `x-superseded`, shown only while a draft holds a value of it (superseded.tsx),
// and it builds the uiSchema hints: which text is long (a textarea), which string is a date-time
// with its UTC offset, which yes/no is a pair of radio buttons, and the words each choice's codes
// are shown as (`x-enum-labels`).

import { MAX_JSON_DEPTH as MAX_DEPTH } from '../../../src/limits.js';
import { NOT_WITH_KEY, VALUE_FORMAT_KEY, VALUE_FORMATS, WITH_KEY, type ValueFormat } from '../../../src/kinds/kit/value-format.js';

export type Json = Record<string, unknown>;

/** "dateOfBirthEstimated" → "Date of birth estimated". */
export function humanise(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A plural noun's singular ("Defendants", "Losses", "Diagnoses", "Countries"); undefined for a word that is not one. */
function singularWord(word: string): string | undefined {
  if (/^(?:means|series|species)$/i.test(word)) return word; // the same in the singular
  if (/[^aeiou]ies$/i.test(word)) return word.replace(/ies$/i, 'y');
  // Greek "-nosis" plurals (diagnoses, prognoses); English "-oses" is "-ose" (purposes, doses).
  if (/noses$/i.test(word)) return word.replace(/es$/i, 'is');
  if (/(ss|x|ch|sh)es$/i.test(word)) return word.replace(/es$/i, '');
  if (/(ss|us|is)$/i.test(word) || !/[a-z]s$/i.test(word)) return undefined;
  return word.replace(/s$/i, '');
}

/**
 * A list's item named after its list: "Defendants" → "Defendant", "Losses (L)" → "Loss",
 * "Diagnoses" → "Diagnosis", "Other names used" → "Other name used", "Statutes of conviction" →
 * "Statute of conviction" (the noun before a closing participle or an "of", else the first word:
 * "Losses not yet known" → "Loss not yet known"); a title with no
 * such noun, "How I got away", → "How I got away: item". The last word alone made "Diagnose",
 * "Losses (L): item" and "Exhibits cited: item" of headings and labels a person reads on every item.
 */
export function singular(title: string): string {
  const bare = title.replace(/\s*\([^)]*\)$/, ''); // "Losses (L)": the letter is the list's total's
  const words = bare.split(' ');
  const at = words.indexOf('of') > 0 ? words.indexOf('of') - 1 : words.length > 1 && /ed$/.test(words[words.length - 1]!) ? words.length - 2 : words.length - 1;
  // Else a first word that is a plural noun: "Losses not yet known" → "Loss not yet known".
  const [where, one] = ([at, 0] as const).map((i) => [i, singularWord(words[i]!)] as const).find(([, w]) => w !== undefined) ?? [at, undefined];
  if (one === undefined) return `${title}: item`;
  words[where] = one;
  return words.join(' ');
}

const isObj = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const PRIMITIVE = new Set(['string', 'number', 'integer', 'boolean']);

/** An alternative that only says "absent": null, or the empty string. */
function isEmptyAlt(s: Json): boolean {
  return s.type === 'null' || s.const === '' || s.const === null || (Array.isArray(s.enum) && s.enum.length === 1 && (s.enum[0] === '' || s.enum[0] === null));
}

/**
 * A field kept in the schema only to be refused (src/kinds/restitution-worksheet/legacy.ts,
 * the T-visa's `signing.parentSigner`): marked deprecated, with no type or alternatives to fill.
 */
function isRemoved(s: unknown): boolean {
  return isObj(s) && s.deprecated === true && s.type === undefined && s.anyOf === undefined && s.oneOf === undefined && s.properties === undefined && s.enum === undefined && s.const === undefined;
}

/**
 * A removed field as the form keeps it: its title and what replaced it, marked `x-removed` (no
 * input: removed.tsx shows it only when a draft holds a value of it, with a button that takes the
 * value out). `deprecated` goes, or the form library would add "(deprecated)" to its label.
 */
function removedNode(s: Json, key: string): Json {
  return { title: typeof s.title === 'string' ? s.title : `${humanise(key)} (removed)`, description: s.description, [REMOVED]: true };
}

/** The mark of a removed field in the normalised schema (removedNode). */
export const REMOVED = 'x-removed';
/**
 * The mark of a superseded field: one the service still reads but the contract replaced (marked
 * `deprecated` with its type kept, e.g. the memo's `proposedSponsor`, read as the first of
 * `proposedSponsors`). superseded.tsx shows it, as an ordinary input, only while a draft holds a
 * value of it: offered on a new form, it stood beside its replacement as a second way to say the
 * same thing ("Proposed sponsor (one)" above "Proposed sponsors").
 */
export const SUPERSEDED = 'x-superseded';

/** A field the service still reads but the contract replaced: deprecated, with a type to fill. */
function isSuperseded(s: unknown): boolean {
  return isObj(s) && s.deprecated === true && !isRemoved(s);
}

/** A superseded field as the form keeps it: its input as normalised, marked, `deprecated` gone (removedNode). */
function supersededNode(s: Json, key: string): Json {
  const { deprecated: _d, ...node } = normalizeNode(s, key) as Json;
  return { ...node, [SUPERSEDED]: true };
}
/** The mark of a list's item of one value (a name, a country), named after its list (normalizeNode). */
export const LIST_ITEM = 'x-list-item';

/** An item of one value: text, a number, a date (not a choice, whose list is a set of checkboxes, nor a group). */
const isScalarItem = (n: Json): boolean =>
  typeof n.type === 'string' && PRIMITIVE.has(n.type) && n.type !== 'boolean' && !Array.isArray(n.enum) && n.properties === undefined && n.anyOf === undefined && n.oneOf === undefined;

/** The mark of a field that takes an amount as text or a number (the kit's Dollars), which the page words as money (plain.ts). */
export const AMOUNT = 'x-amount';
/**
 * What a text field's value is, when JSON Schema has no `format` for it: the contract's `x-format`
 * (src/kinds/kit/value-format.ts: a country's code, a time zone's name, a date at the precision
 * known). The form's input is chosen from it, never from the description's words: a reworded
 * description gave a plain text box.
 */
export function valueFormatOf(node: Json | undefined): ValueFormat | undefined {
  const f = node?.[VALUE_FORMAT_KEY];
  return typeof f === 'string' && (VALUE_FORMATS as readonly string[]).includes(f) ? (f as ValueFormat) : undefined;
}

/**
 * The names the kit gives a type, not a field ("Text", "Date"): shared by every field of the type,
 * they say nothing about one choice of a field among others (the memo's "Not applicable" offered
 * "Option 1" and "Text").
 */
const TYPE_TITLES = new Set(['Text', 'Narrative', 'Date', 'Date and time', 'Name', 'Country', 'Amount in dollars', 'Amount in cents']);

/** What an alternative takes, in the form's own words, for one the contract leaves untitled (alternativeTitles). */
function shapeInWords(a: Json): string {
  if (a.const !== undefined) return typeof a.const === 'boolean' ? (a.const ? 'Yes' : 'No') : String(a.const);
  if (a.type === 'boolean') return 'Yes or no';
  if (a.type === 'number' || a.type === 'integer') return 'A number';
  if (a.type === 'array') return 'A list';
  if (a.type === 'object' || isObj(a.properties)) {
    const parts = isObj(a.properties) ? Object.entries(a.properties).map(([k, p]) => (isObj(p) && typeof p.title === 'string' ? p.title : humanise(k))) : [];
    return parts.length > 0 ? parts.join(', ') : 'Details';
  }
  if (a.format === 'date') return 'A date';
  if (a.format === 'date-time') return 'A date and time';
  return 'In words';
}

/**
 * Each alternative of a choice of forms (anyOf/oneOf) with a title a person choosing reads in the
 * chooser: the contract's own, else (untitled, or titled only by its type) its shape in words. The
 * form library names an untitled one "Option 1", and the kit's type names ("Text") say nothing;
 * two alike are told apart by their place.
 */
function alternativeTitles(alts: Json[]): Json[] {
  const titles = alts.map((a) => (typeof a.title === 'string' && !TYPE_TITLES.has(a.title) ? a.title : shapeInWords(a)));
  return alts.map((a, i) => ({ ...a, title: titles.filter((t) => t === titles[i]).length > 1 ? `${titles[i]} (${titles.slice(0, i + 1).filter((t) => t === titles[i]).length})` : titles[i] }));
}

function normalizeNode(s: unknown, key?: string): unknown {
  if (Array.isArray(s)) return s.map((x) => normalizeNode(x));
  if (!isObj(s)) return s;
  let node: Json = { ...s };
  for (const k of ['anyOf', 'oneOf'] as const) {
    const alts = node[k];
    if (!Array.isArray(alts)) continue;
    // Nested anyOf (zod: optional(nullable(x))) flattened, then the "absent" alternatives dropped.
    const flat: Json[] = [];
    const flatten = (a: Json): void => {
      const inner = (a.anyOf ?? a.oneOf) as Json[] | undefined;
      if (Array.isArray(inner) && Object.keys(a).every((x) => x === 'anyOf' || x === 'oneOf' || x === 'description' || x === 'title')) inner.forEach(flatten);
      else flat.push(a);
    };
    (alts as Json[]).forEach(flatten);
    const real = flat.filter((a) => !isEmptyAlt(a));
    const { [k]: _drop, ...rest } = node;
    if (real.length === 1) node = { ...real[0], ...rest };
    else if (real.length > 1 && real.every((a) => typeof a.type === 'string' && PRIMITIVE.has(a.type) && a.type !== 'boolean' && !a.enum && a.const === undefined)) {
      // "a number or text" (money as written): one text input; the server parses it.
      // Marked as an amount, which the page's words say how to type (plain.ts).
      node = { type: 'string', ...rest, description: rest.description ?? real.find((a) => a.description)?.description, [AMOUNT]: true };
    } else node = { ...rest, [k]: alternativeTitles(real) };
  }
  if (Array.isArray(node.type)) {
    const types = (node.type as string[]).filter((t) => t !== 'null');
    node.type = types.length === 1 ? types[0] : types;
  }
  if (key !== undefined && node.title === undefined) node.title = humanise(key);
  if (isObj(node.properties)) {
    const props: Json = {};
    for (const [k, v] of Object.entries(node.properties)) props[k] = isRemoved(v) ? removedNode(v as Json, k) : isSuperseded(v) ? supersededNode(v as Json, k) : normalizeNode(v, k);
    node.properties = props;
  }
  if (isObj(node.items)) {
    node.items = normalizeNode(node.items);
    const items = node.items as Json;
    // A list of enum values: a set of checkboxes.
    if (Array.isArray(items.enum)) node.uniqueItems = true;
    // An item of one value (a name, a language, a country) is a field the list's words name: its
    // own title and help are its type's, shared by every list of it ("Text", "A line of text, not
    // empty."), read on each item of "Other names used" and "Languages" alike. It is named after
    // its list where the list's title gives a noun ("Other name used"; "Citizenship" keeps
    // "Country"), and its help is only what to type in its input (help.tsx): the list's help above
    // it says what it holds.
    // The contract's own name for an item (`x-item-title`, src/kinds/kit/list.ts) comes first:
    // "How I got away" gives no noun, and its items were headed "How I got away: item".
    const itemTitle = typeof node['x-item-title'] === 'string' ? node['x-item-title'] : undefined;
    if (isScalarItem(items) && typeof node.title === 'string') {
      const named = itemTitle ?? singular(node.title);
      items.title = named.endsWith(': item') && typeof items.title === 'string' ? items.title : named;
      delete items.description;
      items[LIST_ITEM] = true;
    }
    // An item without a title of its own is named after its list: "Defendants" → "Defendant".
    else if (items.title === undefined && typeof node.title === 'string') items.title = itemTitle ?? singular(node.title);
  }
  for (const k of ['$defs', 'definitions'] as const) {
    if (isObj(node[k])) node[k] = Object.fromEntries(Object.entries(node[k] as Json).map(([n, d]) => [n, normalizeNode(d)]));
  }
  for (const k of ['anyOf', 'oneOf', 'allOf'] as const) if (Array.isArray(node[k])) node[k] = (node[k] as unknown[]).map((x) => normalizeNode(x));
  return node;
}

/** The schema the form is built from (see the file's head). */
export function normalizeSchema(schema: Json): Json {
  const out = normalizeNode(schema) as Json;
  delete out.$schema; // 2020-12 is what the validator reads anyway
  if (isObj(out.properties) && 'id' in out.properties) {
    const { id: _recordId, ...fields } = out.properties;
    out.properties = fields;
  }
  return out;
}

/** The uiSchema hints of a (normalised) schema. */
export function buildUiSchema(schema: Json): Json {
  const ui = (s: Json, key?: string): Json => {
    const out: Json = {};
    if (s[REMOVED] === true) return { 'ui:field': 'Removed' };
    if (isObj(s.properties)) for (const [k, v] of Object.entries(s.properties)) if (isObj(v)) out[k] = ui(v, k);
    if (isObj(s.items)) {
      const item = ui(s.items as Json, key);
      if (Object.keys(item).length > 0) out.items = item;
      if (Array.isArray((s.items as Json).enum)) out['ui:widget'] = 'checkboxes';
    }
    if (s.type === 'string' && !Array.isArray(s.enum)) {
      const value = valueFormatOf(s);
      if (s.format === 'date-time') out['ui:widget'] = 'OffsetDateTime';
      // A time zone (its IANA name in the case): by city or from a list, time-zone.tsx.
      else if (value === 'time-zone') out['ui:widget'] = 'TimeZone';
      // A country (its code in the case): by name or code, country.tsx.
      else if (value === 'country-code') out['ui:widget'] = 'Country';
      // A date at the precision known (text: "03/2011", "March 2011", "2011"): partial-date.tsx.
      else if (value === 'date-at-precision') out['ui:widget'] = 'PartialDate';
      // A date: the browser's date input, through the widget that says when it holds a date typed
      // in part (dates.tsx); the library's default drew it as a text input of type date.
      else if (s.format === 'date') out['ui:widget'] = 'DateWidget';
      // Multi-line: what the contract marks so (`x-multiline`, src/kinds/kit/text.ts), or a bound
      // longer than a line. Never the field's name: a list of names that say prose made "Language
      // of the narrative" and "Earlier OTIP letter: date and number" multi-line boxes, and missed
      // prose named otherwise; the kinds mark their prose instead (tests/web/plain.test.ts).
      else if (s['x-multiline'] === true || (typeof s.maxLength === 'number' && s.maxLength > 300)) out['ui:widget'] = 'textarea';
    }
    if (s.type === 'boolean') out['ui:widget'] = 'radio';
    // A choice shows each code's label (`x-enum-labels`, src/kinds/kit/choice.ts) and still sends
    // the code: rjsf reads `ui:enumNames`, in the enum's order (a list's, for its checkboxes, in
    // the list's `items`, which the walk above reaches). A code without a label shows as itself.
    const labels = s['x-enum-labels'];
    if (Array.isArray(s.enum) && isObj(labels)) out['ui:enumNames'] = s.enum.map((v) => (typeof labels[String(v)] === 'string' ? labels[String(v)] : String(v)));
    // A choice of forms (a memo's factor: its text, or an object saying "not applicable"): each form
    // gets its own hints, as the form library reads them (uiSchema.anyOf[i]); the field's own
    // `ui:widget` would be taken for the chooser of the form.
    for (const k of ['anyOf', 'oneOf'] as const) {
      if (!Array.isArray(s[k])) continue;
      // A yes/no among the forms is named by the question above its chooser, not by its form's
      // title, which the chooser shows (templates.tsx questionOf): its own label is not drawn.
      const alts = (s[k] as unknown[]).map((a) => (isObj(a) ? { ...ui(a, key), ...(a.type === 'boolean' ? { 'ui:options': { label: false } } : {}) } : {}));
      if (alts.some((a) => Object.keys(a).length > 0)) out[k] = alts;
    }
    // Shown only while a draft holds a value of it (superseded.tsx), with the hints above.
    if (s[SUPERSEDED] === true) out['ui:field'] = 'Superseded';
    return out;
  };
  return { ...ui(schema), 'ui:submitButtonOptions': { norender: true } };
}

/**
 * The case as it is sent: empty strings gone, and objects or lists left empty dropped unless the
 * schema requires them (an untouched optional section is "not given", not "given empty").
 * Recursive, but never deeper than MAX_DEPTH + 1 calls: a value nested deeper is sent as it is,
 * unwalked, and the server refuses it by the same bound (a draft that deep is refused when it is
 * opened, so only a bug could bring one here; before the bound, a 50,000-deep draft overflowed
 * the stack).
 */
export function prune(value: unknown, schema: Json | undefined, required = true, depth = 1): unknown {
  if (value === undefined || value === '' || value === null) return undefined;
  if (depth > MAX_DEPTH) return value;
  if (Array.isArray(value)) {
    const items = isObj(schema?.items) ? (schema!.items as Json) : undefined;
    const out = value.map((v) => prune(v, items, true, depth + 1)).filter((v) => v !== undefined);
    return out.length === 0 && !required ? undefined : out;
  }
  if (isObj(value)) {
    const props = isObj(schema?.properties) ? (schema!.properties as Record<string, Json>) : {};
    const req = new Set(Array.isArray(schema?.required) ? (schema!.required as string[]) : []);
    const out: Json = {};
    for (const [k, v] of Object.entries(value)) {
      const p = prune(v, props[k], req.has(k), depth + 1);
      if (p !== undefined) out[k] = p;
    }
    // A list the case must hold but may hold empty (an RFA's citizenship, "empty when not yet
    // known"), which the person has not touched, is sent as the empty list the form shows: left
    // out, it was "Citizenship: is required", which nothing on the form could answer.
    // (An optional section left untouched stays "not given": nothing is added to it.)
    if (Object.keys(out).length === 0 && !required) return undefined;
    for (const k of req) if (!(k in out) && props[k]?.type === 'array' && !(Number(props[k]?.minItems) > 0)) out[k] = [];
    return out;
  }
  return value;
}

/**
 * The case without the field at a dot path (a copy; the case itself is not changed): how the page
 * takes out a field the form has no input for (one Harbor does not know, in a draft another tool or
 * an older version wrote). A path that leads nowhere gives the case as it is.
 */
export function withoutField(data: unknown, path: string): unknown {
  const segs = path.split('.');
  const step = (value: unknown, i: number): unknown => {
    const seg = segs[i]!;
    if (Array.isArray(value) && /^\d+$/.test(seg) && Number(seg) < value.length) {
      if (i === segs.length - 1) return value;
      return value.map((v, k) => (k === Number(seg) ? step(v, i + 1) : v));
    }
    if (!isObj(value) || !(seg in value)) return value;
    if (i === segs.length - 1) {
      const { [seg]: _gone, ...rest } = value;
      return rest;
    }
    return { ...value, [seg]: step(value[seg], i + 1) };
  };
  return path === '' ? data : step(data, 0);
}

/** The sub-schema at a dot path (array indexes step into `items`). */
export function schemaAt(schema: Json, path: readonly (string | number)[]): Json | undefined {
  let s: Json | undefined = schema;
  for (const seg of path) {
    if (!s) return undefined;
    if (isObj(s.properties) && typeof seg === 'string' && seg in (s.properties as Json)) s = (s.properties as Record<string, Json>)[seg];
    else if (isObj(s.items) && /^\d+$/.test(String(seg))) s = s.items as Json;
    else return undefined;
  }
  return s;
}

/**
 * The case with each object's keys in the order the form draws its fields (its schema's
 * properties), any other key after them: a draft's JSON may hold its keys in any order, and the one
 * date that says which part its box reads first (typed-dates.ts firstBothWays) was the first in the
 * draft's text, which could be a box far below another that reads both ways.
 */
export function inFormOrder(root: Json, data: unknown, path: readonly (string | number)[] = []): unknown {
  if (Array.isArray(data)) return data.map((v, i) => inFormOrder(root, v, [...path, i]));
  if (!isObj(data)) return data;
  const props = schemaAt(root, path)?.properties;
  const order = isObj(props) ? Object.keys(props).filter((k) => k in data) : [];
  const keys = [...order, ...Object.keys(data).filter((k) => !order.includes(k))];
  return Object.fromEntries(keys.map((k) => [k, inFormOrder(root, (data as Record<string, unknown>)[k], [...path, k])]));
}

/** Whether a value of the case gives nothing: absent, blank, an empty list, or an object of such values. */
export function givesNothing(v: unknown): boolean {
  if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) return true;
  if (Array.isArray(v)) return v.length === 0;
  return isObj(v) && Object.values(v).every(givesNothing);
}

/**
 * The title of the optional section (an object its parent does not require, not a list's item)
 * that holds the field at `path` and is still empty in `data`: the field is required only once
 * the section is filled in (section-required.tsx). Undefined for a field of a required section, of
 * a list's item, of the case itself, or of a section that gives something.
 */
export function emptySectionOf(root: Json, data: unknown, path: readonly (string | number)[]): string | undefined {
  if (path.length < 2) return undefined;
  const sectionPath = path.slice(0, -1);
  const key = sectionPath[sectionPath.length - 1];
  if (typeof key !== 'string') return undefined;
  const [section, parent] = [schemaAt(root, sectionPath), schemaAt(root, sectionPath.slice(0, -1))];
  if (!section || !parent || typeof section.title !== 'string') return undefined;
  if (Array.isArray(parent.required) && parent.required.includes(key)) return undefined;
  let v: unknown = data;
  for (const seg of sectionPath) v = v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[seg] : undefined;
  return givesNothing(v) ? section.title : undefined;
}

/** Longest item name shown (characters): a name, a place or a short label; longer text is a sentence, not a name. */
const ITEM_NAME_MAX = 60;

/**
 * What a list's item is called by what it holds, as a person would say it: a list of text, the
 * item's own text; an item of fields, its first one-line text field the person has filled in (a
 * labor period's "Label", a defendant's or a contact's name), never a date, a choice, a code, an
 * amount or a multi-line account. Undefined when the item holds none, or only text longer than a
 * name (ITEM_NAME_MAX: a sentence said at every field of the item would drown the field's own name)
 * or shorter than one.
 */
export function itemNameOf(itemSchema: Json | undefined, value: unknown): string | undefined {
  const said = (s: Json | undefined, v: unknown): string | undefined => {
    if (!s || typeof v !== 'string' || s.type !== 'string' || Array.isArray(s.enum) || typeof s.format === 'string' || valueFormatOf(s) !== undefined) return undefined;
    if (s[AMOUNT] !== undefined || s['x-multiline'] === true || (typeof s.maxLength === 'number' && s.maxLength > 300)) return undefined;
    const t = v.replace(/\s+/g, ' ').trim();
    // A mark of a few characters or a number ("9", "A": an exhibit's letter) is no name: "Exhibit 1: 9"
    // read as a count. The item's next field says what it is ("Exhibit 1: Restaurant ledger").
    return t.length < 3 || t.length > ITEM_NAME_MAX || !/\p{L}/u.test(t) ? undefined : t;
  };
  if (!itemSchema) return undefined;
  if (!isObj(value)) return said(itemSchema, value);
  const props = isObj(itemSchema.properties) ? (itemSchema.properties as Record<string, Json>) : {};
  for (const [key, s] of Object.entries(props)) {
    const name = said(s, value[key]);
    if (name !== undefined) return name;
  }
  return undefined;
}

/**
 * A list's item as a person says it: its list's item title and its place, counted from 1, then what
 * it holds when `value` is given and names it ("Labor period 2: Rivera Farms"; "Labor period 2"
 * without). It was "Item 2 of 3" on the item's group and "Labor periods › #2" in the list of
 * problems, a number a screen reader read as "number 2" and nobody says (review, round r59).
 */
export function itemLabel(itemSchema: Json | undefined, index: number, value?: unknown): string {
  const title = typeof itemSchema?.title === 'string' && !itemSchema.title.endsWith(': item') ? itemSchema.title : 'Item';
  const name = value === undefined ? undefined : itemNameOf(itemSchema, value);
  return `${title} ${index + 1}${name === undefined ? '' : `: ${name}`}`;
}

/**
 * "child.dateOfBirth" → "Child › Date of birth"; a list's item by its title and place, and by what
 * it holds when the case `data` is given (itemLabel: "laborPeriods.1.state" → "Labor period 2:
 * Rivera Farms › State", in place of "Labor periods › #2 › State").
 */
export function labelOf(schema: Json, path: string, data?: unknown): string {
  if (path === '') return 'The whole case';
  const segs = path.split('.');
  const out: string[] = [];
  let v: unknown = data;
  segs.forEach((seg, i) => {
    v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[seg] : undefined;
    const own = schemaAt(schema, segs.slice(0, i + 1));
    if (/^\d+$/.test(seg)) {
      // The list's own title is said by its item's ("Labor period 2", not "Labor periods › Labor period 2").
      if (i > 0) out.pop();
      out.push(itemLabel(own, Number(seg), data === undefined ? undefined : (v ?? null)));
      return;
    }
    out.push(typeof own?.title === 'string' ? own.title : humanise(seg));
  });
  return out.join(' › ');
}

/** The form's element id of a field at a dot path (rjsf's ids: root_child_dateOfBirth). */
export function fieldId(path: string): string {
  return path === '' ? 'root' : `root_${path.split('.').join('_')}`;
}

/**
 * The leaf fields of the schema that the case leaves empty ("still to find out"), by label; a list
 * counts as one field. The walk follows the schema's properties, not the data's, so it goes as
 * deep as the schema and no deeper, whatever the data.
 */
export function emptyFields(root: Json, data: unknown): string[] {
  const out: string[] = [];
  const walk = (schema: Json, value: unknown, path: string[]): void => {
    const props = isObj(schema.properties) ? (schema.properties as Record<string, Json>) : undefined;
    if (props && (value === undefined || isObj(value))) {
      for (const [k, s] of Object.entries(props)) if (s[REMOVED] !== true && s[SUPERSEDED] !== true) walk(s, isObj(value) ? value[k] : undefined, [...path, k]);
      return;
    }
    const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
    if (empty && path.length > 0) out.push(labelOf(root, path.join('.')));
  };
  walk(root, data, []);
  return out;
}

/**
 * Whether a group that belongs to a sibling field (`"x-with": "perWeek"`, src/kinds/kit/value-format.ts)
 * is drawn: while that field, beside it in `data`, holds a value, or the group holds one of its own
 * (a draft's: nothing given is hidden). True for any field without the annotation.
 */
export function shownWithItsField(schema: Json, data: unknown, path: readonly (string | number)[]): boolean {
  const sibling = schema[WITH_KEY];
  if (typeof sibling !== 'string' || path.length === 0) return true;
  let group: unknown = data;
  for (const seg of path) group = group !== null && typeof group === 'object' ? (group as Record<string | number, unknown>)[seg] : undefined;
  if (!givesNothing(group)) return true;
  let parent: unknown = data;
  for (const seg of path.slice(0, -1)) parent = parent !== null && typeof parent === 'object' ? (parent as Record<string | number, unknown>)[seg] : undefined;
  return isObj(parent) && !givesNothing(parent[sibling]);
}

/** Whether `value` is one of the values a small JSON Schema describes: `const`, `type` and `anyOf` (what `x-not-with` writes). */
function describes(schema: unknown, value: unknown): boolean {
  if (!isObj(schema)) return false;
  if (Array.isArray(schema.anyOf)) return schema.anyOf.some((s) => describes(s, value));
  if ('const' in schema) return value === schema.const;
  if (typeof schema.type === 'string') return schema.type === 'integer' ? Number.isInteger(value) : schema.type === 'array' ? Array.isArray(value) : schema.type === 'object' ? isObj(value) : typeof value === schema.type;
  return false;
}

/**
 * Whether a field the case refuses beside certain values of its siblings (`"x-not-with"`,
 * src/kinds/kit/value-format.ts: a memo factor's "Analysis" beside "Not applicable") is drawn: while
 * it holds a value (a draft's: nothing given is hidden), or once each sibling it names holds a value
 * it is allowed beside. So the memo's "Not applicable" form draws its Yes/No or its reason, and
 * "Why not applicable" once Yes is chosen, never an "Analysis" box the case would refuse beside
 * them. True for any field without the annotation.
 */
export function shownBesideItsSiblings(schema: Json, data: unknown, path: readonly (string | number)[]): boolean {
  const refused = schema[NOT_WITH_KEY];
  if (!isObj(refused) || path.length === 0) return true;
  let own: unknown = data;
  for (const seg of path) own = own !== null && typeof own === 'object' ? (own as Record<string | number, unknown>)[seg] : undefined;
  if (!givesNothing(own)) return true;
  let parent: unknown = data;
  for (const seg of path.slice(0, -1)) parent = parent !== null && typeof parent === 'object' ? (parent as Record<string | number, unknown>)[seg] : undefined;
  const siblings = isObj(parent) ? parent : {};
  return Object.entries(refused).every(([sibling, values]) => !givesNothing(siblings[sibling]) && !describes(values, siblings[sibling]));
}

/** A value of each form a sibling's choice offers, to ask what a field is refused beside. */
const SAMPLE: Record<string, unknown> = { string: 'text', boolean: true, integer: 1, number: 1, array: [], object: {} };

/**
 * The case after a change, with a box's text carried over when a choice beside it switches to a
 * form that refuses the box and takes the same text (review, round r53: a memo factor's "Why not
 * applicable" typed under "Yes or no, with the reason below", then the inner choice switched to
 * "The reason, written here": the box stayed, holding its text, and the case was refused "not
 * both"). The form library empties a choice switched to a form of another type; so a switch is a
 * sibling that held a value of one type and now holds nothing. Then:
 * - to a text form: the one field holding text that the new form refuses (`x-not-with`) and the
 *   old value allowed gives its text to the sibling's new form, and leaves the case (its box goes);
 * - from a text form: the text written there goes to the one empty text field that the old value
 *   refused and the new form allows ("Why not applicable"), which the new form then draws.
 * Where two fields could take it, nothing moves: the check says "not both" at the field.
 */
export function settledBesideSiblings(schema: Json, prev: unknown, next: unknown, node: Json | undefined = schema, depth = 0): unknown {
  if (!node || depth > 32) return next;
  if (Array.isArray(next)) {
    if (!isObj(node.items)) return next;
    const items = next.map((v, i) => settledBesideSiblings(schema, Array.isArray(prev) ? prev[i] : undefined, v, node.items as Json, depth + 1));
    return items.every((v, i) => v === next[i]) ? next : items; // unchanged, the same case (the form's fields are memoised on it)
  }
  if (Array.isArray(node.anyOf) && isObj(next)) {
    const branch = (node.anyOf as Json[]).find((b) => isObj(b.properties) && Object.keys(next).every((k) => k in (b.properties as Json)));
    return branch ? settledBesideSiblings(schema, prev, next, branch, depth + 1) : next;
  }
  if (!isObj(next) || !isObj(node.properties)) return next;
  const props = node.properties as Record<string, Json>;
  const before = isObj(prev) ? prev : {};
  let out: Record<string, unknown> = next;
  for (const [k, v] of Object.entries(next)) {
    const settled = props[k] ? settledBesideSiblings(schema, before[k], v, props[k], depth + 1) : v;
    if (settled !== v) out = { ...out, [k]: settled };
  }
  for (const [sibling, sNode] of Object.entries(props)) {
    const old = before[sibling];
    if (givesNothing(old) || !givesNothing(out[sibling]) || !Array.isArray(sNode.anyOf)) continue;
    const forms = (sNode.anyOf as Json[]).map((b) => b.type).filter((t): t is string => typeof t === 'string');
    const oldType = typeof old === 'string' ? 'string' : typeof old === 'boolean' ? 'boolean' : undefined;
    const others = forms.filter((t) => t !== oldType);
    if (oldType === undefined || others.length !== 1) continue;
    const now = SAMPLE[others[0]!];
    const refusedBeside = (field: string, value: unknown): boolean => {
      const r = props[field]?.[NOT_WITH_KEY];
      return isObj(r) && isObj(r[sibling]) && describes(r[sibling], value);
    };
    const textFields = Object.keys(props).filter((f) => f !== sibling && props[f]!.type === 'string');
    if (others[0] === 'string') {
      const givers = textFields.filter((f) => typeof out[f] === 'string' && (out[f] as string).trim() !== '' && refusedBeside(f, now) && !refusedBeside(f, old));
      if (givers.length === 1) {
        const { [givers[0]!]: text, ...rest } = out;
        out = { ...rest, [sibling]: text };
      }
    } else if (oldType === 'string') {
      const takers = textFields.filter((f) => givesNothing(out[f]) && refusedBeside(f, old) && !refusedBeside(f, now));
      if (takers.length === 1) out = { ...out, [takers[0]!]: old };
    }
  }
  return out;
}
