// A compound name ("García-López", "Hernández-Villanueva") is not broken at its hyphen
// (src/render/pdf/breaks.ts afterNameHyphen): a line ending in a hyphen is read as a word
// hyphenated at its end, and pdftotext (poppler) or a viewer's copy joined the two lines and
// dropped the hyphen, so a declarant's name in the running header read back as
// "HernándezVillanueva". A name wider than the line still breaks at its hyphen first, before it is
// broken between letters; hyphens of ordinary words ("well-known") break as before.
import { describe, expect, it } from 'vitest';
import type { Block, Inline } from '../../../src/model/types.js';
import { breakOpportunities } from '../../../src/render/pdf/breaks.js';
import { harborFonts } from '../../../src/render/pdf/fonts.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { breakLines, styledGroups, type Line } from '../../../src/render/pdf/text.js';
import { pdfBodyText } from '../../support/extract.js';
import { doc, p } from './models.js';

const NAMES = ['María-José García-López', 'Hernández-Villanueva', 'Jean-Pierre Öztürk-Ávila', 'Al-Amin'];
const lay = (s: string, width: number): Line[] => breakLines(styledGroups([{ type: 'text', text: s } as Inline], () => '0'), width, 12, harborFonts);
const lineText = (l: Line) => l.pieces.map((x) => x.text).join('');

describe('a compound name across lines', () => {
  it('offers no break after the hyphen of a compound name, and keeps those of words and abbreviations', () => {
    const s = 'Ana García-López, a well-known self-employed cook, filed Form I-914 on the U.S.-Mexico border.';
    const after = [...breakOpportunities(s)].map((b) => s.slice(0, b >> 1).split(' ').at(-1));
    expect(after).not.toContain('García-');
    expect(after).toContain('well-');
    expect(after).toContain('self-');
    expect(after).toContain('U.S.-');
    // Any script's capitals: Cyrillic, Greek.
    expect([...breakOpportunities('Анна Иванова-Петрова')].map((b) => b >> 1)).toEqual([5, 20]);
  });

  it('reads back whole from the PDF wherever the line ends near it', async () => {
    // The names after 0 to 19 words: their lines end at every place in them.
    const body: Block[] = [];
    for (let n = 0; n < 20; n++) body.push(p(`${'word '.repeat(n)}${NAMES.join(' and ')}.`));
    const text = pdfBodyText(await renderPdf(doc(body)));
    const joined = text.replace(/\n/g, ' ');
    for (const name of NAMES) expect(joined.split(name).length - 1, name).toBe(20);
    expect(text.split('\n').filter((l) => /\p{L}-$/u.test(l))).toEqual([]);
  });

  it('breaks a name wider than the line at its hyphen first, then between letters', () => {
    const w = 95; // "Hernández-" fits, "Hernández-Villanueva" does not
    expect(lay('Hernández-Villanueva', w).map(lineText)).toEqual(['Hernández-', 'Villanueva']);
    // Words before it: the name goes to a line of its own, then breaks at its hyphen.
    expect(lay('Ms. Hernández-Villanueva', w).map(lineText)).toEqual(['Ms.', 'Hernández-', 'Villanueva']);
    // No hyphen that fits: between letters, as any word wider than the line.
    const parts = lay('Wolfeschlegelsteinhausen-Bergerdorff', w).map(lineText);
    expect(parts.join('')).toBe('Wolfeschlegelsteinhausen-Bergerdorff');
    expect(parts.length).toBeGreaterThan(2);
  });
});
