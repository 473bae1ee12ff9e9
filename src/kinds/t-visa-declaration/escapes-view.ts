// The escapes of a personal statement as its template context: every escape but the last among the
// acts, where its date puts it (chronology.ts `escapePlaces`), the last under How I Got Away
// (docs/domain/t-visa-declaration-form.md, "Escapes").
import { escapeEpisodes, escapePlaces, type EscapeEpisode } from './chronology.js';
import { compareDates } from '../kit/index.js';
import { actDateLead, dateSpan } from './dates.js';
import { dated, type Dated } from './dated-view.js';
import type { TVisaCase } from './schema.js';

/** A dated paragraph of What Happened to Me: an act, or an escape told among the acts. */
export interface StoryItem {
  date: string;
  description: string | null;
  exhibits: readonly string[];
  /** An escape told among the acts (its heading then says so: view.ts `actsHeading`). */
  escape: boolean;
}

/** Earlier first, at each date's precision: by the span's first day, then its last ("2022" before "2022-05"). */
function byDate(a: StoryItem, b: StoryItem): number {
  const x = dateSpan(a.date);
  const y = dateSpan(b.date);
  return compareDates(x.earliest, y.earliest) || compareDates(x.latest, y.latest);
}

/**
 * The acts in the order given with every escape but the last placed among them (`acts`), and the
 * escapes left for How I Got Away (`escapes`: the last, and any that has no place among the acts).
 */
export function storyOrder(c: Pick<TVisaCase, 'escape' | 'escapes' | 'trafficking'>): { acts: StoryItem[]; escapes: EscapeEpisode[] } {
  const acts: StoryItem[] = (c.trafficking?.acts ?? []).map((a) => ({ date: a.date, description: a.description ?? null, exhibits: a.exhibits, escape: false }));
  const episodes = escapeEpisodes(c);
  const places = escapePlaces(
    episodes.map((e) => e.date),
    acts.map((a) => a.date),
  );
  // Two escapes before the same act are told in the order they happened (listed out of order, they
  // are warned escapes-not-chronological): never "I ran away in May 2022", then "in August 2021".
  const among = (i: number): StoryItem[] =>
    episodes.flatMap((e, k) => (places[k] === i ? [{ date: e.date!, description: e.narrative, exhibits: e.exhibits, escape: true }] : [])).sort(byDate);
  return {
    acts: acts.flatMap((a, i) => [...among(i), a]),
    escapes: episodes.filter((_, k) => places[k] === null),
  };
}

/**
 * The escapes under How I Got Away, each a dated paragraph (`escapes`). `escape` is the one a
 * template written for contract 2.7 prints: the first of them, the others as its further
 * paragraphs, each opening with its date, so such a template drops none of them (null when there
 * is none); the escapes told among the acts reach it in `trafficking.acts`, as they reach this one.
 */
export function escapesView(episodes: readonly Pick<EscapeEpisode, 'date' | 'narrative' | 'exhibits'>[]): { escapes: Dated[]; escape: Dated | null } {
  const lead = (date: string | null) => (date ? `${actDateLead(date)}.` : '');
  const escapes = episodes.map((e) => dated(lead(e.date), e.narrative, e.exhibits));
  const [first, ...more] = escapes;
  if (!first) return { escapes, escape: null };
  const opened = (e: Dated) => (e.lead ? `${e.lead} ${e.opening}` : e.opening);
  const further = [...first.further, ...more.flatMap((e) => [opened(e), ...e.further])];
  return {
    escapes,
    escape: {
      ...first,
      further,
      furtherText: further.join('\n\n'),
      rest: [...first.rest, ...more.flatMap((e) => [[e.lead ? `${e.lead} ${e.first[0] ?? ''}` : (e.first[0] ?? ''), ...e.first.slice(1)], ...e.rest])],
    },
  };
}
