// The thin paint step: positioned boxes → PDF bytes with pdf-lib. No layout decisions here.
//
// Page content streams are written directly as PDF operators (text as Identity-H CIDs, lines,
// filled rectangles) and deflated with node:zlib at level 1 (`flateStream`, embed.ts); fonts are
// embedded by embed.ts. Deterministic: `updateMetadata: false`, dates from the model (UTC
// midnight), subset tags from the glyph set.
import { PDFBool, PDFDict, PDFDocument, PDFName, PDFNumber, PDFString, type PDFRef } from 'pdf-lib';
import { noCheckpoint, type Checkpoint } from '../../checkpoint.js';
import type { HarborDocument } from '../../model/types.js';
import { languageSpans } from '../../model/typography.js';
import { makeArchival } from './archival.js';
import type { DocumentLayout } from './boxes.js';
import { StructTags } from './tagged.js';
import { embedFace, FaceUse, flateStream } from './embed.js';
import type { FaceId, Fonts } from './fonts.js';
import { laps, type Laps } from '../../stages.js';

export const PRODUCER = 'Harbor PDF renderer (pdf-lib 1.17)';

/** Points with at most 2 decimals; no exponent, no "-0". */
function num(n: number): string {
  const r = Math.round(n * 100) / 100;
  return r === 0 ? '0' : String(r);
}

/** `yyyy-mm-dd` → that day at 00:00 UTC (docs/architecture.md §Determinism: metadata dates come from the case). */
function utcDate(iso: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [1970, 1, 1];
  return new Date(Date.UTC(y, mo - 1, d));
}

/** Show `text` at the current point (Tj), or with extra space after each U+0020 (TJ). */
function showOps(text: string, wordSpacing: number | undefined, size: number, use: FaceUse): string {
  if (!wordSpacing) return `<${use.hex(text)}> Tj\n`;
  // Word spacing (Tw) does not apply to two-byte codes: adjust after each space with TJ.
  const adj = num((-wordSpacing * 1000) / size);
  const parts = text.split(' ').map((w) => use.hex(w));
  const space = use.hex(' ');
  let arr = '';
  parts.forEach((p, i) => {
    arr += i < parts.length - 1 ? `<${p}${space}> ${adj} ` : `<${p}>`;
  });
  return `[${arr}] TJ\n`;
}

/** A PDF string literal of ASCII text (language tags). */
function pdfLiteral(s: string): string {
  return `(${s.replace(/[()\\]/g, (c) => `\\${c}`)})`;
}

/** Boxes → PDF bytes. `checkpoint` is asked before each page and before the file is written. */
export async function paint(layout: DocumentLayout, doc: HarborDocument, fonts: Fonts, checkpoint: Checkpoint = noCheckpoint, lap: Laps = laps(undefined)): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const ctx = pdf.context;
  const uses = new Map<FaceId, FaceUse>();
  const useOf = (id: FaceId): FaceUse => {
    let u = uses.get(id);
    if (!u) {
      u = new FaceUse(fonts.face(id), ctx.nextRef(), `F${uses.size + 1}`);
      uses.set(id, u);
    }
    return u;
  };
  const resources: PDFRef = ctx.nextRef();

  const tags = new StructTags(layout.structure);
  const pageRefs: PDFRef[] = [];
  for (const [pageIndex, page] of layout.pages.entries()) {
    checkpoint();
    const H = page.height;
    let ops = '';
    let inText = false;
    let curFont = '';
    let mcid = 0;
    for (const b of page.boxes) {
      if (b.type === 'text') {
        if (b.text.length === 0) continue;
        const use = useOf(b.font);
        if (!inText) {
          ops += 'BT\n';
          inText = true;
          curFont = '';
        }
        const f = `/${use.resourceName} ${num(b.size)} Tf\n`;
        if (f !== curFont) {
          ops += f;
          curFont = f;
        }
        ops += `1 0 0 1 ${num(b.x)} ${num(H - b.y)} Tm\n`;
        const role = b.tag === undefined ? undefined : tags.role(b.tag);
        if (b.tag === undefined || role === undefined) {
          // PDF/UA-1 §7.8: running header/footer and repeated header rows are artifacts.
          const kind = b.artifact ?? 'Pagination';
          const sub = kind === 'Pagination' ? '' : ` /Subtype /${kind}`;
          ops += `/Artifact <</Type /Pagination${sub}>> BDC\n${showOps(b.text, b.wordSpacing, b.size, use)}EMC\n`;
          continue;
        }
        // Marked content per language span (ISO 32000-1 §14.9.2: /Lang in the property list):
        // consecutive Tj continue at the current point, so splitting needs no measuring.
        for (const span of languageSpans(b.text)) {
          const lang = span.lang !== undefined ? ` /Lang ${pdfLiteral(span.lang)}` : '';
          ops += `/${role} <</MCID ${mcid}${lang}>> BDC\n${showOps(span.text, b.wordSpacing, b.size, use)}EMC\n`;
          tags.mark(b.tag, pageIndex, mcid);
          mcid++;
        }
        continue;
      }
      if (inText) {
        ops += 'ET\n';
        inText = false;
      }
      // Rules and shading are layout artifacts (PDF/UA-1 §7.8).
      if (b.type === 'line') {
        ops += `/Artifact BMC ${num(b.width)} w ${num(b.x1)} ${num(H - b.y1)} m ${num(b.x2)} ${num(H - b.y2)} l S EMC\n`;
      } else {
        ops += `/Artifact BMC ${num(b.gray)} g ${num(b.x)} ${num(H - b.y - b.height)} ${num(b.width)} ${num(b.height)} re f 0 g EMC\n`;
      }
    }
    if (inText) ops += 'ET\n';
    const p = pdf.addPage([page.width, page.height]);
    p.node.set(PDFName.of('Contents'), flateStream(ctx, ops));
    p.node.set(PDFName.of('Resources'), resources);
    // Structure: this page's marked content is entry `pageIndex` of the parent tree; the tab
    // order follows the structure (PDF/UA-1 §7.18.3).
    p.node.set(PDFName.of('StructParents'), PDFNumber.of(pageIndex));
    p.node.set(PDFName.of('Tabs'), PDFName.of('S'));
    pageRefs.push(p.ref);
  }

  const fontDict: Record<string, PDFRef> = {};
  for (const use of uses.values()) {
    embedFace(ctx, use);
    fontDict[use.resourceName] = use.ref;
  }
  ctx.assign(resources, ctx.obj({ Font: fontDict, ProcSet: ['PDF', 'Text'] }));

  // Metadata (docs/architecture.md §Metadata): provenance in the Info dictionary, dates from the case.
  const m = doc.meta;
  const date = utcDate(m.date);
  const keywords = [`kind=${m.kind}`, `template=${m.templateVersion}`, `harbor=${m.harborVersion}`, `fingerprint=${m.fingerprint}`];
  const creator = `Harbor ${m.harborVersion}`;
  // PDF/UA-1 §7.1: the title is shown instead of the file name (/DisplayDocTitle true).
  pdf.setTitle(doc.title, { showInWindowTitleBar: true });
  if (doc.banner) pdf.setSubject(doc.banner);
  if (m.author) pdf.setAuthor(m.author);
  pdf.setCreator(creator);
  pdf.setProducer(PRODUCER);
  pdf.setKeywords(keywords);
  pdf.setCreationDate(date);
  pdf.setModificationDate(date);
  pdf.setLanguage('en-US');
  const info = ctx.lookup(ctx.trailerInfo.Info, PDFDict);
  info.set(PDFName.of('HarborKind'), PDFString.of(m.kind));
  info.set(PDFName.of('HarborTemplateVersion'), PDFString.of(m.templateVersion));
  info.set(PDFName.of('HarborVersion'), PDFString.of(m.harborVersion));
  info.set(PDFName.of('HarborFingerprint'), PDFString.of(m.fingerprint));

  // Tagged PDF (ISO 32000-1 §14.7, PDF/UA-1 §7.1): the structure tree and /MarkInfo.
  pdf.catalog.set(PDFName.of('StructTreeRoot'), tags.write(ctx, pageRefs));
  pdf.catalog.set(PDFName.of('MarkInfo'), ctx.obj({ Marked: PDFBool.True }));
  // PDF/A-2u: XMP identification, sRGB output intent, trailer /ID (archival.ts).
  makeArchival(pdf, {
    title: doc.title,
    ...(m.author ? { author: m.author } : {}),
    ...(doc.banner ? { subject: doc.banner } : {}),
    keywords: keywords.join(' '),
    creator,
    producer: PRODUCER,
    date: /^\d{4}-\d{2}-\d{2}$/.test(m.date) ? m.date : '1970-01-01',
    meta: m,
  });

  checkpoint();
  lap('paint');
  // objectsPerTick: pdf-lib otherwise yields to the event loop (setTimeout) every 50 objects,
  // ~1 ms each; the structure tree makes hundreds of objects (measured: 3-page paint 4 → 35 ms).
  const bytes = await pdf.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false, objectsPerTick: Number.POSITIVE_INFINITY });
  lap('save');
  return bytes;
}
