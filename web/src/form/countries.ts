// The countries a person picks from, by name ("Honduras (HN)" for HN): the list the country box
// offers (country.tsx) and the words a field's help uses for a country the contract's description
// gives by its code (plain.ts: "e.g. GT" read "e.g. Guatemala" on the page). No DOM: the browser's
// Intl alone, so the unit tests read it too.
import { NOT_A_COUNTRY } from '../../../src/domain/country.js';

/** Every country the browser names, by code ("HN" → "Honduras"), built on first use. */
let countries: Map<string, string> | undefined;
export function countryNames(): Map<string, string> {
  if (countries) return countries;
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const out = new Map<string, string>();
  for (let a = 65; a <= 90; a++)
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (NOT_A_COUNTRY.has(code)) continue;
      const name = names.of(code);
      if (name && name !== code) out.set(code, name);
    }
  countries = new Map([...out].sort((x, y) => x[1].localeCompare(y[1], 'en')));
  return countries;
}

/** "Honduras (HN)": how the box shows a country, and what its list offers. */
export const shown = (code: string): string => (countryNames().has(code) ? `${countryNames().get(code)} (${code})` : code);

/** The code of what a person typed: "Honduras (HN)", "honduras", "hn"; undefined when the text names no country. */
export function codeOf(text: string): string | undefined {
  const t = text.trim();
  const m = /\(([A-Za-z]{2})\)$/.exec(t) ?? /^([A-Za-z]{2})$/.exec(t);
  if (m && countryNames().has(m[1]!.toUpperCase())) return m[1]!.toUpperCase();
  const lower = t.toLowerCase();
  for (const [code, name] of countryNames()) if (name.toLowerCase() === lower) return code;
  return undefined;
}
