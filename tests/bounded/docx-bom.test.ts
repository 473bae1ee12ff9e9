// Issue 16, defect 12: U+FEFF (a zero-width no-break space, or a stray byte-order mark pasted
// into a field) was counted as right-to-left in DOCX (the Arabic Presentation Forms-B range
// ended at U+FEFF), so the run holding it was marked w:rtl. It is not a letter of any script.
// Since e150a4e a case holding one inside a value is refused at validation (invalid-character,
// naming the field), so it no longer reaches a renderer from a case; the DOCX run builder is
// still held to the rule for any text that reaches it.
import { describe, expect, it } from 'vitest';
import { HarborError } from '../../src/errors.js';
import { generate } from '../../src/pipeline.js';
import { inlineRuns, isRtlParagraph } from '../../src/render/docx/runs.js';
import { docxParts } from '../support/extract.js';
import { rfaCase } from '../http/helpers.js';

describe('U+FEFF in DOCX', () => {
  it('is not right-to-left in a run; Arabic still is', () => {
    const feff = [{ type: 'text' as const, text: 'Ana\uFEFFMaria' }];
    expect(isRtlParagraph(feff)).toBe(false);
    expect(inlineRuns(feff, {}).some((r) => r.kind === 'text' && r.props.rightToLeft)).toBe(false);
    const arabic = [{ type: 'text' as const, text: 'Ana سارا' }];
    expect(inlineRuns(arabic, {}).some((r) => r.kind === 'text' && r.props.rightToLeft)).toBe(true);
  });

  it('in a case value is refused naming the field; the same name without it renders, and Arabic is right-to-left', async () => {
    const c = rfaCase();
    c.child.givenName = 'Ana\uFEFFMaria';
    const refused = await generate({ kind: 'rfa', input: c, format: 'docx' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(HarborError);
    expect((refused as HarborError).issues?.map((i) => [i.path, i.code])).toContainEqual(['child.givenName', 'invalid-character']);
    c.child.givenName = 'Ana سارا';
    const xml = docxParts((await generate({ kind: 'rfa', input: c, format: 'docx' })).bytes)['word/document.xml']!;
    expect(xml).toMatch(/<w:rtl\/>/);
  }, 60_000);
});
