// A name in a script none of the embedded fonts has (Devanagari, Thai, Syriac…) is never printed as
// silent boxes: the PDF refuses it naming the field (unsupported-character, unsupported-script),
// and the DOCX, which keeps it as text for Word or LibreOffice to print with a font of the
// reader's, returns a script-not-embedded warning naming the field (src/generate.ts
// unembeddedText): LibreOffice without such a font printed a Devanagari name as empty boxes, and
// nothing said so. A Vietnamese name with stacked diacritics, typed decomposed or composed, is in
// the embedded fonts: printed as typed in both formats, no warning.
import { describe, expect, it } from 'vitest';
import { getKind } from '../../src/kinds/index.js';
import { readFixture } from '../../src/kinds/files.js';
import { generate } from '../../src/pipeline.js';
import { docxText, pdfText } from '../support/extract.js';

const KIND = 't-visa-declaration';
/** The full T-visa example with `names` as the applicant's other names. */
function withOtherNames(names: string[]): unknown {
  const data = structuredClone(readFixture(getKind(KIND), 'full.json')) as { applicant: { otherNames: string[] } };
  data.applicant.otherNames = names;
  return data;
}
const own = (warnings: Array<{ code: string }>) => warnings.filter((w) => w.code === 'script-not-embedded');

describe('a name in a script no embedded font has', () => {
  it.each([
    ['Devanagari', 'अनीता शर्मा', 'Devanagari text (U+0905)', 'unsupported-character'],
    ['Thai', 'สมชาย ใจดี', 'Thai text (U+0E2A)', 'unsupported-character'],
    // Round r60: checked in both formats as Thai and Devanagari are (no Khmer case before).
    ['Khmer', 'សុខ ចាន់', 'Khmer text (U+179F)', 'unsupported-character'],
    ['Syriac', 'ܡܪܝܡ ܐܕܝ', 'U+0721', 'unsupported-script'],
  ])('in %s: the DOCX renders with a warning naming the field, the PDF refuses naming it', async (_, name, cp, pdfCode) => {
    const input = withOtherNames(['Fernanda Morales', name]);
    const docx = await generate({ kind: KIND, input, format: 'docx' });
    expect(own(docx.warnings)).toEqual([{ path: 'applicant.otherNames.1', code: 'script-not-embedded', message: expect.stringContaining(`contains ${cp}, which no font embedded in the DOCX has`) }]);
    expect(docxText(docx.bytes)).toContain(name); // kept as text, not dropped
    await expect(generate({ kind: KIND, input, format: 'pdf' })).rejects.toMatchObject({ code: pdfCode, issues: [expect.objectContaining({ path: 'applicant.otherNames.1' })] });
  });
});

describe('a Vietnamese name with stacked diacritics', () => {
  it('prints as typed in both formats, decomposed input too, and warns of nothing', async () => {
    const name = 'Nguyễn Thị Ánh Nguyệt';
    const input = withOtherNames([name, 'Trịnh Quốc Ẩn'.normalize('NFD')]);
    const pdf = await generate({ kind: KIND, input, format: 'pdf' });
    const docx = await generate({ kind: KIND, input, format: 'docx' });
    expect(own(docx.warnings)).toEqual([]);
    expect(pdfText(pdf.bytes, { first: 1, last: 1 })).toContain(`${name}; Trịnh Quốc Ẩn`);
    expect(docxText(docx.bytes)).toContain(`${name}; Trịnh Quốc Ẩn`);
  });
});
