// The intermediate output of the block handlers: plain, still-mutable descriptions of paragraphs,
// runs and tables. Keeping is decided by what comes *after* a block (a signature keeps the block
// before it on its page; `keep` chains its paragraphs), so the handlers describe, a few passes
// adjust keepNext/page breaks, and then one writer turns the descriptions into WordprocessingML:
// xml.ts writes the XML directly (what renders use), `materialize` builds docx's objects (the
// reference the tests hold the XML writer to, byte for byte).
import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  LineRuleType,
  NoBreakHyphen,
  PageBreak,
  PageNumber,
  Paragraph,
  SoftHyphen,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { TEXT_WIDTH } from './geometry.js';

/** Run formatting Harbor uses (bold and italics apply to complex scripts too; size in half-points). */
export interface RunProps {
  bold?: true;
  italics?: true;
  underline?: true;
  size?: number;
  /** w:rtl: a stretch of right-to-left text. */
  rightToLeft?: true;
  /** w:lang of a span in another script (w:val, w:eastAsia or w:bidi). */
  language?: { value?: string; eastAsia?: string; bidirectional?: string };
  /** w:rFonts: the PDF's fallback face for a stretch of its script, in the slots given (./fonts.ts withFallbackFonts). */
  font?: RunFonts;
}

/** Font families by w:rFonts slot (the slot Word or LibreOffice reads depends on the character). */
export interface RunFonts {
  ascii?: string;
  cs?: string;
  eastAsia?: string;
  hAnsi?: string;
}

/**
 * A non-breaking hyphen in a run's text (typed as U+2011, or made so by runs.ts noBreakHyphens):
 * written as Word's own w:noBreakHyphen (docxRun; xml.ts), which LibreOffice reads as U+2011.
 */
export const NO_BREAK_HYPHEN = '\u2011';

/**
 * A soft hyphen in a run's text (U+00AD, kept by validation: a hyphenation point pasted from a word
 * processor): written as Word's own w:softHyphen (docxRun; xml.ts), which prints nothing but a
 * hyphen where a line ends at it. Word shows the character itself in w:t as a hard hyphen, in the
 * middle of the word wherever the line ends (jgm/pandoc#3691; the optional hyphen Word types is
 * the element), and LibreOffice reads the element back as U+00AD: a copy gives the character typed.
 */
export const SOFT_HYPHEN = '\u00ad';

/** The characters of a run's text written as Word's own elements (NO_BREAK_HYPHEN, SOFT_HYPHEN). */
export const WORD_HYPHENS = /[\u2011\u00ad]/;

/** One run: text, a PAGE/NUMPAGES field, a line break or a page break. */
export type RunOut =
  | { kind: 'text'; props: RunProps; text: string }
  | { kind: 'field'; props: RunProps; field: 'page' | 'pages' }
  | { kind: 'br' }
  | { kind: 'page-break' };

type Values<T> = T[keyof T];

/** Paragraph properties Harbor uses (docx's option names and values, so docx can build them too). */
export interface ParaOpts {
  children: RunOut[];
  /** Paragraph style: Title, Heading1–3. */
  heading?: Values<typeof HeadingLevel>;
  numbering?: { reference: string; level: number };
  keepNext?: boolean;
  keepLines?: boolean;
  pageBreakBefore?: boolean;
  border?: { bottom: { style: typeof BorderStyle.SINGLE; size: number; color: string; space: number } };
  bidirectional?: boolean;
  /** Twips; `line` with lineRule exact is the line height. */
  spacing?: { before?: number; after?: number; line?: number; lineRule?: typeof LineRuleType.EXACT };
  indent?: { left?: number; right?: number; hanging?: number };
  alignment?: Values<typeof AlignmentType>;
}

export interface ParaOut {
  kind: 'p';
  opts: ParaOpts;
}
export interface CellOut {
  /** Width in twips (the sum of the spanned columns). */
  width: number;
  span: number;
  /**
   * What the cell holds before its paragraph: the run of a kept block from its first table on,
   * in the bare table that holds it on one page (blocks.ts holdAcrossTable). A cell ends with a
   * paragraph (ISO/IEC 29500-1 §17.4.66), so `para` comes after.
   */
  before?: Out[];
  para: ParaOut;
}
export interface RowOut {
  /** A header row: shaded, and repeated on each page (w:tblHeader) unless `repeat` is false. */
  header: boolean;
  /** false: a header row too tall to repeat on each page (src/model/keeps.ts REPEATED_HEADER_SHARE). */
  repeat?: false;
  /** Keep the row on one page (w:cantSplit); false for a row that might not fit on a page. */
  cantSplit: boolean;
  /** A body row the PDF splits across pages (taller than SPLIT_ROW_SHARE): chained to no other row (./table.ts rowOut). */
  splits?: true;
  cells: CellOut[];
}
export interface TableOut {
  kind: 'table';
  /**
   * A block laid out as a table that is not one: no borders, no cell padding, so its text sits
   * where a paragraph's would (the signature, ./blocks.ts: LibreOffice keeps a paragraph with an
   * unsplittable row after it, not with a paragraph kept whole).
   */
  bare?: true;
  /** Fixed column widths in twips, summing to the text width. */
  columns: number[];
  rows: RowOut[];
  /**
   * Columns left to right said outright (w:bidiVisual off): set on a table holding a right-to-left
   * paragraph (table.ts), since LibreOffice laid out a table whose first cell is one (w:bidi) with
   * its columns right to left, the first on the right, where the PDF and Word keep them as written.
   */
  leftToRight?: true;
  /**
   * Twips from the left margin to the table (w:tblInd), which is the text width less this wide:
   * a table in a list item starts at the item's text, as in the PDF (table.ts).
   */
  indent?: number;
}
export type Out = ParaOut | TableOut;

export function para(opts: ParaOut['opts']): ParaOut {
  return { kind: 'p', opts };
}

/** Every paragraph of the outputs (table cells included), in order. */
function paragraphsOf(out: Out): ParaOut[] {
  return out.kind === 'p' ? [out] : out.rows.flatMap((r) => r.cells.map((c) => c.para));
}

/**
 * Keep outputs with what follows: keepNext (and keepLines) on every paragraph of `outs`, or on all
 * but the very last when `exceptLast` (the `keep` block: its last paragraph may end the page).
 * In a table, keepNext on a row's paragraphs keeps the row with the next one (Word's rule).
 */
export function keepWithNext(outs: Out[], exceptLast: boolean): void {
  const paras = outs.flatMap(paragraphsOf);
  // "The last" is a table's whole last row: keepNext on any of its cells keeps the row (and so
  // the table) with what follows in Word and LibreOffice.
  const last = outs[outs.length - 1];
  const tail = last?.kind === 'table' ? (last.rows[last.rows.length - 1]?.cells.length ?? 1) : 1;
  const n = exceptLast ? paras.length - tail : paras.length;
  for (let i = 0; i < n; i++) {
    const p = paras[i]!;
    p.opts.keepNext = true;
    p.opts.keepLines = true;
  }
  if (exceptLast) for (const p of paras.slice(Math.max(0, n))) p.opts.keepLines = true;
}

/**
 * Keep the end of `outs` (its last paragraph, or a table's last row) with what follows. keepNext
 * alone: the paragraph's last lines stay with the next block, and a long paragraph still fills
 * the page before it rather than jumping whole to the next page.
 */
export function keepTailWithNext(outs: Out[]): void {
  const last = outs[outs.length - 1];
  if (last === undefined) return;
  if (last.kind === 'p') {
    last.opts.keepNext = true;
    return;
  }
  const row = last.rows[last.rows.length - 1];
  for (const c of row?.cells ?? []) c.para.opts.keepNext = true;
}

/** Start `outs` on a new page: pageBreakBefore on its first paragraph, else a break paragraph. */
export function breakBefore(outs: Out[]): Out[] {
  const first = outs[0];
  if (first?.kind === 'p') {
    first.opts.pageBreakBefore = true;
    return outs;
  }
  return [para({ children: [{ kind: 'page-break' }] }), ...outs];
}


/** A run's docx options: bold and italics for complex scripts too, the size for both. */
function runOptions(p: RunProps): IRunOptions {
  return {
    ...(p.font !== undefined ? { font: p.font } : {}),
    ...(p.bold ? { bold: true, boldComplexScript: true } : {}),
    ...(p.italics ? { italics: true, italicsComplexScript: true } : {}),
    ...(p.underline ? { underline: { type: 'single' } } : {}),
    ...(p.size !== undefined ? { size: p.size, sizeComplexScript: p.size } : {}),
    ...(p.rightToLeft ? { rightToLeft: true } : {}),
    ...(p.language ? { language: p.language } : {}),
  };
}

function docxRun(r: RunOut): ParagraphChild {
  switch (r.kind) {
    case 'text':
      // A non-breaking hyphen (runs.ts noBreakHyphens) or a soft hyphen is Word's own element between the pieces.
      if (WORD_HYPHENS.test(r.text)) {
        const children: Array<string | NoBreakHyphen | SoftHyphen> = [];
        let from = 0;
        for (let i = 0; i < r.text.length; i++) {
          const c = r.text[i]!;
          if (c !== NO_BREAK_HYPHEN && c !== SOFT_HYPHEN) continue;
          if (i > from) children.push(r.text.slice(from, i));
          children.push(c === NO_BREAK_HYPHEN ? new NoBreakHyphen() : new SoftHyphen());
          from = i + 1;
        }
        if (from < r.text.length) children.push(r.text.slice(from));
        return new TextRun({ ...runOptions(r.props), children });
      }
      return new TextRun({ ...runOptions(r.props), text: r.text });
    case 'field':
      return new TextRun({ ...runOptions(r.props), children: [r.field === 'page' ? PageNumber.CURRENT : PageNumber.TOTAL_PAGES] });
    case 'br':
      return new TextRun({ break: 1 });
    case 'page-break':
      return new PageBreak();
  }
}

export function docxParagraph(opts: ParaOpts): Paragraph {
  return new Paragraph({ ...opts, children: opts.children.map(docxRun) });
}

// The PDF's 0.6 pt rules (size in eighths of a point: 5 = 0.625 pt).
const BORDER = { style: BorderStyle.SINGLE, size: 5, color: '000000' } as const;
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };
/**
 * Cell padding: the PDF's 3 pt above/below, 4 pt left/right (twips; src/render/columns.ts). The
 * PDF draws its rules on the cell edges, taking no height; Word and LibreOffice add a row's
 * border (0.625 pt) to its height, so the top padding gives that back and rows are as tall.
 */
const CELL_MARGINS = { top: 45, bottom: 60, left: 80, right: 80 };
/** The PDF's header shading: gray 0.9. */
const HEADER_SHADING = { type: 'clear', color: 'auto', fill: 'E6E6E6' } as const;

/** A bare table's (TableOut.bare): no rules, no padding. */
const BARE_MARGINS = { top: 0, bottom: 0, left: 0, right: 0 };

function buildTable(t: TableOut): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    ...(t.leftToRight ? { visuallyRightToLeft: false } : {}),
    width: { size: TEXT_WIDTH - (t.indent ?? 0), type: WidthType.DXA },
    ...(t.indent !== undefined ? { indent: { size: t.indent, type: WidthType.DXA } } : {}),
    columnWidths: t.columns,
    borders: t.bare ? TableBorders.NONE : BORDERS,
    margins: t.bare ? BARE_MARGINS : CELL_MARGINS,
    rows: t.rows.map(
      (r) =>
        new TableRow({
          // Header rows repeat at the top of every page the table spans; rows do not split.
          tableHeader: r.header && r.repeat !== false,
          cantSplit: r.cantSplit,
          children: r.cells.map(
            (c) =>
              new TableCell({
                width: { size: c.width, type: WidthType.DXA },
                ...(c.span > 1 ? { columnSpan: c.span } : {}),
                ...(r.header ? { shading: HEADER_SHADING } : {}),
                children: c.before !== undefined ? [...materialize(c.before), docxParagraph(c.para.opts)] : [docxParagraph(c.para.opts)],
              }),
          ),
        }),
    ),
  });
}

/** Build docx's objects (the reference path, index.ts renderDocxVia). */
export function materialize(outs: Out[]): (Paragraph | Table)[] {
  return outs.map((o) => (o.kind === 'p' ? docxParagraph(o.opts) : buildTable(o)));
}
