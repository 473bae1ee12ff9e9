// The house formatters: one definition of each way Harbor writes a date, a list, an amount or a
// number, used by the kinds' views (TypeScript) and by the Handlebars helpers (templates) alike,
// so a document never prints one thing two ways. Pure and locale-free: output never depends on the
// ICU data or the time zone of the machine.
import { calendarDate, parseIsoDate } from './calendar.js';

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** "2026-03-07" → "March 7, 2026" (the house date style). Text that is not a date is returned as is. */
export function longDate(iso: string): string {
  const c = parseIsoDate(iso);
  if (!c) return iso;
  return `${MONTHS[c.m - 1]} ${c.d}, ${c.y}`;
}

/** "2026-03-07" → "03/07/2026" (table cells). The date must be valid (schema-checked). */
export function shortDate(iso: string): string {
  const c = calendarDate(iso);
  return `${String(c.m).padStart(2, '0')}/${String(c.d).padStart(2, '0')}/${c.y}`;
}

/** A month: (2019, 3) → "March 2019". */
export function monthYear(y: number, m: number): string {
  return `${MONTHS[m - 1]} ${y}`;
}

/** "a", "a and b", "a, b and c" (no serial comma: the house style). */
export function andList(xs: readonly unknown[]): string {
  const items = xs.map(String);
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "a", "a or b", "a, b or c" (`andList`'s form, with "or"). */
export function orList(xs: readonly unknown[]): string {
  const items = xs.map(String);
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** Group the digits of a non-negative integer string with commas: "1234567" → "1,234,567". */
export function thousands(digits: string): string {
  if (digits.length <= 3) return digits; // nothing to group (most amounts in a table)
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    const c = digits.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ','); // not all digits: the rule as written
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return out;
}

/** A decimal number as text with grouped thousands: "-1234.5" → "-1,234.5" (digits kept as given). */
export function groupDecimal(s: string): string {
  // Three digits or fewer before the point (nearly every hour count and rate of a table): nothing
  // to group, so the text is its own result, without splitting it (a view asks hundreds of times).
  const dot = s.indexOf('.');
  const intLength = dot === -1 ? s.length : dot;
  if (intLength - (s.charCodeAt(0) === 0x2d ? 1 : 0) <= 3 && (dot === -1 || s.indexOf('.', dot + 1) === -1)) return s;
  const [int, frac] = s.split('.') as [string, string | undefined];
  const neg = int.startsWith('-');
  return `${neg ? '-' : ''}${thousands(neg ? int.slice(1) : int)}${frac !== undefined ? '.' + frac : ''}`;
}

/**
 * Integer cents → U.S. dollars, "$1,234.56" ("-$1.00" when negative). Exact: works on the digits,
 * never on binary floats. Accepts a safe integer, a bigint or a string of digits.
 */
export function money(cents: number | bigint | string): string {
  if (typeof cents === 'number' && Number.isSafeInteger(cents) && cents >= 0) {
    // The common case from the integer itself: remainder first, so the division is exact.
    const c = cents % 100;
    return `$${thousands(String((cents - c) / 100))}.${c < 10 ? '0' : ''}${c}`;
  }
  let s: string;
  if (typeof cents === 'bigint') s = cents.toString();
  else if (typeof cents === 'number' && Number.isSafeInteger(cents)) s = String(cents);
  else if (typeof cents === 'string' && /^-?\d+$/.test(cents)) s = cents;
  else throw new Error('money: expected integer cents');
  const neg = s.startsWith('-');
  const digits = (neg ? s.slice(1) : s).padStart(3, '0');
  const whole = digits.slice(0, -2).replace(/^0+(?=\d)/, '');
  return `${neg && /[1-9]/.test(digits) ? '-' : ''}$${thousands(whole)}.${digits.slice(-2)}`;
}

/**
 * The numbers running prose spells out: zero to nine, as the Chicago Manual of Style's alternative
 * rule (9.3) and AP style do; the memo's sources sentence kept this rule before it was shared.
 * Ten and above stay figures, as do money, hours, ages, dates and section numbers, which are
 * figures wherever they stand.
 */
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'] as const;

/**
 * A count as running prose writes it: 4 → "four", 12 → "12", 1200 → "1,200". For a count of things
 * in a sentence ("all four events", "two other people"); a table cell or a figure keeps `count`.
 */
export function countWord(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < NUMBER_WORDS.length ? NUMBER_WORDS[n]! : groupDecimal(String(n));
}

/**
 * A count with its noun in running prose, the one rule of every kind's sentences (docs/markup.md,
 * "Helpers", `counted`): (4, "event") → "four events", (1, "workweek") → "one workweek", (12,
 * "event") → "12 events". The sentence read "all 4 events", a figure where prose writes a word.
 */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${countWord(n)} ${n === 1 ? one : many}`;
}

/**
 * The twin of `counted` for a sentence that holds several counts of things, as a warning's message
 * often does ("argues two of the factors …; practitioners argue at least three"): the counts of one
 * sentence are written alike, all in words when every one is under ten, all in figures when any is
 * 10 or more ("within 90 days of the memo date (in 5 days)", not "(in five days)"), as the Chicago
 * Manual of Style has it for numbers of one category in one passage (9.7). Give every count the
 * sentence holds; the function returned writes one with its noun, `word` one alone ("at least
 * three"). Money, ages, dates, section numbers and values to type stay figures, as for `counted`.
 */
export function countedAlike(all: readonly number[]): { counted: (n: number, one: string, many?: string) => string; word: (n: number) => string } {
  const inWords = all.every((n) => Number.isInteger(n) && n >= 0 && n < NUMBER_WORDS.length);
  const word = (n: number) => (inWords ? countWord(n) : groupDecimal(String(n)));
  return { word, counted: (n, one, many = `${one}s`) => `${word(n)} ${n === 1 ? one : many}` };
}

/** A count with its noun: (1, "day") → "1 day", (1200, "day") → "1,200 days". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${groupDecimal(String(n))} ${n === 1 ? one : many}`;
}

/** First letter in upper case ("labor trafficking" → "Labor trafficking"). */
export function capitalize(s: string): string {
  return s.replace(/^./, (x) => x.toUpperCase());
}

/**
 * A quantity a person reads in a message (a limit, a count, a size): digits grouped, 1000000 →
 * "1,000,000", 85.5 → "85.5"; `decimals` fixes the places (a rate: (85.25, 1) → "85.3"). The one
 * way a message of the CLI, the HTTP API or a batch writes a number (docs/http-errors.md, "Numbers
 * in messages"); lint refuses a number put into a message's text without it
 * (`restrict-template-expressions`, eslint.config.js). Not for what is a name rather than an
 * amount (a year, a row or line number, a port, a path's index): those are `String(n)`.
 */
export function figure(n: number | bigint, decimals?: number): string {
  if (typeof n === 'number' && !Number.isFinite(n)) return String(n);
  return groupDecimal(decimals === undefined || typeof n === 'bigint' ? String(n) : n.toFixed(decimals));
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * A length of time in a message, in the unit a person reads it in (milliseconds in): 250 → "250 ms",
 * 30000 → "30 s", 1500 → "1.5 s", 600000 → "10 min", 245000 → "4 min 05 s", 7500000 → "2 h 05 min".
 * Exact to the millisecond under a minute (a limit is told as set); `tenths` rounds to a tenth of
 * a second and always shows it ("4.0 s", "4 min 05 s"): a measured time, as progress lines tell it.
 */
export function duration(ms: number, { tenths = false }: { tenths?: boolean } = {}): string {
  const t = Math.max(0, ms);
  if (!tenths && t < 1000) return `${figure(t)} ms`;
  if (t < 59_950 || (!tenths && t < 60_000)) return tenths ? `${(Math.round(t / 100) / 10).toFixed(1)} s` : `${figure(Math.round(t) / 1000)} s`;
  const totalS = Math.round(t / 1000);
  const h = Math.floor(totalS / 3600);
  const m = Math.floor((totalS % 3600) / 60);
  const s = totalS % 60;
  if (h > 0) return `${figure(h)} h ${pad2(m)} min`;
  return s === 0 && !tenths ? `${m} min` : `${m} min ${pad2(s)} s`;
}
