// Issue 16, defect 12: U+FEFF (a zero-width no-break space, or a stray byte-order mark pasted
// into a field) was counted as right-to-left in DOCX (the Arabic Presentation Forms-B range
// ended at U+FEFF), so the run holding it was marked w:rtl. It is not a letter of any script.
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/pipeline.js';
import { docxParts } from '../support/extract.js';
import { rfaCase } from '../http/helpers.js';

describe('U+FEFF in DOCX', () => {
  it('is not right-to-left; Arabic still is', async () => {
    const c = rfaCase();
    c.child.givenName = 'Ana\uFEFFMaria';
    const xml = docxParts((await generate({ kind: 'rfa', input: c, format: 'docx' })).bytes)['word/document.xml']!;
    expect(xml).toContain('Maria');
    expect(xml).not.toMatch(/<w:rtl\/>/);
    c.child.givenName = 'Ana سارا';
    const xml2 = docxParts((await generate({ kind: 'rfa', input: c, format: 'docx' })).bytes)['word/document.xml']!;
    expect(xml2).toMatch(/<w:rtl\/>/);
  }, 60_000);
});
