// A `keep` that holds a table with something after it (the RFA's "10. Requester's verification":
// heading, due-date table, "I have reviewed this draft…", signature) stays on one page in the
// DOCX as the PDF keeps it. LibreOffice (7.4) keeps a paragraph with the table row after it but
// never a table with what follows it (keepNext on its last row's paragraphs, Word's rule): the
// heading and the table ended a page, the paragraph and the signature starting the next. The
// run from the table on is the one unsplittable row of a bare table (blocks.ts holdAcrossTable).
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/model/types.js';
import { renderDocx } from '../../../src/render/docx/index.js';
import { docxParts } from '../../support/extract.js';
import { doc, h, p, t } from './models.js';
import { paraText } from './support.js';

const cell = (text: string) => ({ align: 'left' as const, colspan: 1, children: [t(text)] });
const table = (label: string): Block => ({ type: 'table', columns: [2, 5], headerRows: [], rows: [{ cells: [cell(label), cell('Saturday, June 13, 2026')] }] });
const signature: Block = { type: 'signature', signer: 'Dana Example', capacity: 'Case manager' };

/** The outermost `<w:tbl>…</w:tbl>` of `xml` starting at or after `from`. */
function tableAt(xml: string, from: number): string {
  const start = xml.indexOf('<w:tbl>', from);
  let depth = 0;
  for (const m of xml.slice(start).matchAll(/<\/?w:tbl>/g)) {
    depth += m[0] === '<w:tbl>' ? 1 : -1;
    if (depth === 0) return xml.slice(start, start + m.index + m[0].length);
  }
  throw new Error('unclosed table');
}

/** The rows of a table's own (outermost) level, nested tables inside them. */
function ownRows(tbl: string): string[] {
  const rows: string[] = [];
  let depth = 0;
  let start = -1;
  for (const m of tbl.matchAll(/<\/?w:tbl>|<w:tr>|<\/w:tr>/g)) {
    if (m[0] === '<w:tbl>') depth++;
    else if (m[0] === '</w:tbl>') depth--;
    else if (depth === 1 && m[0] === '<w:tr>') start = m.index;
    else if (depth === 1 && m[0] === '</w:tr>') rows.push(tbl.slice(start, m.index + m[0].length));
  }
  return rows;
}

async function documentXml(body: Block[]): Promise<string> {
  return docxParts(await renderDocx(doc(body)))['word/document.xml']!;
}

describe('a keep that holds a table with something after it, in the DOCX', () => {
  it('holds the table and everything after it in the keep in one unsplittable row; the heading before it stays a paragraph of the body', async () => {
    const xml = await documentXml([p('Before.'), { type: 'keep', children: [h(2, '10. Verification'), table('Submit by'), p('I have reviewed this draft.'), signature] }, p('After.')]);
    const heading = xml.indexOf('10. Verification');
    // The heading is no table's: it is not inside any <w:tbl>, and keeps with what follows.
    expect(xml.slice(0, heading).split('<w:tbl>').length - 1).toBe(xml.slice(0, heading).split('</w:tbl>').length - 1);
    const outer = tableAt(xml, heading);
    const rows = ownRows(outer);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/^<w:tr><w:trPr><w:cantSplit\/>/);
    const text = paraText(rows[0]!);
    for (const part of ['Submit by', 'I have reviewed this draft.', 'Dana Example', 'Case manager']) expect(text).toContain(part);
    // The text after the keep is the body's again.
    expect(xml.indexOf('After.')).toBeGreaterThan(xml.indexOf(outer) + outer.length);
  });

  it('a table with something after it anywhere in the keep: from the table on; a lead-in before it stays outside', async () => {
    const xml = await documentXml([{ type: 'keep', children: [p('The dates:'), table('Due'), p('Then the rest.')] }]);
    const lead = xml.indexOf('The dates:');
    const rows = ownRows(tableAt(xml, lead));
    expect(rows).toHaveLength(1);
    expect(paraText(rows[0]!)).toContain('Due');
    expect(paraText(rows[0]!)).toContain('Then the rest.');
  });

  it('leaves a keep that ends with its only table, or is too tall to keep, as it was', async () => {
    const last = await documentXml([{ type: 'keep', children: [h(2, 'Dates'), table('Due')] }]);
    expect(ownRows(tableAt(last, last.indexOf('Dates')))).toHaveLength(1);
    expect(tableAt(last, last.indexOf('Dates')).match(/<w:tbl>/g)).toHaveLength(1); // no table in a table
    const long = Array.from({ length: 60 }, (_, i) => p(`Paragraph ${i + 1} of a long keep, which the PDF breaks where its rules allow.`));
    const tall = await documentXml([{ type: 'keep', children: [table('Due'), ...long] }]);
    expect(tableAt(tall, 0).match(/<w:tbl>/g)).toHaveLength(1);
  });
});
