// The fixed set of template helpers (docs/markup.md). Templates compile with knownHelpersOnly, so
// a helper not in this table is a template-error at start-up, never in front of a user.
//
// Helpers that emit markup (only `paragraphs`) escape their input and return a SafeString; every
// other helper returns plain text that Handlebars escapes as usual.
import Handlebars from 'handlebars';
import { differenceInYears, format as formatDate, isValid, parseISO } from 'date-fns';

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

/** Group an integer string with commas: "1234567" → "1,234,567". */
function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Integer cents → "$1,234.56". Exact: works on the digits, never on binary floats. */
export function money(cents: unknown): string {
  let s: string;
  if (typeof cents === 'bigint') s = cents.toString();
  else if (typeof cents === 'number' && Number.isSafeInteger(cents)) s = String(cents);
  else if (typeof cents === 'string' && /^-?\d+$/.test(cents)) s = cents;
  else throw new Error('money: expected integer cents');
  const neg = s.startsWith('-');
  const digits = (neg ? s.slice(1) : s).padStart(3, '0');
  const whole = digits.slice(0, -2).replace(/^0+(?=\d)/, '');
  return `${neg && /[1-9]/.test(digits) ? '-' : ''}$${group(whole)}.${digits.slice(-2)}`;
}

/** Number with thousands separators and optional fixed decimals. */
export function number(n: unknown, decimals?: unknown): string {
  if (typeof n !== 'number' || !Number.isFinite(n)) throw new Error('number: expected a number');
  const d = typeof decimals === 'number' ? decimals : undefined;
  const s = d === undefined ? String(n) : n.toFixed(d);
  const [int, frac] = s.split('.');
  const neg = int!.startsWith('-');
  const body = group(neg ? int!.slice(1) : int!);
  return `${neg ? '-' : ''}${body}${frac !== undefined ? '.' + frac : ''}`;
}

/**
 * Multi-paragraph text → escaped markup elements: a blank line starts a new paragraph, a single
 * newline is a line break. Every character of the text is kept (nothing is trimmed but the blank
 * lines between paragraphs).
 */
export function paragraphs(text: unknown, tag: unknown = 'p'): Handlebars.SafeString {
  if (text === null || text === undefined) return new Handlebars.SafeString('');
  if (typeof text !== 'string') throw new Error('paragraphs: expected text');
  if (tag !== 'p' && tag !== 'li') throw new Error('paragraphs: the element must be "p" or "li"');
  const paras = text
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/^\n+|\n+$/g, ''))
    .filter((p) => p.trim() !== '');
  const out = paras.map((p) => `<${tag}>${p.split('\n').map((l) => Handlebars.escapeExpression(l)).join('<br/>')}</${tag}>`);
  return new Handlebars.SafeString(out.join('\n'));
}

export function andList(list: unknown): string {
  if (!Array.isArray(list)) throw new Error('andList: expected a list');
  const items = list.map(String);
  if (items.length <= 1) return items.join('');
  if (items.length === 2) return `${items[0]} and ${items[1]}`;
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const table: Record<string, (...a: unknown[]) => unknown> = {
  date(...raw) {
    const [v, pattern] = args(raw);
    return formatDate(isoDate(v, 'date'), typeof pattern === 'string' ? pattern : 'MMMM d, yyyy');
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
    return differenceInYears(isoDate(on, 'age'), isoDate(dob, 'age'));
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
    return paragraphs(text, tag ?? 'p');
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
  plural(...raw) {
    const [n, one, many] = args(raw);
    return n === 1 ? one : many;
  },
};

export const HELPERS: Readonly<Record<string, (...a: unknown[]) => unknown>> = table;
export type { HelperOptions };
