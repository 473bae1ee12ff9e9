// What kind of value an Excel column holds, read from the kind's JSON Schema at the column's dot
// path: a date, text, a number, yes/no, or one of a list of values. Both the reading of a workbook
// (./xlsx-read.ts: a date serial in a date column is a date) and the template (./xlsx-template.ts:
// formats and dropdowns) ask the same questions.

export type Json = Record<string, unknown>;

/** Alternatives of a schema (optional/nullable fields come out of zod as anyOf). */
export function branches(s: Json | undefined): Json[] {
  if (!s) return [];
  const alts = (s.anyOf ?? s.oneOf) as Json[] | undefined;
  return Array.isArray(alts) ? alts.flatMap(branches) : [s];
}

const has = (s: Json | undefined, pred: (b: Json) => boolean): boolean => branches(s).some(pred);
const typeIs = (b: Json, t: string): boolean => b.type === t || (Array.isArray(b.type) && b.type.includes(t));
export const isDate = (s: Json | undefined): boolean => has(s, (b) => b.format === 'date');
export const isText = (s: Json | undefined): boolean => has(s, (b) => typeIs(b, 'string'));
export const isNumber = (s: Json | undefined): boolean => has(s, (b) => typeIs(b, 'number') || typeIs(b, 'integer'));
export const isBoolean = (s: Json | undefined): boolean => has(s, (b) => typeIs(b, 'boolean'));

/** The allowed values of an enum column (strings of `enum` or `const`), or undefined. */
export function enumValues(s: Json | undefined): string[] | undefined {
  const out: string[] = [];
  for (const b of branches(s)) {
    if (b.type === 'null' || b.const === '' || b.const === null) continue; // "not given"
    if (Array.isArray(b.enum)) out.push(...b.enum.filter((v): v is string => typeof v === 'string'));
    else if (typeof b.const === 'string' && b.const !== '') out.push(b.const);
    else if (typeIs(b, 'string') || typeIs(b, 'number') || typeIs(b, 'integer')) return undefined; // free text too
  }
  return out.length > 0 ? [...new Set(out)] : undefined;
}

/** src/kinds/kit/choice.ts's ENUM_LABELS_KEY (not imported: this module stays free of the kinds, for the workbook parser's process). */
const ENUM_LABELS_KEY = 'x-enum-labels';

/**
 * The words for each allowed value of a column (`x-enum-labels`, src/kinds/kit/choice.ts), as
 * "code: label" lines, or '' when the schema gives none: the Columns sheet says what each code of
 * a dropdown means, since the cells take the codes.
 */
export function enumMeanings(s: Json | undefined): string {
  const values = enumValues(s);
  if (!values) return '';
  const labels: Record<string, unknown> = {};
  for (const b of [s!, ...branches(s)]) if (b[ENUM_LABELS_KEY] !== null && typeof b[ENUM_LABELS_KEY] === 'object') Object.assign(labels, b[ENUM_LABELS_KEY]);
  const lines = values.filter((v) => typeof labels[v] === 'string').map((v) => `${v}: ${labels[v] as string}`);
  return lines.join('\n');
}
