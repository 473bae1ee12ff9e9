// Combining marks that NFC leaves on their base (Yoruba ẹ́, Navajo ą́, a tilde and an acute stacked
// on ɔ) are placed by the font's mark-to-base and mark-to-mark anchors (src/render/pdf/marks.ts,
// paint.ts showPlaced): drawn at the pen, a mark sat where it sits on an average lowercase letter,
// overprinting a capital's top and the mark below it. Checked on the page's pixels (the mark is
// ink of its own, above the letter) and on the text read back (the letters as typed).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HarborDocument } from '../../../src/model/types.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { harborFonts } from '../../../src/render/pdf/fonts.js';
import { placedClusters } from '../../../src/render/pdf/marks.js';
import { pdfRaster, pdfText } from '../../support/extract.js';
import { doc, h, p } from './models.js';
import { childBound } from '../../support/until.js';

/** A page with one paragraph and nothing else (no banner, header or footer). */
function alone(text: string): HarborDocument {
  return doc([p(text)], { banner: undefined, footer: [] });
}

/** The bands of rows holding ink on the first page, top to bottom: each a separate piece of a glyph's stack. */
async function inkBands(text: string): Promise<number> {
  const [page] = pdfRaster(await renderPdf(alone(text)), 300, 1);
  let bands = 0;
  let inBand = false;
  for (let y = 0; y < page!.height; y++) {
    let ink = false;
    for (let x = 0; x < page!.width; x++) {
      if (page!.pixels[y * page!.width + x]! < 128) {
        ink = true;
        break;
      }
    }
    if (ink && !inBand) bands++;
    inBand = ink;
  }
  return bands;
}

describe('combining marks sit on their own letter, never overprinting it or the mark below', () => {
  // Each NFC string below keeps a combining mark: no precomposed character exists for it.
  it.each([
    ['Ẹ́ (Yoruba capital: acute over E with dot below)', 'E\u0323\u0301', 3],
    ['Ọ́ (Yoruba capital)', 'O\u0323\u0301', 3],
    ['Ą́ (Navajo capital: acute over A with ogonek)', 'A\u0328\u0301', 2],
    ['ɔ̃́ (tilde, then acute above it)', '\u0254\u0303\u0301', 3],
  ])('%s: each mark is ink of its own above or below the letter', async (_name, text, bands) => {
    const nfc = text.normalize('NFC');
    expect(/\p{M}/u.test(nfc)).toBe(true);
    expect(await inkBands(nfc)).toBe(bands);
  });

  it('the anchors raise an acute over a capital and over a tilde, and leave a lowercase letter’s where it was drawn', () => {
    const face = harborFonts.face('regular');
    const y = (s: string, k: number) => placedClusters(face, s.normalize('NFC'))?.[0]?.offsets[2 * k + 1] ?? 0;
    expect(y('E\u0323\u0301', 1)).toBeGreaterThan(100); // font units of 1000: to the capital's height
    expect(y('\u0254\u0303\u0301', 2)).toBeGreaterThan(100); // above the tilde
    expect(y('e\u0323\u0301', 1)).toBe(0);
    expect(placedClusters(face, 'Plain text, no marks.')).toBeNull();
  });

  it('the text reads back as typed: no space or line break at a moved mark, in a paragraph, a bold heading and the running header', async () => {
    const names = 'Ẹ́mílíà Ọ́ṣun Ą́dą́ą́ ɔ̃́kɔ̃́ Nguyễn'.normalize('NFC');
    const pdf = await renderPdf(doc([h(2, `Heading ${names}`), p(`Names: ${names}, and Àdìsá.`)], { header: [p(`In re ${names}`)], footer: [] }));
    const text = pdfText(pdf).normalize('NFC');
    expect(text).toContain(`In re ${names}`); // the running header: an artifact, its spans nested in it
    expect(text).toContain(`Heading ${names}`);
    expect(text).toContain(`Names: ${names}, and Àdìsá.`);
  });

  it('justified text keeps its word spacing around a moved mark (the line still ends at the margin)', async () => {
    const words = Array.from({ length: 30 }, (_, i) => (i % 3 === 0 ? 'Ẹ́lẹ́' : 'word')).join(' ');
    const pdf = await renderPdf(doc([p(words.normalize('NFC'), 'justify')], { footer: [] }));
    const layout = pdfText(pdf, { layout: true });
    expect(layout.replace(/\s+/g, ' ')).toContain('Ẹ́lẹ́ word word Ẹ́lẹ́'.normalize('NFC'));
  });

  it('the structure tree holds the whole text too: each element’s marked content reads back as typed (pdfinfo -struct-text)', async () => {
    const names = 'Ẹ́mílíà Ọ́ṣun Ą́dą́ą́'.normalize('NFC');
    const pdf = await renderPdf(doc([h(2, `Heading ${names}`), p(`Names: ${names}, and Àdìsá.`)], { footer: [] }));
    const dir = mkdtempSync(join(tmpdir(), 'harbor-marks-'));
    try {
      writeFileSync(join(dir, 'm.pdf'), pdf);
      const tree = execFileSync('pdfinfo', ['-struct-text', join(dir, 'm.pdf')], { encoding: 'utf8', ...childBound() });
      // Each element's text: its quoted lines, joined (a moved cluster is marked content of its own).
      const elements = tree.split(/\n(?=\s*\w+ \(block\))/).map((e) => [...e.matchAll(/"(.*)"/g)].map((m) => m[1]).join('').normalize('NFC'));
      expect(elements).toContain(`Heading ${names}`);
      expect(elements).toContain(`Names: ${names}, and Àdìsá.`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
