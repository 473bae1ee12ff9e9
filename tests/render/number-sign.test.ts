// "No." keeps with its number when it is the abbreviation ("Case No. 3", "Dkt. No. 45", "(No. 3)"),
// and a sentence's "No." before a number does not ("… she said No. 3 people came"): the text
// layer held both alike, so a narrative's "No." moved to the next line with "3", leaving the line
// before it short, as if "No. 3" were a case number. What precedes the "No." decides, one rule in
// both renderers (src/model/typography.ts numberSign): the PDF's positioned boxes, the DOCX's XML.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model/types.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { layoutDocument } from '../../src/render/pdf/layout.js';
import { docxParts } from '../support/extract.js';
import { paragraphs } from './docx/support.js';
import { doc, linesOf, p, texts } from './pdf/models.js';

const NB = '\u00a0';
const SAID = 'When asked how many were held there she said No. 3 people came that night.';
const CASE = 'The earlier charge was filed as Case No. 3 and then consolidated with No. 17 of the docket.';

/** The PDF's lines of `sentence` after 0 to 59 letters: every place a line can end near its "No.". */
function linesAfterLeads(sentence: string): string[] {
  const body: Block[] = [];
  for (let n = 0; n < 60; n++) body.push(p(`${'x'.repeat(n)} ${sentence}`));
  return layoutDocument(doc(body)).pages.flatMap((pg) => linesOf(texts(pg, 'body')).map((l) => l.trimEnd()));
}

describe('"No." before a number, in the PDF’s positioned boxes', () => {
  it('a sentence’s "No." may end a line, the number beginning the next', () => {
    // Before: no line ended with "No." (held to "3"): the whole "No. 3" moved down.
    expect(linesAfterLeads(SAID).filter((l) => l.endsWith(' No.')).length).toBeGreaterThan(0);
  });

  it('the abbreviation never ends a line without its number', () => {
    const lines = linesAfterLeads(CASE);
    expect(lines.filter((l) => l.endsWith('No.'))).toEqual([]);
    const whole = lines.reduce((n, l) => n + (l.match(/No\. (?:3|17)\b/g)?.length ?? 0), 0);
    expect(whole).toBe(120); // each "No. n" whole on a line, in all 60 paragraphs
  });
});

describe('"No." before a number, in the DOCX', () => {
  it('writes a no-break space after the abbreviation and a plain space after a sentence’s "No."', async () => {
    const body = docxParts(await renderDocx(doc([p(SAID), p(CASE), p('“No. 2 of them,” she answered. (No. 4) Dkt. No. 45.')])))['word/document.xml']!;
    const paras = paragraphs(body);
    expect(paras.find((x) => x.includes('she said'))).toContain('she said No. 3 people came');
    expect(paras.find((x) => x.includes('Case'))).toContain(`Case No.${NB}3 and then consolidated with No.${NB}17 of`);
    const mixed = paras.find((x) => x.includes('answered'))!;
    expect(mixed).toContain('“No. 2 of them');
    expect(mixed).toContain(`(No.${NB}4) Dkt. No.${NB}45.`);
  });
});
