// The order the memo prints its dated lists in (docs/domain/best-interests-memo.md, "Dated lists"):
// the child's quotations, the records reviewed, the related documents and the pending applications
// each print their dated entries in date order, an undated entry where the advocate put it. The
// contacts' table has its own sort (contacts-view.ts), the same rule for entries that all carry a date.
import { calendarDate, compareDates } from '../kit/index.js';

/**
 * The entries in the order they print: the dated ones in date order (a stable sort: two of the same
 * day keep the order given), each taking the place of a dated one, so an undated entry stays where
 * the advocate put it. Each entry of these lists opens or closes with its own date and leans on no
 * other ("After that…" is a declarant's paragraph, never a line of a list), so reordering them
 * changes no one's words; printed in the order given, "filed March 3" above "filed January 5", or a
 * letter of May listed above the request it answered, reads as the later one first.
 */
export function inDateOrder<T>(items: readonly T[], dateOf: (item: T) => string | null): T[] {
  const dated = items
    .map((item, i) => ({ item, i, on: dateOf(item) }))
    .filter((x): x is { item: T; i: number; on: string } => x.on !== null)
    .sort((a, b) => compareDates(calendarDate(a.on), calendarDate(b.on)) || a.i - b.i)
    .map((x) => x.item);
  let next = 0;
  return items.map((item) => (dateOf(item) === null ? item : dated[next++]!));
}
