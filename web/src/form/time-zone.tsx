// A time zone as a caseworker gives it: by its city ("Chicago") or its name in the list offered
// as it is typed ("Central Time — Chicago"), the case holding the zone's name (America/Chicago), as
// the contract's time-zone field does (src/kinds/kit/dates.ts). The box took only the zone's name,
// which the page called an "IANA time zone", and then showed it as "Central Time — Chicago
// (America/Chicago)", the contract's term in the caseworker's box: the list and the box now say the
// zone in words alone (each label names one zone), and the zone's name is still taken if typed.
// A zone the browser does not list, or text naming none, is sent as typed, for the service to
// refuse with its rule.
import type { ReactElement } from 'react';
import type { WidgetProps } from '@rjsf/utils';
import { TypedText, useDatalist } from './typed-text.js';
import { zoneLabels, zoneOf } from './zones.js';

const shown = (zone: unknown): string => (typeof zone === 'string' ? (zoneLabels().get(zone) ?? zone) : '');

export function TimeZoneWidget(props: WidgetProps): ReactElement {
  // The page's one list of zones, for every time-zone box.
  const list = useDatalist('time-zone-list', () => zoneLabels().values());
  return (
    <TypedText
      props={props}
      reading={{
        show: shown,
        read: zoneOf,
        // A city typed whole ("chicago") is shown as the list shows it once the person leaves the box.
        settled: (sent) => (typeof sent === 'string' && zoneLabels().has(sent) ? shown(sent) : undefined),
        list,
      }}
    />
  );
}
