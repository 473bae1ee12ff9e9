// The format-neutral document model ("one tree, many writers").
//
// Templates produce Harbor markup; src/markup/parse.ts turns markup into this model; the PDF and
// DOCX renderers see only this model. Every node is a plain `{type, ...}` object, so a document is
// JSON round-trippable (tests snapshot it) and each renderer keeps a *total* map of handlers:
// adding a node type here fails to compile until both renderers handle it (see `InlineHandlers`
// and `BlockHandlers` below).

/** Character formatting carried by a text run (from <strong>, <em>, <u>). */
export interface Marks {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

// ---- Inline nodes -------------------------------------------------------------------------

/** A run of text with uniform marks. `text` is NFC, never contains "\n" (line breaks are `br`). */
export interface TextRun extends Marks {
  type: 'text';
  text: string;
}
/** A forced line break inside a paragraph or cell. */
export interface LineBreak {
  type: 'br';
}
/** The current page number (1-based); only meaningful in header/footer. */
export interface PageNumber extends Marks {
  type: 'page-number';
}
/** The total page count; only meaningful in header/footer. */
export interface PageCount extends Marks {
  type: 'page-count';
}
export type Inline = TextRun | LineBreak | PageNumber | PageCount;
export type InlineType = Inline['type'];

// ---- Block nodes --------------------------------------------------------------------------

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface Heading {
  type: 'heading';
  level: 1 | 2 | 3;
  children: Inline[];
}
export interface Paragraph {
  type: 'paragraph';
  align: Align;
  children: Inline[];
}
export interface ListItem {
  /** The printed number of an ordered item (already computed: continuous across a series). */
  number?: number;
  /** Block content of the item (usually one paragraph). */
  children: Block[];
}
export interface List {
  type: 'list';
  ordered: boolean;
  /**
   * Numbering series of an ordered list. All `ol` elements with the same series share one
   * counter through the whole document (declarations number paragraphs continuously across
   * headings). A list without a series starts at `start` (default 1).
   */
  series?: string;
  /**
   * How an ordered list's numbers print (absent: decimal, "1."): letters ("a." … "z.", then "aa."
   * as Word counts on) or roman numerals ("iv."), lower or upper case, each followed by a period,
   * as pasted sub-items are typed (`<ol type="a">`, docs/markup.md). Each renderer keeps a total
   * map over `ListNumbering` (src/render/list-indent.ts NUMBER_FORMAT, src/render/docx/numbering.ts
   * LEVEL_FORMAT), so a numbering added here does not compile until both print it. A roman list
   * numbered past 3,999 prints in digits (src/render/list-indent.ts listNumbering).
   */
  numbering?: ListNumbering;
  /**
   * What stands around an ordered list's numbers (absent: a period after, "1.", "a."): a closing
   * parenthesis ("1)", "a)") or a pair ("(a)", "(iv)"), as pasted from Word and court forms
   * (`<ol delimiter>`, docs/markup.md §Elements). A total map over `ListDelimiter` gives the
   * text of both renderers (src/render/list-indent.ts DELIMIT: the PDF's marker, Word's lvlText).
   */
  delimiter?: ListDelimiter;
  items: ListItem[];
}
/** The numberings of an ordered list (`List.numbering`), by the `type` of `<ol>` that asks for each. */
export const LIST_NUMBERINGS = { '1': 'decimal', a: 'lower-letter', A: 'upper-letter', i: 'lower-roman', I: 'upper-roman' } as const;
export type ListNumbering = (typeof LIST_NUMBERINGS)[keyof typeof LIST_NUMBERINGS];
/** The delimiters of an ordered list's numbers (`List.delimiter`), by `<ol delimiter>`: "1.", "1)", "(1)". */
export const LIST_DELIMITERS = ['period', 'paren', 'parens'] as const;
export type ListDelimiter = (typeof LIST_DELIMITERS)[number];
export interface TableCell {
  align: Align;
  /** Columns this cell spans (>= 1). */
  colspan: number;
  children: Inline[];
}
export interface TableRow {
  cells: TableCell[];
}
export interface Table {
  type: 'table';
  /** Relative column widths (positive numbers; normalised by each renderer). */
  columns: number[];
  /** Rows repeated at the top of every page the table spans (from <tr> of <th> cells in <thead>). */
  headerRows: TableRow[];
  rows: TableRow[];
}
/**
 * A signature block: a line to sign on, the signer's printed name, capacity and a date line.
 * Renderers keep it on one page together with the block before it.
 */
export interface Signature {
  type: 'signature';
  signer: string;
  /**
   * An electronic signature ("/s/ Jane Doe", as courts' e-filing rules take a filer's), printed on
   * the signing line in place of the room left to sign by hand.
   */
  signed?: string;
  /** Capacity under the name; each line of it ("\n" between them: a bar number, an office, an address) a line. */
  capacity?: string;
  /** Printed date text; when absent a blank "Date: ____" line is drawn. */
  date?: string;
  /** Place of signing, printed under the date when present; each line of it a line, as `capacity`'s. */
  place?: string;
}
export interface PageBreak {
  type: 'page-break';
}
/** Keep all children on one page when they fit on a page (otherwise they flow normally). */
export interface Keep {
  type: 'keep';
  children: Block[];
}
export type Block = Heading | Paragraph | List | Table | Signature | PageBreak | Keep;
export type BlockType = Block['type'];

// ---- The document -------------------------------------------------------------------------

/** Provenance carried in the metadata of every output (docs/architecture.md §Metadata). */
export interface DocumentMeta {
  /** Document kind id, e.g. "rfa". */
  kind: string;
  templateVersion: string;
  harborVersion: string;
  /** First 16 hex digits of SHA-256 over canonical JSON of (kind, template version, case). */
  fingerprint: string;
  /** ISO date (yyyy-mm-dd) taken from the case; used for creation/modification dates. */
  date: string;
  /** Author/organization shown in document properties; optional. */
  author?: string;
}

export interface HarborDocument {
  type: 'document';
  title: string;
  /** Confidentiality banner printed at the top of every page (e.g. 8 U.S.C. § 1367 line). */
  banner?: string;
  /** Running header blocks (below the banner), on every page. */
  header: Block[];
  /** Running footer blocks, on every page; usually contains page-number/page-count. */
  footer: Block[];
  body: Block[];
  meta: DocumentMeta;
}

// ---- Totality helpers for renderers -------------------------------------------------------

/** A renderer's map of inline handlers: one per inline type, compile error when one is missing. */
export type InlineHandlers<Ctx, R> = {
  [K in InlineType]: (node: Extract<Inline, { type: K }>, ctx: Ctx) => R;
};
/** A renderer's map of block handlers: one per block type, compile error when one is missing. */
export type BlockHandlers<Ctx, R> = {
  [K in BlockType]: (node: Extract<Block, { type: K }>, ctx: Ctx) => R;
};

export function dispatchInline<Ctx, R>(h: InlineHandlers<Ctx, R>, node: Inline, ctx: Ctx): R {
  return (h[node.type] as (n: Inline, c: Ctx) => R)(node, ctx);
}
export function dispatchBlock<Ctx, R>(h: BlockHandlers<Ctx, R>, node: Block, ctx: Ctx): R {
  return (h[node.type] as (n: Block, c: Ctx) => R)(node, ctx);
}

/** All text of inline nodes, for tests and for plain-text fallbacks (page fields become "#"). */
export function inlineText(children: Inline[]): string {
  // A loop, not map + join: the array `map` makes for no children (an empty cell) has another
  // elements kind than for strings, and meeting it de-optimized table layout (issue 18).
  let s = '';
  for (const c of children) s += c.type === 'text' ? c.text : c.type === 'br' ? '\n' : '#';
  return s;
}
