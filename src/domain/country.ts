// Countries: ISO 3166-1 alpha-2 codes and their English names, one rule for every kind.
//
// Names come from Node's ICU data (`Intl.DisplayNames`, full ICU ships with Node). ICU also knows
// codes that are not countries a person can be born in or be a citizen of; they are refused by the
// one exclusion list below.
// Built on first use: loading ICU's region names costs ~15 ms, which `harbor kinds` need not pay.
let regionNames: Intl.DisplayNames | undefined;

/**
 * Codes ICU names that are not ISO 3166-1 countries: unknown region (ZZ), the European Union and
 * Eurozone (EU, EZ), the United Nations (UN), Outlying Oceania (QO), and the "exceptionally
 * reserved" codes of ISO 3166 that are parts of other countries (AC Ascension, CP Clipperton, DG
 * Diego Garcia, EA Ceuta and Melilla, IC Canary Islands, TA Tristan da Cunha). XK (Kosovo, a
 * user-assigned code used by U.S. agencies) is kept.
 */
export const NOT_A_COUNTRY: ReadonlySet<string> = new Set(['ZZ', 'EU', 'EZ', 'UN', 'QO', 'AC', 'CP', 'DG', 'EA', 'IC', 'TA']);

/**
 * Each code's answer once ICU has given it, for the life of the process (issue 18): a render asks
 * for the same few codes again (the RFA's `full` case 4 times, validation then the view; the T-visa
 * declaration's 7), and an `Intl.DisplayNames.of` call between a render's other work finds ICU's
 * data out of the CPU's caches: 15 µs of CPU a call at the median, 93 at the 90th percentile (the
 * RFA's `full` PDF, 800 calls), against 2 µs called in a loop. The table's answer is a lookup. It
 * holds ICU's English name of a code, the same for every case (output stays a function of the
 * code): at most the 676 two-capital codes the pattern lets through, each a short name or null.
 */
const names = new Map<string, string | null>();

/** English name of an ISO 3166-1 alpha-2 code in capitals ("GT" → "Guatemala"), or null when not a country. */
export function countryName(code: string): string | null {
  if (!/^[A-Z]{2}$/.test(code) || NOT_A_COUNTRY.has(code)) return null;
  let name = names.get(code);
  if (name === undefined) {
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    const icu = regionNames.of(code);
    name = icu && icu !== code ? icu : null;
    names.set(code, name);
  }
  return name;
}

/** "Guatemala (GT)": the name with the code, for lists where the code matters. */
export function countryLabel(code: string): string {
  return `${countryName(code) ?? code} (${code})`;
}
