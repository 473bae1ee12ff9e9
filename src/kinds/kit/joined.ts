// Lists of a case's free-text entries that a document joins into one line or one sentence: the
// languages a child speaks ("Mam, Spanish"), the people responsible ("Rolando and Ofelia Ruiz"),
// the proposed sponsors. An entry may hold a comma ("Spanish (some, little)", "García, María"),
// which the usual joiner would print as the line between two entries, so the page read three
// languages or three people where the case gave two (docs/fields.md, "Lists on one line").
// A person's other names have their own joiner, always "; " (text.ts, NAMES_JOINER).
import { z } from 'zod';
import { andList, orList } from '../../domain/format.js';
import { LINE_BREAK, lineBreakMessage, SEMICOLONS, semicolonGiven, text } from './text.js';

const hasComma = (items: readonly string[]): boolean => items.some((x) => /[,\uFF0C\u060C]/u.test(x));

/**
 * Entries on one line: "Mam, Spanish"; when any entry holds a comma, every one is set off by "; "
 * ("Mam; Spanish (some, little)"), as English separates items that hold commas themselves (Chicago
 * Manual of Style 6.60), so no entry reads as two. Null for none.
 */
export function entriesLine(items: readonly string[]): string | null {
  if (items.length === 0) return null;
  return items.join(hasComma(items) ? '; ' : ', ');
}

/**
 * Entries in a sentence: "a", "a and b", "a, b and c" (the house `andList`); when any entry holds a
 * comma, "García, María; and Juan Pérez", "García, María; Ruiz, Hernán; and Juan Pérez": a
 * semicolon before every entry but the first, "and" (or `conjunction`) before the last, so neither
 * the comma inside a name nor the one before the last name reads as a line between two people.
 */
export function entriesInSentence(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (!hasComma(items)) {
    return conjunction === 'and' ? andList(items) : orList(items);
  }
  if (items.length === 1) return items[0]!;
  return `${items.slice(0, -1).join('; ')}; ${conjunction} ${items[items.length - 1]}`;
}

/**
 * A refinement for an entry of a list printed by `entriesLine` or `entriesInSentence`: no line
 * break, which prints as a space (`lineBreakMessage`), and no semicolon, which sets entries off
 * there, each code `invalid-format`. `what` names one entry ("one
 * language", "one name"), `list` the list as the form shows it.
 */
export function oneEntry<T extends z.ZodType<string | null>>(schema: T, what: string, list: string) {
  return schema
    .refine((s) => s === null || !LINE_BREAK.test(s), { message: lineBreakMessage(list), params: { code: 'invalid-format' } })
    .refine((s) => s === null || !SEMICOLONS.test(s), {
    error: (iss) => `must be ${what}: “${list}” is printed on one line with its entries set off by commas, or by semicolons when one holds a comma, so a semicolon inside an entry reads as two${semicolonGiven(iss.input)}; give each as an entry of its own`,
    params: { code: 'invalid-format' },
  });
}

/** A list entry of free text (kit `text`) that refuses a semicolon (`oneEntry`). */
export function entryText(what: string, list: string) {
  return oneEntry(text(), what, list).meta({ title: 'Text', description: 'A line of text, not empty, with no semicolon: the list prints its entries on one line, set off by commas or semicolons.' });
}
