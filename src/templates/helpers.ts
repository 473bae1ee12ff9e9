// The fixed set of template helpers (docs/markup.md). Templates compile with knownHelpersOnly, so
// a helper not in this table is a template-error at start-up, never in front of a user.
//
// Helpers that emit markup (only `paragraphs` and `lines`) escape their input and return a SafeString; every
// other helper returns plain text that Handlebars escapes as usual.
import Handlebars from 'handlebars/runtime.js';
// One function per module: date-fns's index loads its ~250 modules (~0.1 s of every start).
import { format as formatDate } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import { ageOn, calendarDate, parseIsoDate } from '../domain/calendar.js';
import { listMarkup, pieces, textParagraphs } from './pasted-lists.js';
import { isTypedHeading } from './typed-headings.js';
import { andList as andListText, counted, groupDecimal, longDate, money as moneyText } from '../domain/format.js';

type HelperOptions = Handlebars.HelperOptions;

/** Handlebars passes its options object last; strip it to see the real arguments. */
function args(a: unknown[]): unknown[] {
  const last = a[a.length - 1];
  if (last && typeof last === 'object' && 'hash' in (last as object) && 'data' in (last as object)) return a.slice(0, -1);
  return a;
}

function isoDate(v: unknown, helper: string): Date {
  if (typeof v !== 'string') throw new Error(`${helper}: expected an ISO date string`);
  const d = parseISO(v);
  if (!isValid(d)) throw new Error(`${helper}: expected an ISO date string`);
  return d;
}

/** Integer cents → "$1,234.56" (src/domain/format.ts: the same function the views use). */
export function money(cents: unknown): string {
  if (typeof cents !== 'bigint' && typeof cents !== 'number' && typeof cents !== 'string') throw new Error('money: expected integer cents');
  return moneyText(cents);
}

/** Number with thousands separators and optional fixed decimals. */
export function number(n: unknown, decimals?: unknown): string {
  if (typeof n !== 'number' || !Number.isFinite(n)) throw new Error('number: expected a number');
  const d = typeof decimals === 'number' ? decimals : undefined;
  return groupDecimal(d === undefined ? String(n) : n.toFixed(d));
}

/**
 * Multi-paragraph text → escaped markup elements: a blank line starts a new paragraph, a single
 * newline is a line break. Every character of the text is kept (nothing is trimmed but the blank
 * lines between paragraphs). In numbered paragraphs (`li`) a heading typed on a line of its own
 * numbers nothing: given `series`, the name of the `<ol series>` the `li` elements stand in, it
 * prints as an unnumbered `h3` between two lists of that series, its numbers running on; without,
 * as the bold first line of the paragraph after it (docs/markup.md, "Typed headings").
 */
export function paragraphs(text: unknown, tag: unknown = 'p', lead: unknown = '', series: unknown = null): Handlebars.SafeString {
  if (text === null || text === undefined) return new Handlebars.SafeString('');
  if (typeof text !== 'string') throw new Error('paragraphs: expected text');
  if (tag !== 'p' && tag !== 'li') throw new Error('paragraphs: the element must be "p" or "li"');
  if (typeof lead !== 'string') throw new Error('paragraphs: lead must be text');
  if (series !== null && (tag !== 'li' || typeof series !== 'string' || series === '')) throw new Error('paragraphs: series is the name of the <ol series> the "li" paragraphs stand in');
  // Numbered paragraphs: a paragraph that is only a typed list is the list of the one above it.
  const paras = textParagraphs(text, tag === 'li');
  // `lead` (a label such as "Description: ") opens the first paragraph, so a labelled value reads
  // the same whether it is one line or several paragraphs.
  const out: string[] = [];
  let heading: string | null = null; // a typed heading that opens the next numbered paragraph
  paras.forEach((p, i) => {
    const first = i === 0 ? Handlebars.escapeExpression(lead) : '';
    if (tag === 'li' && first === '' && isTypedHeading(p, i < paras.length - 1)) {
      // A heading typed among numbered paragraphs (./typed-headings.ts) is no statement of its own.
      // With `series` (the <ol series> they stand in): the list closed, the heading an unnumbered
      // h3, the series reopened so the numbers run on. Without (a dated paragraph's further
      // paragraphs, whose heading would reach over the dated paragraphs after it): the bold first
      // line of the numbered paragraph it introduces.
      // Italic in the h3: the template's own sub-sections ("What They Did to Me") are bold h3s of
      // the same size, and a reader tells the declarant's heading from the form's by its slant, in
      // both formats (the run's italic mark; the level stays 3, so the outline and the PDF's tags
      // skip no level: Matterhorn 14-003).
      // A heading followed by nothing but a typed list (listsJoined leaves the two apart) is the
      // list's bold italic first line too, with or without `series`: as an h3 over a numbered
      // paragraph holding only the list, the DOCX printed its number on a line alone above the
      // bullets (Word numbers the paragraph, the bullets are paragraphs of their own).
      const listNext = i + 1 < paras.length && pieces(paras[i + 1]!).every((x) => 'list' in x);
      if (typeof series === 'string' && !listNext) out.push(`</ol><h3><em>${Handlebars.escapeExpression(p.trim())}</em></h3><ol series="${Handlebars.escapeExpression(series)}">`);
      else heading = heading === null ? p.trim() : `${heading}\n${p.trim()}`;
      return;
    }
    if (heading !== null) {
      // Bold italic, as the typed headings drawn as h3s are italic: told apart from a bold date lead.
      const lines = heading.split('\n').map((h) => `<p><strong><em>${Handlebars.escapeExpression(h)}</em></strong></p>`);
      out.push(`<li>${lines.join('')}${paragraphMarkup(p, 'p', '')}</li>`);
      heading = null;
    } else out.push(paragraphMarkup(p, tag, first));
  });
  return new Handlebars.SafeString(out.join('\n'));
}

/**
 * One paragraph of `paragraphs` as a `tag` element: its lines joined by line breaks, or, when it
 * holds a typed list (./pasted-lists.ts), its text and lists as blocks (a `p` paragraph becomes
 * several blocks, an `li` one item holding them).
 */
function paragraphMarkup(p: string, tag: 'p' | 'li', lead: string): string {
  const parts = pieces(p);
  const first = parts[0]!;
  if (parts.length === 1 && 'lines' in first) return `<${tag}>${lead}${first.lines.join('<br/>')}</${tag}>`;
  const blocks = parts.map((x, k) => ('lines' in x ? `<p>${k === 0 ? lead : ''}${x.lines.join('<br/>')}</p>` : listMarkup(x.list)));
  if ('list' in first && lead.trim() !== '') blocks.unshift(`<p>${lead}</p>`);
  return tag === 'li' ? `<li>${blocks.join('')}</li>` : blocks.join('');
}

/**
 * Text written in lines or paragraphs, for an inline place where no paragraph may stand (a table
 * cell, a quotation, a line of an address): each line escaped, joined by line breaks. A paragraph
 * break (one or more blank lines) stays one empty line, as `paragraphs` keeps it a new paragraph:
 * dropped, the second paragraph of a cell read on from the first, a line break being all that
 * told them apart, and one lost in a full line's wrap. Blank lines at the start and end are
 * dropped. `address` (`{{lines recipient address=true}}`): the lines of an address, where a
 * blank line is no paragraph and is dropped. The one helper for what templates wrote as
 * `{{#each xLines}}{{#unless @first}}<br/>{{/unless}}{{this}}{{/each}}` over a list their view
 * had split.
 */
export function lines(text: unknown, address: unknown = false): Handlebars.SafeString {
  if (text === null || text === undefined) return new Handlebars.SafeString('');
  if (typeof text !== 'string') throw new Error('lines: expected text');
  const out: string[] = [];
  let gap = false; // a blank line since the last line kept
  for (const l of text.split('\n')) {
    if (l.trim() === '') {
      gap = out.length > 0;
      continue;
    }
    if (gap && address !== true) out.push('');
    gap = false;
    out.push(Handlebars.escapeExpression(l));
  }
  return new Handlebars.SafeString(out.join('<br/>'));
}

export function andList(list: unknown): string {
  if (!Array.isArray(list)) throw new Error('andList: expected a list');
  return andListText(list);
}

const table: Record<string, (...a: unknown[]) => unknown> = {
  date(...raw) {
    const [v, pattern] = args(raw);
    const d = isoDate(v, 'date');
    // The house style (src/domain/format.ts) unless the template asks for another pattern.
    if (typeof pattern !== 'string' && typeof v === 'string' && parseIsoDate(v)) return longDate(v);
    return formatDate(d, typeof pattern === 'string' ? pattern : 'MMMM d, yyyy');
  },
  money(...raw) {
    return money(args(raw)[0]);
  },
  number(...raw) {
    const [n, d] = args(raw);
    return number(n, d);
  },
  age(...raw) {
    const [dob, on] = args(raw);
    // The one age rule (src/domain/calendar.ts: a 29 February birth ages on 1 March).
    if (typeof dob !== 'string' || typeof on !== 'string' || !parseIsoDate(dob) || !parseIsoDate(on)) throw new Error('age: expected ISO dates');
    return ageOn(calendarDate(dob), calendarDate(on));
  },
  join(...raw) {
    const [list, sep] = args(raw);
    if (!Array.isArray(list)) throw new Error('join: expected a list');
    return list.map(String).join(typeof sep === 'string' ? sep : ', ');
  },
  andList(...raw) {
    return andList(args(raw)[0]);
  },
  paragraphs(...raw) {
    const [text, tag] = args(raw);
    const options = raw[raw.length - 1] as HelperOptions | undefined;
    return paragraphs(text, tag ?? 'p', options?.hash?.lead ?? '', options?.hash?.series ?? null);
  },
  lines(...raw) {
    const options = raw[raw.length - 1] as HelperOptions | undefined;
    return lines(args(raw)[0], options?.hash?.address === true);
  },
  default(...raw) {
    const [v, fallback] = args(raw);
    return v === null || v === undefined || v === '' ? fallback : v;
  },
  eq: (...raw) => {
    const [a, b] = args(raw);
    return a === b;
  },
  ne: (...raw) => {
    const [a, b] = args(raw);
    return a !== b;
  },
  lt: (...raw) => {
    const [a, b] = args(raw);
    return (a as number) < (b as number);
  },
  gt: (...raw) => {
    const [a, b] = args(raw);
    return (a as number) > (b as number);
  },
  and: (...raw) => args(raw).every(Boolean),
  or: (...raw) => args(raw).some(Boolean),
  not: (...raw) => !args(raw)[0],
  upper(...raw) {
    const [s] = args(raw);
    return String(s ?? '').toUpperCase();
  },
  // A count of things in a sentence: words up to nine, figures from 10 (src/domain/format.ts counted).
  counted(...raw) {
    const options = raw[raw.length - 1] as HelperOptions | undefined;
    const [n, one, many] = args(raw);
    if (typeof n !== 'number' || typeof one !== 'string') throw new Error('counted: expected a number and a noun');
    const text = counted(n, one, typeof many === 'string' ? many : `${one}s`);
    // start=true: the count opens a sentence, so its word is capitalized ("Three workweeks, …").
    return options?.hash?.start === true ? text.charAt(0).toUpperCase() + text.slice(1) : text;
  },
  plural(...raw) {
    const [n, one, many] = args(raw);
    return n === 1 ? one : many;
  },
};

export const HELPERS: Readonly<Record<string, (...a: unknown[]) => unknown>> = table;
export type { HelperOptions };
