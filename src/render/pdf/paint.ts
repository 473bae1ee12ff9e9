// The thin paint step: positioned boxes → PDF bytes with pdf-lib. No layout decisions here.
//
// Page content streams are written directly as PDF operators (text as Identity-H CIDs, lines,
// filled rectangles) and deflated with node:zlib at level 1 (`flateStream`, embed.ts); fonts are
// embedded by embed.ts. Deterministic: `updateMetadata: false`, dates from the model (UTC
// midnight), subset tags from the glyph set.
import { PDFDict, PDFDocument, PDFName, PDFString, type PDFRef } from 'pdf-lib';
import { noCheckpoint, type Checkpoint } from '../../checkpoint.js';
import type { HarborDocument } from '../../model/types.js';
import type { DocumentLayout, TextBox } from './boxes.js';
import { embedFace, FaceUse, flateStream } from './embed.js';
import type { FaceId, Fonts } from './fonts.js';

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

function textOps(b: TextBox, use: FaceUse, pageHeight: number): string {
  const pos = `1 0 0 1 ${num(b.x)} ${num(pageHeight - b.y)} Tm`;
  if (!b.wordSpacing) return `${pos} <${use.hex(b.text)}> Tj\n`;
  // Word spacing (Tw) does not apply to two-byte codes: adjust after each space with TJ.
  const adj = num((-b.wordSpacing * 1000) / b.size);
  const parts = b.text.split(' ').map((w) => use.hex(w));
  const space = use.hex(' ');
  let arr = '';
  parts.forEach((p, i) => {
    arr += i < parts.length - 1 ? `<${p}${space}> ${adj} ` : `<${p}>`;
  });
  return `${pos} [${arr}] TJ\n`;
}

/** Boxes → PDF bytes. `checkpoint` is asked before each page and before the file is written. */
export async function paint(layout: DocumentLayout, doc: HarborDocument, fonts: Fonts, checkpoint: Checkpoint = noCheckpoint): Promise<Uint8Array> {
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

  for (const page of layout.pages) {
    checkpoint();
    const H = page.height;
    let ops = '';
    let inText = false;
    let curFont = '';
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
        ops += textOps(b, use, H);
        continue;
      }
      if (inText) {
        ops += 'ET\n';
        inText = false;
      }
      if (b.type === 'line') {
        ops += `${num(b.width)} w ${num(b.x1)} ${num(H - b.y1)} m ${num(b.x2)} ${num(H - b.y2)} l S\n`;
      } else {
        ops += `${num(b.gray)} g ${num(b.x)} ${num(H - b.y - b.height)} ${num(b.width)} ${num(b.height)} re f 0 g\n`;
      }
    }
    if (inText) ops += 'ET\n';
    const p = pdf.addPage([page.width, page.height]);
    p.node.set(PDFName.of('Contents'), flateStream(ctx, ops));
    p.node.set(PDFName.of('Resources'), resources);
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
  pdf.setTitle(doc.title, { showInWindowTitleBar: true });
  if (doc.banner) pdf.setSubject(doc.banner);
  if (m.author) pdf.setAuthor(m.author);
  pdf.setCreator(`Harbor ${m.harborVersion}`);
  pdf.setProducer(PRODUCER);
  pdf.setKeywords([`kind=${m.kind}`, `template=${m.templateVersion}`, `harbor=${m.harborVersion}`, `fingerprint=${m.fingerprint}`]);
  pdf.setCreationDate(date);
  pdf.setModificationDate(date);
  pdf.setLanguage('en-US');
  const info = ctx.lookup(ctx.trailerInfo.Info, PDFDict);
  info.set(PDFName.of('HarborKind'), PDFString.of(m.kind));
  info.set(PDFName.of('HarborTemplateVersion'), PDFString.of(m.templateVersion));
  info.set(PDFName.of('HarborVersion'), PDFString.of(m.harborVersion));
  info.set(PDFName.of('HarborFingerprint'), PDFString.of(m.fingerprint));

  checkpoint();
  return pdf.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
}
