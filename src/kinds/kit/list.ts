// Lists with a bound (issue 16 point 2): every array of every schema has a maximum length that no
// real case reaches, so a hostile body cannot make validation, computation or the error list grow
// without end. The caps are generous on purpose; they are listed, with why, in the kit README.
import { z } from 'zod';
import { figure } from '../../domain/format.js';
import { Blank } from './optional.js';

/** The caps used by the kinds (kit README, "Lists"). */
export const CAPS = {
  /** Names, languages, citizenships, types, labels of one person or item. */
  short: 50,
  /** Items a person lists by hand: acts, events, contacts, observations, recommendations, losses. */
  items: 200,
  /** Labor periods of one restitution case (a job that changed every week for ten years: 520). */
  periods: 600,
  /** Dated entries of a log: days of work (13 years of days), payments. */
  days: 5000,
} as const;

/** A required list of at most `max` items. */
export function list<T extends z.ZodType>(item: T, max: number, error?: string) {
  return (error === undefined ? z.array(item) : z.array(item, { error }))
    .max(max, { error: `has more than ${figure(max)} entries; no real case has so many` })
    .meta({ description: `A list of at most ${figure(max)} entries.` });
}

/** An optional list: absent, null, "" or spaces → `[]` (kit optional convention), at most `max` items. */
export function optList<T extends z.ZodType>(item: T, max: number) {
  return z
    .union([list(item, max), Blank])
    .nullish()
    .transform((v): Array<z.output<T>> => (Array.isArray(v) ? v : []));
}

/**
 * The JSON Schema annotation naming one item of a list (`{"x-item-title": "Escape"}`), to spread
 * into the list's `.meta()`: where the list's title gives no noun to name an item by ("How I got
 * away", "Daily log", "Gross income (G)"), the web form headed each item "How I got away: item".
 * An annotation only: it validates nothing.
 */
export const ITEM_TITLE_KEY = 'x-item-title';
export const itemTitle = (title: string) => ({ [ITEM_TITLE_KEY]: title }) as const;
