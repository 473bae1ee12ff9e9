// Helpers of the layout tests (layout.test.ts, layout-tables.test.ts): a paragraph long enough to
// wrap, and where a block's boxes fell.
import type { DocumentLayout, PageLayout } from '../../../src/render/pdf/boxes.js';

export const LONG = 'This paragraph is long enough to wrap over several lines of the page at twelve points, so that rules about its first and last lines can be observed in the layout boxes. '.repeat(2);

/** Page index (0-based) of every page holding a box whose src starts with `src`. */
export function pagesOf(L: DocumentLayout, src: string): number[] {
  return L.pages.flatMap((pg, i) => (pg.boxes.some((b) => b.src === src || b.src.startsWith(src + '.')) ? [i] : []));
}
export function bodyBoxes(pg: PageLayout) {
  return pg.boxes.filter((b) => b.src.startsWith('body'));
}
