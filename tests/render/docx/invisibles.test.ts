// Every character the DOCX writer can put into a run's text that prints as nothing or holds text
// together, each decided (docs/rendering.md, "What a copy of the DOCX's text holds"), read in the
// XML: what a reader copying text out of Word or LibreOffice gets.
// - U+2060 (word joiner): between the links of a subsection chain "(c)(2)", kept: no means of
//   WordprocessingML holds ")(" together without a character, and without it LibreOffice ended
//   lines at "§ 1593(b)" / "(3)." and laid the worksheet's full example on a page fewer than the
//   PDF (tests/render/docx/fidelity.test.ts). After a minus, plus or plus-minus sign before a
//   currency sign, "−$40.00", kept: a break would leave "$40.00", an amount that reads positive, at
//   a line's start (tests/render/number-hyphens.test.ts). Nowhere else.
// - U+00AD (soft hyphen, typed or pasted): Word's own w:softHyphen, not the character in w:t, which
//   Word shows as a hard hyphen in the middle of the word.
// - U+2011 (typed, a number's hyphen, or a compound name's): Word's own w:noBreakHyphen.
// - U+00A0: the no-break spaces of held units ("§ 1593"), Word's own no-break space.
// - U+200E: only in a paragraph with right-to-left text (the direction marks of docs/rendering.md).
// Nothing else invisible (no U+200F, U+2066–U+2069, U+FEFF, U+200B) is added.
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../src/render/docx/index.js';
import { docxParts } from '../../support/extract.js';
import { doc, p, row } from '../pdf/models.js';
import { paragraphs } from './support.js';

const CITATIONS = 'Under 18 U.S.C. § 1593(c)(2)(A) and 8 C.F.R. 214.204(c)(2)(iii), (b)(3) of § 214.11.';
const AMOUNTS = 'Owed −$40.00 and +$12.50 and −15% and Form I-914 and case 4:17-cr-00907-RBH and A\u2011123.';
const SOFT = 'Her employer, Hernán\u00addez-Ville\u00adgas, paid her in Konfi\u00adguration.';
const RTL = 'Other names: سلمى عبد الرحمن; שרה כהן.';

/** The characters of a paragraph's w:t elements, entities read. */
function wText(para: string): string {
  return [...para.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1]!)
    .join('')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** Invisible or joining characters: format characters (Cf: U+00AD, U+200E, U+2060…), no-break space, U+2011. */
const INVISIBLE = /[\p{Cf}\u00a0\u2011]/gu;

describe('invisible and joining characters in the DOCX', async () => {
  const table = { type: 'table' as const, columns: [1, 1], headerRows: [], rows: [row('§ 1593(c)(2)', 'Hernán\u00addez')] };
  const body = docxParts(await renderDocx(doc([p(CITATIONS), p(AMOUNTS), p(SOFT), p(RTL), table])))['word/document.xml']!;
  const paras = paragraphs(body);
  const para = (start: string) => paras.find((x) => wText(x).includes(start))!;

  it('holds a subsection chain with word joiners and the units with no-break spaces, nothing else', () => {
    const text = wText(para('Under'));
    expect(text).toBe('Under 18\u00a0U.S.C.\u00a0§\u00a01593(c)\u2060(2)\u2060(A) and 8\u00a0C.F.R.\u00a0214.204(c)\u2060(2)\u2060(iii), (b)\u2060(3) of §\u00a0214.11.');
    expect(paras.map(wText)).toContain('§\u00a01593(c)\u2060(2)'); // the table's cell
  });

  it('writes a soft hyphen as Word\'s w:softHyphen, never the character', () => {
    const x = para('Her employer');
    // The compound name's own hyphen is Word's w:noBreakHyphen (read here as the U+2011 LibreOffice
    // reads it): the name is kept whole as in the PDF (docs/rendering.md, round r60).
    expect(wText(x.replace(/<w:noBreakHyphen\/>/g, '<w:t>\u2011</w:t>'))).toBe('Her employer, Hernández\u2011Villegas, paid her in Konfiguration.');
    expect(x.match(/<w:softHyphen\/>/g)).toHaveLength(3);
    expect(x).toContain('Hernán</w:t><w:softHyphen/><w:t xml:space="preserve">dez</w:t><w:noBreakHyphen/><w:t xml:space="preserve">Ville</w:t><w:softHyphen/>');
  });

  it('adds no invisible character but the decided ones, each where its rule puts it', () => {
    const found = new Map<string, string[]>();
    for (const x of paras) {
      const text = wText(x);
      for (const m of text.matchAll(INVISIBLE)) {
        const c = m[0];
        const around = text.slice(Math.max(0, m.index - 1), m.index + 2);
        found.set(c, [...(found.get(c) ?? []), around]);
      }
    }
    expect([...found.keys()].map((c) => c.codePointAt(0)!.toString(16)).sort()).toEqual(['200e', '2060', 'a0']);
    // The joiner: between a chain's links, or after a sign before a currency sign.
    expect(new Set(found.get('\u2060'))).toEqual(new Set([')\u2060(', '−\u2060$', '+\u2060$']));
    // The left-to-right mark: in the right-to-left names' paragraph alone.
    for (const x of paras) if (wText(x).includes('\u200e')) expect(wText(x)).toMatch(/[\u0590-\u06ff]/);
    // U+2011 and U+00AD are Word's elements, not text.
    expect(body).toContain('<w:noBreakHyphen/>');
  });
});
