// The structure tree of a tagged PDF (ISO 32000-1 §14.7–14.8; ISO 14289-1 PDF/UA-1 §7.1).
//
// The layout gives the logical structure (StructNode, structure.ts) and tags each text box with
// its element; paint marks each painted run with an MCID and tells `StructTags` where it is. Here
// the elements become StructElem dictionaries (K: their marked-content ids, or their children),
// the parent tree maps each page's MCIDs back to their element, and elements that got no content
// (an empty paragraph) are left out. Table parts and cells are kept even when empty, so every row
// has its cells (PDF/UA-1 §7.5: regular tables).
import { PDFArray, PDFNumber, type PDFContext, type PDFDict, type PDFRef } from 'pdf-lib';
import type { StructNode, StructRole } from './boxes.js';

const KEEP_EMPTY = new Set<StructRole>(['Table', 'THead', 'TBody', 'TR', 'TH', 'TD']);

interface Content {
  page: number;
  mcid: number;
}

export class StructTags {
  private readonly byId = new Map<string, StructNode>();
  private readonly content = new Map<string, Content[]>();

  constructor(private readonly root: StructNode) {
    const walk = (n: StructNode) => {
      this.byId.set(n.id, n);
      n.children.forEach(walk);
    };
    walk(root);
  }

  /** The structure type of an element, undefined when the layout named no such element. */
  role(id: string): StructRole | undefined {
    return this.byId.get(id)?.role;
  }

  /** Record that marked content `mcid` on page `page` (0-based) belongs to element `id`. */
  mark(id: string, page: number, mcid: number): void {
    let list = this.content.get(id);
    if (!list) this.content.set(id, (list = []));
    list.push({ page, mcid });
  }

  private kept(n: StructNode): boolean {
    return KEEP_EMPTY.has(n.role) || this.content.has(n.id) || n.children.some((c) => this.kept(c));
  }

  /** Write the StructTreeRoot (and its elements and parent tree); returns its reference. */
  write(ctx: PDFContext, pages: PDFRef[]): PDFRef {
    const rootRef = ctx.nextRef();
    const parentTree: PDFRef[][] = pages.map(() => []);
    const build = (n: StructNode, parent: PDFRef): PDFRef => {
      const ref = ctx.nextRef();
      const kids = PDFArray.withContext(ctx);
      for (const c of n.children) if (this.kept(c)) kids.push(build(c, ref));
      const content = this.content.get(n.id) ?? [];
      const pg = content[0]?.page;
      for (const { page, mcid } of content) {
        // An MCID on the element's own page is a plain integer; on another page a marked-content
        // reference names the page (§14.7.4.2).
        kids.push(page === pg ? PDFNumber.of(mcid) : ctx.obj({ Type: 'MCR', Pg: pages[page]!, MCID: mcid }));
        parentTree[page]![mcid] = ref;
      }
      const dict: Record<string, unknown> = { Type: 'StructElem', S: n.role, P: parent, K: kids };
      if (pg !== undefined) dict.Pg = pages[pg]!;
      if (n.role === 'TH' || n.colSpan !== undefined) {
        const a: Record<string, string | number> = { O: 'Table' };
        if (n.scope !== undefined) a.Scope = n.scope;
        if (n.colSpan !== undefined) a.ColSpan = n.colSpan;
        dict.A = ctx.obj(a);
      }
      ctx.assign(ref, ctx.obj(dict as never) as unknown as PDFDict);
      return ref;
    };
    const doc = build(this.root, rootRef);
    const nums = PDFArray.withContext(ctx);
    parentTree.forEach((refs, i) => {
      nums.push(PDFNumber.of(i));
      const arr = PDFArray.withContext(ctx);
      for (const r of refs) arr.push(r);
      nums.push(ctx.register(arr));
    });
    ctx.assign(
      rootRef,
      ctx.obj({
        Type: 'StructTreeRoot',
        K: doc,
        ParentTree: ctx.register(ctx.obj({ Nums: nums })),
        ParentTreeNextKey: pages.length,
      }),
    );
    return rootRef;
  }
}
