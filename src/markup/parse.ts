// Stage 4: Harbor markup → document model.
//
// htmlparser2 (XML mode) defines the syntax: it tokenises and decodes entities, so `&amp;`
// produced by Handlebars' escaping is `&` in the document and a value like `<b>` stays text. The
// markup the templates write is read by ./scan.ts instead, a one-pass reader of a strict subset
// whose tree is htmlparser2's (tested against it); anything outside the subset, every syntax
// error included, goes to htmlparser2. This module builds a small element tree with source
// offsets, then converts it to model nodes, refusing anything outside the element set of
// docs/markup.md with a `markup-error` naming the template, line and column.
//
// htmlparser2 (./library.ts) is loaded only when the scanner hands markup over to it
// (`loadMarkupLibrary`, by generate() when parseMarkup asks for it: `MarkupLibraryNotLoaded`), so a
// render of the shipped templates never compiles it (issue 18, cold start: 62 KB of every cold
// `harbor render` and every render thread).
import { HarborError } from '../errors.js';
import type {
  Align,
  Block,
  DocumentMeta,
  HarborDocument,
  Inline,
  ListItem,
  Marks,
  TableCell,
  TableRow,
} from '../model/types.js';
import { LIST_DELIMITERS, LIST_NUMBERINGS, type ListDelimiter } from '../model/types.js';
import { ATTRIBUTES, BLOCK_ELEMENTS, isBlockElement, isElement, isInlineElement, type BlockElement, type InlineElement } from './elements.js';
import { scan, type El, type Node } from './scan.js';
import { RAW_VALUE } from './values.js';



/** Converts offsets to 1-based line/column for messages (the line starts found on the first error only). */
export class Positions {
  private lineStarts: number[] | undefined;
  constructor(
    private readonly src: string,
    readonly source: string,
  ) {}
  at(offset: number): { line: number; column: number } {
    if (this.lineStarts === undefined) {
      const starts = [0];
      for (let i = this.src.indexOf('\n'); i !== -1; i = this.src.indexOf('\n', i + 1)) starts.push(i + 1);
      this.lineStarts = starts;
    }
    const lineStarts = this.lineStarts;
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
  }
  error(offset: number, message: string): HarborError {
    const { line, column } = this.at(offset);
    const where = `${this.source}:${line}:${column}`;
    return new HarborError('markup-error', `${where}: ${message}`, [{ path: where, code: 'markup-error', message }]);
  }
}

let library: typeof import('./library.js') | undefined;

/**
 * Thrown by parseMarkup for markup the scanner hands over to htmlparser2 before it is loaded: the
 * caller loads it (`loadMarkupLibrary`) and parses again. Never a user's error: generate() and
 * every command that parses (check-templates, serve's check of an override folder) load it first.
 */
export class MarkupLibraryNotLoaded extends Error {
  override name = 'MarkupLibraryNotLoaded';
}

/** Load htmlparser2 (./library.ts) for parseMarkup; at once when it is loaded. */
export async function loadMarkupLibrary(): Promise<void> {
  library ??= await import('./library.js');
}

/**
 * Tokenise into an element tree, keeping start offsets: markup as the templates write it by the
 * fast path (./scan.ts), anything else (and every syntax error) by htmlparser2 (./library.ts).
 */
function tokenize(markup: string, pos: Positions): Node[] {
  const fast = scan(markup);
  if (fast) return fast;
  if (!library) throw new MarkupLibraryNotLoaded('htmlparser2 is needed for this markup and not loaded: loadMarkupLibrary()');
  return library.tokenizeWithLibrary(markup, pos);
}

/** Text of ASCII whitespace only (space, tab, line feed, form feed, carriage return), or empty: the text between blocks. */
function isBlank(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0d && c !== 0x0c) return false;
  }
  return true;
}
const ALIGNS: readonly Align[] = ['left', 'center', 'right', 'justify'];

class Converter {
  private readonly counters = new Map<string, number>();
  constructor(private readonly pos: Positions) {}

  /**
   * One handler per block element: a block element without one does not compile. Static (the
   * converter passed in), so a document's conversion does not make a set of closures.
   */
  private static readonly blockHandlers: { [K in BlockElement]: (c: Converter, el: El) => Block } = {
    h1: (c, el) => ({ type: 'heading', level: 1, children: c.inlineBlock(el) }),
    h2: (c, el) => ({ type: 'heading', level: 2, children: c.inlineBlock(el) }),
    h3: (c, el) => ({ type: 'heading', level: 3, children: c.inlineBlock(el) }),
    p: (c, el) => ({ type: 'paragraph', align: c.align(el), children: c.inlineBlock(el) }),
    ol: (c, el) => c.list(el),
    ul: (c, el) => c.list(el),
    table: (c, el) => c.table(el),
    signature: (c, el) => c.signature(el),
    'page-break': (c, el) => {
      c.noChildren(el);
      return { type: 'page-break' };
    },
    keep: (c, el) => ({ type: 'keep', children: c.blocks(el.children, el) }),
  };

  /** One handler per inline element, given the marks in force: an inline element without one does not compile. */
  private static readonly inlineHandlers: { [K in InlineElement]: (c: Converter, el: El, marks: Marks, out: Inline[]) => void } = {
    strong: (c, el, marks, out) => c.inlines(el.children, { ...marks, bold: true }, out),
    em: (c, el, marks, out) => c.inlines(el.children, { ...marks, italic: true }, out),
    u: (c, el, marks, out) => c.inlines(el.children, { ...marks, underline: true }, out),
    br: (c, el, _marks, out) => {
      c.noChildren(el);
      out.push({ type: 'br' });
    },
    'page-number': (c, el, marks, out) => {
      c.noChildren(el);
      out.push({ type: 'page-number', ...marks });
    },
    'page-count': (c, el, marks, out) => {
      c.noChildren(el);
      out.push({ type: 'page-count', ...marks });
    },
  };

  private checkAttrs(el: El): void {
    const allowed = ATTRIBUTES[el.name];
    if (allowed === undefined) throw this.pos.error(el.start, `unknown element <${el.name}>`);
    for (const a in el.attrs) {
      if (!Object.hasOwn(el.attrs, a)) continue;
      if (!allowed.includes(a)) {
        throw this.pos.error(el.start, `unknown attribute "${a}" on <${el.name}> (allowed: ${allowed.join(', ') || 'none'})`);
      }
    }
  }

  private align(el: El): Align {
    const a = el.attrs.align;
    if (a === undefined) return 'left';
    if ((ALIGNS as readonly string[]).includes(a)) return a as Align;
    throw this.pos.error(el.start, `align="${a}" on <${el.name}> must be one of ${ALIGNS.join(', ')}`);
  }

  private positiveInt(el: El, attr: string, dflt: number): number {
    const v = el.attrs[attr];
    if (v === undefined) return dflt;
    if (!/^[1-9][0-9]{0,5}$/.test(v)) throw this.pos.error(el.start, `${attr}="${v}" on <${el.name}> must be a positive whole number`);
    return Number(v);
  }

  private noChildren(el: El): void {
    for (const c of el.children) {
      if (c.kind === 'el' || !isBlank(c.text)) throw this.pos.error(c.start, `<${el.name}> must be empty`);
    }
  }

  document(nodes: Node[], meta: DocumentMeta): HarborDocument {
    const els: El[] = [];
    for (const n of nodes) {
      if (n.kind === 'text') {
        if (!isBlank(n.text)) throw this.pos.error(n.start, 'text outside <document>');
      } else els.push(n);
    }
    const doc = els[0];
    if (!doc || els.length > 1 || doc.name !== 'document') {
      throw this.pos.error(doc && doc.name !== 'document' ? doc.start : (els[1]?.start ?? 0), 'markup must be exactly one <document> element');
    }
    this.checkAttrs(doc);
    const title = doc.attrs.title;
    if (title === undefined || title.trim() === '') throw this.pos.error(doc.start, '<document> needs a title attribute');
    let header: Block[] = [];
    let footer: Block[] = [];
    let seenHeader = false;
    let seenFooter = false;
    const bodyNodes: Node[] = [];
    for (const c of doc.children) {
      if (c.kind === 'el' && (c.name === 'header' || c.name === 'footer')) {
        this.checkAttrs(c);
        if (c.name === 'header') {
          if (seenHeader) throw this.pos.error(c.start, 'a document has at most one <header>');
          seenHeader = true;
          header = this.blocks(c.children, c);
        } else {
          if (seenFooter) throw this.pos.error(c.start, 'a document has at most one <footer>');
          seenFooter = true;
          footer = this.blocks(c.children, c);
        }
      } else bodyNodes.push(c);
    }
    const body = this.blocks(bodyNodes, doc);
    const out: HarborDocument = { type: 'document', title: collapse(title), header, footer, body, meta };
    if (doc.attrs.banner !== undefined && doc.attrs.banner.trim() !== '') out.banner = collapse(doc.attrs.banner);
    return out;
  }

  blocks(nodes: Node[], parent: El): Block[] {
    const out: Block[] = [];
    for (const n of nodes) {
      if (n.kind === 'text') {
        if (!isBlank(n.text)) throw this.pos.error(n.start, `text directly inside <${parent.name === '#root' ? 'document' : parent.name}>; wrap it in <p>`);
        continue;
      }
      const b = this.block(n);
      // A paragraph or heading with nothing in it (a clinic template's `<p>{{#if note}}…{{/if}}</p>`
      // for a case without the note) takes no room, as in HTML: kept, it was a blank line in both
      // formats, and after a page break a last page holding only the footer (docs/markup.md).
      if ((b.type === 'paragraph' || b.type === 'heading') && b.children.length === 0) continue;
      out.push(b);
    }
    return out;
  }

  private block(el: El): Block {
    this.checkAttrs(el);
    if (!isBlockElement(el.name)) {
      throw this.pos.error(el.start, `<${el.name}> is not allowed here (expected a block: ${BLOCK_ELEMENTS.join(', ')})`);
    }
    return Converter.blockHandlers[el.name](this, el);
  }

  private signature(el: El): Block {
    this.noChildren(el);
    const signer = el.attrs.signer;
    if (signer === undefined || signer.trim() === '') throw this.pos.error(el.start, '<signature> needs a signer attribute');
    const sig: Block = { type: 'signature', signer: collapse(signer) };
    for (const k of ['signed', 'date'] as const) {
      const v = el.attrs[k];
      if (v !== undefined && v.trim() !== '') sig[k] = collapse(v);
    }
    // A capacity or place of several lines (a bar number, an office, an address) keeps them.
    for (const k of ['capacity', 'place'] as const) {
      const v = el.attrs[k];
      if (v !== undefined && v.trim() !== '') sig[k] = collapseLines(v);
    }
    return sig;
  }

  private list(el: El): Block {
    const ordered = el.name === 'ol';
    const series = ordered ? el.attrs.series : undefined;
    const explicitStart = el.attrs.start !== undefined ? this.positiveInt(el, 'start', 1) : undefined;
    // Continuous numbering (docs/markup.md §Elements): every <ol series="x"> continues the counter of "x".
    let next = series !== undefined && explicitStart === undefined ? (this.counters.get(series) ?? 1) : (explicitStart ?? 1);
    const items: ListItem[] = [];
    for (const c of el.children) {
      if (c.kind === 'text') {
        if (!isBlank(c.text)) throw this.pos.error(c.start, `text directly inside <${el.name}>; wrap it in <li>`);
        continue;
      }
      if (c.name !== 'li') throw this.pos.error(c.start, `<${el.name}> may contain only <li>, not <${c.name}>`);
      this.checkAttrs(c);
      const item: ListItem = { children: this.itemContent(c) };
      if (ordered) item.number = next++;
      items.push(item);
    }
    if (series !== undefined) this.counters.set(series, next);
    const list: Block = { type: 'list', ordered, items };
    if (series !== undefined) list.series = series;
    const type = ordered ? el.attrs.type : undefined;
    if (type !== undefined) {
      // HTML's <ol type>: "1" decimal, "a"/"A" letters, "i"/"I" roman numerals (docs/markup.md).
      if (!Object.hasOwn(LIST_NUMBERINGS, type)) throw this.pos.error(el.start, `type="${type}" on <ol> must be one of ${Object.keys(LIST_NUMBERINGS).join(', ')}`);
      const numbering = LIST_NUMBERINGS[type as keyof typeof LIST_NUMBERINGS];
      if (numbering !== 'decimal') list.numbering = numbering;
    }
    const delimiter = ordered ? el.attrs.delimiter : undefined;
    if (delimiter !== undefined) {
      // "1." (period, the default), "1)" (paren) or "(1)" (parens): as pasted (docs/markup.md).
      if (!(LIST_DELIMITERS as readonly string[]).includes(delimiter)) throw this.pos.error(el.start, `delimiter on <ol> must be one of ${LIST_DELIMITERS.join(', ')}`);
      if (delimiter !== 'period') list.delimiter = delimiter as ListDelimiter;
    }
    return list;
  }

  /**
   * An <li> holds inline content, blocks, or both ("Item text: <ul>…</ul>"): each run of inline
   * content becomes a paragraph, in order with the blocks.
   */
  private itemContent(li: El): Block[] {
    const out: Block[] = [];
    // The run of inline content is li.children[from, to), ended by a block or the item's end.
    const children = li.children;
    let from = 0;
    for (let to = 0; to <= children.length; to++) {
      const c = children[to];
      if (c !== undefined && !(c.kind === 'el' && isBlockElement(c.name))) continue;
      this.inlineRun(children, from, to, out);
      if (c !== undefined) out.push(this.block(c));
      from = to + 1;
    }
    if (out.length === 0) out.push({ type: 'paragraph', align: 'left', children: [] });
    return out;
  }

  /** `nodes[from, to)` as one paragraph onto `out`, unless it is only whitespace. */
  private inlineRun(nodes: Node[], from: number, to: number, out: Block[]): void {
    let blank = true;
    for (let i = from; i < to && blank; i++) {
      const n = nodes[i]!;
      if (n.kind === 'el' || !isBlank(n.text)) blank = false;
    }
    if (blank) return;
    const raw: Inline[] = [];
    this.inlines(from === 0 && to === nodes.length ? nodes : nodes.slice(from, to), {}, raw);
    out.push({ type: 'paragraph', align: 'left', children: normalizeInlines(raw) });
  }

  private table(el: El): Block {
    // Each row, whether it has only <th> cells, where it starts and its width in columns (the sum of its colspans).
    const rows: TableRow[] = [];
    const allThs: boolean[] = [];
    const starts: number[] = [];
    const widths: number[] = [];
    for (const c of el.children) {
      if (c.kind === 'text') {
        if (!isBlank(c.text)) throw this.pos.error(c.start, 'text directly inside <table>; put it in <td>');
        continue;
      }
      if (c.name !== 'tr') throw this.pos.error(c.start, `<table> may contain only <tr>, not <${c.name}>`);
      this.checkAttrs(c);
      const cells: TableCell[] = [];
      let allTh = true;
      let width = 0;
      for (const d of c.children) {
        if (d.kind === 'text') {
          if (!isBlank(d.text)) throw this.pos.error(d.start, 'text directly inside <tr>; put it in <td>');
          continue;
        }
        if (d.name !== 'td' && d.name !== 'th') throw this.pos.error(d.start, `<tr> may contain only <th> and <td>, not <${d.name}>`);
        this.checkAttrs(d);
        if (d.name === 'td') allTh = false;
        const cell: TableCell = { align: this.align(d), colspan: this.positiveInt(d, 'colspan', 1), children: this.inlineBlock(d) };
        width += cell.colspan;
        cells.push(cell);
      }
      if (cells.length === 0) throw this.pos.error(c.start, '<tr> needs at least one cell');
      rows.push({ cells });
      allThs.push(allTh);
      starts.push(c.start);
      widths.push(width);
    }
    if (rows.length === 0) throw this.pos.error(el.start, '<table> needs at least one <tr>');
    let columns: number[];
    if (el.attrs.widths !== undefined) {
      const parts = el.attrs.widths.trim().split(/\s+/);
      columns = parts.map(Number);
      if (parts.length === 0 || columns.some((w) => !Number.isFinite(w) || w <= 0)) {
        throw this.pos.error(el.start, `widths="${el.attrs.widths}" must be positive numbers separated by spaces`);
      }
    } else {
      columns = new Array<number>(widths[0]!).fill(1);
    }
    for (let r = 0; r < rows.length; r++) {
      if (widths[r] !== columns.length) {
        throw this.pos.error(starts[r]!, `row has ${widths[r]} columns but the table has ${columns.length}`);
      }
    }
    // Header rows: the leading rows made only of <th>; they repeat on every page.
    let h = 0;
    while (h < rows.length && allThs[h]) h++;
    if (h === rows.length) h = 0; // a table of only <th> rows has no body to repeat over
    return { type: 'table', columns, headerRows: rows.slice(0, h), rows: h === 0 ? rows : rows.slice(h) };
  }

  /** Inline content of a block element, with whitespace collapsed like HTML. */
  private inlineBlock(el: El): Inline[] {
    const only = el.children.length === 1 ? el.children[0]! : undefined;
    if (only?.kind === 'text') {
      // One text and no elements (most cells and paragraphs): what normalizeInlines makes of a
      // single run, without the lists. Collapsed text has at most one space at either end.
      let t = collapseSpaces(only.text);
      if (t.startsWith(' ')) t = t.slice(1);
      if (t.endsWith(' ')) t = t.slice(0, -1);
      return t === '' ? [] : [{ type: 'text', text: t }];
    }
    const raw: Inline[] = [];
    this.inlines(el.children, {}, raw);
    return normalizeInlines(raw);
  }

  private inlines(nodes: Node[], marks: Marks, out: Inline[]): void {
    for (const n of nodes) {
      if (n.kind === 'text') {
        if (n.text.length > 0) out.push({ type: 'text', text: n.text, ...marks });
        continue;
      }
      if (!isInlineElement(n.name)) {
        if (!isElement(n.name)) throw this.pos.error(n.start, `unknown element <${n.name}>`);
        throw this.pos.error(n.start, `<${n.name}> cannot appear inside a paragraph, heading or cell`);
      }
      this.checkAttrs(n);
      Converter.inlineHandlers[n.name](this, n, marks, out);
    }
  }
}

/** Collapse whitespace in attribute text (titles, signer names). */
function collapse(s: string): string {
  return s.replace(/[ \t\n\r\f]+/g, ' ').trim();
}

/** Collapse whitespace in each line of attribute text, dropping empty lines (a signature's capacity, place). */
function collapseLines(s: string): string {
  return s
    .split(/\r\n?|\n/)
    .map(collapse)
    .filter((l) => l !== '')
    .join('\n');
}

function sameMarks(a: Marks, b: Marks): boolean {
  return !!a.bold === !!b.bold && !!a.italic === !!b.italic && !!a.underline === !!b.underline;
}

/** Runs of ASCII whitespace as one space; `t` itself when it has none to change (most text: no scan by a global replace). */
function collapseSpaces(t: string): string {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    // A tab, line feed, form feed or carriage return (0x09, 0x0a, 0x0c, 0x0d), or two spaces in a row.
    if (c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || (c === 0x20 && t.charCodeAt(i + 1) === 0x20)) return t.replace(/[ \t\n\r\f]+/g, ' ');
  }
  return t;
}

/**
 * HTML-like whitespace: runs of ASCII whitespace become one space; no space at the start or end of
 * a block or next to a `br`; adjacent runs with the same marks merge. U+00A0 (no-break space) is
 * kept as written. `raw` is the converter's own fresh list: its nodes are reused (a text run's
 * text rewritten in place), not copied.
 */
function normalizeInlines(raw: Inline[]): Inline[] {
  const out: Inline[] = [];
  let prevSpace = true; // at block start, leading whitespace is dropped
  let emptied = false; // a run left empty by the space dropped before a `br`
  for (const n of raw) {
    if (n.type !== 'text') {
      if (n.type === 'br') {
        const last = out[out.length - 1];
        if (last?.type === 'text' && last.text.endsWith(' ')) {
          last.text = last.text.slice(0, -1);
          if (last.text === '') emptied = true;
        }
        prevSpace = true;
      } else prevSpace = false;
      out.push(n);
      continue;
    }
    let t = collapseSpaces(n.text);
    if (prevSpace && t.startsWith(' ')) t = t.slice(1);
    if (t === '') continue;
    prevSpace = t.endsWith(' ');
    const last = out[out.length - 1];
    if (last?.type === 'text' && sameMarks(last, n)) last.text += t;
    else {
      n.text = t;
      out.push(n);
    }
  }
  // Trailing whitespace at the end of the block.
  for (let i = out.length - 1; i >= 0; i--) {
    const n = out[i]!;
    if (n.type !== 'text') break;
    if (n.text.endsWith(' ')) n.text = n.text.slice(0, -1);
    if (n.text !== '') break;
    out.splice(i, 1);
  }
  return emptied ? out.filter((n) => n.type !== 'text' || n.text !== '') : out;
}

/** Parse Harbor markup into a document. `source` names the template for error messages. */
export function parseMarkup(markup: string, source: string, meta: DocumentMeta): HarborDocument {
  const pos = new Positions(markup, source);
  // A case value printed without escaping (./values.ts): refused, whatever made it.
  const raw = RAW_VALUE.exec(markup);
  if (raw) throw pos.error(raw.index, 'a value from the case was inserted without escaping (an unescaped template expression or a helper); Harbor refuses markup that comes from case data');
  const nodes = tokenize(markup, pos);
  return new Converter(pos).document(nodes, meta);
}
