// A single field that a list superseded, still read as the list's first (kit README, "Superseded
// singles"): the memo's `proposedSponsor` beside `proposedSponsors` (contract 2.5), the T-visa
// declaration's `escape` beside `escapes` (contract 2.7). A case written for the older contract
// renders unchanged; the JSON Schema marks the single deprecated with its type kept, which the web
// form reads as "superseded" (shown only while a draft holds a value of it) and the batch
// templates leave out of their columns (a column of it is still read).
import type { z } from 'zod';
import { optional } from './optional.js';

/** How the superseded single is described: `one` ("One escape"), the contract that took it, and the list's key. */
export interface SupersededBy {
  title: string;
  one: string;
  contract: string;
  list: string;
}

/**
 * The optional single field a list superseded, marked deprecated. Its description says so in the
 * one wording every such field uses: "One escape, as contract 2.7 took it; still read, as the first
 * of escapes. Give several in escapes."
 */
export function superseded<T extends z.ZodType>(item: T, by: SupersededBy) {
  return optional(item).meta({
    title: by.title,
    description: `${by.one}, as contract ${by.contract} took it; still read, as the first of ${by.list}. Give several in ${by.list}.`,
    deprecated: true,
  });
}

/** One item of the list as read, with the dot path of its fields in the case (`escape`, `escapes.0`). */
export interface ReadItem<T> {
  path: string;
  value: T;
}

/**
 * The list as the case gives it, the superseded single (when given) first: every reader of the
 * list reads this, so no rule or paragraph sees one and misses the other.
 */
export function readSuperseded<T>(single: T | null, list: readonly T[], keys: { single: string; list: string }): ReadItem<T>[] {
  return [...(single !== null ? [{ path: keys.single, value: single }] : []), ...list.map((value, i) => ({ path: `${keys.list}.${String(i)}`, value }))];
}
