// The one place where the form page turns the contract's words into a caseworker's: a field's help
// (the schema's `description`) and every error and warning the page shows (the service's messages,
// which speak to a program as much as to a person: "yyyy-mm-dd", "ISO date-time with offset",
// "true or false", `dateOfBirthEstimated`, "sex" for a choice the page shows as "Sex trafficking").
// Nothing here is per field or per message: each rule is a kind of input (a date, a yes/no, a
// choice…) or a kind of term, read from the schema the form is built from, so a field or a rule
// added to a kind is worded by the same rules. The service's own words, code and path stay what
// the API sends (the page lists them for a developer under "Advanced": advanced.tsx).
//
// No DOM here (the unit tests read it without a browser); the browser's language enters only
// through `locale`, which orders a date's example as the browser's date input does.
import type { Issue } from '../problem.js';
import { AMOUNT, humanise, labelOf, schemaAt, valueFormatOf, type Json } from './schema.js';
import { countryNames } from './countries.js';
import { longDate } from './words.js';
import { zoneLabels } from './zones.js';

const isObj = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** What a field's input takes, as the form draws it (schema.ts buildUiSchema). */
export type InputKind = 'date' | 'date-time' | 'partial-date' | 'yes-no' | 'choice' | 'choices' | 'whole-number' | 'number' | 'money' | 'country' | 'time-zone' | 'list' | 'group' | 'text';

/** The kind of input of a (normalised) schema node. */
export function inputKind(node: Json | undefined): InputKind {
  if (!node) return 'text';
  const value = valueFormatOf(node);
  if (node.type === 'boolean') return 'yes-no';
  if (Array.isArray(node.enum)) return 'choice';
  if (node.type === 'array') return isObj(node.items) && Array.isArray(node.items.enum) ? 'choices' : 'list';
  if (node.type === 'object' || isObj(node.properties) || Array.isArray(node.anyOf) || Array.isArray(node.oneOf)) return 'group';
  if (node.format === 'date') return 'date';
  if (node.format === 'date-time') return 'date-time';
  if (node.type === 'integer') return 'whole-number';
  if (node.type === 'number') return 'number';
  if (value === 'date-at-precision') return 'partial-date';
  // An amount: text or a number (the kit's Dollars), as the form folds it or as the schema types it.
  if (node[AMOUNT] === true || (Array.isArray(node.type) && node.type.includes('string') && node.type.includes('number'))) return 'money';
  if (value === 'country-code') return 'country';
  if (value === 'time-zone') return 'time-zone';
  return 'text';
}


/** dateExample's answers by locale ('' for the browser's own): one Intl.DateTimeFormat per locale. */
const examples = new Map<string, { order: string; example: string; monthExample: string }>();

/**
 * The order of a date's parts in the browser's language ("month/day/year") and an example in it
 * ("03/14/2011"). Kept per locale: every field's help asks on every render, and a new
 * Intl.DateTimeFormat each time was most of a keystroke's cost in a long form (the memo's, about
 * 80 ms a key in Chromium, half of it here).
 */
export function dateExample(locale?: string): { order: string; example: string; monthExample: string } {
  const known = examples.get(locale ?? '');
  if (known) return known;
  const made = makeDateExample(locale);
  examples.set(locale ?? '', made);
  return made;
}

function makeDateExample(locale?: string): { order: string; example: string; monthExample: string } {
  const f = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' });
  const parts = f.formatToParts(new Date(Date.UTC(2011, 2, 14, 12)));
  const names: Record<string, string> = { year: 'year', month: 'month', day: 'day' };
  const order = parts.filter((p) => p.type in names).map((p) => names[p.type]).join('/');
  const yearFirst = order.startsWith('year');
  return { order, example: parts.map((p) => p.value).join(''), monthExample: yearFirst ? '2011/03' : '03/2011' };
}

/**
 * A yyyy-mm-dd date as the page's date boxes take it typed, in the browser's order with two-digit
 * month and day (08/01/2025 in month/day/year): an example of what to type, as dateExample's.
 */
export function typedExample(iso: string, locale?: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const f = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' });
  return f.formatToParts(new Date(Date.UTC(y, m - 1, d, 12))).map((p) => p.value).join('');
}

/**
 * What to type in an input of this kind, as a sentence (none where the input says it itself).
 * `example` false: the field's own help gives one already ("e.g. 110.00 for $110 a day", "e.g.
 * 03/15/2024"), and a second, generic one beside it ("e.g. 1250.50", a day's pay of $1,250.50;
 * "e.g. 03/14/2011") read as a second example of the field (review, round r54).
 */
export function whatToType(kind: InputKind, locale?: string, example = true): string | undefined {
  const d = dateExample(locale);
  switch (kind) {
    // A date box's calendar opens with Alt+Down, said here, in the box's description, as its button
    // is out of the order of Tab (dates.tsx CalendarButton).
    case 'date':
      return example ? `Type the date as ${d.order}, e.g. ${d.example}, or pick it from the calendar (Alt+Down).` : `Type the date as ${d.order}, or pick it from the calendar (Alt+Down).`;
    case 'date-time':
      // Short: on a phone the RFA's first field, a date-time, must stay within two screens. The UTC
      // offset beside it starts as this computer's own (templates.tsx).
      return example ? `Type the date (${d.order}) and time, e.g. ${d.example} 10:30 PM (calendar: Alt+Down).` : `Type the date (${d.order}) and time (calendar: Alt+Down).`;
    case 'partial-date':
      return `Type as much of the date as is known: ${d.order} (${d.example}), the month and year (${d.monthExample}, or March 2011), a season (spring 2011, or early, mid or late 2011) or the year alone (2011).`;
    case 'money':
      return example ? 'Type the amount in dollars, e.g. 1250.50, 1,250.50 or $1,250.50.' : 'Type the amount in dollars, with or without its $ and commas.';
    case 'country':
      return 'Type the country’s name and pick it from the list, e.g. Honduras, or its two-letter code (HN).';
    case 'time-zone':
      return 'Type the city whose time the requester keeps and pick it from the list, e.g. Chicago for U.S. Central time, New York for Eastern.';
    case 'yes-no': // its Yes and No say it, as a choice's list and a number's box do
    case 'choice':
    case 'choices':
    case 'whole-number':
    case 'number':
    case 'list':
    case 'group':
    case 'text':
      return undefined;
  }
}

/** What a field of this kind needs when it is empty or wrong, after "is required: " (short: the help says more). */
function whatItNeeds(kind: InputKind, locale?: string): string {
  const d = dateExample(locale);
  switch (kind) {
    case 'yes-no':
      return 'choose Yes or No';
    case 'choice':
      return 'choose one from the list';
    case 'choices':
      return 'tick at least one';
    case 'group':
      return 'fill in its fields marked required';
    case 'list':
      return 'add at least one with its Add button';
    case 'whole-number':
      return 'type a whole number, e.g. 12';
    case 'number':
      return 'type a number';
    // A date box's calendar opens with Alt+Down, said here, in the box's description, as its button
    // is out of the order of Tab (dates.tsx CalendarButton).
    case 'date':
      return `type the date as ${d.order}, e.g. ${d.example}`;
    case 'date-time':
      return `type the date (${d.order}) and the time, e.g. ${d.example} 10:30 PM`;
    case 'partial-date':
      return `type the date as ${d.order} (${d.example}), or as much of it as is known: ${d.monthExample}, spring 2011 or 2011`;
    case 'money':
      return 'type the amount in dollars, e.g. 1,250.50';
    case 'country':
      return 'type the country’s name and pick it from the list, e.g. Honduras';
    case 'time-zone':
      return 'type the city whose time is kept and pick it from the list, e.g. Chicago';
    case 'text':
      return 'fill it in';
  }
}

const lower = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
const upper = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Every choice's code and its words in the schema (`x-enum-labels`): a code every field that offers
 * it says in the same words → those words; a code two fields say differently (the memo's "other":
 * "Other decision", "Other", "Other document"…) → null, as the kind alone does not say which
 * (choiceWordsAt reads the field's own and its neighbours' first).
 */
function choiceWords(root: Json): Map<string, string | null> {
  const out = new Map<string, string | null>();
  const walk = (n: unknown, depth: number): void => {
    if (depth > 64) return;
    if (Array.isArray(n)) return n.forEach((x) => walk(x, depth + 1));
    if (!isObj(n)) return;
    const labels = n['x-enum-labels'];
    if (isObj(labels)) for (const [code, label] of Object.entries(labels)) if (typeof label === 'string') out.set(code, out.has(code) && out.get(code) !== label ? null : label);
    for (const v of Object.values(n)) walk(v, depth + 1);
  };
  walk(root, 0);
  return out;
}

const wordsCache = new WeakMap<Json, Map<string, string | null>>();
const wordsOf = (root: Json): Map<string, string | null> => wordsCache.get(root) ?? (wordsCache.set(root, choiceWords(root)), wordsCache.get(root)!);

/** A node's choices' words: its own (a choice) or its items' (a set of checkboxes). */
const labelsOf = (node: Json | undefined): Record<string, unknown> | undefined => {
  const labels = node && (isObj(node.items) ? node.items['x-enum-labels'] : node['x-enum-labels']);
  return isObj(labels) ? labels : undefined;
};

/**
 * The words of a choice's code quoted in a sentence about the field at `at` (review, round r54: the
 * memo's `the choice is "other"` under a relief's detail read "Other decision", the first field of
 * the kind offering "other", not the relief's own "Other"): the field's own choices, then a field
 * beside it or beside each of its parents, nearest first; then the kind's, where every field offering
 * the code says it alike. Undefined where none says it.
 */
function choiceWordsAt(root: Json, at: string, code: string, own: Record<string, string> | undefined): string | undefined {
  if (typeof own?.[code] === 'string') return own[code];
  const segs = at === '' ? [] : at.split('.');
  for (let k = segs.length; k >= 0; k--) {
    const node = schemaAt(root, segs.slice(0, k));
    const mine = labelsOf(node)?.[code];
    if (typeof mine === 'string') return mine;
    const props = node && (isObj(node.properties) ? node.properties : isObj(node.items) && isObj(node.items.properties) ? node.items.properties : undefined);
    if (isObj(props))
      for (const child of Object.values(props as Record<string, Json>)) {
        const said = labelsOf(child)?.[code];
        if (typeof said === 'string') return said;
      }
  }
  return wordsOf(root).get(code) ?? undefined;
}

/** The words of `code` in the field `name` (a key or a dot path) beside `at` or beside a parent of it. */
function choiceWordsOf(root: Json, at: string, name: string, code: string): string | undefined {
  const segs = at === '' ? [] : at.split('.');
  for (let k = segs.length; k >= 0; k--) {
    const said = labelsOf(schemaAt(root, [...segs.slice(0, k), ...name.split('.')]))?.[code];
    if (typeof said === 'string') return said;
  }
  return undefined;
}

/**
 * The label of a field a message names by its name in the case ("preparedOn",
 * "travel.departures.0", "declarant.professional.licensed"): looked up from the case's root, then
 * beside the field the message is about and beside each of its parents. Only names that cannot be
 * English words are read so (a dot or a capital inside: `minor` stays a word).
 */
function fieldNamed(root: Json, name: string, at: string, marked = false): string | undefined {
  if ((!marked && !/[.]|[a-z][A-Z]/.test(name)) || !/^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)*$/.test(name)) return undefined;
  const segs = at === '' ? [] : at.split('.');
  for (let k = segs.length; k >= 0; k--) {
    const path = [...segs.slice(0, k), ...name.split('.')].join('.');
    // Never the field itself, named in backticks: a paragraph's "Exhibits cited" says its letters are "listed in
    // `exhibits`", the case's list, and read "(listed in “Exhibits cited”)", its own label.
    if (marked && path === at) continue;
    const node = schemaAt(root, path.split('.'));
    if (!node) continue;
    // A bare name is a field beside the one in question (or beside a parent): its own label, which
    // holds no item's number (a list's "returnedOn" may be another item's).
    if (!name.includes('.') && typeof node.title === 'string') return node.title;
    return labelOf(root, path);
  }
  return undefined;
}

/**
 * The contract's terms in a sentence in a person's words: a field named by its name in the case →
 * its label; a choice's code in quotes → its words (and, in a choice's own help, its codes written
 * bare); true and false said of a field → Yes and No; a date written yyyy-mm-dd → "September 1,
 * 1997"; the format words of a date; "(in JSON: …)" asides left out.
 */
export function plainTerms(text: string, root: Json, at = '', locale?: string, own?: Record<string, string>): string {
  const d = dateExample(locale);
  let out = text
    .replace(/\s*\(in JSON:[^)]*\)/g, '')
    .replace(/\b(?:written )?yyyy-mm-dd, yyyy-mm \(month known\)(?:, yyyy-spring \([^)]*\))? or yyyy \(year known\)/g, `typed as ${d.order} (${d.example}), the month and year (${d.monthExample}), a season (spring 2011, or early, mid or late 2011; a winter with both its years, winter 2011-2012) or the year (2011)`)
    .replace(/\byyyy-mm-dd \(exact\), yyyy-mm \(month(?: known)?\)(?:, yyyy-spring \([^)]*\))? or yyyy \(year(?: known)?\)/g, `${d.order} (${d.example}), the month and year (${d.monthExample}), a season (spring 2011) or the year (2011)`)
    .replace(/\b(?:written )?yyyy-mm-dd\b/g, `${d.order} (e.g. ${d.example})`)
    .replace(/\bISO date-time with offset\b(?:, e\.g\. \S+?(?=[.;]?(?:\s|$)))?/g, 'a date and time')
    .replace(/\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})(?=[\s.,;)]|$)/g, `${d.example} 10:00 PM`)
    // A date given as an example of what to type (after "e.g." or "like", or "2025-08-01 for August
    // 2025") is written as the page's date boxes take it, in the browser's order (08/01/2025): in
    // words, "August 1, 2025 for August 2025" showed a form no box takes, and the service's own
    // yyyy-mm-dd is not the page's. Any other date is a fact, said in words.
    .replace(/\b(e\.g\.,? |like |such as |for example,? )(\d{4}-\d{2}-\d{2})\b/g, (_all, cue: string, iso: string) => cue + typedExample(iso, locale))
    .replace(/\b(\d{4}-\d{2}-\d{2})(?= for \p{L})/gu, (iso: string) => typedExample(iso, locale))
    .replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (iso: string) => longDate(iso))
    .replace(/\bISO 3166(?:-1)?(?: alpha-2| two-letter)?(?: country)? (codes?)\b/g, 'two-letter country $1')
    .replace(/\(ISO(?: 3166(?:-1)?)? alpha-2\)/g, '(its two-letter country code)')
    .replace(/\bIANA time[- ]zone(?: name)?\b/g, 'time zone name')
    // A zone as the case stores it (America/Los_Angeles): as the time-zone box offers it.
    .replace(ZONE_NAME, (zone) => zoneLabels().get(zone) ?? zone)
    // A list written as JSON (["SY", "TR"]): its items.
    .replace(/\[("[^"\]]*"(?:, ?"[^"\]]*")*)\]/g, (_all, items: string) => items.replace(/"/g, '').split(/, ?/).join(' and '))
    // "role "child"", "the choice is "other"", "add "sex" to the types": a code in quotes.
    // After the field that holds it ("declarant.role "parent"", "for role "parent""), in that field's words.
    .replace(/(?:\b([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*) )?"([a-z0-9]+(?:-[a-z0-9]+)*)"/g, (all, field: string | undefined, code: string) => {
      const said = (field && choiceWordsOf(root, at, field, code)) || choiceWordsAt(root, at, code, own);
      return said === undefined ? all : `${field ? `${field} ` : ''}“${said}”`;
    });
  // A choice's own codes of several words written bare in its own help ("interim-assistance,
  // eligibility"); a code of one word ("labor", "parent") is also a word of the prose, and stays.
  if (own) for (const [code, label] of Object.entries(own)) if (code.includes('-')) out = out.replace(new RegExp(`(?<![\\w“-])${code.replace(/[-]/g, '\\-')}(?![\\w”-])`, 'gi'), `“${label}”`);
  out = out
    // A name in backticks (`exhibits`) is a field's, whatever its letters.
    .replace(/`([A-Za-z][A-Za-z0-9.]*)`/g, (all, name: string) => {
      const label = fieldNamed(root, name, at, true);
      return label === undefined ? all : `“${label}”`;
    })
    .replace(/\b[a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)+\b|\b[a-z]+[A-Z][A-Za-z0-9]*\b/g, (name) => {
      const label = fieldNamed(root, name, at);
      return label === undefined ? name : `“${label}”`;
    })
    // true and false said of a field ("is true", "set it to false", "stateless: true", a yes/no's
    // own help that starts "false for…"), never the word in prose ("a false or borrowed document").
    .replace(/(?<=^|\b(?:is|be|to|give|then|not|default|Absent:?)\s|:\s|”\s)(true|false)\b|(?<=,\s)(true|false)(?=\sfor\b)/g, (m) => (m === 'true' ? '“Yes”' : '“No”'))
    // A field beside this one named by its bare key in running text, with the value it holds
    // ("then stateless: true", "unless licensed is false", "implied by minor: true", "citizenship is
    // then empty"): its label, as the page draws it (review, round r53). Only a key followed by what
    // it holds is read so: "the child is…", "a name is given" stay prose.
    .replace(/(?<![“\w-])(?<!\b(?:the|a|an|its|their|his|her|no|each|every) )([a-z][a-z0-9]*)(?=(?::|\s(?:is|are))\s(?:then\b|“|empty\b))/g, (name) => {
      const label = fieldNamed(root, name, at, true);
      return label === undefined ? name : `“${label}”`;
    })
    // A field beside it named by its bare key in brackets, as a message cites the field its rule
    // reads ("granted (status)": review, round r54): its label, when a field beside is so named.
    .replace(/(?<=\()([a-z][a-z0-9]*)(?=\))/g, (name) => {
      const label = fieldNamed(root, name, at, true);
      return label === undefined ? name : `“${label}”`;
    })
    // A field beside it named where something goes or comes with ("goes in payments", "give several
    // in escapes", "only with age"): the same, a key that names no field beside stays a word ("days
    // in custody").
    .replace(/(?<=\b(?:in|into|with|first of)\s)([a-z][a-z0-9]*)(?=[,.;)]|$)/g, (name) => {
      const label = fieldNamed(root, name, at, true);
      return label === undefined ? name : `“${label}”`;
    });
  out = choicesByKey(out, root, at, own)
    .replace(/\bAbsent:/g, 'Left empty:')
    .replace(/\bwhen absent\b/g, 'when left empty')
    .replace(/\bnull when\b/g, 'left empty when')
    // A field and its value side by side ("with “Who declares” “Parent…”"): say what is meant.
    .replace(/(“[^”]*”) (“[^”]*”)/g, '$1 set to $2');
  return out;
}

/**
 * A choice's codes of one word written bare where they stand for a choice (review, round r53: "“Not
 * requested”, requested, granted or denied", "“In person”, video or phone", a detail's "required
 * for other" of the choice beside it): in the words the list offers.
 * - The field's own choices, where the word stands as one of a list: at the start, after a comma, a
 *   semicolon, "or", "and", "and/or", a colon or a bracket, and before a comma, "or", "and", the end
 *   of a clause or a bracket. A code that is its own label ("trauma", "granted") is left as written;
 *   a label written out after its code ("Labor (compared with the FLSA value)") is said once.
 * - A choice of a field beside it (or beside its parent), as the condition of a rule ("required for
 *   other", "unless exempt"): "when “Type” is “Other”", the field named too, as the value alone does
 *   not say which field holds it. A code two such fields hold is left alone.
 */
function choicesByKey(text: string, root: Json, at: string, own: Record<string, string> | undefined): string {
  const segs = at === '' ? [] : at.split('.');
  const beside = new Map<string, { field: string; label: string } | null>();
  for (let k = segs.length - 1; k >= Math.max(0, segs.length - 3); k--) {
    const parent = schemaAt(root, segs.slice(0, k));
    if (!parent || !isObj(parent.properties)) continue;
    const nearer = new Set(beside.keys()); // a field nearer the help holds the code first
    for (const [key, node] of Object.entries(parent.properties as Record<string, Json>)) {
      if (k === segs.length - 1 && key === segs[k]) continue; // the field itself: its own choices
      const labels = isObj(node.items) ? node.items['x-enum-labels'] : node['x-enum-labels'];
      if (!isObj(labels)) continue;
      const field = typeof node.title === 'string' ? node.title : humanise(key);
      for (const [code, label] of Object.entries(labels))
        if (typeof label === 'string' && /^[a-z][a-z0-9]*$/.test(code) && !nearer.has(code)) beside.set(code, beside.has(code) && beside.get(code)?.field !== field ? null : { field, label });
    }
  }
  // Outside quotes only: a label quoted already ("“Request for Assistance (RFA) to OTIP”") holds
  // words that are codes too; and a code as written, or with its first letter capital, never an
  // acronym ("ORR").
  const word = (code: string): string => `[${code[0]}${code[0]!.toUpperCase()}]${code.slice(1)}`;
  return text
    .split(/(“[^”]*”)/)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      let out = part;
      for (const [code, said] of beside)
        if (said) out = out.replace(new RegExp(`\\b(for|when|unless|if) ${code}(?=[.;,)]|$)`, 'g'), (_all, cue: string) => `${cue === 'for' ? 'when' : cue} “${said.field}” is “${said.label}”`);
      for (const [code, label] of Object.entries(own ?? {})) {
        // A code that is its own word ("granted", "other") too: left bare, it read as prose beside
        // its quoted siblings ("“Not requested”, “Requested, no decision yet”, granted or denied").
        if (!/^[a-z][a-z0-9]*$/.test(code)) continue;
        out = out.replace(new RegExp(`(?<=^|[,:;(]\\s?|\\b(?:or|and|and/or)\\s)${word(code)}(?=[,.;:)]|\\s(?:or|and|and/or|for)\\b|\\s\\(|$)`, 'g'), `“${label}”`);
      }
      return out;
    })
    .join('')
    // "Labor (compared with the FLSA value)": the label's own words after its code, said once.
    .replace(/“([^”]*)”([^“]*)/g, (all, label: string, after: string) => {
      const open = label.indexOf(' (');
      return open > 0 && after.startsWith(label.slice(open)) ? `“${label}”${after.slice(label.length - open)}` : all;
    })
    // The code's aside after its words when the words say it already ("“Requested, not yet decided”
    // (not yet decided)", "“DHS custody (CBP or ICE)” (held by CBP or ICE)", "“… (SIJ, Form I-360)”
    // (SIJ)"): the contract explains its bare code, the label needs no gloss.
    .replace(ASIDE_AFTER_LABEL, asideOnce);
}

/** A quoted label and the aside after it: `(“label”) (aside)`. */
const ASIDE_AFTER_LABEL = /(“([^”]*)”) \(([^()]*)\)/g;

/**
 * A label's aside said once: left out when the label says it all, and its first clause left out when
 * that clause says what the label does (“Commercial sex acts (added to the FLSA value)” (added to
 * it: the FLSA does not value commercial sex acts) → … (the FLSA does not value commercial sex acts),
 * “Certification Letter (an adult’s)” (an adult’s letter, issued when …) → … (issued when …): review,
 * round r55).
 */
function asideOnce(all: string, quoted: string, label: string, aside: string): string {
  if (saysNothingMore(aside, label)) return quoted;
  const clause = /^([^:,]+)[:,] (.+)$/.exec(aside);
  return clause && saysNothingMore(clause[1]!, label) ? `${quoted} (${clause[2]})` : all;
}

/** Whether every word of an aside but its small links ("by", "held", "it") is in the label already. */
function saysNothingMore(aside: string, label: string): boolean {
  const inLabel = new Set(label.toLowerCase().match(/[\p{L}\d-]+/gu) ?? []);
  const words = (aside.toLowerCase().match(/[\p{L}\d-]+/gu) ?? []).filter((w) => !/^(?:a|an|the|by|of|or|and|held|in|at|it)$/.test(w));
  return words.length > 0 && words.every((w) => inLabel.has(w));
}

/** A time zone's name as the case stores it ("America/Los_Angeles", "America/Indiana/Indianapolis"). */
const ZONE_NAME = /\b(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)(?:\/[A-Z][A-Za-z_-]*)+/g;

const escaped = (s: string): string => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/**
 * A value a help names as the case stores it, said as the person picks or types it (review, round
 * r52: a memo contact's role “child” above a list that offers "The child", a T-visa applicant's
 * “none” above "None: one name only", "e.g. GT" above a box of countries' names; a zone is
 * plainTerms'). The contract's description keeps the stored value for a program (the JSON Schema,
 * the API docs); the page reads it in the words of its own input:
 * - a choice's own codes, quoted ("“child” marks…") or heading a clause of its help ("parent: the
 *   own declaration…"), as its choices say them (codesInWords; a code of several words written bare
 *   is plainTerms');
 * - a country's code given as an example ("e.g. GT") as the country's name, and what the stored
 *   form is ("Two-letter country code of the…", "(its two-letter country code)") left out: the box
 *   takes the name (countries.ts), and its own help says a code is taken too (countriesInWords).
 */
function codesInWords(text: string, labels: Record<string, string> | undefined): string {
  let out = text;
  if (labels)
    for (const [code, label] of Object.entries(labels)) {
      const c = escaped(code);
      out = out.replace(new RegExp(`["“]${c}["”]`, 'g'), `“${label}”`).replace(new RegExp(`(^|[;.]\\s+)${c}(?=:\\s)`, 'gi'), (_all, before: string) => `${before}“${label}”`);
    }
  return out;
}

/** A country help's codes in words (after plainTerms, which says ISO 3166's words as "two-letter country code"). */
function countriesInWords(text: string): string {
  return text
    .replace(/\b[A-Z]{2}\b/g, (code) => countryNames().get(code) ?? code)
    .replace(/^(?:Two|two)-letter country code(s?)(?:(,)| of (?:the )?)\s*/, (_all, plural: string, comma?: string) => (comma ? `The countr${plural ? 'ies' : 'y'}, ` : 'The '))
    .replace(/\s*\((?:its )?two-letter country codes?\)/g, '');
}

/** The clauses of a help text that only say the contract's format, which the input now says in its own words. */
const FORMAT_CLAUSES: RegExp[] = [
  /\s*Dollars as written: [\d,.$ or]+\d\./g, // an amount: what to type follows, for every amount alike
  // A season (`yyyy-spring`, the T-visa's seasons.ts) is one more form of the same clause.
  /,? at the precision known:?\s*yyyy-mm-dd(?: \(exact\))?, yyyy-mm(?: \(month(?: known)?\))?(?:, yyyy-spring(?: \([^)]*\))?)? or yyyy(?: \(year(?: known)?\))?/g,
  /:?\s*yyyy-mm-dd(?: \(exact\))?, yyyy-mm(?: \(month(?: known)?\))?(?:, yyyy-spring(?: \([^)]*\))?)? or yyyy(?: \(year(?: known)?\))?/g,
  /:\s*true or false; absent when not yet known(?=\.|$)/g, // a yes/no: its two buttons say it
  /,?\s*\bISO date-time with offset\b(?:, e\.g\. \S+?(?=\.?(?:\s|$)))?/g,
  /\bAn instant: ISO 8601 date and time with a UTC offset \(Z or ±hh:mm\), e\.g\. \S+?;\s*/g,
  /\s*\(yyyy-mm-dd\)/g,
  // "(yyyy-mm-dd, or at the precision known)" (a T-visa grant's date): the box's own help says both.
  /\s*\(yyyy-mm-dd,? or at the precision known\)/g,
  /,\s*yyyy-mm-dd(?=[.;:,]|$)/g,
  /^yyyy-mm-dd[;,.:]\s*/g,
  /,\s*yyyy-mm-dd,/g,
];

/**
 * Each case schema's helps already worded, by everything a help is made of (helpOf's inputs: the
 * node counts only through its kind of input and its choices' labels). The form draws a field's
 * help at every change of the case that redraws the field, and wording it anew (plainTerms over
 * the whole schema) was a tenth of a keystroke's work in a long memo.
 */
const helps = new WeakMap<Json, Map<string, string>>();

/** A field's help as the page shows it: the description in a person's words, then what to type. */
export function plainHelp(description: string, node: Json | undefined, root: Json, at = '', locale?: string): string {
  const kind = inputKind(node);
  const labels = kind === 'choice' ? node?.['x-enum-labels'] : kind === 'choices' && isObj(node?.items) ? node.items['x-enum-labels'] : undefined;
  // A list of countries (the RFA's citizenship): its help gives countries too.
  const countryList = kind === 'list' && isObj(node?.items) && inputKind(node.items) === 'country';
  const key = JSON.stringify([description, at, locale, kind, labels, countryList]);
  let known = helps.get(root);
  if (!known) helps.set(root, (known = new Map()));
  let text = known.get(key);
  if (text === undefined) known.set(key, (text = helpOf(description, kind, labels, root, at, locale, countryList, node)));
  return text;
}

/** The title of a chooser's yes/no form (an anyOf of a boolean and another form, each titled), if the node is one. */
function chooserYesNo(node: Json | undefined): string | undefined {
  const forms = node?.anyOf ?? node?.oneOf;
  if (!Array.isArray(forms) || forms.length < 2) return undefined;
  const yesNo = (forms as Json[]).find((f) => isObj(f) && f.type === 'boolean' && typeof f.title === 'string');
  return yesNo?.title as string | undefined;
}

/** plainHelp's wording, from the node's kind of input and its choices' labels. */
function helpOf(description: string, kind: InputKind, labels: unknown, root: Json, at: string, locale: string | undefined, countryList: boolean, node: Json | undefined): string {
  let text = description;
  for (const clause of FORMAT_CLAUSES) text = text.replace(clause, (m) => (m.startsWith(',') && m.endsWith(',') ? ',' : ''));
  const own = isObj(labels) ? (labels as Record<string, string>) : undefined;
  text = plainTerms(codesInWords(text, own), root, at, locale, own)
    .replace(/\babsent (when|if|while)\b/g, 'leave it empty $1')
    .replace(/\s*[:;,]\s*(?=[.;]|$)/g, '')
    .trim();
  // A field offered in forms of its own (a chooser: the memo's "Not applicable", a yes/no or its
  // reason written in it): its yes/no form named as the chooser offers it, not “Yes”, which the page
  // shows only once that form is chosen (review, round r55: "“Yes” (with a reason) or the reason
  // itself" above a chooser of "Yes or no, with the reason below" and "The reason, written here").
  const yesNoForm = chooserYesNo(node);
  if (yesNoForm) text = text.replace(/“Yes”/g, `“${yesNoForm}”`).replace(ASIDE_AFTER_LABEL, asideOnce);
  if (kind === 'country' || countryList) text = countriesInWords(text);
  if (text !== '' && !/[.!?)…]$/.test(text)) text += '.';
  text = upper(text.replace(/^[:;,.]\s*/, ''));
  // An example of its own (a figure or a date after "e.g."): what to type gives none of its own.
  return [text, whatToType(kind, locale, !/\be\.g\.,?\s[^;)]*\d/.test(text))].filter((s) => s).join(' ');
}

/**
 * An issue's message as the page shows it, after the field's label: what is wrong in a person's
 * words and, where the rule is the input's form, what to type. The code decides what is said of
 * the form (a date, a yes/no, a choice); any other message is the service's own sentence with the
 * contract's terms put in words (plainTerms). It ends as a sentence: a screen reader reads a field's
 * issues and its help as one description, and a service's message that ended on a citation ran
 * into the help ("… 29 C.F.R. § 778.109) The hourly rate the victim was hired at …").
 */
export function plainMessage(issue: Issue, root: Json, locale?: string): string {
  const text = wordedMessage(issue, root, locale);
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}

function wordedMessage(issue: Issue, root: Json, locale?: string): string {
  const node = schemaAt(root, issue.path === '' ? [] : issue.path.split('.'));
  const kind = inputKind(node);
  const m = issue.message;
  const required = /^is required(?:$|;)/.test(m) && issue.code === 'invalid-type';
  if (required) return `is required: ${(kind === 'group' && groupNeeds(node)) || whatItNeeds(kind, locale)}.`;
  switch (issue.code) {
    case 'invalid-type':
      // A value of the wrong kind (from a draft or the JSON: the inputs give none).
      if (kind === 'yes-no') return 'must be Yes or No: choose one.';
      if (kind === 'date' || kind === 'date-time' || kind === 'partial-date' || kind === 'money' || kind === 'whole-number' || kind === 'number')
        return `is not ${kindWords(kind)}: ${whatItNeeds(kind, locale)}.`;
      if (kind === 'choice') return 'is not one of the choices: choose one from the list.';
      break;
    case 'invalid-date':
    case 'invalid-date-time':
      if (/^must be a date(?: and time)? between \d{4} and \d{4}/.test(m)) return `must be between the years ${/between (\d{4}) and (\d{4})/.exec(m)!.slice(1).join(' and ')}: check the year.`;
      // A year alone or a year and month (a draft's "2010": src/kinds/kit/dates.ts isoDate) keeps
      // the service's advice of what to give instead (the RFA's: the age range the year makes),
      // which "is not a date that exists" dropped.
      {
        const partial = /not a year alone or a year and month(?::\s*(.+))?$/.exec(m);
        if (partial)
          return `is only a year or a year and month, not a whole date: ${whatItNeeds(kind === 'text' ? 'date' : kind, locale)}${partial[1] ? `; or, ${plainTerms(partial[1], root, issue.path, locale)}` : ''}`;
      }
      return `is not a date that exists: ${whatItNeeds(kind === 'text' ? 'date' : kind, locale)}.`;
    case 'invalid-value':
      if (kind === 'choice' || kind === 'choices') return /^must be one of/.test(m) ? 'is not one of the choices: choose one from the list.' : plainTerms(m, root, issue.path, locale);
      break;
    case 'invalid-country-code':
      return `is not a country the page knows: ${lower(whatToType('country', locale)!)}`;
    case 'invalid-money':
      return `is not an amount of dollars: ${whatItNeeds('money', locale)}, with at most two decimals.`;
    case 'invalid-time-zone':
      return `is not a time zone the page knows: ${whatItNeeds('time-zone', locale)}, or leave it empty.`;
  }
  return plainTerms(zodWords(m), root, issue.path, locale);
}

/**
 * What a whole section left out needs, by the labels of its required fields: "fill in its “Given
 * name(s)”, “Family name(s)”, “Citizenship”, “Immigration status” and “In the United States now”
 * (each marked required)"; the first five and how many more (quoted: a memo factor's label holds
 * commas and "and"). Undefined for a section that requires no
 * field by itself (a choice of forms, one whose fields are all optional). "Child: is required:
 * fill in its fields marked required" named none of them.
 */
function groupNeeds(node: Json | undefined): string | undefined {
  const props = isObj(node?.properties) ? (node.properties as Record<string, Json>) : undefined;
  const names = (Array.isArray(node?.required) ? (node.required as unknown[]) : [])
    .map((k) => (typeof k === 'string' && props?.[k] ? `“${typeof props[k].title === 'string' ? props[k].title : humanise(k)}”` : undefined))
    .filter((t): t is string => t !== undefined);
  if (names.length === 0) return undefined;
  const shown = names.length > 5 ? [...names.slice(0, 5), `${names.length - 5} more`] : names;
  const list = shown.length === 1 ? shown[0]! : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
  return `fill in its ${list} (${names.length === 1 ? 'marked' : 'each marked'} required)`;
}

function kindWords(kind: InputKind): string {
  return { date: 'a date', 'date-time': 'a date and time', 'partial-date': 'a date', money: 'an amount', 'whole-number': 'a whole number', number: 'a number' }[kind as string] ?? 'what the field takes';
}

/** zod's own wording where the schema set none ("Too small: expected number to be >=1"). */
function zodWords(m: string): string {
  return m
    .replace(/^Too small: expected (?:number|int) to be >=(\S+)$/, 'must be $1 or more')
    .replace(/^Too small: expected (?:number|int) to be >(\S+)$/, 'must be more than $1')
    .replace(/^Too big: expected (?:number|int) to be <=(\S+)$/, 'must be $1 or less')
    .replace(/^Too big: expected (?:number|int) to be <(\S+)$/, 'must be less than $1')
    .replace(/^Too small: expected string to have >=1 characters$/, 'must not be empty')
    .replace(/^Invalid input$/, 'is not what this field takes');
}
