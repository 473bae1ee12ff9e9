// The one optional-field convention of every kind (kit README, docs/fields.md).
//
// Rule: for an optional field, an absent key, `null`, `""` (the empty cell of a CSV batch) and text
// of only spaces all mean "not given", and the validated case holds `null` for it, or the field's
// default when it has one (an optional list: `[]`). The same for every optional field, whatever
// its type: a country, a phone, an A-number or a list left as "  " is not given, not an error
// ("must be an ISO 3166 two-letter country code" for a cell with a space in it). Views can then
// pass the value to a strict Handlebars template as it is, and no kind refuses the same JSON
// another accepts.
import { z } from 'zod';

/** Text that is empty or only spaces (JavaScript's whitespace: what `trim()` removes). */
function isBlankText(v: unknown): boolean {
  return typeof v === 'string' && v.trim() === '';
}

/**
 * "" or spaces stand for "not given" in an optional field (the alternative after the real schema
 * in `optional`, `withDefault` and `optList`). Its refinement aborts, so that on any other text it
 * fails as a type-level check would: zod then reports the real schema's issue for a wrong value,
 * never this one's (src/validate.ts). The published JSON Schema shows it as `""`, the blank a
 * client writes (the CSV reader, the web form and the Excel template read it by that `const`).
 */
export const Blank = z
  .string()
  .refine(isBlankText, { abort: true })
  .meta({ const: '', description: 'Empty: not given (text of only spaces too).' });

function isNotGiven(v: unknown): boolean {
  return v === undefined || v === null || isBlankText(v);
}

/** True when a raw (not yet validated) value is given, by the convention above ("" and "  " are not). */
export function given(v: unknown): boolean {
  return !isNotGiven(v);
}

/**
 * An optional field: the value when given, otherwise `null`. The real schema comes first in the
 * union so that its message is the one reported for a wrong value (src/validate.ts).
 */
export function optional<T extends z.ZodType>(schema: T) {
  return z
    .union([schema, Blank])
    .nullish()
    .transform((v): z.output<T> | null => (isNotGiven(v) ? null : (v as z.output<T>)));
}

/** The defaults of every `withDefault` built so far, each parsed on first call. */
const declared: Array<() => unknown> = [];

/** Parses every default declared so far, throwing zod's error on a wrong one (tests). */
export function parseDefaults(): number {
  for (const value of declared) value();
  return declared.length;
}

/**
 * An optional field with a default: the value when given, otherwise the default, copied for each
 * case so no two cases share it. The default is parsed by the schema on its first use, not when
 * the schema is built: a parse at module load ran zod's object compiler for every kind on every
 * start, `harbor kinds` included (issue 18: cold start). The kit's tests parse every declared
 * default (`parseDefaults`, tests/kinds/kit.test.ts), so a wrong one fails there, not in a case.
 */
export function withDefault<T extends z.ZodType>(schema: T, input: z.input<T>) {
  let fallback: { value: z.output<T> } | undefined;
  const value = (): z.output<T> => (fallback ??= { value: schema.parse(input) as z.output<T> }).value;
  declared.push(value);
  return z
    .union([schema, Blank])
    .nullish()
    .transform((v): z.output<T> => {
      if (!isNotGiven(v)) return v as z.output<T>;
      // Only an object or list can be shared and changed; a string, number or boolean is itself
      // (structuredClone of one still runs the serializer, ~0.5 µs a field).
      const d = value();
      return d !== null && typeof d === 'object' ? structuredClone(d) : d;
    });
}
