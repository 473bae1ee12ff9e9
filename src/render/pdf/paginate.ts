// Slices → pages. Greedy filling with keep-with-next chains: when a slice does not fit, the page
// is cut at the last allowed break before it (between a slice without keepWithNext and the next);
// if the whole page is one chain, the chain cannot be honoured and the page is cut just before
// the slice that does not fit. Space before a slice is dropped at the top of a page. A slice
// taller than a whole page (only possible for an unsplittable block) is placed alone and runs
// off the page foot rather than being dropped: nothing is ever lost.
import { movedCopy, type Box, type LineBox } from './boxes.js';
import type { Slice } from './blocks.js';

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
  }
  const last = placed[placed.length - 1];
  if (last?.slice.edgeBottom) boxes.push(movedCopy(last.slice.edgeBottom, top + last.top));
  return boxes;
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
  let pageStart = 0; // index of the first (non-repeated) slice on the current page

  const flush = () => {
    pages.push(pageBoxes(placed, shared, top));
    placed = [];
    y = 0;
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
  };

  for (let i = 0; i < slices.length; i++) {
    const s = slices[i]!;
    if (s.pageBreak) {
      if (hasBody(placed)) flush();
      pageStart = i + 1;
      continue;
    }
    const empty = !hasBody(placed);
    const h = (empty ? 0 : s.spaceBefore) + s.height;
    if (empty || y + h <= avail + 1e-6) {
      placed.push({ index: i, slice: s, top: y + (empty ? 0 : s.spaceBefore) });
      y += h;
      continue;
    }
    // Does not fit: cut at the last allowed break on this page (j: first slice of the next page).
    let j = i;
    while (j > pageStart && slices[j - 1]!.keepWithNext) j--;
    if (j === pageStart) j = i; // one chain fills the page: break it here
    placed = placed.filter((p) => p.index < j);
    startPage(j);
    i = j - 1;
  }
  if (placed.length > 0 || pages.length === 0) flush();
  return pages;
}
