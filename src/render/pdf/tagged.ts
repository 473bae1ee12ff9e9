// The structure tree of a tagged PDF (ISO 32000-1 §14.7–14.8; ISO 14289-1 PDF/UA-1 §7.1).
//
// The layout gives the logical structure (StructNode, structure.ts) and tags each text box with
// its element; paint marks each painted run with an MCID and tells `StructTags` where it is. Here
// the elements become StructElem dictionaries (K: their marked-content ids, or their children),
// the parent tree maps each page's MCIDs back to their element, and elements that got no content
// (an empty paragraph) are left out. Table parts and cells are kept even when empty, so every row
// has its cells (PDF/UA-1 §7.5: regular tables).
import type { StructNode, StructRole } from './boxes.js';
import { ref, type PdfWriter } from './writer.js';

const KEEP_EMPTY = new Set<StructRole>(['Table', 'THead', 'TBody', 'TR', 'TH', 'TD']);

/** An element id's role and the marked content recorded for it (paint looks each text box's tag up once). */
export interface TagEntry {
  role: StructRole;
  /** Marked content of the element in order, as pairs of page (0-based) and MCID; null until the first. */
  content: number[] | null;
}

export class StructTags {
  private readonly byId = new Map<string, TagEntry>();
  /** The structure's nodes in preorder; per node its id's entry, its parent's index (-1: the root) and its subtree's size. */
  private readonly nodes: StructNode[] = [];
  private readonly entries: TagEntry[] = [];
  private readonly parents: number[] = [];
  private readonly sizes: number[] = [];

  constructor(root: StructNode) {
    this.add(root, -1);
  }

  /**
   * Enter `n` and its subtree in preorder. A method rather than a closure made per document: V8
   * holds a closure's optimized code only weakly, so a closure made per render lost it at every
   * full collection and was compiled again (issue 18; `node --trace-opt` of a batch).
   */
  private add(n: StructNode, parent: number): void {
    // A repeated id (not made by the layout) names its last element's role, as a map of nodes would.
    let e = this.byId.get(n.id);
    if (e) e.role = n.role;
    else {
      e = { role: n.role, content: null };
      this.byId.set(n.id, e);
    }
    const i = this.nodes.length;
    this.nodes.push(n);
    this.entries.push(e);
    this.parents.push(parent);
    this.sizes.push(1);
    for (const c of n.children) this.add(c, i);
    this.sizes[i] = this.nodes.length - i;
  }

  /** The element an id names (its role and content), undefined when the layout named no such element. */
  element(id: string): TagEntry | undefined {
    return this.byId.get(id);
  }

  /** The structure type of an element, undefined when the layout named no such element. */
  role(id: string): StructRole | undefined {
    return this.byId.get(id)?.role;
  }

  /** Record that marked content `mcid` on page `page` (0-based) belongs to element `e`. */
  markElement(e: TagEntry, page: number, mcid: number): void {
    (e.content ??= []).push(page, mcid);
  }

  /** Record that marked content `mcid` on page `page` (0-based) belongs to element `id` (one the structure names). */
  mark(id: string, page: number, mcid: number): void {
    const e = this.byId.get(id);
    if (e) this.markElement(e, page, mcid);
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
    for (let i = 0; i < count; i++) if (kept[i]) numOf[i] = w.ref();
    const parentTree: number[][] = pages.map(() => []);
    for (let i = 0; i < count; i++) {
      if (!kept[i]) continue;
      const n = nodes[i]!;
      const self = numOf[i]!;
      let kids = '';
      const end = i + sizes[i]!;
      for (let c = i + 1; c < end; c += sizes[c]!) if (kept[c]) kids += ` ${numOf[c]!} 0 R`;
      const content = entries[i]!.content;
      const pg = content === null ? undefined : content[0]!;
      if (content !== null) {
        for (let k = 0; k < content.length; k += 2) {
          const page = content[k]!;
          const mcid = content[k + 1]!;
          // An MCID on the element's own page is a plain integer; on another page a marked-content
          // reference names the page (§14.7.4.2).
          kids += page === pg ? ` ${mcid}` : ` << /Type /MCR /Pg ${pages[page]!} 0 R /MCID ${mcid} >>`;
          parentTree[page]![mcid] = self;
        }
      }
      let dict = `<< /Type /StructElem /S /${n.role} /P ${i === 0 ? rootRef : numOf[parents[i]!]!} 0 R /K [${kids} ]`;
      if (pg !== undefined) dict += ` /Pg ${pages[pg]!} 0 R`;
      if (n.role === 'TH' || n.colSpan !== undefined) {
        dict += ' /A << /O /Table';
        if (n.scope !== undefined) dict += ` /Scope /${n.scope}`;
        if (n.colSpan !== undefined) dict += ` /ColSpan ${n.colSpan}`;
        dict += ' >>';
      }
      w.obj(self, `${dict} >>`);
    }
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
