// A tag-like token a narrative quotes ("<page-break/>") is whole on a line in both formats: the PDF
// offers no break inside it (src/render/pdf/breaks.ts tagBreaks), and the DOCX makes its hyphen
// Word's non-breaking hyphen (src/render/docx/runs.ts noBreakHyphens), where LibreOffice ended a
// line at "<page-" and began the next with "break/>" (UAX #14 allows a break after a hyphen).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/pipeline.js';
import { docxParts, pdfText } from '../../support/extract.js';
import { libreOfficePdf, loTimeout } from './support.js';

const K = 't-visa-declaration';
/** A sentence whose tag, on the PDF's first line of the act, would end that line at its hyphen (the PDF moves it whole). */
const SAID = 'The message he sent me said to wait for the signal <page-break/> into the box, a well-known trick.';

function tagCase() {
  const c = JSON.parse(readFileSync(new URL(`../../../fixtures/${K}/minimal.json`, import.meta.url), 'utf8'));
  c.trafficking.acts[0].description = SAID;
  return c;
}

const lines = (pdf: Uint8Array) => pdfText(pdf, { layout: true }).split('\n').map((l) => l.trim());

describe('a tag-like token with a hyphen, in the DOCX', () => {
  it('its hyphen is a non-breaking hyphen; an ordinary word’s stays a hyphen', async () => {
    const doc = docxParts((await generate({ kind: K, input: tagCase(), format: 'docx' })).bytes)['word/document.xml']!;
    expect(doc).toMatch(/&lt;page<\/w:t><w:noBreakHyphen\/><w:t[^>]*>break\/&gt;/);
    expect(doc).toContain('a well-known trick.');
  });

  it('LibreOffice keeps it whole at the end of a line, where the PDF moves it to the next', async () => {
    const pdf = (await generate({ kind: K, input: tagCase(), format: 'pdf' })).bytes;
    // The case exercises the break: the PDF's line ends before the tag, which begins the next.
    expect(lines(pdf).some((l) => l.startsWith('<page-break/> into the box'))).toBe(true);
    const lo = libreOfficePdf((await generate({ kind: K, input: tagCase(), format: 'docx' })).bytes);
    const got = lines(lo);
    expect(got.filter((l) => l.endsWith('<page-'))).toEqual([]);
    expect(got.some((l) => l.startsWith('<page-break/> into the box'))).toBe(true);
    // LibreOffice's PDF copies back the hyphen typed.
    expect(pdfText(lo)).toContain('<page-break/>');
  }, loTimeout());
});
