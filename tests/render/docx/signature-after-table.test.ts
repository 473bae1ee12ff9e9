// A signature right after a table (a table of payees, then the signer): in the DOCX it is a bare
// table (src/render/docx/blocks.ts signature), and two adjacent tables are parted by a spacer
// paragraph. The spacer was the PDF's 8 pt above a table, which the PDF does not put above a
// signature (no table there): LibreOffice drew the signing line 11 pt lower than the PDF, and a
// signature that ended a page in the PDF moved a line sooner. The spacer is now 1 pt, taken from
// the signing line's own space above it.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/model/types.js';
import { renderDocx } from '../../../src/render/docx/index.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { docxParts, pdfWords } from '../../support/extract.js';
import { doc, filler, row } from '../pdf/models.js';
import { libreOfficePdfs, loTimeout, paragraphs } from './support.js';

const table: Block = { type: 'table', columns: [2, 3], headerRows: [row('Name', 'Amount')], rows: [row('Payee one', '$10.00'), row('Payee two', '$20.00')] };
const signature: Block = { type: 'signature', signer: 'Dana Okafor', capacity: 'Attorney for the victim', signed: '/s/ Dana Okafor' };
const body = [...filler(5), table, signature];

/** Points from the top of the last row's text to the top of the electronic signature. */
function gap(pdf: Uint8Array): number {
  const words = pdfWords(pdf);
  const row = words.find((w) => w.text === '$20.00')!;
  const signed = words.find((w) => w.text === '/s/')!;
  return signed.yMin - row.yMin;
}

describe('a signature right after a table, in the DOCX', () => {
  it('is parted from the table by a 1-pt spacer, its signing line 1 pt less space above', async () => {
    const xml = docxParts(await renderDocx(doc(body)))['word/document.xml']!;
    const after = paragraphs(xml.slice(xml.indexOf('</w:tbl>', xml.indexOf('$20.00'))));
    expect(after[0]).toContain('<w:spacing w:after="0" w:before="0" w:line="20" w:lineRule="exact"/>');
    // 16 pt before the block and 30 pt to sign, less the 2 pt between the signing line and the
    // text on it (./signature-spacing.test.ts), less the line that text is set on, less the spacer.
    expect(after[1]).toContain('/s/ Dana Okafor');
    expect(after[1]).toContain('w:before="548"');
  });

  it(
    'LibreOffice sets the signing line as far below the table as the PDF does, within 4 pt',
    async () => {
      const model = doc(body);
      const [lo] = libreOfficePdfs([await renderDocx(model)]);
      const pdf = await renderPdf(model);
      expect(Math.abs(gap(lo!) - gap(pdf))).toBeLessThan(4);
    },
    loTimeout(1),
  );
});
