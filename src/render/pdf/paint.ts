// The thin paint step: positioned boxes → PDF bytes. No layout decisions here.
//
// Page content streams are written directly as PDF operators (text as Identity-H CIDs, lines,
// filled rectangles; content.ts keeps the graphics state so each is written only when it changes)
// and deflated with node:zlib at level 1 (`flateStream`, embed.ts); fonts are
// embedded by embed.ts; every other object (pages, structure tree, metadata) is written as PDF
// text by writer.ts. Deterministic: dates from the model (UTC midnight), subset tags from the
// glyph set, object numbers in the order of writing.
import { noCheckpoint, type Checkpoint } from '../../checkpoint.js';
import type { HarborDocument } from '../../model/types.js';
import { languageSpans } from '../../model/typography.js';
import { writeArchival } from './archival.js';
import type { DocumentLayout, TextBox } from './boxes.js';
import { StructTags, type TagEntry } from './tagged.js';
import { embedFace, FaceUse, flateStream } from './embed.js';
import { drawnFace, isSyntheticBold, SYNTHETIC_BOLD_STROKE, type FaceId, type Fonts } from './fonts.js';
import { laps, type Laps } from '../../stages.js';
import { PageContent } from './content.js';
import { MAYBE_MARK, placedClusters, type PlacedCluster } from './marks.js';
import { outlineOf, writeOutline } from './outline.js';
import { clusterText, isMarkGlyph, type ShapedRun } from './shape.js';
import type { ByteSink } from './sink.js';
import { literal, num, PdfWriter, ref, textString } from './writer.js';

export const PRODUCER = 'Harbor PDF renderer';

/** `yyyy-mm-dd` → a PDF date (§7.9.4) of that day at 00:00 UTC (docs/architecture.md §Determinism: metadata dates come from the case). */
function pdfDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `(D:${m[1]}${m[2]}${m[3]}000000Z)` : '(D:19700101000000Z)';
}

/** Show `text` at the current point (Tj), or with extra space after each U+0020 (TJ). */
export function showOps(out: ByteSink, text: string, wordSpacing: number | undefined, size: number, use: FaceUse): void {
  if (!wordSpacing) {
    out.byte(0x28);
    use.writeCodes(out, text);
    out.ascii(') Tj\n');
    return;
  }
  // Word spacing (Tw) does not apply to two-byte codes: adjust after each space with TJ,
  // "[(word ) adj (word ) adj (word)] TJ". The words' glyphs are numbered before the space's
  // (the subset's glyph order is the order of first use).
  use.numberGlyphsButSpace(text);
  const adj = (-wordSpacing * 1000) / size;
  out.ascii('[(');
  let from = 0;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', from)) {
    use.writeCodes(out, text, from, i);
    use.writeCodes(out, text, i, i + 1);
    out.ascii(') ');
    out.num(adj);
    out.ascii(' (');
    from = i + 1;
  }
  use.writeCodes(out, text, from);
  out.ascii(')] TJ\n');
}

/**
 * Combining marks where the font's anchors put them (marks.ts). Each moved mark is shown on its
 * own: moved by its x offset within TJ, raised by its y offset with the text rise (Ts, ISO 32000-1
 * §9.3.7), the pen moved back after it (a mark advances by 0, as the layout measured it).
 *
 * So that copying and extraction still read the letters as typed, a moved cluster's base and its
 * marks are marked content of their own with replacement text (ActualText, §14.9.4): the base's
 * glyph stands for the whole cluster, the marks' glyphs for nothing. One span holding the base and
 * its raised marks made poppler read a new word at the mark ("Ọ́ ṣun"); the base alone sits on the
 * line, from the pen to where the next letter starts. In tagged text each part is its own MCID of
 * the same element (tagged.ts), tagged /Span since poppler reads ActualText on a Span only: a span
 * nested inside the element's marked content ended poppler's structure text at its EMC.
 */
function showMarks(out: ByteSink, text: string, size: number, use: FaceUse, c: PlacedCluster, from: number): void {
  const face = use.face;
  let k = 1;
  for (let i = from; i < c.end; k++) {
    const end = i + (text.codePointAt(i)! > 0xffff ? 2 : 1);
    const tx = (c.offsets[2 * k]! * 1000) / face.unitsPerEm; // TJ's unit: 1/1000 of the size
    const y = c.offsets[2 * k + 1]!;
    if (y !== 0) {
      out.num((y * size) / face.unitsPerEm);
      out.ascii(' Ts ');
    }
    out.byte(0x5b); // [
    out.num(-tx);
    out.byte(0x28);
    use.writeCodes(out, text, i, end);
    out.byte(0x29);
    out.num(tx);
    out.ascii('] TJ\n');
    if (y !== 0) out.ascii('0 Ts\n');
    i = end;
  }
}

/** End of a cluster's base (UTF-16 index). */
function baseEnd(text: string, c: PlacedCluster): number {
  return c.start + (text.codePointAt(c.start)! > 0xffff ? 2 : 1);
}

/** `text` in an artifact (running header or footer), its moved marks as showMarks says, in spans nested in the artifact's. */
function showArtifactText(out: ByteSink, text: string, wordSpacing: number | undefined, size: number, use: FaceUse): void {
  const clusters = MAYBE_MARK.test(text) ? placedClusters(use.face, text) : null;
  if (clusters === null) return showOps(out, text, wordSpacing, size, use);
  let from = 0;
  for (const c of clusters) {
    if (c.start > from) showOps(out, text.slice(from, c.start), wordSpacing, size, use);
    const be = baseEnd(text, c);
    out.ascii('/Span <</ActualText ');
    out.ascii(textString(text.slice(c.start, c.end)));
    out.ascii('>> BDC\n(');
    use.writeCodes(out, text, c.start, be);
    out.ascii(') Tj\nEMC\n/Span <</ActualText ()>> BDC\n');
    showMarks(out, text, size, use, c, be);
    out.ascii('EMC\n');
    from = c.end;
  }
  if (from < text.length) showOps(out, text.slice(from), wordSpacing, size, use);
}

/**
 * Whether `text` may hold a span in another language (typography.ts `languageSpans`): its
 * scripts (Greek, Cyrillic, CJK, ...) all lie at or above U+0370, so text below is one span.
 */
const MAYBE_OTHER_LANGUAGE = /[^\u0000-\u036f]/;

/**
 * A shaped word's glyphs (./shape.ts), in visual order: each advanced by the shaper's advance, not
 * the glyph's own width (TJ adjustments, ISO 32000-1 §9.4.3), and moved by its offset (a mark on
 * its anchor: x within TJ, y by the text rise Ts, §9.3.7), as showMarks moves a mark.
 */
function showGlyphs(out: ByteSink, g: ShapedRun, size: number, use: FaceUse, from = 0, to = g.ids.length): void {
  const face = use.face;
  const k = 1000 / face.unitsPerEm; // font units → TJ's unit, 1/1000 of the size
  let rise = 0;
  out.byte(0x5b); // [
  for (let i = from; i < to; i++) {
    const dy = g.offsets[2 * i + 1]!;
    if (dy !== rise) {
      out.ascii('] TJ\n');
      out.num((dy * size) / face.unitsPerEm);
      out.ascii(' Ts [');
      rise = dy;
    }
    const dx = g.offsets[2 * i]! * k;
    const gid = g.ids[i]!;
    // Each number after a space: two numbers in a row ("-62" then "50") would read as one ("-6250").
    if (dx !== 0) {
      out.byte(0x20);
      out.num(-dx);
    }
    out.byte(0x28);
    use.writeCid(out, use.glyphCid(gid, g.chars[i]!));
    out.byte(0x29);
    // The pen has moved dx and the glyph's width: the rest of the shaper's advance.
    const adjust = face.glyphWidth1000(gid) + dx - g.advances[i]! * k;
    if (Math.abs(adjust) > 1e-6) {
      out.byte(0x20);
      out.num(adjust);
    }
  }
  out.ascii('] TJ\n');
  if (rise !== 0) out.ascii('0 Ts\n');
}

/**
 * The clusters of a shaped word that carry marks, as [base, end) pairs of glyph indices (a mark
 * follows its base: ./shape.ts marksAfterBases), or null when it has none.
 */
function markClusters(g: ShapedRun): number[] | null {
  let out: number[] | null = null;
  for (let i = 0; i < g.ids.length; i++) {
    let j = i + 1;
    while (j < g.ids.length && isMarkGlyph(g, j)) j++;
    if (j > i + 1 && !isMarkGlyph(g, i)) (out ??= []).push(i, j);
    i = j - 1;
  }
  return out;
}

/**
 * A shaped word with marks as marked content of element `el` from MCID `mcid` (returns the next
 * free one): as markedRun does for a Latin letter's moved marks, each cluster's base is a Span of
 * its own whose replacement text (ActualText) is its letter and marks (./shape.ts clusterText),
 * its marks a Span standing for nothing, the glyphs between them the element's own content. Drawn
 * with their letters in the glyphs alone, vowelled Arabic and Hebrew copied out of the PDF with
 * each mark apart from its letter (pdftotext: "ُم َح َّمد" for "مُحَمَّد").
 */
function markedGlyphs(ops: PageContent['out'], tags: StructTags, el: TagEntry, lang: string | undefined, b: TextBox, clusters: number[], use: FaceUse, pageIndex: number, mcid: number): number {
  const g = b.glyphs!;
  let from = 0;
  for (let c = 0; c < clusters.length; c += 2) {
    const base = clusters[c]!;
    const end = clusters[c + 1]!;
    if (base > from) {
      openMarked(ops, el.role, mcid, lang, undefined);
      showGlyphs(ops, g, b.size, use, from, base);
      ops.ascii('EMC\n');
      tags.markElement(el, pageIndex, mcid++);
    }
    openMarked(ops, 'Span', mcid, lang, clusterText(g, base, end));
    showGlyphs(ops, g, b.size, use, base, base + 1);
    ops.ascii('EMC\n');
    tags.markElement(el, pageIndex, mcid++);
    openMarked(ops, 'Span', mcid, lang, '');
    showGlyphs(ops, g, b.size, use, base + 1, end);
    ops.ascii('EMC\n');
    tags.markElement(el, pageIndex, mcid++);
    from = end;
  }
  if (from < g.ids.length) {
    openMarked(ops, el.role, mcid, lang, undefined);
    showGlyphs(ops, g, b.size, use, from);
    ops.ascii('EMC\n');
    tags.markElement(el, pageIndex, mcid++);
  }
  return mcid;
}

/** A shaped word with marks in an artifact (running header or footer): its clusters as markedGlyphs says, in spans nested in the artifact's. */
function artifactGlyphs(out: ByteSink, g: ShapedRun, clusters: number[], size: number, use: FaceUse): void {
  let from = 0;
  for (let c = 0; c < clusters.length; c += 2) {
    const base = clusters[c]!;
    const end = clusters[c + 1]!;
    if (base > from) showGlyphs(out, g, size, use, from, base);
    out.ascii(`/Span <</ActualText ${textString(clusterText(g, base, end))}>> BDC\n`);
    showGlyphs(out, g, size, use, base, base + 1);
    out.ascii('EMC\n/Span <</ActualText ()>> BDC\n');
    showGlyphs(out, g, size, use, base + 1, end);
    out.ascii('EMC\n');
    from = end;
  }
  if (from < g.ids.length) showGlyphs(out, g, size, use, from);
}

/** Whether a box of a bidi line is not drawn as its text reads (a shaped word, reversed text). */
function drawnOther(b: TextBox): boolean {
  return b.glyphs !== undefined || b.draw !== undefined;
}

/** Draw such a box (drawnOther): its glyphs, or its reversed text. */
function showDrawn(out: ByteSink, b: TextBox, use: FaceUse): void {
  if (b.glyphs !== undefined) showGlyphs(out, b.glyphs, b.size, use);
  else showOps(out, b.draw!, b.wordSpacing, b.size, use);
}

/** The page content stream being written (its buffer reused from page to page and render to render: deflate copies it out). */
const pageContent = new PageContent();

/** Open marked content `mcid` tagged `tag`, with its language and replacement text when given. */
function openMarked(ops: PageContent['out'], tag: string, mcid: number, lang: string | undefined, actualText: string | undefined): void {
  ops.byte(0x2f);
  ops.ascii(tag);
  ops.ascii(' <</MCID ');
  ops.num(mcid);
  if (lang !== undefined) ops.ascii(` /Lang ${literal(lang)}`);
  if (actualText !== undefined) ops.ascii(` /ActualText ${textString(actualText)}`);
  ops.ascii('>> BDC\n');
}

/** `text` as marked content `mcid` of element `el` (tagged with its role) on page `pageIndex`, its marks drawn where the pen puts them. */
function plainRun(ops: PageContent['out'], tags: StructTags, el: TagEntry, text: string, lang: string | undefined, b: TextBox, use: FaceUse, pageIndex: number, mcid: number): void {
  openMarked(ops, el.role, mcid, lang, undefined);
  showOps(ops, text, b.wordSpacing, b.size, use);
  ops.ascii('EMC\n');
  tags.markElement(el, pageIndex, mcid);
}

/**
 * A run of text as marked content of element `el` on page `pageIndex` (`lang`: its language when
 * not the document's), from MCID `mcid`; returns the next free MCID. One MCID, unless a combining
 * mark in it is moved by the font's anchors (showMarks): then the text before a moved cluster, its
 * base and its marks are MCIDs of their own. Module-level, not a closure made per document: V8
 * holds a closure's optimized code only weakly, so a closure made per render lost it at every full
 * collection and was compiled again (issue 18; `node --trace-opt` of a batch).
 */
function markedRun(ops: PageContent['out'], tags: StructTags, el: TagEntry, text: string, lang: string | undefined, b: TextBox, use: FaceUse, pageIndex: number, mcid: number): number {
  const clusters = MAYBE_MARK.test(text) ? placedClusters(use.face, text) : null;
  if (clusters === null) {
    plainRun(ops, tags, el, text, lang, b, use, pageIndex, mcid);
    return mcid + 1;
  }
  let from = 0;
  for (const c of clusters) {
    if (c.start > from) plainRun(ops, tags, el, text.slice(from, c.start), lang, b, use, pageIndex, mcid++);
    const be = baseEnd(text, c);
    openMarked(ops, 'Span', mcid, lang, text.slice(c.start, c.end));
    ops.byte(0x28);
    use.writeCodes(ops, text, c.start, be);
    ops.ascii(') Tj\nEMC\n');
    tags.markElement(el, pageIndex, mcid++);
    openMarked(ops, 'Span', mcid, lang, '');
    showMarks(ops, text, b.size, use, c, be);
    ops.ascii('EMC\n');
    tags.markElement(el, pageIndex, mcid++);
    from = c.end;
  }
  if (from < text.length) plainRun(ops, tags, el, text.slice(from), lang, b, use, pageIndex, mcid++);
  return mcid;
}

/** Boxes → PDF bytes. `checkpoint` is asked before each page and before the file is written. */
export async function paint(layout: DocumentLayout, doc: HarborDocument, fonts: Fonts, checkpoint: Checkpoint = noCheckpoint, lap: Laps = laps(undefined)): Promise<Uint8Array> {
  const w = new PdfWriter();
  const catalog = w.ref();
  const pagesRef = w.ref();
  const resources = w.ref();
  const uses = new Map<FaceId, FaceUse>();
  const useOf = (id: FaceId): FaceUse => {
    let u = uses.get(id);
    if (!u) {
      u = new FaceUse(fonts.face(id), w.ref(), `F${uses.size + 1}`);
      uses.set(id, u);
    }
    return u;
  };

  const tags = new StructTags(layout.structure);
  const pageRefs: number[] = [];
  const content = pageContent;
  const ops = content.out;
  let pageIndex = 0;
  let mcid = 0;
  for (const page of layout.pages) {
    checkpoint();
    const H = page.height;
    content.reset();
    mcid = 0;
    for (const b of page.boxes) {
      if (b.type === 'text') {
        if (b.text.length === 0) continue;
        // A synthetic bold (bold Chinese, Japanese, Korean: fonts.ts SYNTHETIC_BOLD_STROKE) is its
        // regular face's subset, filled and stroked.
        const use = useOf(drawnFace(b.font));
        content.textAt(b.x, H - b.y, use, b.size, isSyntheticBold(b.font) ? b.size * SYNTHETIC_BOLD_STROKE : 0);
        const el = b.tag === undefined ? undefined : tags.element(b.tag);
        if (el === undefined) {
          // PDF/UA-1 §7.8: running header/footer and repeated header rows are artifacts.
          const kind = b.artifact ?? 'Pagination';
          ops.ascii(kind === 'Pagination' ? '/Artifact <</Type /Pagination>> BDC\n' : `/Artifact <</Type /Pagination /Subtype /${kind}>> BDC\n`);
          const clusters = b.glyphs === undefined ? null : markClusters(b.glyphs);
          if (clusters !== null) artifactGlyphs(ops, b.glyphs!, clusters, b.size, use);
          else if (drawnOther(b)) showDrawn(ops, b, use);
          else showArtifactText(ops, b.text, b.wordSpacing, b.size, use);
          ops.ascii('EMC\n');
          continue;
        }
        if (drawnOther(b)) {
          // A shaped word or reversed text (./bidi.ts): its glyphs in visual order, each mapped to
          // its letters by the ToUnicode map, with no replacement text (ActualText): extractors
          // read right-to-left words from the glyphs' order on the line, as they read every PDF
          // that shows Arabic or Hebrew; poppler spread an ActualText's letters left to right over
          // the word and then reversed them, giving the word backwards.
          // A right-to-left list number (drawn ".1") is the one exception: digits and a period
          // are read left to right, so extractors gave ".1"; its text, "1.", is its replacement
          // text, on a Span, the marked content poppler reads ActualText from (Gfx.cc,
          // opBeginMarkedContent), still marked as content of its Lbl element by its MCID.
          // A vowelled word's clusters (a letter and its marks) are the other exception: markedGlyphs.
          const spans = MAYBE_OTHER_LANGUAGE.test(b.text) ? languageSpans(b.text) : [];
          const clusters = b.glyphs === undefined || b.actual === true ? null : markClusters(b.glyphs);
          if (clusters !== null) {
            mcid = markedGlyphs(ops, tags, el, spans.length === 1 ? spans[0]!.lang : undefined, b, clusters, use, pageIndex, mcid);
            continue;
          }
          openMarked(ops, b.actual === true ? 'Span' : el.role, mcid, spans.length === 1 ? spans[0]!.lang : undefined, b.actual === true ? b.text : undefined);
          showDrawn(ops, b, use);
          ops.ascii('EMC\n');
          tags.markElement(el, pageIndex, mcid++);
          continue;
        }
        // Marked content per language span (ISO 32000-1 §14.9.2: /Lang in the property list):
        // consecutive Tj continue at the current point, so splitting needs no measuring.
        if (!MAYBE_OTHER_LANGUAGE.test(b.text)) {
          mcid = markedRun(ops, tags, el, b.text, undefined, b, use, pageIndex, mcid);
          continue;
        }
        for (const span of languageSpans(b.text)) mcid = markedRun(ops, tags, el, span.text, span.lang, b, use, pageIndex, mcid);
        continue;
      }
      // Rules and shading are layout artifacts (PDF/UA-1 §7.8).
      if (b.type === 'line') content.rule(b.x1, H - b.y1, b.x2, H - b.y2, b.width);
      else content.shade(b.x, H - b.y - b.height, b.width, b.height, b.gray);
    }
    const contents = flateStream(w, content.finish());
    // Structure: this page's marked content is entry `pageIndex` of the parent tree; the tab
    // order follows the structure (PDF/UA-1 §7.18.3).
    pageRefs.push(
      w.add(
        `<< /Type /Page /Parent ${ref(pagesRef)} /MediaBox [0 0 ${num(page.width)} ${num(page.height)}] /Contents ${ref(contents)} /Resources ${ref(resources)} /StructParents ${pageIndex} /Tabs /S >>`,
      ),
    );
    pageIndex++;
  }
  let kids = '';
  for (const p of pageRefs) kids += ` ${ref(p)}`;
  w.obj(pagesRef, `<< /Type /Pages /Kids [${kids} ] /Count ${pageRefs.length} >>`);

  let fontDict = '';
  for (const use of uses.values()) {
    embedFace(w, use);
    fontDict += ` /${use.resourceName} ${ref(use.ref)}`;
  }
  w.obj(resources, `<< /Font <<${fontDict} >> /ProcSet [/PDF /Text] >>`);

  // Metadata (docs/architecture.md §Metadata): provenance in the Info dictionary, dates from the case.
  const m = doc.meta;
  const date = pdfDate(m.date);
  const keywords = [`kind=${m.kind}`, `template=${m.templateVersion}`, `harbor=${m.harborVersion}`, `fingerprint=${m.fingerprint}`];
  const creator = `Harbor ${m.harborVersion}`;
  let info = `<< /Title ${textString(doc.title)}`;
  if (doc.banner) info += ` /Subject ${textString(doc.banner)}`;
  if (m.author) info += ` /Author ${textString(m.author)}`;
  info += ` /Creator ${textString(creator)} /Producer ${textString(PRODUCER)} /Keywords ${textString(keywords.join(' '))}`;
  info += ` /CreationDate ${date} /ModDate ${date}`;
  info += ` /HarborKind ${textString(m.kind)} /HarborTemplateVersion ${textString(m.templateVersion)} /HarborVersion ${textString(m.harborVersion)} /HarborFingerprint ${textString(m.fingerprint)} >>`;
  const infoRef = w.add(info);

  // PDF/A-2u: XMP identification, sRGB output intent, trailer /ID (archival.ts).
  const archival = writeArchival(w, {
    title: doc.title,
    ...(m.author ? { author: m.author } : {}),
    ...(doc.banner ? { subject: doc.banner } : {}),
    keywords: keywords.join(' '),
    creator,
    producer: PRODUCER,
    date: /^\d{4}-\d{2}-\d{2}$/.test(m.date) ? m.date : '1970-01-01',
    meta: m,
  });
  // Tagged PDF (ISO 32000-1 §14.7, PDF/UA-1 §7.1): the structure tree and /MarkInfo. PDF/UA-1
  // §7.1: the title is shown instead of the file name (/DisplayDocTitle true).
  const structTree = tags.write(w, pageRefs);
  // Bookmarks, one per heading, shown when the document opens (outline.ts).
  const outline = writeOutline(w, outlineOf(layout), pageRefs, layout.pages[0]?.height ?? 792);
  const outlines = outline === undefined ? '' : ` /Outlines ${ref(outline)} /PageMode /UseOutlines`;
  w.obj(
    catalog,
    `<< /Type /Catalog /Pages ${ref(pagesRef)} /ViewerPreferences << /DisplayDocTitle true >> /Lang (en-US) /StructTreeRoot ${ref(structTree)} /MarkInfo << /Marked true >>${outlines}${archival.catalog} >>`,
  );

  checkpoint();
  lap('paint');
  const bytes = w.bytes(`/Root ${ref(catalog)} /Info ${ref(infoRef)} ${archival.trailer}`);
  lap('save');
  return bytes;
}
