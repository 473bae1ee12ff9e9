// Text comes back out of the DOCX as a reader gets it: every word of the specimen narrative and
// every name in every script, in reading order; hostile values literally (in body, header,
// cells and signature); right-to-left text marked so Word orders it.
import { statSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../src/render/docx/index.js';
import type { Block } from '../../../src/model/types.js';
import { docxParts, docxText, findInOrder, squash, wordXmlText } from '../../support/extract.js';
import { SPECIMEN_NAMES, narrative, specimenModel } from '../../specimen/index.js';
import { doc, p, t } from './models.js';
import { all, paragraphs, paraText } from './support.js';

describe('DOCX text', () => {
  it('has every word of the specimen narrative and every name, in reading order', async () => {
    const text = squash(docxText(await renderDocx(specimenModel())));
    const names = SPECIMEN_NAMES.map((n) => n.name);
    expect(findInOrder(text, names)).toEqual({ missing: [], outOfOrder: [] });
    const words = squash(narrative(40)).split(' ');
    expect(words.length).toBeGreaterThan(2000);
    expect(findInOrder(text, words)).toEqual({ missing: [], outOfOrder: [] });
    // Paragraph by paragraph, nothing dropped or reordered inside a paragraph.
    for (const para of narrative(40).split('\n\n')) expect(text).toContain(squash(para));
  });

  it('keeps hostile values literal in the body, header, footer, table cells and signature', async () => {
    const hostile = '<b>x</b> &amp; {{x}} * # | "q"';
    const body: Block[] = [
      p(hostile),
      { type: 'table', columns: [1], headerRows: [{ cells: [{ align: 'left', colspan: 1, children: [t(hostile)] }] }], rows: [] },
      { type: 'signature', signer: hostile, capacity: '{{capacity}}', place: '&lt;here&gt;' },
    ];
    const parts = docxParts(
      await renderDocx(doc(body, { banner: hostile, footer: [{ type: 'paragraph', align: 'left', children: [t(hostile)] }] })),
    );
    const bodyText = wordXmlText(parts['word/document.xml']!);
    expect(bodyText.split(hostile).length - 1).toBe(3); // paragraph, cell, signer
    expect(bodyText).toContain('{{capacity}}');
    expect(bodyText).toContain('&lt;here&gt;');
    expect(wordXmlText(parts['word/header1.xml']!)).toContain(hostile);
    expect(wordXmlText(parts['word/footer1.xml']!)).toContain(hostile);
    expect(parts['word/document.xml']).not.toMatch(/<b>/);
  });

  it('marks right-to-left text: RTL runs always, a bidi paragraph when its first and last letters are right-to-left', async () => {
    const hebrew = 'שרה כהן';
    const arabic = 'مرحبا بالعالم';
    const xml = docxParts(
      await renderDocx(
        doc([
          p(`The child, ${hebrew}, spoke with the caseworker.`),
          p(`${arabic} (1).`),
          { type: 'paragraph', align: 'right', children: [t(hebrew)] },
          // An English filing's sentence opening with an Arabic name stays left-to-right: a
          // paragraph is right-to-left when its first and last letters are (src/model/direction.ts).
          p(`${arabic} 1) said the child`),
          p(`سلمى عبد الرحمن; 王小梅; सलमा देवी`),
        ]),
      ),
    )['word/document.xml']!;
    const [mixed, rtlFirst, rtlRight, arabicFirst, names] = paragraphs(xml);
    for (const ltr of [arabicFirst, names]) expect(ltr).not.toContain('<w:bidi/>');
    // Only the Arabic name is a right-to-left run; the list's order and separators stay as written.
    expect(names).toContain('<w:rtl/><w:lang w:bidi="ar"/></w:rPr><w:t xml:space="preserve">سلمى عبد الرحمن</w:t>');
    expect(names).toContain('<w:t xml:space="preserve">; </w:t>');
    // An English paragraph with a Hebrew name: left-to-right paragraph, the name alone is an RTL run.
    expect(mixed).not.toContain('<w:bidi/>');
    // ... in its language for screen readers (w:lang w:bidi).
    // ... named in the PDF's Hebrew face, the whole name one run.
    const heFont = '<w:rFonts w:ascii="Noto Serif Hebrew" w:cs="Noto Serif Hebrew" w:eastAsia="Noto Serif Hebrew" w:hAnsi="Noto Serif Hebrew"/>';
    expect(mixed).toContain(`<w:r><w:rPr>${heFont}<w:rtl/><w:lang w:bidi="he"/></w:rPr><w:t xml:space="preserve">${hebrew}</w:t></w:r>`);
    expect(mixed).toContain('<w:t xml:space="preserve">The child, </w:t>');
    // A paragraph of Arabic alone (digits and punctuation decide nothing) is right-to-left as a whole.
    expect(rtlFirst).toContain('<w:bidi/>');
    expect(rtlFirst).toContain(`<w:rtl/><w:lang w:bidi="ar"/></w:rPr><w:t xml:space="preserve">${arabic}</w:t>`);
    expect(rtlFirst).not.toContain('<w:jc ');
    expect(rtlRight).toContain('<w:bidi/>');
    expect(rtlRight).toMatch(/<w:jc w:val="(right|left|end)"\/>/);
    // The text itself is intact, in logical order.
    expect(squash(wordXmlText(xml))).toContain(`The child, ${hebrew}, spoke with the caseworker.`);
  });

  it('names an Arabic-script name in the PDF’s face, the whole name one run, and embeds the face (Pashto ۍ, Urdu ہ print without the reader’s fonts)', async () => {
    const bytes = await renderDocx(doc([p('Attorney: ملالۍ ځدراڼ; case manager: عائشہ خان.')]));
    const parts = docxParts(bytes);
    const xml = parts['word/document.xml']!;
    const naskh = '<w:rFonts w:ascii="Noto Naskh Arabic" w:cs="Noto Naskh Arabic" w:eastAsia="Noto Naskh Arabic" w:hAnsi="Noto Naskh Arabic"/>';
    expect(xml).toContain(`${naskh}<w:rtl/><w:lang w:bidi="ar"/></w:rPr><w:t xml:space="preserve">ملالۍ ځدراڼ</w:t>`);
    expect(xml).toContain(`${naskh}<w:rtl/><w:lang w:bidi="ar"/></w:rPr><w:t xml:space="preserve">عائشہ خان</w:t>`);
    expect(parts['word/fontTable.xml']).toMatch(/<w:font w:name="Noto Naskh Arabic">.*?<w:embedRegular /s);
    // The whole font: a subset of the characters' glyphs has no GSUB, and LibreOffice printed the letters unjoined.
    const sizes = Object.entries(unzipSync(bytes)).filter(([name]) => name.endsWith('.odttf')).map(([, body]) => body.length);
    expect(sizes).toContain(statSync(new URL('../../../assets/fonts/NotoNaskhArabic-Regular.ttf', import.meta.url)).size);
  });

  it('keeps a left-to-right list of right-to-left names in its order: a left-to-right mark after a name another follows', async () => {
    // UAX #9 N1: neutrals between two right-to-left letters are right-to-left, so without a strong
    // left-to-right character between them "A; B" of two RTL names shows as one RTL sequence, B
    // first. The list is the English template's: its separators must stay left-to-right.
    const arabic = 'سلمى عبد الرحمن';
    const arabic2 = 'ليلى';
    const hebrew = 'שרה כהן';
    const LRM = '\u200E';
    const xml = docxParts(
      await renderDocx(
        doc([
          p(`Other names used: ${arabic}; ${hebrew}; Salma Example`),
          p(`Also known as ${arabic}; ${arabic2}`),
          { type: 'paragraph', align: 'left', children: [t('Names: '), t(hebrew, { bold: true }), t(arabic)] },
          p(`The child, ${hebrew}, spoke with the caseworker.`),
          p(`${arabic}; ${arabic2}`),
        ]),
      ),
    )['word/document.xml']!;
    const [mixed, same, adjacent, one, rtlOnly] = paragraphs(xml);
    const runs = (x: string) => all(/<w:r>([\s\S]*?)<\/w:r>/g, x).map((r) => ({ rtl: r.includes('<w:rtl/>'), text: paraText(r) }));
    // Two scripts: each name its own RTL run, the separator after the first marked left-to-right.
    expect(runs(mixed!)).toEqual([
      { rtl: false, text: 'Other names used: ' },
      { rtl: true, text: arabic },
      { rtl: false, text: `${LRM}; ` },
      { rtl: true, text: hebrew },
      { rtl: false, text: '; Salma Example' },
    ]);
    // One script: the semicolon ends the stretch, so each name is a run, in order.
    expect(runs(same!)).toEqual([
      { rtl: false, text: 'Also known as ' },
      { rtl: true, text: arabic },
      { rtl: false, text: `${LRM}; ` },
      { rtl: true, text: arabic2 },
    ]);
    // Two RTL runs with nothing between (a word in bold, then the rest): one right-to-left
    // stretch, as the PDF reads it (src/model/direction.ts rtlIsolationMarks, round r56); the
    // DOCX put a mark between them, run by run, so a name with one word bold showed its words
    // left to right, first word first.
    expect(runs(adjacent!).map((r) => r.text)).toEqual(['Names: ', hebrew, arabic]);
    // A name that English follows needs no mark, nor does a right-to-left paragraph.
    expect(paraText(one!)).toBe(`The child, ${hebrew}, spoke with the caseworker.`);
    expect(rtlOnly).toContain('<w:bidi/>');
    expect(paraText(rtlOnly!)).toBe(`${arabic}; ${arabic2}`);
  });

  it('writes a right-to-left banner (an override template may set one) into the header', async () => {
    // The body area is measured with the PDF's metrics, which refuse right-to-left scripts: the
    // banner is measured with a stand-in for each such character, as header and body text are.
    const banner = 'סודי — CONFIDENTIAL';
    const header = Object.entries(docxParts(await renderDocx(doc([p('Body.')], { banner })))).find(([name]) => /^word\/header\d*\.xml$/.test(name))![1];
    expect(squash(wordXmlText(header))).toContain(banner);
  });

  it('refuses a control character instead of writing XML Word cannot open', async () => {
    await expect(renderDocx(doc([p('bad \u0001 text')]))).rejects.toMatchObject({ code: 'unsupported-character' });
    await expect(renderDocx(doc([p('bad \uFFFE text')]))).rejects.toMatchObject({ code: 'unsupported-character' });
  });
});
