// The DOCX's signature block stands where the PDF's does, line for line (src/render/docx/blocks.ts
// signature, src/render/pdf/blocks.ts signatureSlices): an electronic signature's line ending 2 pt
// above the signing line, the signer's name 2 pt below it, so a page holds the same lines in both
// formats. The signing line's paragraph had 1 pt between its text and the rule and 2 pt after the
// rule's 0.75 pt, so the name and every line after the signature stood 1.75 pt lower in
// LibreOffice than in the PDF (measured with pdftotext -bbox), and its page filled sooner.
// Measured here from the XML as Word and LibreOffice lay a paragraph out (space before, the
// line, the border's space, the rule, the space after), against the PDF's words.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/model/types.js';
import { PARA_BEFORE } from '../../../src/render/docx/geometry.js';
import { renderDocx } from '../../../src/render/docx/index.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { docxParts, pdfWords } from '../../support/extract.js';
import { doc, p } from '../pdf/models.js';
import { paragraphs } from './support.js';

/** The body line's height (pt): 1.3 × 12 pt, the same in both formats (geometry.ts lineTwips). */
const LINE = 15.6;

/** A number attribute of the first element `el` of `xml` (twips, eighths or points as WordprocessingML has it). */
function attr(xml: string, el: string, name: string): number {
  const m = new RegExp(`<${el}\\b[^>]*\\b${name}="(-?\\d+)"`).exec(xml);
  if (!m) throw new Error(`no ${el} ${name} in ${xml.slice(0, 200)}`);
  return Number(m[1]);
}

describe('the signature block in the DOCX stands where the PDF puts it', () => {
  it.each([
    ['an electronic signature', '/s/ Ana Example'],
    ['room to sign by hand', undefined],
  ])('%s: the signing line, the name and the text after it', async (_, signed) => {
    const body: Block[] = [p('Before the signature.'), { type: 'signature', signer: 'Ana Example', capacity: 'Caseworker', date: 'March 7, 2026', ...(signed ? { signed } : {}) }, p('After the signature.')];
    const words = pdfWords(await renderPdf(doc(body)));
    const top = (w: string, nth = 0): number => words.filter((x) => x.text === w)[nth]!.yMin;
    const pdfName = top('Ana', signed ? 1 : 0) - top('Before');
    const pdfAfter = top('After') - top('Before');

    const xml = docxParts(await renderDocx(doc(body)))['word/document.xml']!;
    const paras = paragraphs(xml);
    const signing = paras[paras.findIndex((x) => x.includes('Before the signature')) + 1]!;
    const next = paras.find((x) => x.includes('After the signature'))!;
    const before = attr(signing, 'w:spacing', 'w:before') / 20;
    const after = attr(signing, 'w:spacing', 'w:after') / 20;
    const space = attr(signing, 'w:bottom', 'w:space'); // points
    const rule = attr(signing, 'w:bottom', 'w:sz') / 8; // eighths of a point
    // The paragraph before it ends with its one line; then the signing line's paragraph.
    const docxName = LINE + before + LINE + space + rule + after;
    expect(docxName).toBeCloseTo(pdfName, 1);
    if (signed) expect(LINE + before).toBeCloseTo(top('/s/') - top('Before'), 1);
    // Then the name, capacity and date (three lines) and the next paragraph's space before it
    // (its style's, 8 pt, when the paragraph says none: geometry.ts PARA_BEFORE).
    const nextBefore = next.includes('<w:spacing') ? attr(next, 'w:spacing', 'w:before') : PARA_BEFORE;
    expect(docxName + 3 * LINE + nextBefore / 20).toBeCloseTo(pdfAfter, 1);
  });
});
