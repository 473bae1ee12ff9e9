// Dates as a person types them into a text box, read into the contract's form: a date "at the
// precision known" (the T-visa's acts, contacts and first entry: a day, a month or a year) is
// `yyyy-mm-dd`, `yyyy-mm` or `yyyy` in the case, and a caseworker types 3/14/2011, 03/2011,
// "March 2011", "March 14, 2011" or 2011. What is read is shown back in words under the box
// (`dateInWords`), so a date read otherwise than meant is seen. Text that reads as no date is sent
// as typed, and the service's refusal says at the field what to type (plain.ts). No DOM here.
import { dateExample } from './plain.js';

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
  return undefined;
}

const MONTH_NAMES = MONTHS.map((m) => m.charAt(0).toUpperCase() + m.slice(1));

/** A date of the contract (`yyyy-mm-dd`, `yyyy-mm`, `yyyy`) in words: "March 14, 2011", "March 2011", "2011"; undefined for anything else. */
export function dateInWords(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : 0, m[3] ? Number(m[3]) : 0];
  if (mo === 0) return String(y);
  if (mo > 12) return undefined;
  if (d === 0) return `${MONTH_NAMES[mo - 1]} ${y}`;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1) return undefined; // 30 February: the service says so
  return new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }).format(date);
}

/** A date of the contract as the box shows it when loaded: 03/14/2011, 03/2011, 2011 (in the browser's order). */
export function typedForm(value: unknown, locale?: string): string {
  if (typeof value !== 'string') return '';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return value;
  const { order } = dateExample(locale);
  if (!m[2]) return m[1]!;
  if (!m[3]) return order.startsWith('year') ? `${m[1]}/${m[2]}` : `${m[2]}/${m[1]}`;
  const parts: Record<string, string> = { year: m[1]!, month: m[2]!, day: m[3]! };
  return order.split('/').map((p) => parts[p]).join('/');
}
