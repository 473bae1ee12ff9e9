// The signature page carries text signed (docs/pagination.md §Blocks). A signature keeps with the
// last two lines before it; a one-line close between the text and the signature ("Respectfully
// submitted,") was one of those two, so the close and the signature could stand alone on the last
// page: the memo's `minimal` and `alternatives-alike` examples did (src/model/keeps.ts
// closesBeforeSignature). And a lead-in ending a `keep` (the memo's "Recommendations of the child
// advocate" and "The child advocate recommends:", kept together by its template) held nothing to
// the list after it, so once that list moved, the heading and its lead-in ended a page alone
// (src/model/keeps.ts endOf). Both formats, swept across a page foot.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model/types.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { layoutDocument } from '../../src/render/pdf/layout.js';
import { docxParts } from '../support/extract.js';
import { paragraphs, paraText } from './docx/support.js';
import { doc, filler, h, p } from './pdf/models.js';

const LAST = 'Release the child to her mother’s cousin; in the alternative, to the second sponsor named above.';
const sig: Block = { type: 'signature', signer: 'Dana Example', capacity: 'Child Advocate', date: 'March 10, 2026' };
const list = (text: string): Block => ({ type: 'list', ordered: true, items: [{ children: [p(text)] }] });
const recommendations = (keep: boolean): Block[] => {
  const lead = [h(3, 'Recommendations of the child advocate'), p('The child advocate recommends:')];
  return [...(keep ? [{ type: 'keep', children: lead } as Block] : lead), list(LAST), p('Respectfully submitted,'), sig];
};

/** The page (0-based) of the first text box starting with each of `starts`. */
function pagesOf(body: Block[], ...starts: string[]): number[] {
  const pages = layoutDocument(doc(body)).pages;
  return starts.map((s) => pages.findIndex((pg) => pg.boxes.some((b) => b.type === 'text' && b.text.startsWith(s))));
}

describe('a one-line close before a signature', () => {
  it('PDF: the signature’s page holds a line of the text signed, wherever the page ends', () => {
    const crossed = new Set<number>();
    for (let n = 30; n < 52; n++) {
      const body = [...filler(n), p(`${'The text signed runs on. '.repeat(8)}Its last words.`), p('Respectfully submitted,'), sig];
      const [close, signer] = pagesOf(body, 'Respectfully', 'Dana Example');
      const pages = layoutDocument(doc(body)).pages;
      const text = pages.findIndex((pg) => pg.boxes.some((b) => b.type === 'text' && b.text.includes('words.')));
      crossed.add(signer!);
      expect(close, `after ${n} lines`).toBe(signer);
      expect(text, `after ${n} lines`).toBe(signer);
    }
    expect(crossed.size).toBeGreaterThan(1);
  });

  it('PDF: a lead-in ending a keep stays with its list, and the list with the close and signature', () => {
    for (const keep of [true, false]) {
      const crossed = new Set<number>();
      for (let n = 30; n < 52; n++) {
        const body = [...filler(n), ...recommendations(keep)];
        const [heading, lead, item, close, signer] = pagesOf(body, 'Recommendations of', 'The child advocate recommends', 'Release the child', 'Respectfully', 'Dana Example');
        crossed.add(signer!);
        expect([heading, lead, item, close], `keep ${keep}, after ${n} lines`).toEqual([signer, signer, signer, signer]);
      }
      expect(crossed.size).toBeGreaterThan(1);
    }
  });

  it('DOCX: keepNext on the text before a one-line close, and on a lead-in ending a keep', async () => {
    const xml = docxParts(await renderDocx(doc([p('Before.'), ...recommendations(true)])))['word/document.xml']!;
    const ps = paragraphs(xml);
    const byText = (s: string) => ps.find((q) => paraText(q) === s)!;
    expect(byText('Before.')).not.toContain('<w:keepNext/>');
    expect(byText('The child advocate recommends:')).toContain('<w:keepNext/>');
    expect(byText(LAST)).toContain('<w:keepNext/>');
    expect(byText('Respectfully submitted,')).toContain('<w:keepNext/>');
  });

  it('DOCX: a close of several lines holds only itself to the signature', async () => {
    const close = `I declare under penalty of perjury that the foregoing is true and correct.${' It runs on past one line of the page.'.repeat(3)}`;
    const xml = docxParts(await renderDocx(doc([p('The text signed.'), p(close), sig])))['word/document.xml']!;
    const ps = paragraphs(xml);
    expect(ps.find((q) => paraText(q) === 'The text signed.')!).not.toContain('<w:keepNext/>');
    expect(ps.find((q) => paraText(q) === close)!).toContain('<w:keepNext/>');
  });
});

describe('a long paragraph before a signature', () => {
  // A widow rule, not a whole hold: the signature keeps the paragraph's last two lines, and the
  // rest fills the page before (docs/pagination.md §Blocks; the DOCX asks the same with keepNext,
  // which LibreOffice reads as a whole hold).
  it('PDF: only its last two lines go to the signature’s page when the page ends in it', () => {
    let split = 0;
    for (let n = 18; n < 34; n++) {
      const long = p(Array.from({ length: 10 }, (_, j) => `Sentence ${j} of the statement signed, which runs on for a full line of text.`).join(' '));
      const pages = layoutDocument(doc([...filler(n), long, sig])).pages;
      const lines = pages.map((pg) => new Set(pg.boxes.flatMap((b) => (b.type === 'text' && b.src.startsWith(`body.${n}`) ? [Math.round(b.y)] : []))).size);
      const signer = pages.findIndex((pg) => pg.boxes.some((b) => b.type === 'text' && b.text.startsWith('Dana')));
      const on = lines.flatMap((c, i) => (c > 0 ? [i] : []));
      if (on.length < 2) continue; // the paragraph and the signature on one page
      split++;
      expect(on, `after ${n} lines`).toEqual([signer - 1, signer]);
      // Two lines or more on each side, as in any paragraph (two, or three where the page before
      // had room for no more).
      expect(lines[signer - 1]!, `after ${n} lines: ${lines.join(' | ')}`).toBeGreaterThanOrEqual(2);
      expect(lines[signer]!, `after ${n} lines: ${lines.join(' | ')}`).toBeGreaterThanOrEqual(2);
    }
    // Held whole, the paragraph would never be split: it moved to the signature's page.
    expect(split).toBeGreaterThan(2);
  });
});
