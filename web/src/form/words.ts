// The summary panel's computed codes in words (summary.tsx): kept apart from the panel's JSX so
// that the unit tests, compiled without JSX, can read them.
import { dayNumber, parseIsoDate } from '../../../src/domain/calendar.js';
import { monthShares, monthsFactor, monthTerms } from '../../../src/kinds/restitution-worksheet/month-shares.js';

/**
 * A computed code in words, as the form shows a choice's code in words (`x-enum-labels`): the
 * panel is read by the person who filled the form, who never saw the code. A code the page does
 * not know yet (a kind that added one) shows as itself rather than not at all.
 */
export function inWords(code: unknown, words: Record<string, string>): string {
  if (typeof code !== 'string') return '—';
  return Object.hasOwn(words, code) ? words[code]! : code;
}

/** The T-visa's attestation variant, by where the declaration is signed: 28 U.S.C. § 1746(1), (2). */
export const ATTESTATION_WORDS: Record<string, string> = {
  'inside-us': 'Signed inside the United States (28 U.S.C. § 1746(2))',
  'outside-us': 'Signed outside the United States (28 U.S.C. § 1746(1))',
};

const LONG_DATE = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });

/**
 * A computed calendar date ("2028-08-14") as the documents print one ("August 14, 2028"): a date
 * of the case, read at UTC midnight so that no browser's time zone moves it a day. Anything else
 * shows as itself.
 */
export function longDate(iso: unknown): string {
  if (typeof iso !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso === undefined || iso === null ? '—' : String(iso);
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : LONG_DATE.format(d);
}

/** A UTC offset in words: "-05:00" → "5 hours behind UTC", "+05:30" → "5 hours 30 minutes ahead of UTC", "+00:00" → "UTC". */
export function offsetInWords(offset: string): string {
  const m = /^([+-])(\d{2}):(\d{2})$/.exec(offset);
  if (!m || (m[2] === '00' && m[3] === '00')) return 'UTC';
  const [h, min] = [Number(m[2]), Number(m[3])];
  const span = [h > 0 ? `${h} hour${h === 1 ? '' : 's'}` : '', min > 0 ? `${min} minutes` : ''].filter((s) => s).join(' ');
  return `${span} ${m[1] === '-' ? 'behind' : 'ahead of'} UTC`;
}

/** A zone's place as its name says it ("America/Argentina/Buenos_Aires" → "Buenos Aires"). */
const cityOf = (zone: string): string => zone.split('/').pop()!.replace(/_/g, ' ');

/**
 * An instant as a person reads it: "Sunday, March 8, 2026 at 12:10 AM Central Standard Time
 * (Chicago)", in the requester's `timeZone` (its long name and, unless `place` is false, its city:
 * "Central Standard Time" is also Guatemala's); without a zone (the RFA's requester gave none), at
 * the UTC offset the ISO string itself carries, said in words ("… at 11:10 PM, 5 hours behind
 * UTC"). The panel showed the zone's name as the contract writes it ("(America/Chicago)") and the
 * offset as "(UTC-05:00)". A zone without a name in English is said by its offset and city.
 */
export function instantInWords(iso: unknown, timeZone: string | null, place = true): string {
  if (typeof iso !== 'string') return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  try {
    if (timeZone !== null) {
      const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'long' }).formatToParts(d).find((p) => p.type === 'timeZoneName')?.value ?? '';
      const wall = new Intl.DateTimeFormat('en-US', { dateStyle: 'full', timeStyle: 'short', timeZone }).format(d);
      // A zone English has no name for is "GMT-05:00" in Intl: its offset in words instead.
      const gmt = /^GMT(?:([+-])(\d{1,2})(?::(\d{2}))?)?$/.exec(name);
      const said = gmt ? `${wall}${gmt[1] ? ', ' : ' '}${offsetInWords(gmt[1] ? `${gmt[1]}${gmt[2]!.padStart(2, '0')}:${gmt[3] ?? '00'}` : '+00:00')}` : `${wall} ${name}`;
      // The city, unless the zone names none (UTC, Etc/GMT+5).
      return (place || gmt) && /^[A-Z][a-z]+\//.test(timeZone) && !timeZone.startsWith('Etc/') ? `${said} (${cityOf(timeZone)})` : said;
    }
    const off = /([+-]\d{2}:\d{2})$/.exec(iso)?.[1] ?? '+00:00';
    const minutes = (off.startsWith('-') ? -1 : 1) * (Number(off.slice(1, 3)) * 60 + Number(off.slice(4, 6)));
    const wall = new Date(d.getTime() + minutes * 60_000);
    const said = offsetInWords(off);
    return `${new Intl.DateTimeFormat('en-US', { dateStyle: 'full', timeStyle: 'short', timeZone: 'UTC' }).format(wall)}${said === 'UTC' ? ' ' : ', '}${said}`;
  } catch {
    return iso;
  }
}

/**
 * The lines the worksheet prints under its workweek table, "Workweeks with more than one rate or
 * job" (computed.rateLines: severalRateWeeks in src/kinds/restitution-worksheet/rate-lines.ts),
 * as the check returns them: the page shows the worksheet's own words, so a week of two jobs on an
 * agreed rate gives here, as in the PDF, each job's hours, straight time and pay and the sum to
 * "Owed" (29 C.F.R. §§ 778.115, 778.419). The page built its own shorter line from the weeks and
 * showed none of the by-job figures. Anything but a list of strings shows nothing.
 */
export function worksheetRateLines(computed: unknown): string[] {
  return stringsAt(computed, 'rateLines');
}

/**
 * The lines the worksheet prints with state rates under its figure without them, "Workweeks with
 * more than one rate in the figure without state minimum wages" (computed.federalOnlyRateLines,
 * worksheet 2.24.0: a week across a federal raise, July 24 of 2007, 2008 or 2009), word for word as
 * the check returns them. The summary showed F's lines and not these (round r60).
 */
export function federalOnlyRateLines(computed: unknown): string[] {
  return stringsAt(computed, 'federalOnlyRateLines');
}

/** The strings of the list at `key` of the check's answer; anything but a list of strings gives none. */
function stringsAt(computed: unknown, key: 'rateLines' | 'federalOnlyRateLines'): string[] {
  const lines = computed !== null && typeof computed === 'object' ? (computed as Record<string, unknown>)[key] : undefined;
  return Array.isArray(lines) ? lines.filter((l): l is string => typeof l === 'string') : [];
}

/** Whether some workweek of the check's answer mixes jobs (computed.weeks[].jobs): the worksheet's list then says "or job". */
export function weeksMixJobs(computed: unknown): boolean {
  const weeks = computed !== null && typeof computed === 'object' ? (computed as { weeks?: unknown }).weeks : undefined;
  return Array.isArray(weeks) && weeks.some((w: unknown) => w !== null && typeof w === 'object' && Array.isArray((w as { jobs?: unknown }).jobs));
}

/**
 * The worksheet's weeks valued on an agreed rate (computed.weeks[].regularRateHours, 29 C.F.R.
 * § 778.115: a week at several rates has as its regular rate their average weighted by hours), one
 * line each: "Week of June 21, 2009: 40 h at $12.50, 6 h at $7.25; regular rate $11.89". The
 * hours at each rate were in the check's answer and nowhere on the page, so the overtime of such a
 * week could not be checked against it. Weeks without an agreed rate (null) are left out.
 *
 * A week with hours of a period paid by the day too (computed.weeks[].dayRates) says them, with
 * that period's day-rate pay, which its regular rate averages in (29 C.F.R. § 778.112): "36 h at
 * $12.00, 36 h paid by the day ($150.00 a day × 3 days = $450.00); regular rate $12.25". Without
 * them (review, round r54) the line read "36 h at $12.00; regular rate $12.25", a rate no hour listed
 * was at.
 */
export function agreedRateLines(weeks: unknown): string[] {
  if (!Array.isArray(weeks)) return [];
  const money = (cents: unknown): string => (typeof cents === 'number' || (typeof cents === 'string' && /^\d+$/.test(cents)) ? (Number(cents) / 100).toLocaleString('en-US', { style: 'currency', currency: 'USD' }) : '—');
  const hours = (h: unknown): string => (typeof h === 'number' ? `${Number(h.toFixed(2))} h` : '— h');
  return weeks.flatMap((w: unknown) => {
    const rates = w !== null && typeof w === 'object' ? (w as { regularRateHours?: unknown }).regularRateHours : undefined;
    if (!Array.isArray(rates) || rates.length === 0) return [];
    const { weekStart, regularRateCents, dayRates } = w as { weekStart?: unknown; regularRateCents?: unknown; dayRates?: unknown };
    const byDay = (Array.isArray(dayRates) ? dayRates : []).map(
      (d: { hours?: unknown; dayRateCents?: unknown; days?: unknown; payCents?: unknown }) =>
        `${hours(d?.hours)} paid by the day (${money(d?.dayRateCents)} a day × ${typeof d?.days === 'number' ? `${d.days} ${d.days === 1 ? 'day' : 'days'}` : '— days'} = ${money(d?.payCents)})`,
    );
    const at = [...rates.map((r: { rateCents?: unknown; hours?: unknown }) => `${hours(r?.hours)} at ${money(r?.rateCents)}`), ...byDay].join(', ');
    return [`Week of ${longDate(weekStart)}: ${at}; regular rate ${money(regularRateCents)}`];
  });
}

/** Whether a week of agreedRateLines also has hours paid by the day (its heading then says so). */
export function agreedWeeksPaidByDay(weeks: unknown): boolean {
  return (
    Array.isArray(weeks) &&
    weeks.some((w: unknown) => w !== null && typeof w === 'object' && Array.isArray((w as { regularRateHours?: unknown }).regularRateHours) && Array.isArray((w as { dayRates?: unknown }).dayRates) && ((w as { dayRates: unknown[] }).dayRates.length > 0))
  );
}

/** A figure as the case holds it ("80.00", 1845, "$22.50") in dollars ("$80.00"); as typed when it is no figure. */
function typedDollars(v: unknown): string {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\$?\s?[\d,]*\.?\d+$/.test(v.trim()) ? Number(v.trim().replace(/[$,\s]/g, '')) : NaN;
  return Number.isFinite(n) ? n.toLocaleString('en-US', { style: 'currency', currency: 'USD' }) : String(v ?? '—');
}

const plural = (n: unknown, one: string, many: string): string => `${String(n)} ${n === 1 ? one : many}`;

/**
 * The months a monthly figure covers, from `start` to `end` (yyyy-mm-dd, inclusive), as the
 * worksheet prints them (month-shares.ts, which its monthlyCalc uses): each month partly covered
 * as its days covered ÷ its days, the whole months between as a count ("(17 ÷ 31 + 3) months").
 * Undefined for dates that are not whole, or the wrong way round.
 */
export function monthsCovered(start: unknown, end: unknown): string | undefined {
  const first = typeof start === 'string' ? parseIsoDate(start) : null;
  const last = typeof end === 'string' ? parseIsoDate(end) : null;
  if (first === null || last === null || dayNumber(last) < dayNumber(first)) return undefined;
  return monthsFactor(monthTerms(monthShares(start as string, end as string)));
}

/**
 * A gross-income line of the worksheet (G) in the summary, with the parts the person typed and what
 * they make, as the worksheet's G table prints them: "Cleaning contract: $3,000.00 a month × (17 ÷
 * 31 + 3) months, March 15, 2024 to June 30, 2024 = $10,645.16". The summary showed G's total
 * alone, and a person could not check a line's months or figure against what they typed (review,
 * round r55). `line` is the case's line, `computed` the check's (grossIncome.lines: its method, its
 * gross and the amount counted after the defendant's share). The label apart from its parts: it is
 * the person's text, in any script, and is drawn isolated from them (summary.tsx, a <bdi>): a label
 * in Arabic or Hebrew took the colon and the figures after it into its own direction.
 */
export function grossLineParts(line: Record<string, unknown>, computed: Record<string, unknown>, dollars: (cents: unknown) => string): { label: string; parts: string } {
  const label = typeof line.label === 'string' && line.label.trim() !== '' ? line.label.trim() : 'A line';
  const days = plural(line.days, 'day', 'days');
  const months = monthsCovered(line.startDate, line.endDate);
  const parts =
    computed.method === 'acts'
      ? `${days} × ${plural(line.actsPerDay, 'act', 'acts')} a day × ${typedDollars(line.pricePerAct)}`
      : computed.method === 'daily-earnings'
        ? `${days} × ${typedDollars(line.dailyEarnings)} a day`
        : computed.method === 'monthly' && months
          ? `${typedDollars(line.monthlyEarnings)} a month × ${months}, ${longDate(line.startDate)} to ${longDate(line.endDate)}`
          : undefined;
  const victims = typeof line.victims === 'number' ? ` ÷ ${line.victims} victims` : '';
  const gross = parts === undefined && victims === '' ? dollars(computed.grossCents) : `${parts ?? typedDollars(line.amount)}${victims} = ${dollars(computed.grossCents)}`;
  const share = typeof computed.defendantShare === 'number' && computed.defendantShare !== 1 ? `; the defendant’s share, ${computed.defendantShare}: ${dollars(computed.cents)}` : '';
  return { label, parts: `${gross}${share}` };
}
