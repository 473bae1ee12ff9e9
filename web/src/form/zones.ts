// The time zones a person picks from, in words ("Central Time — Chicago" for America/Chicago): the
// list the time-zone box offers (time-zone.tsx) and the words a field's help uses for a zone the
// contract's description names (plain.ts: "e.g. America/Los_Angeles" read "e.g. Pacific Time — Los
// Angeles" on the page). No DOM: the browser's Intl alone, so the unit tests read it too.

/** Every zone the browser knows, by name ("America/Chicago" → "Central Time — Chicago"), built on first use. */
let zones: Map<string, string> | undefined;
/** The zone of each label, lowercased ("central time — chicago" → America/Chicago), built with `zones`. */
let byLabel = new Map<string, string>();
export function zoneLabels(): Map<string, string> {
  if (zones) return zones;
  const names: string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  // The United States' zones first (a U.S. caseworker's), then the rest by name.
  const us = (z: string): boolean => /^(America\/(New_York|Chicago|Denver|Phoenix|Los_Angeles|Anchorage|Puerto_Rico|Detroit|Boise|Indiana\/Indianapolis)|Pacific\/Honolulu)$/.test(z);
  const sorted = [...names.filter(us), ...names.filter((z) => !us(z))];
  zones = new Map(sorted.map((z) => [z, labelOf(z)]));
  // A label two zones share (none in today's list: each city names one zone) names each with its zone.
  const seen = new Map<string, number>();
  for (const l of zones.values()) seen.set(l, (seen.get(l) ?? 0) + 1);
  for (const [z, l] of zones) if (seen.get(l)! > 1) zones.set(z, `${l} (${z})`);
  byLabel = new Map([...zones].map(([z, l]) => [l.toLowerCase(), z]));
  return zones;
}

function labelOf(zone: string): string {
  const city = zone.split('/').pop()!.replace(/_/g, ' ');
  let generic = '';
  try {
    generic = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longGeneric' }).formatToParts(new Date(Date.UTC(2026, 0, 1))).find((p) => p.type === 'timeZoneName')?.value ?? '';
  } catch {
    /* a zone this browser cannot format: its city alone */
  }
  return generic && !/^GMT/.test(generic) ? `${generic} — ${city}` : city;
}

/** The zone of what a person typed: a label of the list, one with its zone's name after it as the list once showed it, a zone's name, or a city ("chicago"); undefined for none. */
export function zoneOf(text: string): string | undefined {
  const t = text.trim();
  const all = zoneLabels();
  const m = /\(([A-Za-z_/+-]+)\)$/.exec(t);
  if (m && all.has(m[1]!)) return m[1];
  const lower = t.toLowerCase();
  const labelled = byLabel.get(lower.replace(/\s+[-–—]+\s+/, ' — ')); // a dash typed for the list's
  if (labelled) return labelled;
  for (const z of all.keys()) if (z.toLowerCase() === lower || z.split('/').pop()!.replace(/_/g, ' ').toLowerCase() === lower) return z;
  return undefined;
}
