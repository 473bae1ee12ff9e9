// Slices → pages. Greedy filling with keep-with-next chains (`Slice.keep`): when a slice does not
// fit, the page is cut at the last free break before it, so its chain moves to the next page
// whole, if the chain fits on a page of its own. A chain that does not must break: it is paged
// giving up the weakest level of rule that lets it be paged (KEEP, src/model/keeps.ts: a short
// table's wholeness first, then a lead-in's hold on its table, then two lines or rows on each side
// of a break, a heading last), each page cut at the last point that level allows (`cutBefore`),
// so a heading stays with its text and a header row with a body row whenever anything weaker can
// give. A cut always leaves at least one slice on its page, so this never loops. Space before a
// slice is dropped at the top of a page. A slice taller than a whole page (only possible for an
// unsplittable block) is placed alone and runs off the page foot rather than being dropped:
// nothing is ever lost.
import { movedCopy, type Box, type LineBox } from './boxes.js';
import type { Slice } from './blocks.js';
import { KEEP } from '../../model/keeps.js';

function movedInPlace(b: Box, dy: number): Box {
  if (b.type === 'line') {
    b.y1 += dy;
    b.y2 += dy;
  } else b.y += dy;
  return b;
}

interface Placed {
  index: number; // slice index (-1 for a repeated header row)
  slice: Slice;
  top: number;
}

/** Whether a page's placed slices include one of the body (not only repeated header rows). */
function hasBody(placed: Placed[]): boolean {
  for (const p of placed) if (p.index >= 0) return true;
  return false;
}

/**
 * The boxes of one page's placed slices at their positions (`top`: the body's top): slices placed
 * once are moved in place, `shared` ones (table header rows, placed on every page their table
 * continues on) copied. Module-level rather than a closure made per document: V8 holds a
 * closure's optimized code only weakly, so one made per render was compiled again after every
 * full collection (issue 18; `node --trace-opt` of a batch).
 */
function pageBoxes(placed: Placed[], shared: Set<Slice>, top: number): Box[] {
  const boxes: Box[] = [];
  let firstBody = -1;
  for (let i = 0; i < placed.length && firstBody < 0; i++) if (placed[i]!.index >= 0) firstBody = i;
  for (let i = 0; i < placed.length; i++) {
    const p = placed[i]!;
    const inPlace = p.index >= 0 && !shared.has(p.slice);
    for (const b of p.slice.boxes) {
      const m = inPlace ? movedInPlace(b, top + p.top) : movedCopy(b, top + p.top);
      // A header row repeated on a new page is not content a second time (PDF/UA-1 §7.8):
      // its text is a pagination artifact; the first occurrence carries the structure.
      if (p.index < 0 && m.type === 'text') {
        delete m.tag;
        m.artifact = 'Pagination';
      }
      boxes.push(m);
    }
    if (i === firstBody && p.slice.edgeTop) boxes.push(movedCopy(p.slice.edgeTop, top + p.top) as LineBox);
    if (i === firstBody && p.slice.continuedTop) {
      // Text the page before carried (a split row's ended cells) is not content a second time.
      for (const b of p.slice.continuedTop) {
        const m = movedCopy(b, top + p.top);
        if (m.type === 'text') {
          delete m.tag;
          m.artifact = 'Pagination';
        }
        boxes.push(m);
      }
    }
  }
  const last = placed[placed.length - 1];
  if (last?.slice.edgeBottom) boxes.push(movedCopy(last.slice.edgeBottom, top + last.top));
  return boxes;
}

/** Height of the table header rows placed again at the top of a page that `s` starts. */
function repeatedHeight(s: Slice | undefined): number {
  let y = 0;
  if (s?.repeatHeader) for (const h of s.repeatHeader) y += h.height;
  return y;
}

/** The last break in (from, i] that gives up no rule stronger than `level`, or `from` if none. */
function lastBreak(slices: Slice[], from: number, i: number, level: number): number {
  let j = i;
  while (j > from && slices[j - 1]!.keep > level) j--;
  return j;
}

/**
 * Whether the chain of keeps that slice `i` belongs to can be paged breaking only rules no
 * stronger than `level`: the page that starts at slice `from` (under `y0` points of repeated
 * header rows, `avail` points tall) is filled again as paginate fills it, and each page after it
 * up to the chain's end, each cut at the last break `level` allows; false when a page has none.
 */
function chainFits(slices: Slice[], from: number, y0: number, avail: number, i: number, level: number): boolean {
  let start = from;
  let y = y0;
  for (let k = from; k < slices.length; ) {
    const s = slices[k]!;
    if (s.pageBreak) return true;
    const h = (k === start ? (s.continuedLead ?? 0) : s.spaceBefore) + s.height;
    if (k === start || y + h <= avail + 1e-6) {
      y += h;
      if (k >= i && s.keep === KEEP.none) return true; // the chain ends here
      k++;
      continue;
    }
    const j = lastBreak(slices, start, k, level);
    if (j === start) return false;
    start = k = j;
    y = repeatedHeight(slices[j]);
  }
  return true;
}

/**
 * Where to end the page that starts at slice `pageStart` (under `y0` points of repeated header
 * rows) when slice `i` does not fit on it: the index of the slice that starts the next page, in
 * (pageStart, i]. The weakest level of rule (KEEP) that the chain `i` belongs to can be paged by
 * decides: 0 when the chain fits on a page of its own, so it moves there whole; otherwise the
 * least that has to give, at the last point on this page it allows (a chain that cannot stand on
 * a page is not moved to one of its own only to break there). A good typesetter breaks a chain
 * that cannot be kept where it hurts least, not where the page happens to fill: a short table's
 * wholeness gives first, then a lead-in's hold on its table, then two lines or rows on each side
 * of a break, and a heading or header row is left at a page foot only when nothing weaker can
 * break. At the strongest level every break qualifies: `i` itself.
 */
export function cutBefore(slices: Slice[], pageStart: number, y0: number, avail: number, i: number): number {
  for (let level: number = KEEP.none; level < KEEP.heading; level++) {
    if (chainFits(slices, pageStart, y0, avail, i, level)) return lastBreak(slices, pageStart, i, level);
  }
  return i;
}

/** Place slices on pages whose body spans [top, bottom) (points from the page top). */
export function paginate(slices: Slice[], top: number, bottom: number): Box[][] {
  // Table header rows are placed again on every page a table continues on: their boxes are copied
  // when placed. Every other slice is placed once, so its boxes are moved in place.
  const shared = new Set<Slice>();
  for (const s of slices) if (s.repeatHeader) for (const h of s.repeatHeader) shared.add(h);
  const pages: Box[][] = [];
  const avail = bottom - top;
  let placed: Placed[] = [];
  let y = 0; // used height on the current page
  let y0 = 0; // height of the table header rows repeated at its top
  let pageStart = 0; // index of the first (non-repeated) slice on the current page

  const flush = () => {
    pages.push(pageBoxes(placed, shared, top));
    placed = [];
    y = y0 = 0;
  };

  const startPage = (i: number) => {
    flush();
    pageStart = i;
    const s = slices[i];
    if (s?.repeatHeader) {
      for (const h of s.repeatHeader) {
        placed.push({ index: -1, slice: h, top: y });
        y += h.height;
      }
    }
    y0 = y;
  };

  for (let i = 0; i < slices.length; i++) {
    const s = slices[i]!;
    if (s.pageBreak) {
      if (hasBody(placed)) flush();
      pageStart = i + 1;
      continue;
    }
    const empty = !hasBody(placed);
    // At a page's top the space before goes, and a continued row's lead (its split cells' first
    // lines, Slice.continuedLead) comes above the slice.
    const above = empty ? (s.continuedLead ?? 0) : s.spaceBefore;
    const h = above + s.height;
    if (empty || y + h <= avail + 1e-6) {
      placed.push({ index: i, slice: s, top: y + above });
      y += h;
      continue;
    }
    // Does not fit: cut at the last allowed break on this page (j: first slice of the next page).
    const j = cutBefore(slices, pageStart, y0, avail, i);
    placed = placed.filter((p) => p.index < j);
    startPage(j);
    i = j - 1;
  }
  if (placed.length > 0 || pages.length === 0) flush();
  return pages;
}
