// What a text field's value is, said in the published JSON Schema beside `type: "string"`, for the
// few values JSON Schema has no `format` for: `"x-format": "country-code"` (ISO 3166-1 alpha-2,
// country.ts), `"time-zone"` (an IANA zone name, dates.ts) and `"date-at-precision"` (a day, a
// month, a season or a year: yyyy-mm-dd, yyyy-mm, yyyy-spring or yyyy, the T-visa's acts). The web form chooses its input
// from it (web/src/form/schema.ts: a country by its name, a time zone by its city, a date typed as
// much as it is known); it chose from the description's words ("ISO 3166", "IANA time zone"), so
// that a reworded description silently gave a plain text box, and two of the T-visa's dates at
// the precision known ("When the applicant said it, at the precision known.") had one. An
// annotation only, as `x-multiline` (text.ts): validators ignore a keyword they do not know (JSON
// Schema 2020-12, § 6.5), and a custom `format` would fail a strict validator (Ajv's strict mode
// refuses an unknown format). Documented in docs/fields.md. No imports: the web form's bundle takes it.

/** The annotation's keyword in the published JSON Schema. */
export const VALUE_FORMAT_KEY = 'x-format';

/** The values a field's `x-format` names. */
export const VALUE_FORMATS = ['country-code', 'time-zone', 'date-at-precision'] as const;
export type ValueFormat = (typeof VALUE_FORMATS)[number];

/** `{"x-format": format}`, to spread into a schema's `.meta()`. */
export function valueFormat<F extends ValueFormat>(format: F): { readonly [VALUE_FORMAT_KEY]: F } {
  return { [VALUE_FORMAT_KEY]: format };
}

/**
 * An optional group that belongs to a sibling field of its object (the weekly wage's "Paid each week
 * in another currency" belongs to "Paid each week"): `"x-with": "perWeek"` in the published JSON
 * Schema. The web form shows the group only while that field holds a value, or the group holds one
 * of its own (nothing typed is ever hidden): it drew the currency's five fields under every labor
 * period, paid by the week or not. An annotation only, as `x-multiline`: the rules are unchanged.
 */
export const WITH_KEY = 'x-with';

/** `{"x-with": field}`, to spread into a group's `.meta()`: the sibling it belongs to. */
export function shownWith(field: string): { readonly [WITH_KEY]: string } {
  return { [WITH_KEY]: field };
}

/**
 * A field the case refuses beside certain values of a sibling field (a memo factor's "Analysis"
 * beside "Not applicable" answered Yes or with its reason; its "Why not applicable" beside the
 * reason written in "Not applicable" itself): `"x-not-with": {"notApplicable": <JSON Schema of the
 * values it is refused beside>}` in the published JSON Schema. The web form draws such a field
 * only while it holds a value, or once each sibling it names holds a value it is allowed beside:
 * the memo's "Not applicable" form drew an "Analysis" box beside the reason, which the case then
 * refused as "not both". An annotation only, as `x-with`: the rules (the kind's refinements) are
 * unchanged, and say the same.
 */
export const NOT_WITH_KEY = 'x-not-with';

/** `{"x-not-with": {sibling: values}}`, to spread into a field's `.meta()`. */
export function notWith(siblings: Readonly<Record<string, Readonly<Record<string, unknown>>>>): { readonly [NOT_WITH_KEY]: Readonly<Record<string, Readonly<Record<string, unknown>>>> } {
  return { [NOT_WITH_KEY]: siblings };
}
