// Foundation must-show 2: hostile values render in both formats and come back as literal text.
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/render/docx/index.js';
import { renderPdf } from '../../src/render/pdf/index.js';
import { SPECIMEN_HOSTILE, specimenModel, specimenView } from '../specimen/index.js';
import { docxParts, docxText, pdfText, squash } from '../support/extract.js';

const view = specimenView();
const model = specimenModel(view);

describe('hostile values are text, never structure', () => {
  it('the model holds them literally (the parser decoded exactly one level of escaping)', () => {
    const json = JSON.stringify(model);
    for (const h of SPECIMEN_HOSTILE) expect(json).toContain(JSON.stringify(h).slice(1, -1));
    expect(model.title).toBe('Specimen of Harbor markup <b> & "friends"');
  });

  it('PDF: every hostile value appears literally in the extracted text', async () => {
    const text = squash(pdfText(await renderPdf(model)));
    for (const h of SPECIMEN_HOSTILE) expect(text, h).toContain(h);
    expect(text).toContain(squash(String(view.hostileSentence)));
    expect(text).toContain('SPEC-0001 | #42 * {{x}}'); // header text too
  });

  it('DOCX: every hostile value appears literally in the text, and the XML stays well-formed', async () => {
    const bytes = await renderDocx(model);
    const text = squash(docxText(bytes));
    for (const h of SPECIMEN_HOSTILE) expect(text, h).toContain(h);
    expect(text).toContain(squash(String(view.hostileSentence)));
    const xml = docxParts(bytes)['word/document.xml']!;
    expect(xml).not.toContain('<b>'); // escaped as &lt;b&gt; in XML, never a raw tag
    expect(xml).toContain('&lt;b&gt;');
  });
});
