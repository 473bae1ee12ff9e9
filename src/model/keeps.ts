// Pagination rules between neighbouring blocks that both renderers apply (docs/pagination.md §Blocks,
// §Tables, §Conflicts): the PDF layout with keep-with-next on its slices (src/render/pdf/blocks.ts), the
// DOCX with Word's keepNext (src/render/docx/blocks.ts, table.ts). Within a block: no widows or
// orphans in a paragraph or a list (its lines counted across its items: docs/pagination.md §Lists),
// and a table split only between rows with two rows on each side (`rowKeepsWithNext`).
import type { Block } from './types.js';

/**
 * A paragraph whose text ends with a colon ("Conditions:"): it introduces the list or table after
 * it, and moves to the next page with that block's first lines rather than end a page alone.
 */
export function leadsIn(b: Block): boolean {
  if (b.type !== 'paragraph') return false;
  for (let i = b.children.length - 1; i >= 0; i--) {
    const c = b.children[i]!;
    if (c.type !== 'text') return false;
    const t = c.text.trimEnd();
    if (t.length > 0) return t.endsWith(':');
  }
  return false;
}

/**
 * Whether paragraph `b`, `oneLine` as laid out, moves with the list `next` it stands directly
 * before: a one-line introduction without a colon ("She told me what she had to do.", a pasted
 * "These were the rules") ended a page alone above its list. Only one line: a longer paragraph
 * leaves two lines of itself at the page foot, as any paragraph does.
 */
export function shortLeadIn(b: Block, next: Block | undefined, oneLine: boolean): boolean {
  return oneLine && b.type === 'paragraph' && next?.type === 'list';
}

/** Whether `b` is the kind of block a lead-in paragraph introduces. */
export function introduced(b: Block | undefined): boolean {
  return b?.type === 'list' || b?.type === 'table';
}

/**
 * The share of a page's body height a table's header rows may take and still be repeated at the
 * top of each page the table continues on. Taller (a header cell holding a paragraph), repeating
 * them left the body rows no room: the PDF placed the rows below the page foot and LibreOffice
 * dropped them (measured: 17 of 30 rows of such a table missing in each). Such header rows are
 * printed once, above the first body row, in both formats (src/render/pdf/blocks.ts,
 * src/render/docx/table.ts, src/render/table-fit.ts `headerRepeats`).
 */
export const REPEATED_HEADER_SHARE = 0.5;

/**
 * Body rows (header rows not counted) a table may have and still be kept whole on one page when
 * it fits there. Up to four rows a table is one figure to read at a glance (a few workweeks and
 * their total, an act's dates): a break would leave two rows or fewer on a side, under a repeated
 * header for one or two rows. A longer table splits, two rows or more on each side.
 */
export const SHORT_TABLE_ROWS = 4;

/**
 * The share of a page's body height above which a table body row may split across pages (line by
 * line, two lines or more on each side of the break, the header rows repeated above its
 * continuation) and is chained to no other row. A row that tall is a narrative, not a fragment of
 * a figure: kept whole, and held to the two-rows rule, rows of a third of a page each (a memo's
 * alternatives, each with its reasons) moved their table to the next page, leaving a third of the
 * page before it empty, and the row that then did not fit left a quarter of the next. At a fifth
 * (some nine lines of table text), what the rules can still leave empty at a page foot is at most
 * two such rows and the header. Both formats: the PDF's layout cuts such a row into line
 * bands (src/render/pdf/blocks.ts), the DOCX leaves out its w:cantSplit (src/render/docx/table.ts),
 * each measuring the row as the PDF lays it out.
 */
export const SPLIT_ROW_SHARE = 0.2;

/**
 * The share of a page's body height up to which a `keep` element, or a short table
 * (SHORT_TABLE_ROWS), is kept whole, moved to the next page when it does not fit on this one.
 * Taller, it breaks where its other rules allow (two lines or rows on each side, a heading with
 * what follows): moved whole, it left the page before it as empty as it was tall. The memo's
 * "8. Recommendations" (a `keep` of the heading, the decision and an alternatives table of three
 * seven-line rows, some 60% of a page) left a quarter of the page before it blank, and a taller
 * one most of it. A third was tried and is too little: the T-visa declaration's closing (its
 * heading, last paragraph, the attestation and the signature block, one `keep`) is more, and was
 * split from its signature page. At a half, what a moved keep leaves empty is at most about half
 * a page, with the heading or lead-in chained to it. Both formats measure it as the PDF lays it
 * out (src/render/pdf/blocks.ts; the DOCX's keepNext chains, src/render/table-fit.ts).
 */
export const KEEP_WHOLE_SHARE = 1 / 2;

/** Body rows a page break leaves on each side of it in a table (as lines in a paragraph). */
export const TABLE_MIN_ROWS = 2;

/**
 * Whether body row `i` (0-based) of a table's `n` body rows stays on the page of row `i + 1`.
 * A table breaks only where at least two body rows stay on each side (all of them when there
 * are fewer: a table of two or three rows never splits by this rule), so its first page never
 * ends on one row under the header and its last row (often the totals) never starts a page alone
 * with the one before it left behind. `short`: the table has at most SHORT_TABLE_ROWS body rows
 * and fits on one page: then no row breaks from the next and the whole table moves to the next
 * page rather than split. The header rows always keep with the first body row (the renderers do
 * it), so a header never stands alone at a page foot. A table taller than a page still splits:
 * the PDF's paginator breaks a chain of keeps that cannot hold on one page at its weakest rule
 * (`KEEP` below; src/render/pdf/paginate.ts), never looping and never dropping a row.
 */
export function rowKeepsWithNext(i: number, n: number, short: boolean): boolean {
  if (i >= n - 1) return false;
  return short || i < TABLE_MIN_ROWS - 1 || i >= n - TABLE_MIN_ROWS;
}

/**
 * How strongly the PDF's layout keeps a slice on the page of the next one (`Slice.keep`,
 * src/render/pdf/blocks.ts), weakest first. Rules hold together as chains; a chain that cannot
 * stand on one page, even a page of its own, must break somewhere, and the paginator
 * (src/render/pdf/paginate.ts) then gives up the weakest level of rule that lets it be paged, at
 * the last point on each page that level allows, so the rules a reader notices most go last:
 *
 * 1. `group`: a `keep` element's blocks, and a short table kept whole (a preference: both still
 *    read well split with two lines or rows on each side);
 * 2. `intro`: a paragraph ending with a colon with the list or table it introduces, and a
 *    signature with the last lines of the text it signs: given up before the rules below, since
 *    the lead-in, and the table under its header on the next page, each still read whole;
 * 3. `lines`: two lines of a paragraph, a list or a list item, or two body rows of a table, on each
 *    side of a break (no widows or orphans), and the lines of one signature block: a lone line or
 *    row is a fragment;
 * 4. `heading`: a heading, and a table's header rows, with what follows (never alone at a page
 *    foot: a heading leaves its text only when nothing else on the page can break).
 *
 * 0 (`none`) is a free break. Word's keepNext has no strengths: the DOCX marks each of these
 * rules alike, and a chain longer than a page breaks where Word or LibreOffice decides.
 */
export const KEEP = { none: 0, group: 1, intro: 2, lines: 3, heading: 4 } as const;
export type KeepLevel = (typeof KEEP)[keyof typeof KEEP];
