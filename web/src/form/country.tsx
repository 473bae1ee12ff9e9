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
import { codeOf, countryNames, shown } from './countries.js';

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
