// The structure tree of a tagged PDF (ISO 32000-1 §14.7–14.8; ISO 14289-1 PDF/UA-1 §7.1).
//
// The layout gives the logical structure (StructNode, structure.ts) and tags each text box with
// its element; paint marks each painted run with an MCID and tells `StructTags` where it is. Here
// the elements become StructElem dictionaries (K: their marked-content ids, or their children),
// the parent tree maps each page's MCIDs back to their element, and elements that got no content
// (an empty paragraph) are left out. Table parts and cells are kept even when empty, so every row
// has its cells (PDF/UA-1 §7.5: regular tables).
import type { StructNode, StructRole } from './boxes.js';
import { ByteSink } from './sink.js';
import { ref, type PdfWriter } from './writer.js';

const KEEP_EMPTY = new Set<StructRole>(['Table', 'THead', 'TBody', 'TR', 'TH', 'TD']);

/** An element id's role and the marked content recorded for it (paint looks each text box's tag up once). */
export interface TagEntry {
  role: StructRole;
  /** Marked content of the element in order, as pairs of page (0-based) and MCID; null until the first. */
  content: number[] | null;
}

/**
 * Where `element` compares before it falls back to the index, around the element it found last:
 * ahead, enough for the next cell of a row (TD, TR, TD), the first cell of a table after a
 * paragraph (Table, THead, TR, TH) and a list's first item (L, LI, Lbl, LBody, P); behind, the
 * item's label, painted after the first line of its body.
 */
const LOOKAHEAD = 8;
const LOOKBEHIND = 4;

export class StructTags {
  /** The structure's nodes in preorder; per node its entry, its parent's index (-1: the root) and its subtree's size. */
  private readonly nodes: StructNode[] = [];
  private readonly entries: TagEntry[] = [];
  private readonly parents: number[] = [];
  private readonly sizes: number[] = [];
  /** Where `element` looks first: the preorder index of the element it found last. */
  private at = 0;
  /** Preorder index by id, made at the first lookup that the comparisons around `at` do not answer. */
  private byId: Map<string, number> | undefined;

  /** `root`'s ids are unique in it (the layout's naming, boxes.ts). */
  constructor(root: StructNode) {
    this.add(root, -1);
  }

  /**
   * Enter `n` and its subtree in preorder. A method rather than a closure made per document: V8
   * holds a closure's optimized code only weakly, so a closure made per render lost it at every
   * full collection and was compiled again (issue 18; `node --trace-opt` of a batch).
   */
  private add(n: StructNode, parent: number): void {
    const i = this.nodes.length;
    this.nodes.push(n);
    this.entries.push({ role: n.role, content: null });
    this.parents.push(parent);
    this.sizes.push(1);
    for (const c of n.children) this.add(c, i);
    this.sizes[i] = this.nodes.length - i;
  }

  /**
   * The element an id names (its role and content), undefined when the layout named no such element.
   * Paint asks in reading order, the order the elements are numbered in, so the answer is nearly
   * always the element found last (a paragraph's next line) or one a few places after it (the next
   * cell): those are compared first. A Map of every id would hash each box's tag, a string the
   * layout makes per cell: ~0.8 ms of a one-year worksheet's render (issue 18, a batch's profile).
   */
  element(id: string): TagEntry | undefined {
    const { nodes, at } = this;
    const end = Math.min(nodes.length, at + LOOKAHEAD);
    for (let i = at; i < end; i++) if (nodes[i]!.id === id) return this.found(i);
    const start = Math.max(0, at - LOOKBEHIND);
    for (let i = at - 1; i >= start; i--) if (nodes[i]!.id === id) return this.found(i);
    // Further away (a row continued on the next page starts again at its first cell) or no such element.
    const i = this.index().get(id);
    return i === undefined ? undefined : this.found(i);
  }

  private found(i: number): TagEntry {
    this.at = i;
    return this.entries[i]!;
  }

  private index(): Map<string, number> {
    if (this.byId === undefined) {
      this.byId = new Map();
      for (let i = 0; i < this.nodes.length; i++) this.byId.set(this.nodes[i]!.id, i);
    }
    return this.byId;
  }

  /** Record that marked content `mcid` on page `page` (0-based) belongs to element `e`. */
  markElement(e: TagEntry, page: number, mcid: number): void {
    // The first pair as an array of two (most elements, a table's cells, have one): an empty
    // array's first push gives it room for 17 (V8's growth), ~70 bytes an element never used.
    if (e.content === null) e.content = [page, mcid];
    else e.content.push(page, mcid);
  }

  /**
   * Write the StructTreeRoot (and its elements and parent tree); returns its object number.
   * Elements are numbered in preorder after the root (a parent before its children).
   */
  write(w: PdfWriter, pages: readonly number[]): number {
    const { nodes, entries, parents, sizes } = this;
    const count = nodes.length;
    // Whether an element is written: it has content, is a table part, or has a descendant that is
    // (children come after their parent in preorder: the reverse order sees them first).
    const kept = new Uint8Array(count);
    for (let i = count - 1; i >= 0; i--) {
      if (kept[i] || KEEP_EMPTY.has(nodes[i]!.role) || entries[i]!.content !== null) {
        kept[i] = 1;
        if (i > 0) kept[parents[i]!] = 1;
      }
    }
    kept[0] = 1; // the Document element is written even when empty
    const rootRef = w.ref();
    const numOf = new Array<number>(count);
    let written = 0;
    for (let i = 0; i < count; i++) {
      if (!kept[i]) continue;
      numOf[i] = w.ref();
      written++;
    }
    // The elements are objects rootRef + 1 … in preorder, all of one shape: written as bytes in
    // one run (PdfWriter.run), not as a string each that the file's writer would join and encode
    // again (issue 18: ~0.4 MB of strings a restitution worksheet). The same text as the strings.
    const out = new ByteSink(128 * written);
    const starts: number[] = [];
    const parentTree: number[][] = pages.map(() => []);
    for (let i = 0; i < count; i++) {
      if (!kept[i]) continue;
      const n = nodes[i]!;
      const self = numOf[i]!;
      starts.push(out.length);
      out.num(self);
      out.ascii(' 0 obj\n<< /Type /StructElem /S /');
      out.ascii(n.role);
      out.ascii(' /P ');
      out.num(i === 0 ? rootRef : numOf[parents[i]!]!);
      out.ascii(' 0 R /K [');
      const end = i + sizes[i]!;
      for (let c = i + 1; c < end; c += sizes[c]!) {
        if (!kept[c]) continue;
        out.byte(0x20);
        out.num(numOf[c]!);
        out.ascii(' 0 R');
      }
      const content = entries[i]!.content;
      const pg = content === null ? undefined : content[0]!;
      if (content !== null) {
        for (let k = 0; k < content.length; k += 2) {
          const page = content[k]!;
          const mcid = content[k + 1]!;
          // An MCID on the element's own page is a plain integer; on another page a marked-content
          // reference names the page (§14.7.4.2).
          if (page === pg) {
            out.byte(0x20);
            out.num(mcid);
          } else {
            out.ascii(' << /Type /MCR /Pg ');
            out.num(pages[page]!);
            out.ascii(' 0 R /MCID ');
            out.num(mcid);
            out.ascii(' >>');
          }
          parentTree[page]![mcid] = self;
        }
      }
      out.ascii(' ]');
      if (pg !== undefined) {
        out.ascii(' /Pg ');
        out.num(pages[pg]!);
        out.ascii(' 0 R');
      }
      if (n.role === 'TH' || n.colSpan !== undefined) {
        out.ascii(' /A << /O /Table');
        if (n.scope !== undefined) {
          out.ascii(' /Scope /');
          out.ascii(n.scope);
        }
        if (n.colSpan !== undefined) {
          out.ascii(' /ColSpan ');
          out.num(n.colSpan);
        }
        out.ascii(' >>');
      } else if (n.listNumbering !== undefined) {
        out.ascii(' /A << /O /List /ListNumbering /');
        out.ascii(n.listNumbering);
        out.ascii(' >>');
      }
      out.ascii(' >>\nendobj\n');
    }
    w.run(rootRef + 1, out.view(), starts);
    let nums = '';
    parentTree.forEach((refs, i) => {
      let arr = '[';
      for (const r of refs) arr += r === undefined ? ' null' : ` ${r} 0 R`; // no holes: MCIDs are numbered in order
      nums += ` ${i} ${ref(w.add(`${arr} ]`))}`;
    });
    const parentTreeRef = w.add(`<< /Nums [${nums} ] >>`);
    w.obj(rootRef, `<< /Type /StructTreeRoot /K ${ref(numOf[0]!)} /ParentTree ${ref(parentTreeRef)} /ParentTreeNextKey ${pages.length} >>`);
    return rootRef;
  }
}
