// Minimum wage history: the federal rates built in, state rates from data/minimum-wage-us.csv
// (provenance and gaps in data/README.md). The CSV is loaded and validated once, on first use (the
// first restitution worksheet checked or rendered; `harbor check-templates` and the tests compute
// every fixture): a malformed row stops Harbor with the row number rather than producing a
// wrong worksheet later. Not at module load: `harbor kinds` and the other kinds never pay for it
// (issue 18: cold start).
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { isIsoDate, longDate } from '../kit/index.js';
import { JURISDICTION_NAMES } from './authorities.js';
import { toDay } from './dates.js';
import { rootUrl } from '../../paths.js';

/** One step of a rate history: `rateCents` applies from `effectiveDate` until the next step. */
export interface RateStep {
  effectiveDate: string;
  day: number;
  rateCents: number;
  /** The law that sets the rate, as a court cites it (the CSV's `citation` column). */
  lawCitation: string;
  /** What the worksheet prints: the law, then what the rate is and from when. */
  citation: string;
}

/**
 * Federal minimum wage, 29 U.S.C. § 206(a)(1). Built in (not read from the CSV) because it is the
 * rule of decision; the CSV's federal rows are checked against it at start-up.
 */
export const FEDERAL_RATES: readonly RateStep[] = [
  { effectiveDate: '1997-09-01', rateCents: 515, citation: '29 U.S.C. § 206(a)(1), as amended by Pub. L. No. 104-188, § 2104' },
  { effectiveDate: '2007-07-24', rateCents: 585, citation: '29 U.S.C. § 206(a)(1)(A), Pub. L. No. 110-28, § 8102' },
  { effectiveDate: '2008-07-24', rateCents: 655, citation: '29 U.S.C. § 206(a)(1)(B), Pub. L. No. 110-28, § 8102' },
  { effectiveDate: '2009-07-24', rateCents: 725, citation: '29 U.S.C. § 206(a)(1)(C), Pub. L. No. 110-28, § 8102' },
].map((r) => ({ ...r, lawCitation: r.citation, day: toDay(r.effectiveDate) }));

/** First day with a federal rate in the built-in table; earlier work needs a case custom rate. */
export const FIRST_RATE_DATE = FEDERAL_RATES[0]!.effectiveDate;

/**
 * USPS codes accepted for the place of work: the 50 states, DC, Puerto Rico, Guam, the U.S.
 * Virgin Islands and the Northern Mariana Islands, where the FLSA's minimum wage is § 206(a)(1)'s
 * as in a state (29 U.S.C. § 203(c)), so the higher of it and the place's own rate is right: in
 * the Northern Mariana Islands only from September 30, 2018 (`TERRITORY_FROM` in territories.ts).
 * Not American Samoa (territories.ts).
 */
export const STATE_CODES: ReadonlySet<string> = new Set(
  ('AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY ' +
    'NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR GU VI MP').split(' '),
);

export interface WageTable {
  /** State (and DC, PR, GU, VI) histories (none for MP: territories.ts), each sorted by date. States without a law have no entry. */
  states: ReadonlyMap<string, readonly RateStep[]>;
  /** Federal rows of the CSV (checked against FEDERAL_RATES). */
  federal: readonly RateStep[];
}

const HEADER = ['jurisdiction', 'effective_date', 'hourly_rate_cents', 'citation', 'source'];

/** Parse and validate the CSV text; throws an Error naming the first bad row (line number). */
export function parseWageTable(text: string, file = 'minimum-wage-us.csv'): WageTable {
  let rows: string[][];
  try {
    rows = parse(text, { relax_column_count: false, skip_empty_lines: true }) as string[][];
  } catch (e) {
    throw new Error(`${file}: not valid CSV (${(e as Error).message})`);
  }
  const header = rows[0];
  if (!header || header.join(',') !== HEADER.join(',')) {
    throw new Error(`${file}: header must be ${HEADER.join(',')}`);
  }
  const byJ = new Map<string, RateStep[]>();
  rows.slice(1).forEach((r, i) => {
    const line = i + 2;
    const [j, date, cents, law, source] = r as [string, string, string, string, string];
    const bad = (why: string): never => {
      throw new Error(`${file} line ${line}: ${why}`);
    };
    if (j !== 'US' && !STATE_CODES.has(j)) bad(`unknown jurisdiction "${j}"`);
    if (!isIsoDate(date)) bad(`effective_date "${date}" is not a yyyy-mm-dd date`);
    if (!/^[1-9]\d{0,5}$/.test(cents)) bad(`hourly_rate_cents "${cents}" is not a positive whole number of cents`);
    // Each row cites the jurisdiction's own law (issue 15 point 5), never this file.
    if (!law || law.trim() === '') bad('citation is empty');
    if (/harbor|\.csv|readme/i.test(law)) bad('citation must cite the law that sets the rate, not a data file');
    if (!source || source.trim() === '') bad('source is empty');
    const list = byJ.get(j) ?? [];
    const prev = list[list.length - 1];
    if (prev && prev.effectiveDate >= date) bad(`rows for ${j} are not in increasing date order`);
    const name = JURISDICTION_NAMES[j] ?? j;
    list.push({ effectiveDate: date, day: toDay(date), rateCents: Number(cents), lawCitation: law, citation: `${law} (${name} minimum wage effective ${longDate(date)})` });
    byJ.set(j, list);
  });
  const federal = byJ.get('US') ?? [];
  // The CSV's federal history must agree with the built-in table from 1997-09-01 on.
  const csvFrom1997 = federal.filter((s) => s.effectiveDate >= FIRST_RATE_DATE);
  const same =
    csvFrom1997.length === FEDERAL_RATES.length &&
    csvFrom1997.every((s, k) => s.effectiveDate === FEDERAL_RATES[k]!.effectiveDate && s.rateCents === FEDERAL_RATES[k]!.rateCents);
  if (!same) throw new Error(`${file}: federal (US) rows disagree with the built-in federal minimum wage history`);
  byJ.delete('US');
  return { states: byJ, federal };
}

/** Rate step in force on `day` (latest step with effective day <= day), or null before the first. */
export function stepOn(steps: readonly RateStep[], day: number): RateStep | null {
  let lo = 0;
  let hi = steps.length - 1;
  let found: RateStep | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = steps[mid]!;
    if (s.day <= day) {
      found = s;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

const CSV_URL = rootUrl('data/minimum-wage-us.csv');

let loaded: WageTable | undefined;

/** The table, read and validated on first use; a malformed file throws then, naming the row. */
export function wageTable(): WageTable {
  loaded ??= parseWageTable(readFileSync(CSV_URL, 'utf8'));
  return loaded;
}

/** The shipped table (data/minimum-wage-us.csv), loaded by the first read of either field. */
export const WAGE_TABLE: WageTable = {
  get states() {
    return wageTable().states;
  },
  get federal() {
    return wageTable().federal;
  },
};
