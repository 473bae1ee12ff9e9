// The child's own words as Part 5 of the memo prints them (templates/best-interests-memo.hbs,
// "The Child's Expressed Wishes"): each quotation in English with where the English came from,
// the dated ones in the order the child said them (docs/domain/best-interests-memo.md, "Sections" 6).
import { isEnglish, longDate, sameLanguage } from '../kit/index.js';
import { inDateOrder } from './dated-order.js';
import type { BestInterestsMemoCase } from './schema.js';

type Quote = BestInterestsMemoCase['childsWords'][number];

/**
 * A text's lines, blank ones dropped: the lists (`recipientLines`, `textLines`, …) the shipped
 * template read before the `lines` helper, kept for a clinic's older template, whose `{{#each}}` over
 * a field that is gone prints nothing without an error (README, "Case data").
 */
export function lines(text: string): string[] {
  return text.split('\n').filter((l) => l.trim() !== '');
}

/**
 * The quotations in the order they print: the dated ones in date order (a stable sort: two said
 * the same day keep the order given), each taking the place of a dated one, so an undated quotation
 * stays where the advocate put it. A child's wishes change over time, and 45 CFR 410.1001 weighs the
 * child's expressed interests: "In the child's words on March 3, …" printed above "… on February
 * 20, …" tells the decision-maker the earlier words are the latest. Each quotation opens with its
 * own date and leans on no other, so reordering them changes no one's words.
 */
export function quotesInOrder<Q extends Pick<Quote, 'saidOn'>>(quotes: readonly Q[]): Q[] {
  return inDateOrder(quotes, (q) => q.saidOn);
}

/**
 * One quotation of the child as the template prints it. The quotation is always in English
 * (`text`); what follows it says where the English came from: the original and its language, or,
 * without the original, "translated from" the language, so a judge does not read an interpreter's
 * English as the child's own words. A language given as English is the child's own words: no note.
 * Words relayed through a language in between (`through`: Mam to Spanish to English, common for the
 * indigenous languages of Guatemala) say so, since two interpreters stand between the child and the
 * English: "(translated from Mam through Spanish)", "(Mam: “…”; translated through Spanish)".
 */
export function childsWordsView(q: Quote): {
  text: string;
  original: string | null;
  /** Before the original: its language, or "original" when the case does not say which. */
  originalLabel: string;
  /** Without an original: the language the English was translated from, else null. */
  translatedFrom: string | null;
  /** `text` and `original` as lists of lines, for older templates. */
  textLines: string[];
  originalLines: string[] | null;
  /**
   * The relay language, printed "through …"; null when none was given, nothing was translated, or
   * it is no third language (English, or the child's language again).
   */
  through: string | null;
  /** When the child said it, as the memo prints dates ("February 20, 2026"), or null. */
  saidOn: string | null;
} {
  const english = q.language !== null && isEnglish(q.language);
  // A relay goes through a third language: not through English, into which every quotation is
  // translated, nor through the child's own language again ("from Mam through Mam").
  const relay = q.through !== null && !isEnglish(q.through) && !(q.language !== null && sameLanguage(q.through, q.language));
  return {
    text: q.text,
    original: q.original,
    textLines: lines(q.text),
    originalLines: q.original === null ? null : lines(q.original),
    originalLabel: q.language ?? 'original',
    translatedFrom: q.original === null && q.language !== null && !english ? q.language : null,
    through: !english && relay ? q.through : null,
    saidOn: q.saidOn === null ? null : longDate(q.saidOn),
  };
}
