// Dates as a person types them into a text box, read into the contract's form: a date "at the
// precision known" (the T-visa's acts, contacts and first entry: a day, a month or a year) is
// `yyyy-mm-dd`, `yyyy-mm` or `yyyy` in the case, and a caseworker types 3/14/2011, 03/2011,
// "March 2011", "March 14, 2011" or 2011, or a season ("spring 2022", "late 2021", "winter
// 2022-2023": `2022-spring`, the kind's seasons.ts). What is read is shown back in words under the box
// (`dateInWords`), so a date read otherwise than meant is seen. Text that reads as no date is sent
// as typed, and the service's refusal says at the field what to type (plain.ts). No DOM here.
import { dateExample } from './plain.js';
import { SEASONS, seasonOf, type Season } from '../../../src/kinds/t-visa-declaration/seasons.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** A month's number (1–12) from its English name or a three-letter (or longer) start of it; 0 for none. */
function monthOf(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return 0;
  const i = MONTHS.findIndex((m) => m.startsWith(w));
  return i + 1;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (y: number, m?: number, d?: number): string => [String(y).padStart(4, '0'), ...(m ? [pad(m)] : []), ...(d ? [pad(d)] : [])].join('-');

/**
 * The contract's form of a date typed at the precision known, or undefined when the text reads as
 * no date (the text is then sent as typed, for the service to refuse with its rule). Numbers in
 * slashes follow the browser's order of a date's parts (month/day/year in the United States).
 */
export function readPartialDate(text: string, locale?: string): string | undefined {
  const t = text.trim().replace(/\s+/g, ' ');
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(t))) return t; // already the contract's form
  const dayFirst = dateExample(locale).order.startsWith('day');
  if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t))) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const [month, day] = dayFirst ? [b, a] : [a, b];
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? iso(Number(m[3]), month, day) : undefined;
  }
  if ((m = /^(\d{1,2})[/.-](\d{4})$/.exec(t))) return Number(m[1]) >= 1 && Number(m[1]) <= 12 ? iso(Number(m[2]), Number(m[1])) : undefined;
  if ((m = /^([A-Za-z]+\.?) (\d{1,2}),? (\d{4})$/.exec(t)) && monthOf(m[1]!)) return iso(Number(m[3]), monthOf(m[1]!), Number(m[2]));
  if ((m = /^(\d{1,2}) ([A-Za-z]+\.?),? (\d{4})$/.exec(t)) && monthOf(m[2]!)) return iso(Number(m[3]), monthOf(m[2]!), Number(m[1]));
  if ((m = /^([A-Za-z]+\.?),? (\d{4})$/.exec(t)) && monthOf(m[1]!)) return iso(Number(m[2]), monthOf(m[1]!));
  return readSeason(t);
}

/**
 * A season or part of a year as a person types it: "spring 2022", "the fall of 2021", "autumn
 * 2021", "early 2022", "mid-2022", "late 2022", "2022-spring" (the contract's form). A winter
 * spans two years and is typed with both ("winter 2022-2023", "winter 2022/23"): "winter 2022"
 * alone could be the one that ends in it or the one that begins in it, so it reads as none and the
 * service's refusal says how to write it.
 */
function readSeason(text: string): string | undefined {
  const t = text.toLowerCase();
  if (seasonOf(t)) return t;
  let m: RegExpExecArray | null;
  if ((m = /^(?:the )?(spring|summer|fall|autumn)(?: of)?,? (\d{4})$/.exec(t))) return `${m[2]}-${m[1] === 'autumn' ? 'fall' : m[1]}`;
  if ((m = /^(?:in )?(early|mid|late)[- ](\d{4})$/.exec(t))) return `${m[2]}-${m[1]}`;
  if ((m = /^(?:the )?winter(?: of)?,? (\d{4}) ?[-–/] ?(\d{2}|\d{4})$/.exec(t))) {
    const y = Number(m[1]);
    const next = m[2]!.length === 2 ? Math.floor(y / 100) * 100 + Number(m[2]) : Number(m[2]);
    return next === y + 1 ? `${m[1]}-winter` : undefined;
  }
  return undefined;
}

const MONTH_OF = (n: number): string => MONTH_NAMES[(n - 1) % 12]!;

/** A season of the contract in words with the months it spans: "Spring 2022 (March to May 2022)". */
function seasonInWords(y: number, season: Season): string {
  const { first, last, lead } = SEASONS[season];
  const endYear = last > 12 ? y + 1 : y;
  return `${lead(y)} (${MONTH_OF(first)}${endYear === y ? '' : ` ${y}`} to ${MONTH_OF(last)} ${endYear})`;
}

/** A day in words with its weekday, made once (a new Intl.DateTimeFormat costs a millisecond or more). */
const DAY_IN_WORDS = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' });

const MONTH_NAMES = MONTHS.map((m) => m.charAt(0).toUpperCase() + m.slice(1));

/** A date of the contract (`yyyy-mm-dd`, `yyyy-mm`, `yyyy-spring`, `yyyy`) in words: "March 14, 2011", "March 2011", "Spring 2022 (March to May 2022)", "2011"; undefined for anything else. */
export function dateInWords(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const season = seasonOf(value);
  if (season) return seasonInWords(season.y, season.season);
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : 0, m[3] ? Number(m[3]) : 0];
  if (mo === 0) return String(y);
  if (mo > 12) return undefined;
  if (d === 0) return `${MONTH_NAMES[mo - 1]} ${y}`;
  // The year set on its own: Date.UTC reads a year 0-99 as 1900-1999, and a box holding 0020 (the
  // year 2011 typed as far as 20) read "Sunday, March 14, 1920" under it.
  const date = new Date(Date.UTC(2000, mo - 1, d));
  date.setUTCFullYear(y, mo - 1, d);
  if (date.getUTCMonth() !== mo - 1) return undefined; // 30 February: the service says so
  return DAY_IN_WORDS.format(date);
}

/**
 * A date-time of the contract (2026-03-07T22:30:00-05:00) in words, at the time it was given:
 * "Saturday, March 7, 2026 at 10:30 PM"; undefined for anything else. The offset stays beside the
 * box; the words are the date and time as typed, which is what a person checks.
 */
export function dateTimeInWords(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(value);
  const day = m ? dateInWords(m[1]) : undefined;
  if (!m || !day) return undefined;
  const [h, min] = [Number(m[2]), Number(m[3])];
  if (h > 23 || min > 59) return undefined;
  return `${day} at ${h % 12 === 0 ? 12 : h % 12}:${m[3]} ${h < 12 ? 'AM' : 'PM'}`;
}

/** A date of the contract as the box shows it when loaded: 03/14/2011, 03/2011, 2011 (in the browser's order). */
export function typedForm(value: unknown, locale?: string): string {
  if (typeof value !== 'string') return '';
  const season = seasonOf(value);
  // As a person types it, and as readSeason reads it back: "spring 2022", "winter 2022-2023".
  if (season) return season.season === 'winter' ? `winter ${season.y}-${season.y + 1}` : `${season.season} ${season.y}`;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return value;
  const { order } = dateExample(locale);
  if (!m[2]) return m[1]!;
  if (!m[3]) return order.startsWith('year') ? `${m[1]}/${m[2]}` : `${m[2]}/${m[1]}`;
  const parts: Record<string, string> = { year: m[1]!, month: m[2]!, day: m[3]! };
  return order.split('/').map((p) => parts[p]).join('/');
}

const upperFirst = (t: string): string => t.charAt(0).toUpperCase() + t.slice(1);

/** A date's parts as numbers from what a date input holds (`yyyy-mm-dd`, or `yyyy-mm-ddThh:mm` for a date-time). */
function heldParts(held: string): Record<string, number> | undefined {
  const m = /^(\d{4,6})-(\d{2})-(\d{2})(?:T|$)/.exec(held);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
}

/** heldParts, and a date-time's hour (0–23) and minute (`yyyy-mm-ddThh:mm`). */
function withTime(held: string): Record<string, number> | undefined {
  const parts = heldParts(held);
  const t = /T(\d{2}):(\d{2})/.exec(held);
  return parts && t ? { ...parts, hour: Number(t[1]), minute: Number(t[2]) } : parts;
}

/** The parts typed into a date input, in its order ("14/03/2011", "14032011" → 14, 03, 2011); undefined unless all three are there. */
function typedGroups(keys: string, names: string[]): string[] | undefined {
  let groups = keys.split(/\D+/).filter((g) => g !== '');
  // Typed without separators ("14032011"): the parts by the input's widths (a year 4 digits, the rest 2).
  if (groups.length === 1 && groups[0]!.length >= 8) {
    const g = groups[0]!;
    let at = 0;
    groups = names.map((n) => g.slice(at, (at += n === 'year' ? 4 : 2)));
  }
  if (groups.length < 3) return undefined;
  groups = groups.slice(0, 3);
  return groups.every((g, i) => (names[i] === 'year' ? /^\d{4}$/ : /^\d{1,2}$/).test(g)) ? groups : undefined;
}

/**
 * Whether a browser's date input holds what was typed into it. `keys` are the keys typed since the
 * keyboard brought the focus to its first part (the digits, and the separators the person typed,
 * which the input may ignore); `held` its value; the order of a date's parts is the browser's
 * language's (`locale`, as the input orders them: month/day/year in the United States). A whole
 * date typed must be the date held, part by part; fewer digits must spell the start of it in that
 * order, each part with or without its leading zero. Chromium's input turns a month typed 14 into
 * 12 and a day typed 32 into 31 without a word, and ignores a "/" after a single digit, so that
 * 14/03/2011 became December 3, 2011 and 1/5/2011 December 20, year 11.
 */
export function typedAsHeld(keys: string, held: string, locale?: string): boolean {
  const parts = heldParts(held);
  if (!parts) return true; // nothing held: nothing to compare (a date typed in part is dates.tsx's)
  const names = dateExample(locale).order.split('/');
  const groups = typedGroups(keys, names);
  if (groups) return names.every((n, i) => Number(groups[i]) === parts[n]);
  const digits = keys.replace(/\D/g, '');
  const ways = (n: string): string[] => [...new Set([String(parts[n]), String(parts[n]).padStart(n === 'year' ? 4 : 2, '0')])];
  let spellings = [''];
  for (const n of names) spellings = spellings.flatMap((s) => ways(n).map((w) => s + w));
  return spellings.some((s) => s.startsWith(digits) || digits.startsWith(s));
}

/**
 * What the page says (after the field's label) of a date its input did not take as typed: held
 * otherwise (typedAsHeld), or not at all (`held` empty: the input reports a date that does not
 * exist, 02/30/2011, as it reports one typed in part). It says what was typed, what the box made
 * of it, and what to type instead, read from the typed numbers: "14/03/2011 has no month 14: …
 * For March 14, 2011, type 03/14/2011." Undefined when nothing is held and the keys do not hold a
 * whole date (the date is incomplete: dates.tsx says so).
 */
export function changedDateMessage(keys: string, held: string, locale?: string): string | undefined {
  const { order, example } = dateExample(locale);
  const names = order.split('/');
  const p = heldParts(held);
  // As the box shows it, in its order: 12/03/2011, or 02/05/122010 for a year the box let run on.
  const shown = p ? names.map((n) => (n === 'year' ? String(p.year).padStart(4, '0') : pad(p[n]!))).join('/') : '';
  const first = names.find((n) => n === 'month' || n === 'day');
  const takes = `it takes the ${first} before the ${first === 'month' ? 'day' : 'month'} (${order})`;
  const groups = typedGroups(keys, names);
  if (!groups) return p ? `this box changed the date typed to ${shown}: type it again as ${order}, e.g. ${example}.` : undefined;
  const at: Record<string, number> = {};
  names.forEach((n, i) => (at[n] = Number(groups[i])));
  const typed = groups.join('/');
  const became = p ? `, so this box changed it to ${shown}` : '';
  const meant = (month: number, day: number): string | undefined => {
    const iso = `${String(at.year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
    return month >= 1 && month <= 12 && dateInWords(iso) ? iso : undefined;
  };
  const asOrdered = meant(at.month!, at.day!);
  // The typed date exists in the box's order: the box lost it on the way (a "/" it ignored).
  if (asOrdered) return `${typed} ${p ? `became ${shown} in this box` : 'was not taken by this box'}: type each part with two digits, ${typedForm(asOrdered, locale)}.`;
  const swapped = meant(at.day!, at.month!);
  // "It" after "so this box changed it"; the box itself when nothing was held (a text box's date).
  const subject = p ? upperFirst(takes) : `This box ${takes.replace(/^it /, '')}`;
  if (swapped) return `${typed} has no month ${at.month}${became}. ${subject}: for ${dayInWords(swapped)}, type ${typedForm(swapped, locale)}.`;
  return `${typed} is not a date that exists${became}: check the day and the month (${order}, e.g. ${example}).`;
}

/** A date of the contract in words without its weekday: "March 14, 2011". */
const dayInWords = (iso: string): string => dateInWords(iso)!.replace(/^\w+, /, '');

/**
 * What the page says under a date that reads both ways (05/03/2011: May 3 month first, 5 March
 * day first), after what it was read as: which part the box reads first and what to type for the
 * other reading, "This box reads the month first: for March 5, 2011, type 03/05/2011." A
 * caseworker used to day/month/year who typed 05/03/2011 for 5 March had it read as May 3 with
 * nothing but the "Read as" line to show it. `value` is the contract's date or date-time
 * (2011-05-03, 2026-03-07T22:30:00-05:00); undefined for one only one way reads (03/14/2011,
 * 05/05/2011), for the year-first order (nobody types year/day/month) and for anything else.
 */
export function bothWays(value: unknown, locale?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T|$)/.exec(value);
  if (!m) return undefined;
  const [month, day] = [Number(m[2]), Number(m[3])];
  const { order } = dateExample(locale);
  if (day > 12 || day === month || order.startsWith('year') || !dateInWords(`${m[1]}-${m[2]}-${m[3]}`)) return undefined;
  const other = `${m[1]}-${pad(day)}-${pad(month)}`;
  return `This box reads the ${order.split('/')[0]} first: for ${dayInWords(other)}, type ${typedForm(other, locale)}.`;
}

/**
 * Where a loaded case (the example, a draft) first has a date that reads both ways (its dot path,
 * "laborPeriods.0.startDate"): the only loaded date whose box says which part it reads first
 * (bothWays). Each box said it under its own date, more than ten times over the worksheet's
 * example; a date the person types still says it at its box. Undefined when none reads both ways.
 */
export function firstBothWays(data: unknown, locale?: string, path = ''): string | undefined {
  if (typeof data === 'string') return bothWays(data, locale) === undefined ? undefined : path;
  if (data === null || typeof data !== 'object') return undefined;
  for (const [k, v] of Object.entries(data)) {
    const found = firstBothWays(v, locale, path === '' ? k : `${path}.${k}`);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * What the page says of a date typed into a text box of dates at the precision known (the
 * T-visa's acts: partial-date.tsx) that reads as none because its day and month are the wrong way
 * round or do not exist (14/03/2011, 02/30/2011): the advice the browser's date inputs give
 * (changedDateMessage), where the service's refusal could only say "is not a date that exists".
 * Undefined for a date that reads, for text that is not day, month and year in numbers, and for
 * one that does not exist and is not a swap or a slip (left for the service's words).
 */
export function unreadDateAdvice(text: string, locale?: string): string | undefined {
  const t = text.trim();
  if (!/^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/.test(t)) return undefined;
  const read = readPartialDate(t, locale);
  if (read !== undefined && dateInWords(read) !== undefined) return undefined;
  return changedDateMessage(t.replace(/[.-]/g, '/'), '', locale);
}

/**
 * What the page says of a date-time typed with a space (or a comma) between its date and its time,
 * "03/14/2026 10:30 PM", as a person writes one: Chromium's date-time input does not move from the
 * year to the time at a space (the space opens its calendar, which takes the keys after it), so it
 * kept the date, dropped the time and reported itself empty, which the page could only call
 * incomplete. The message says how the box takes a time, with the person's own date (and time,
 * when the input saw it): "… Type 03/14/2026, press Tab, then type the time." Undefined unless
 * `keys` (typed from the input's first part) are a whole date and such a separator.
 */
export function timeAfterSpaceMessage(keys: string): string | undefined {
  const m = /^(\d{1,2}[/.-]?\d{1,2}[/.-]?\d{4})[ ,]+(.*)$/.exec(keys);
  if (!m) return undefined;
  const time = m[2]!.trim().replace(/\s*([ap])\.?m?\.?$/i, (_, ap: string) => ` ${ap.toUpperCase()}M`);
  return `the time typed after a space was not taken: this box goes from the year to the time with the Tab key. Type ${m[1]}, press Tab, then type ${time || 'the time'}.`;
}

/**
 * One digit typed into a date input that held a whole date before it (`before`) and after it
 * (`after`), as a click into a part, Shift+Tab, Backspace or an arrow leave it being edited, where
 * the keys typed cannot be followed from the first part: the part the digit changed, the digits
 * typed into it so far (`run`, the last step's when the same part), and, when the part does not
 * end in the digit, what the page says: Chromium's input makes a month typed 14 into 12 and a day
 * typed 32 into 31 without a word (a click into the month of 05/03/2011 and 14 typed held
 * December 3, judged by nothing). Undefined when the value was no whole date before or after,
 * or more or less than one part changed (nothing to judge).
 */
export function clampedPart(before: string, after: string, key: string, run: { part: string; digits: string } | undefined, locale?: string): { run: { part: string; digits: string }; message?: string } | undefined {
  const [b, a] = [heldParts(before), heldParts(after)];
  if (!b || !a) return undefined;
  const changed = (['month', 'day', 'year'] as const).filter((n) => a[n] !== b[n]);
  if (changed.length !== 1) return undefined;
  const part = changed[0]!;
  const digits = run?.part === part ? run.digits + key : key;
  const next = { part, digits };
  if (a[part]! % 10 === Number(key) || part === 'year') return { run: next };
  const { order, example } = dateExample(locale);
  // The digits typed before this one may not be known (typed into a part Backspace emptied): the
  // message then names only what the box made of the part. Known, they are said ("there is no day
  // 32"): Chromium holds a day typed 32 as 31 in any month, where "that month has fewer days" sent
  // the person looking for a shorter month.
  const typedNumber = digits.length >= 2 ? Number(digits.slice(-2)) : undefined;
  const max = part === 'month' ? 12 : 31;
  const why =
    typedNumber !== undefined && typedNumber > max
      ? `there is no ${part} ${typedNumber}`
      : part === 'month'
        ? 'there are only 12 months'
        : a.day === 31
          ? 'there is no day past 31'
          : 'that month has fewer days';
  return { run: next, message: `this box changed the ${part} typed to ${pad(a[part]!)} (${why}): check the date and type it again as ${order}, e.g. ${example}.` };
}

/**
 * Whether the digits typed into a date input, after a part of the date it held was emptied
 * (Backspace, Delete) and before it held a whole date again, are the date it now holds (`held`):
 * each run of digits (`keys`, the runs split where the person pressed Tab, an arrow or a
 * separator) must spell, in the box's order, the parts from the one it was typed into on, each
 * part with or without its leading zero. Which part a run began in is not known (the caret's part
 * is not shown to the page), so any part may begin it; but a part that differs from the date held
 * before it was emptied (`before`) was typed, so some run must spell it. A month emptied and typed
 * 14, held as 12, spells no part of 12/03/2011: the input had changed it without a word, and the
 * keys of a date entered so were followed by nothing (the value reads as empty until the last part
 * is typed). Nor does 14 typed into the month of 05/14/2011, held as 12/14/2011, though it spells
 * the day: the day did not change, the month did, and no run spells 12. A date-time's hour and
 * minute (`held` yyyy-mm-ddThh:mm) are parts too, after the year; its AM/PM, typed as a letter,
 * ends a run.
 */
export function refilledAsHeld(keys: string, held: string, locale?: string, before?: string): boolean {
  const parts = withTime(held);
  if (!parts) return true;
  const was = before === undefined ? undefined : withTime(before);
  // A date-time's hour and minute follow its date, as its input shows them.
  const names = [...dateExample(locale).order.split('/'), ...('hour' in parts ? ['hour', 'minute'] : [])];
  const number = (n: string): number[] => (n === 'hour' ? [parts.hour!, parts.hour! % 12 || 12] : [parts[n]!]); // an hour on a 12- or a 24-hour clock
  const ways = (n: string): string[] => [...new Set(number(n).flatMap((v) => [String(v), String(v).padStart(n === 'year' ? 4 : 2, '0')]))];
  // The spellings of the parts from `start` to the last, each a list of its parts' spellings.
  const spellings = (start: number): string[][] => names.slice(start).reduce<string[][]>((acc, n) => acc.flatMap((s) => ways(n).map((w) => [...s, w])), [[]]);
  // The parts a run of digits spells when begun in each part (a run that stops short of the last
  // spells a start of them): none when it spells nothing.
  const covers = (digits: string): Set<string>[] =>
    names.flatMap((_, start) =>
      spellings(start).flatMap((segs) => {
        const whole = segs.join('');
        if (!whole.startsWith(digits) && !digits.startsWith(whole)) return [];
        let at = 0;
        return [new Set(names.slice(start).filter((_, i) => (at += segs[i]!.length) - segs[i]!.length < digits.length))];
      }),
    );
  const runs = keys
    .split(/\D+/)
    .filter((g) => g !== '')
    .map(covers);
  if (runs.some((r) => r.length === 0)) return false;
  const changed = was ? names.filter((n) => was[n] !== parts[n]) : [];
  // Some choice of where each run began spells every changed part (few runs, three parts: tried all).
  const spelled = (i: number, got: Set<string>): boolean =>
    i === runs.length ? changed.every((n) => got.has(n)) : runs[i]!.some((c) => spelled(i + 1, new Set([...got, ...c])));
  return spelled(0, new Set());
}

/**
 * What the page says of a date the input held, edited so that it no longer exists (February 3
 * with its day typed 30, which the input reports as empty): it is whole, so "incomplete", which
 * the page said, sent the person looking for a part not typed.
 */
export function noSuchDateMessage(locale?: string): string {
  const { order, example } = dateExample(locale);
  return `this date does not exist (a day past the end of its month, such as February 30, or a day or month of 00): check the day and the month, and type it again as ${order}, e.g. ${example}.`;
}
