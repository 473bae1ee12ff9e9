// A closed choice of codes (an enum) that says each code in plain words. The codes are the
// contract (what a case holds, what the rules and templates read); the words are for people:
// `x-enum-labels` in the published JSON Schema maps every code to the label a caseworker or child
// advocate would use, and the web form shows those labels in its selects and checkboxes while it
// still sends the codes (web/src/form/schema.ts). Documented in docs/fields.md.
import { z } from 'zod';

/** The annotation's keyword in the published JSON Schema. */
export const ENUM_LABELS_KEY = 'x-enum-labels';

/** A label for every code of a choice: a code left without one does not compile. */
export type EnumLabels<T extends string> = { readonly [K in T]: string };

/**
 * `{"x-enum-labels": {code: label, …}}`, to spread into a schema's `.meta()`. An annotation only,
 * as `x-multiline` (text.ts): validators ignore a keyword they do not know (JSON Schema 2020-12,
 * § 6.5), so it changes nothing the schema accepts. For a choice not built by `choice()` (a string
 * checked by hand that publishes `enum` itself, the RFA's means).
 */
export function enumLabels<T extends string>(labels: EnumLabels<T>): { readonly [ENUM_LABELS_KEY]: EnumLabels<T> } {
  return { [ENUM_LABELS_KEY]: labels };
}

/**
 * `z.enum(values, params)` that publishes a label for each value: "an enum with labels" in one
 * call. The labels' keys must be exactly the values (checked by the type and, over every kind's
 * published schema, by tests/kinds/enum-labels.test.ts).
 */
export function choice<const T extends readonly [string, ...string[]]>(values: T, labels: EnumLabels<T[number]>, params?: string | z.core.$ZodEnumParams) {
  return z.enum(values, params).meta(enumLabels(labels));
}
