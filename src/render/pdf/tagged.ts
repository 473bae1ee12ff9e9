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

interface Content {
  page: number;
  mcid: number;
}

/** An element id's role and the marked content recorded for it (paint looks each text box's tag up once). */
export interface TagEntry {
  role: StructRole;
  /** Marked content of the element in order; null until the first. */
  content: Content[] | null;
}

export class StructTags {
  private readonly byId = new Map<string, TagEntry>();

  constructor(private readonly root: StructNode) {
    const walk = (n: StructNode) => {
      // A repeated id (not made by the layout) names its last element's role, as a map of nodes would.
      const known = this.byId.get(n.id);
      if (known) known.role = n.role;
      else this.byId.set(n.id, { role: n.role, content: null });
      n.children.forEach(walk);
    };
    walk(root);
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
    (e.content ??= []).push({ page, mcid });
  }

  /** Record that marked content `mcid` on page `page` (0-based) belongs to element `id` (one the structure names). */
  mark(id: string, page: number, mcid: number): void {
    const e = this.byId.get(id);
    if (e) this.markElement(e, page, mcid);
  }

  /** Write the StructTreeRoot (and its elements and parent tree); returns its object number. */
  write(w: PdfWriter, pages: readonly number[]): number {
    // Whether an element is written: it has content, is a table part, or has a descendant that is.
    const kept = new Map<StructNode, boolean>();
    const isKept = (n: StructNode): boolean => {
      let k = kept.get(n);
      if (k === undefined) {
        k = KEEP_EMPTY.has(n.role) || this.byId.get(n.id)!.content !== null;
        for (const c of n.children) if (isKept(c)) k = true; // every child is visited: all memoised
        kept.set(n, k);
      }
      return k;
    };
    isKept(this.root);
    const rootRef = w.ref();
    const parentTree: number[][] = pages.map(() => []);
    const build = (n: StructNode, parent: number): number => {
      const self = w.ref();
      let kids = '';
      for (const c of n.children) if (kept.get(c)) kids += ` ${ref(build(c, self))}`;
      const content = this.byId.get(n.id)!.content;
      const pg = content?.[0]?.page;
      if (content) {
        for (const { page, mcid } of content) {
          // An MCID on the element's own page is a plain integer; on another page a marked-content
          // reference names the page (§14.7.4.2).
          kids += page === pg ? ` ${mcid}` : ` << /Type /MCR /Pg ${ref(pages[page]!)} /MCID ${mcid} >>`;
          parentTree[page]![mcid] = self;
        }
      }
      let dict = `<< /Type /StructElem /S /${n.role} /P ${ref(parent)} /K [${kids} ]`;
      if (pg !== undefined) dict += ` /Pg ${ref(pages[pg]!)}`;
      if (n.role === 'TH' || n.colSpan !== undefined) {
        dict += ' /A << /O /Table';
        if (n.scope !== undefined) dict += ` /Scope /${n.scope}`;
        if (n.colSpan !== undefined) dict += ` /ColSpan ${n.colSpan}`;
        dict += ' >>';
      }
      w.obj(self, `${dict} >>`);
      return self;
    };
    const doc = build(this.root, rootRef);
    let nums = '';
    parentTree.forEach((refs, i) => {
      let arr = '[';
      for (const r of refs) arr += r === undefined ? ' null' : ` ${ref(r)}`; // no holes: MCIDs are numbered in order
      nums += ` ${i} ${ref(w.add(`${arr} ]`))}`;
    });
    const parentTreeRef = w.add(`<< /Nums [${nums} ] >>`);
    w.obj(rootRef, `<< /Type /StructTreeRoot /K ${ref(doc)} /ParentTree ${ref(parentTreeRef)} /ParentTreeNextKey ${pages.length} >>`);
    return rootRef;
  }
}
