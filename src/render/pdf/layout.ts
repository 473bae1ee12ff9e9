// The pure layout step: document model → positioned boxes on pages (plain JSON, no pdf-lib).
//
// Page rules (docs/architecture.md §Rendering): US Letter, 1-inch margins, 12 pt body; the confidentiality banner and
// the running header at the top of every page, the footer at the bottom with page-number and
// page-count resolved ("Page N of M" needs two passes: the body is paginated first with the
// header/footer heights measured on placeholders, then each page's header and footer are laid
// out with its real numbers).
import { noCheckpoint, type Checkpoint } from '../../checkpoint.js';
import type { Block, HarborDocument } from '../../model/types.js';
import { blocksSlices, type BlockCtx, type Slice } from './blocks.js';
import { movedCopy, PAGE, type Box, type DocumentLayout, type PageLayout, type TextBox } from './boxes.js';
import { harborFonts, type Fonts } from './fonts.js';
import { paginate } from './paginate.js';
import { MAX_RUNNING_HEIGHT, runningTooTall } from '../running.js';
import { documentStructure, tablesById } from './structure.js';
import type { PageField } from './text.js';

const BANNER_SIZE = 9;
const RUNNING_SIZE = 10; // header and footer text
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;

/** Stack slices from y = 0 ignoring pagination (header/footer); returns boxes and height. */
function stack(slices: Slice[]): { boxes: Box[]; height: number } {
  const boxes: Box[] = [];
  let y = 0;
  slices.forEach((s, i) => {
    if (i > 0) y += s.spaceBefore;
    for (const b of s.boxes) boxes.push(movedCopy(b, y));
    y += s.height;
  });
  return { boxes, height: y };
}

/**
 * Running text is not content (PDF/UA-1 §7.8): an artifact of its kind, with no structure tag.
 * Each text box is replaced by a copy without its tag (its fields in the order the layout made
 * them, `artifact` last, as it was set), not changed with `delete`: a property deleted puts the object in dictionary mode, a
 * runtime call each and slower to read in every later step (the footer of "Page N of M" is laid
 * out again for every page; issue 18, 0.7 % of an rfa render's self time in this function).
 */
function asArtifacts(r: { boxes: Box[]; height: number }, kind: 'Header' | 'Footer') {
  const boxes = r.boxes;
  for (let i = 0; i < boxes.length; i++) {
    const b = boxes[i]!;
    if (b.type !== 'text') continue;
    const c: TextBox = { type: 'text', x: b.x, y: b.y, width: b.width, size: b.size, font: b.font, text: b.text, src: b.src };
    if (b.wordSpacing !== undefined) c.wordSpacing = b.wordSpacing;
    if (b.field !== undefined) c.field = b.field;
    if (b.glyphs !== undefined) c.glyphs = b.glyphs;
    if (b.draw !== undefined) c.draw = b.draw;
    if (b.actual !== undefined) c.actual = b.actual;
    c.artifact = kind;
    boxes[i] = c;
  }
  return r;
}

/** A running header or footer laid out (its boxes from y = 0, and its height). */
type Running = ReturnType<typeof running>;

function running(doc: HarborDocument, which: 'top' | 'bottom', fonts: Fonts, fieldText: (f: PageField) => string) {
  const ctx: BlockCtx = { fonts, x: PAGE.margin, width: CONTENT_WIDTH, size: RUNNING_SIZE, pageHeight: PAGE.height, fieldText, src: '' };
  if (which === 'bottom') return asArtifacts(stack(blocksSlices(doc.footer, { ...ctx, src: 'footer' })), 'Footer');
  const parts: Slice[] = [];
  if (doc.banner) {
    const banner: Block = { type: 'paragraph', align: 'center', children: [{ type: 'text', text: doc.banner, bold: true }] };
    parts.push(...blocksSlices([banner], { ...ctx, size: BANNER_SIZE, src: 'banner' }));
  }
  parts.push(...blocksSlices(doc.header, { ...ctx, src: 'header' }));
  return asArtifacts(stack(parts), 'Header');
}

function at(boxes: Box[], dy: number): Box[] {
  const out: Box[] = [];
  for (const b of boxes) out.push(movedCopy(b, dy));
  return out;
}

/**
 * Top and bottom of the body area (points from the page top): the 1-inch margins, or lower/higher
 * when the running header/footer need more room. The DOCX renderer takes its margins from here
 * so both formats have the same body area.
 */
export function bodyArea(doc: HarborDocument, fonts: Fonts = harborFonts): { bodyTop: number; bodyBottom: number } {
  const { bodyTop, bodyBottom } = measureRunning(doc, fonts);
  return { bodyTop, bodyBottom };
}

/** bodyArea, and the running header and footer laid out with placeholders for the page fields. */
function measureRunning(doc: HarborDocument, fonts: Fonts) {
  // Placeholders as wide as any real page number: measured heights never grow afterwards.
  const placeholder = () => '8888';
  const head0 = running(doc, 'top', fonts, placeholder);
  const foot0 = running(doc, 'bottom', fonts, placeholder);
  // Both take their height on every page: beyond half the page, refused (src/render/running.ts).
  if (head0.height + foot0.height > MAX_RUNNING_HEIGHT) throw runningTooTall(head0.height + foot0.height);
  return {
    bodyTop: Math.max(PAGE.margin, head0.height > 0 ? PAGE.headerTop + head0.height + PAGE.gap : 0),
    bodyBottom: Math.min(PAGE.height - PAGE.margin, foot0.height > 0 ? PAGE.footerBottom - foot0.height - PAGE.gap : PAGE.height),
    head0,
    foot0,
  };
}

/** Whether model nodes hold a page field (page-number, page-count) anywhere inside. */
function hasPageField(v: unknown): boolean {
  if (Array.isArray(v)) return v.some(hasPageField);
  if (v === null || typeof v !== 'object') return false;
  const type = (v as { type?: unknown }).type;
  return type === 'page-number' || type === 'page-count' || Object.values(v).some(hasPageField);
}

/**
 * Page `i` of `count`: its running header and footer placed around its body boxes, page fields
 * filled in. Module-level, not a closure made per document: V8 holds a closure's optimized code
 * only weakly, so a closure made per render lost it at every full collection and was compiled
 * again (issue 18; `node --trace-opt` of a batch).
 */
function finishPage(
  body: Box[],
  i: number,
  count: number,
  doc: HarborDocument,
  fonts: Fonts,
  fixedHead: Running | undefined,
  fixedFoot: Running | undefined,
  bodyTop: number,
  bodyBottom: number,
  checkpoint: Checkpoint,
): PageLayout {
  checkpoint();
  const fieldText = (f: PageField) => String(f === 'page-number' ? i + 1 : count);
  const head = fixedHead ?? running(doc, 'top', fonts, fieldText);
  const foot = fixedFoot ?? running(doc, 'bottom', fonts, fieldText);
  // Page fields in the body (unusual) take their page's values after pagination.
  for (const b of body) if (b.type === 'text' && b.field) b.text = fieldText(b.field);
  const boxes = [...at(head.boxes, PAGE.headerTop), ...body, ...at(foot.boxes, PAGE.footerBottom - foot.height)];
  // (`delete` only where there is a field: a delete is a runtime call even for an absent property.)
  for (const b of boxes) if (b.type === 'text' && b.field !== undefined) delete b.field;
  return { number: i + 1, width: PAGE.width, height: PAGE.height, bodyTop, bodyBottom, boxes };
}

/**
 * Lay out a document on pages. Pure: the same model and fonts give the same boxes. Throws
 * HarborError('unsupported-character' | 'unsupported-script') for text no font can print,
 * HarborError('invalid-case') for a running header and footer taller than half the page
 * (src/render/running.ts), and
 * whatever `checkpoint` throws (asked before each body block and each page's header and footer).
 */
export function layoutDocument(doc: HarborDocument, fonts: Fonts = harborFonts, checkpoint: Checkpoint = noCheckpoint): DocumentLayout {
  const placeholder = () => '8888';
  const { bodyTop, bodyBottom, head0, foot0 } = measureRunning(doc, fonts);
  // A running part without page fields is the same on every page: laid out once (`at` copies its boxes).
  const fixedHead = hasPageField(doc.header) ? undefined : head0;
  const fixedFoot = hasPageField(doc.footer) ? undefined : foot0;
  // The structure first: the tables' cells take their tags from it (./structure.ts tablesById).
  const structure = documentStructure(doc.body);
  const ctx: BlockCtx = {
    fonts,
    x: PAGE.margin,
    width: CONTENT_WIDTH,
    size: 12,
    pageHeight: Math.max(bodyBottom - bodyTop, 1),
    fieldText: placeholder,
    src: 'body',
    checkpoint,
    tables: tablesById(structure),
  };
  const pagesBoxes = paginate(blocksSlices(doc.body, ctx), bodyTop, bodyBottom);
  const count = pagesBoxes.length;
  return {
    pages: pagesBoxes.map((body, i) => finishPage(body, i, count, doc, fonts, fixedHead, fixedFoot, bodyTop, bodyBottom, checkpoint)),
    structure,
  };
}
