// The U.S. states, the District of Columbia and the territories, by USPS code (USPS Publication 28,
// appendix B) and name: where a child "in the United States now" can be (the RFA's location.state).
// The restitution worksheet names its wage table's jurisdictions from the same table.

/** Each state's, the District's and each territory's name by its USPS code. */
export const US_STATES: Readonly<Record<string, string>> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut',
  DE: 'Delaware', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa',
  KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan',
  MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire',
  NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio',
  OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota',
  TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia', WA: 'Washington', WV: 'West Virginia',
  WI: 'Wisconsin', WY: 'Wyoming', DC: 'District of Columbia', PR: 'Puerto Rico',
  GU: 'Guam', VI: 'U.S. Virgin Islands', MP: 'Northern Mariana Islands', AS: 'American Samoa',
};

/** A state's or territory's loose form: case, accents, periods and spacing aside ("U.S. Virgin Islands", "us virgin islands"). */
const loose = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\./g, '').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();

/** The USPS code of each name also written for a state or territory: "Washington DC", "Virgin Islands", "Saipan". */
const ALIAS_CODES: Readonly<Record<string, string>> = {
  'washington dc': 'DC', 'virgin islands': 'VI', 'us virgin islands': 'VI', 'commonwealth of puerto rico': 'PR', saipan: 'MP', cnmi: 'MP',
};

/** Every written form a state or territory is known by (loose: its code, its name, an alias) → its USPS code; built once. */
const CODE_OF: ReadonlyMap<string, string> = new Map([
  ...Object.keys(US_STATES).map((code) => [loose(code), code] as const),
  ...Object.entries(US_STATES).map(([code, name]) => [loose(name), code] as const),
  ...Object.entries(ALIAS_CODES).map(([alias, code]) => [alias, code] as const),
]);

/**
 * The codes also written as initials with periods ("D.C.", "N.Y.", "P.R."): those whose two letters
 * are the first letters of the name's words ("District of Columbia", "New York"; "U.S." aside, so
 * "V.I."). "T.X." is no way to write Texas, nor "C.A." California: the periods, ignored for "D.C.",
 * let them through as TX and CA until RFA 2.18.0.
 */
const INITIALS: ReadonlySet<string> = new Set(
  Object.entries(US_STATES)
    .filter(([code, name]) => name.replace(/^U\.S\. /, '').split(' ').filter((w) => w !== 'of').map((w) => w[0]).join('') === code)
    .map(([code]) => code),
);

/** The USPS code a written form names, or null: a two-letter code written with periods only where it is the name's initials (INITIALS). */
function codeOf(s: string): string | null {
  const k = loose(s);
  const code = CODE_OF.get(k) ?? null;
  if (code !== null && k.length === 2 && s.includes('.') && !INITIALS.has(code)) return null;
  return code;
}

/** Whether a text names a U.S. state, the District of Columbia or a territory, by USPS code, name or alias. */
export function isUsState(s: string): boolean {
  return codeOf(s) !== null;
}

/** The USPS code of a state or territory written by code, name or an alias ("tx", "Texas", "D.C."), or null when none. */
export function usStateCode(s: string): string | null {
  return codeOf(s);
}

/** A state's or territory's name as a document prints it ("tx", "Texas", "texas" → "Texas"), or the text as written when it names none. */
export function usStateName(s: string): string {
  const code = usStateCode(s);
  return code === null ? s : US_STATES[code]!;
}
