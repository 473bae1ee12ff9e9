// Vowelled Arabic and Hebrew copy out of the PDF as typed: each letter with its marks (harakat,
// shadda, Hebrew points), in their typed order. The shaped word's glyphs are drawn in visual order,
// where a letter's marks came before it: poppler's pdftotext met each mark before the letter it
// sits on, offset from the glyph before it, and gave "ُم َح َّمد" for "مُحَمَّد" and "ׁשָ לו ֹם"
// for "שָׁלוֹם". Now a mark is drawn after its letter (src/render/pdf/shape.ts marksAfterBases),
// and a letter with marks is a Span whose replacement text is the letter and its marks
// (src/render/pdf/paint.ts markedGlyphs). Words without marks read as before.
import { describe, expect, it } from 'vitest';
import { getKind } from '../../../src/kinds/index.js';
import { readFixture } from '../../../src/kinds/files.js';
import { generate } from '../../../src/pipeline.js';
import { pdfText } from '../../support/extract.js';

const KIND = 'best-interests-memo';

/** The memo's example with each of `paragraphs` a paragraph before its summary: pdftotext's lines of page 1, embedding marks removed. */
async function copiedLines(paragraphs: string[]): Promise<string[]> {
  const data = structuredClone(readFixture(getKind(KIND), 'full.json')) as { summary: string };
  data.summary = `${paragraphs.join('\n\n')}\n\n${data.summary}`;
  const pdf = await generate({ kind: KIND, input: data, format: 'pdf' });
  // pdftotext wraps a right-to-left stretch in U+202B … U+202C (RLE, PDF): not in the text typed.
  return pdfText(pdf.bytes, { first: 1, last: 1 })
    .replace(/[\u202b\u202c]/g, '')
    .split('\n')
    .map((l) => l.trim());
}

describe('right-to-left words with marks copy back as typed', () => {
  // Fictional names and common words; each line a paragraph of its own, so pdftotext reads it whole.
  const VOWELLED = [
    'مُحَمَّد عَلِي', // damma, fatha, shadda with fatha (the shaper puts the shadda first), kasra
    'فَاطِمَة الزَّهْرَاء', // sukun, shadda
    'شُكْرًا جَزِيلًا لَكُم', // tanween fathatan before an alef
    'שָׁלוֹם עֲלֵיכֶם', // qamats with the shin dot, holam, hataf patah
    'יְרוּשָׁלַיִם', // sheva, shuruq (dagesh in vav), hiriq
    'בְּרֵאשִׁית', // dagesh with sheva, tsere, shin dot with hiriq
  ];
  const PLAIN = ['محمد علي', 'فاطمة الزهراء', 'שלום עליכם', 'ירושלים'];

  it.each(VOWELLED)('%s: each letter with its marks, in the order typed', async (text) => {
    // Before: "ُم َح َّمد" (each mark before its letter, a space after it).
    expect(await copiedLines([text])).toContain(text);
  });

  it('a page of them, with and without marks, in both scripts', async () => {
    const lines = await copiedLines([...VOWELLED, ...PLAIN]);
    for (const text of [...VOWELLED, ...PLAIN]) expect(lines, text).toContain(text);
  });

  it('in an English sentence, the vowelled name reads as typed', async () => {
    const lines = await copiedLines(['Her given name is مُحَمَّد عَلِي and she is 14.']);
    expect(lines.some((l) => l.includes('مُحَمَّد عَلِي'))).toBe(true);
  });
});
