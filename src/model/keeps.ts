// Pagination rules between neighbouring blocks that both renderers apply (docs/pagination.md §Blocks,
// §Tables, §Conflicts): the PDF layout with keep-with-next on its slices (src/render/pdf/blocks.ts), the
// DOCX with Word's keepNext (src/render/docx/blocks.ts, table.ts). Within a block: no widows or
// orphans in a paragraph or a list (its lines counted across its items: docs/pagination.md §Lists),
// and a table split only between rows with two lines of its body on each side (`rowKeepsWithNext`).
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

/**
 * Whether paragraph `b` stands directly before the table `next`, and so introduces it, whatever
 * its wording and length: a table is always led by its heading or by a paragraph about it ("Each
 * row changes one choice and keeps the others as requested above; the court decides.", "The
 * advocate … consulted no one else, as listed below.", a note under a heading), never by an
 * unrelated paragraph, in every kind's templates. Waiting for a colon left such a paragraph
 * alone at a page foot while its short table moved whole to the next page (the restitution
 * worksheet's open legal choices, worked example 16 with only the restaurant paid). Its last
 * line is held to the table's first rows (`KEEP.intro`), so a longer paragraph leaves its other
 * lines where they fall, two lines or more on each side of a break as any paragraph.
 */
export function introducesTable(b: Block, next: Block | undefined): boolean {
  return b.type === 'paragraph' && next?.type === 'table';
}

/**
 * Whether paragraph `b`, `oneLine` as laid out, is the close between a text and its signature
 * ("Respectfully submitted,", "Reviewed by:"): a signature keeps with the last two lines before
 * it, and a one-line close is only one of them, so the signature page could carry the close and
 * the signature and none of the text signed (the memo's `alternatives-alike`: page 5 held
 * "Respectfully submitted," and the /s/ block alone). Such a close holds the last line of the
 * block before it too (docs/pagination.md §Blocks).
 */
export function closesBeforeSignature(b: Block, next: Block | undefined, oneLine: boolean): boolean {
  return oneLine && b.type === 'paragraph' && next?.type === 'signature';
}

/**
 * The block that ends `b`: a `keep`'s last block (and so on down), else `b`. A lead-in at the end of
 * a `keep` ("Recommendations of the child advocate" and "The child advocate recommends:", kept
 * together by the memo's template) introduces the list after the `keep` as much as a lead-in
 * standing alone: read only as a `keep`, it held nothing, and the heading and its lead-in ended a
 * page with the list on the next.
 */
export function endOf(b: Block): Block {
  let last = b;
  while (last.type === 'keep' && last.children.length > 0) last = last.children[last.children.length - 1]!;
  return last;
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
 * printed once, above the first body row, in both formats (src/render/pdf/table.ts,
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
 * bands (src/render/pdf/table.ts), the DOCX leaves out its w:cantSplit (src/render/docx/table.ts),
 * each measuring the row as the PDF lays it out.
 */
export const SPLIT_ROW_SHARE = 0.2;

/**
 * The share of a page's body height up to which a `keep` element, or a short table
 * (SHORT_TABLE_ROWS), is kept whole, moved to the next page when it does not fit on this one: the
 * most a preference may leave empty at a page foot (docs/pagination.md §Gaps). The rule a
 * typesetter keeps: a page ends short by whatever cannot be split without a fragment (a heading
 * with two lines of its text, two lines of a paragraph, a list or a table's body on each side of a
 * break, a signature with the last two lines it signs: a few lines each), and by a group the
 * template keeps together only when it takes at most a third of a page; a taller group breaks
 * where those rules allow. At a half, the memo's "8. Recommendations" (heading, decision, an
 * alternatives table: some 35% of a page) moved whole and left a quarter of the page before it
 * empty. A quarter was tried and is too little: the restitution worksheet's "Preparer" (35% of the
 * text area in the full example, docs/pagination.md §Gaps: its statement, "Respectfully submitted," and the /s/ block, then paragraphs with no `signature` to
 * hold them) left its signature alone on the last page; it now ends in a signature. A keep that ends with a signature has
 * SIGNED_KEEP_SHARE. Both formats measure it as the PDF lays it out (src/render/pdf/blocks.ts and
 * table.ts; the DOCX's keepNext chains, src/render/table-fit.ts).
 */
export const KEEP_WHOLE_SHARE = 1 / 3;

/**
 * The share of a page up to which a `keep` whose last block is a signature is kept whole: the
 * text signed with its signature, which a filing's signature page must carry (the T-visa
 * declaration's closing: its heading, last numbered paragraph, the 28 U.S.C. § 1746 attestation
 * and the signature, some 45% of a page, kept so the signature page holds the last numbered
 * paragraph: src/kinds/t-visa-declaration/README.md). At a third it broke between that paragraph
 * and the attestation. Half a page is the most such a group may leave empty before it.
 */
export const SIGNED_KEEP_SHARE = 1 / 2;

/**
 * The share of a page up to which a `keep` too tall to be kept whole still holds its last table
 * and the paragraphs and lists after it (the table's notes: `tableNotesStart`) together, moved to
 * the next page when they do not fit at the foot of this one. The restitution worksheet's figure
 * without state minimum wages is a short table and, under it, the federal rates of the labor's
 * days and the workweeks of two federal rates (worksheet 2.24.0): with three federal raises in the
 * labor the `keep` passed a third of a page, broke where the other rules allow, and the rates and
 * lines fell on the page after their table, where nothing on the page showed what figure they
 * rebuild (worksheet 2.25.0). Half a page, as a signed keep: notes that make a figure checkable
 * belong with it as a signature belongs with what it signs; past it they break where the other
 * rules allow.
 */
export const TABLE_NOTES_SHARE = 1 / 2;

/**
 * The index of a `keep`'s last table followed, to the keep's end, by paragraphs and lists only
 * (its notes), else -1: what a `keep` too tall to be kept whole still holds together, up to
 * TABLE_NOTES_SHARE of a page (both renderers: src/render/pdf/blocks.ts, src/render/docx/blocks.ts).
 */
export function tableNotesStart(children: readonly Block[]): number {
  for (let i = children.length - 1; i >= 0; i--) {
    const b = children[i]!;
    if (b.type === 'table') return i < children.length - 1 ? i : -1;
    if (b.type !== 'paragraph' && b.type !== 'list') return -1;
  }
  return -1;
}

/** The share of a page up to which a `keep` of `children` is kept whole (above). */
export function keepWholeShare(children: readonly Block[]): number {
  return children[children.length - 1]?.type === 'signature' ? SIGNED_KEEP_SHARE : KEEP_WHOLE_SHARE;
}

/** Lines of table body a page break leaves on each side of it (as in a paragraph or a list). */
export const TABLE_MIN_LINES = 2;

/**
 * Whether body row `i` (0-based) of a table's `n` body rows stays on the page of row `i + 1`: the
 * widow and orphan rule of a list (docs/pagination.md §Lists) held to a table's rows. A one-line
 * first row stays with the second, and a one-line last row (often the totals) with the row before
 * it, so a break leaves at least two lines of the table body on each side: a table of one-line
 * rows breaks only with two rows or more on each side (one of two or three such rows never
 * splits). A row of two lines or more is no fragment on its own, as a list item of two lines is
 * not: it may end or start a page alone under the header rows. Counting rows instead, a table of
 * two or three rows of a few lines each (the memo's alternatives, each with its reasons: up to
 * some 60% of a page) never split, and moved whole to the next page with its heading, leaving as
 * much of the page before it empty. `firstLines`, `lastLines`: the lines of the first and last
 * body rows (their tallest cell's), as the PDF breaks them. `short`: the table has at most
 * SHORT_TABLE_ROWS body rows and takes at most KEEP_WHOLE_SHARE of a page: then no row breaks
 * from the next and the whole table moves to the next page rather than split. The header rows
 * always keep with the first body row (the renderers do it), so a header never stands alone at a
 * page foot. A table taller than a page still splits: the PDF's paginator breaks a chain of keeps
 * that cannot hold on one page at its weakest rule (`KEEP` below; src/render/pdf/paginate.ts),
 * never looping and never dropping a row.
 */
export function rowKeepsWithNext(i: number, n: number, short: boolean, firstLines = 1, lastLines = 1): boolean {
  if (i >= n - 1) return false;
  return short || (i === 0 && firstLines < TABLE_MIN_LINES) || (i === n - 2 && lastLines < TABLE_MIN_LINES);
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
 * 2. `intro`: a paragraph ending with a colon with the list or table it introduces (any
 *    paragraph before a table, introducesTable), and a
 *    signature with the last lines of the text it signs: given up before the rules below, since
 *    the lead-in, and the table under its header on the next page, each still read whole;
 * 3. `lines`: two lines of a paragraph, a list or a list item, or of a table's body, on each
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
