// A page break followed only by blocks that print nothing (a clinic template's paragraph around a
// condition the case leaves empty) starts no page: the last page held only the banner and the
// footer's "Page 2 of 2" (src/markup/parse.ts blocks, docs/markup.md). Checked on the laid-out
// pages (JSON boxes) and on the DOCX's paragraphs.
import { describe, expect, it } from 'vitest';
import { parseMarkup } from '../../../src/markup/parse.js';
import { layoutDocument } from '../../../src/render/pdf/layout.js';
import { renderDocx } from '../../../src/render/docx/index.js';
import { docxParts } from '../../support/extract.js';

const META = { kind: 't', templateVersion: '1', harborVersion: '0', fingerprint: 'f', date: '2026-01-01' };
const markup = (tail: string) =>
  `<document title="T" banner="CONFIDENTIAL"><footer><p align="center">Page <page-number/> of <page-count/></p></footer>
   <p>The declaration's only paragraph.</p><page-break/>${tail}</document>`;

describe('no page holding only the running header and footer', () => {
  it.each([['<p></p>'], ['<p>  </p>'], ['<h2></h2><p> </p>'], ['<p><em></em></p>']])('a page break then %s: one page', (tail) => {
    const layout = layoutDocument(parseMarkup(markup(tail), 'test', META));
    expect(layout.pages.length).toBe(1);
    expect(layout.pages[0]!.boxes.some((b) => b.type === 'text' && b.text.includes('only'))).toBe(true);
  });

  it('a page break then real text still starts its page', () => {
    expect(layoutDocument(parseMarkup(markup('<p>Exhibit list.</p>'), 'test', META)).pages.length).toBe(2);
  });

  it('DOCX: no empty paragraph after the break either (Word and LibreOffice printed a blank page)', async () => {
    const xml = docxParts(await renderDocx(parseMarkup(markup('<p></p>'), 'test', META)))['word/document.xml']!;
    const body = xml.slice(xml.indexOf('<w:body>'), xml.indexOf('<w:sectPr'));
    expect(body.match(/<w:p>|<w:p /g)?.length).toBe(1);
    expect(body).not.toContain('w:type="page"');
  });
});

describe('a page break ending the body starts no page in the DOCX, as in the PDF', () => {
  it('no break paragraph at the end of the body (Word showed its paragraph mark on a blank last page)', async () => {
    const m = `<document title="T"><p>Only.</p><page-break/></document>`;
    expect(layoutDocument(parseMarkup(m, 'test', META)).pages.length).toBe(1);
    const xml = docxParts(await renderDocx(parseMarkup(m, 'test', META)))['word/document.xml']!;
    expect(xml).not.toContain('w:type="page"');
  });
});
