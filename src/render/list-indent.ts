// The text indent of a list, shared by the PDF and DOCX renderers: the marker (a number and its
// period, or a bullet) is set right-aligned MARKER_GAP before the item's text, in the hanging
// indent. The indent is LIST_INDENT, or wider when the list's widest marker and the gap do not fit
// in it ("100." and longer at 12 pt): a fixed 27 pt left a three-digit number ~2 pt into the left
// margin in both formats. Measured with the body face the marker is printed in (Noto Serif,
// embedded in both formats), so both formats take the same width.
import type { List, ListItem } from '../model/types.js';
import type { Fonts } from './pdf/fonts.js';

/** The list's text indent at 12 pt (points; "99." and a gap fit), scaled with the text size. */
export const LIST_INDENT = 27;
/** Space (pt) between the marker's right edge and the item's text. */
export const MARKER_GAP = 6;
/** The bullet of an unordered item. */
export const BULLET = '\u2022';

/** The marker printed before item `i` of `l`: its number and a period, or the bullet. */
export function markerText(l: List, item: ListItem, i: number): string {
  return l.ordered ? `${item.number ?? i + 1}.` : BULLET;
}

/** Width (pt) of a marker at `size` pt in the regular body face (digits, a period, a bullet: all in it). */
export function markerWidth(marker: string, size: number, fonts: Fonts): number {
  const face = fonts.face('regular');
  let w = 0;
  for (let k = 0; k < marker.length; k++) w += face.advance(marker.charCodeAt(k));
  return w * size;
}

/**
 * The text indent (pt) of list `l` set at `size` pt: at least `minimum`, and wide enough for its
 * widest marker and the gap, rounded up to a whole point (a whole number of twips in the DOCX), at
 * most half of `width` (a number thousands of digits long still leaves its text room; it then
 * reaches into the margin as before). Only ordered lists can need more than the minimum.
 */
export function listIndent(l: List, size: number, minimum: number, width: number, fonts: Fonts): number {
  if (!l.ordered) return minimum;
  let widest = 0;
  for (let i = 0; i < l.items.length; i++) widest = Math.max(widest, markerWidth(markerText(l, l.items[i]!, i), size, fonts));
  const need = Math.ceil(widest + MARKER_GAP);
  return need <= minimum ? minimum : Math.max(minimum, Math.min(need, width / 2));
}
