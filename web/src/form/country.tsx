// A country as a caseworker gives it: by its name ("Honduras", offered by the browser as it is
// typed, from a list of every country's name and code) or by its two-letter code, the case holding
// the code (HN), as the contract's country fields do (src/kinds/kit/country.ts). The box took only
// the code, and "Honduras" was refused as "must be an ISO 3166 two-letter country code".
// The names are the browser's own (Intl.DisplayNames, as the service's are Node's), over the same
// exclusion list as the service's (src/domain/country.ts): a name the page cannot read is sent as
// typed, for the service to refuse with its rule.
import type { ReactElement } from 'react';
import type { WidgetProps } from '@rjsf/utils';
import { TypedText, useDatalist } from './typed-text.js';
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


export function CountryWidget(props: WidgetProps): ReactElement {
  // The page's one list of countries, for every country box.
  const list = useDatalist('country-list', () => [...countryNames().keys()].map(shown));
  return (
    <TypedText
      props={props}
      reading={{
        show: (v) => (typeof v === 'string' ? shown(v) : ''),
        read: codeOf,
        // A name typed whole ("honduras") is shown as the list shows it once the person leaves the box.
        settled: (sent) => (typeof sent === 'string' && countryNames().has(sent) ? shown(sent) : undefined),
        list,
      }}
    />
  );
}
