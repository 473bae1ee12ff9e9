// The PDF's outline (bookmarks, ISO 32000-1 §12.3.3): one entry per heading, nested by level, each
// going to the heading's place on its page. A filing is read and checked in a viewer's bookmark
// pane (court e-filing rules ask for bookmarks in long filings); without one a reader scrolled a
// 27-page declaration to find a section. Built from the laid-out pages: a heading's entry is the
// text its boxes print (tagged with the heading's structure element, boxes.ts) and the page and
// height of its first line.
import type { DocumentLayout, StructNode, TextBox } from './boxes.js';
import { num, ref, textString, type PdfWriter } from './writer.js';

/** One heading: its level (1–3), text, page index (0-based), top of its first line (points from the page's top), and the headings under it. */
export interface OutlineEntry {
  level: number;
  title: string;
  page: number;
  top: number;
  children: OutlineEntry[];
}

/** Heading elements of the structure tree, in reading order: [id, level]. */
function headings(node: StructNode, out: Array<[string, number]>): Array<[string, number]> {
  if (node.role === 'H1' || node.role === 'H2' || node.role === 'H3') out.push([node.id, Number(node.role[1])]);
  for (const c of node.children) headings(c, out);
  return out;
}

/** The outline of a laid-out document (pure: tests read it as JSON). A heading that prints nothing has no entry. */
export function outlineOf(layout: DocumentLayout): OutlineEntry[] {
  const wanted = headings(layout.structure, []);
  if (wanted.length === 0) return [];
  // Each heading's boxes, in page order (a heading's lines may continue on the next page).
  const boxes = new Map<string, Array<[number, TextBox]>>();
  // The lengths of the headings' ids: a box whose tag has none of them is no heading's, and is not
  // looked up (issue 18: the lookup hashed every text box's tag, a string the layout makes per
  // cell and paragraph, ~1 % of a restitution worksheet's render for its few headings).
  const idLength: boolean[] = [];
  for (const [id] of wanted) {
    boxes.set(id, []);
    idLength[id.length] = true;
  }
  for (let i = 0; i < layout.pages.length; i++) {
    for (const b of layout.pages[i]!.boxes) {
      if (b.type !== 'text' || b.tag === undefined || b.artifact !== undefined || idLength[b.tag.length] !== true) continue;
      boxes.get(b.tag)?.push([i, b]);
    }
  }
  const top: OutlineEntry[] = [];
  const open: OutlineEntry[] = []; // the last entry of each level above the current one
  for (const [id, level] of wanted) {
    const own = boxes.get(id)!;
    if (own.length === 0) continue;
    // Pieces of one line join as printed; lines join with a space.
    let title = '';
    let line: [number, number] | undefined;
    for (const [page, b] of own) {
      if (line !== undefined && (line[0] !== page || line[1] !== b.y) && !/\s$/.test(title)) title += ' ';
      title += b.text;
      line = [page, b.y];
    }
    title = title.replace(/\s+/g, ' ').trim();
    if (title === '') continue;
    const [page, first] = own[0]!;
    const entry: OutlineEntry = { level, title, page, top: first.y - first.size, children: [] };
    while (open.length > 0 && open[open.length - 1]!.level >= level) open.pop();
    (open.length > 0 ? open[open.length - 1]!.children : top).push(entry);
    open.push(entry);
  }
  return top;
}

/** Number of entries under `entries`, all levels (every entry is open: /Count positive). */
function countAll(entries: OutlineEntry[]): number {
  let n = entries.length;
  for (const e of entries) n += countAll(e.children);
  return n;
}

function writeItems(w: PdfWriter, entries: OutlineEntry[], parent: number, pageRefs: number[], pageHeight: number): [number, number] {
  const refs = entries.map(() => w.ref());
  entries.forEach((e, i) => {
    let d = `<< /Title ${textString(e.title)} /Parent ${ref(parent)}`;
    if (i > 0) d += ` /Prev ${ref(refs[i - 1]!)}`;
    if (i < refs.length - 1) d += ` /Next ${ref(refs[i + 1]!)}`;
    if (e.children.length > 0) {
      const [first, last] = writeItems(w, e.children, refs[i]!, pageRefs, pageHeight);
      d += ` /First ${ref(first)} /Last ${ref(last)} /Count ${countAll(e.children)}`;
    }
    // The heading's top on its page (PDF y runs up from the foot), left and zoom left as they are.
    d += ` /Dest [${ref(pageRefs[e.page]!)} /XYZ null ${num(pageHeight - e.top)} null] >>`;
    w.obj(refs[i]!, d);
  });
  return [refs[0]!, refs[refs.length - 1]!];
}

/** Write the outline's objects; its dictionary's number, or undefined for a document without headings. */
export function writeOutline(w: PdfWriter, entries: OutlineEntry[], pageRefs: number[], pageHeight: number): number | undefined {
  if (entries.length === 0) return undefined;
  const root = w.ref();
  const [first, last] = writeItems(w, entries, root, pageRefs, pageHeight);
  w.obj(root, `<< /Type /Outlines /First ${ref(first)} /Last ${ref(last)} /Count ${countAll(entries)} >>`);
  return root;
}
