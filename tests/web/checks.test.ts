// The form page's pure parts that word the checks and name a draft (web/src/form/checks.ts,
// draft.ts), without a browser: the verdict with text a PDF cannot print and with dates typed in
// part, the status line of a refused document, and a draft's file name.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/pipeline.js';
import type { Issue } from '../../web/src/problem.js';
import { caseErrors, checkSentence, downloadedSpoken, downloadedStatus, draftLeavesOut, incompleteRefusal, pdfPages, pdfRefusal, type CheckState } from '../../web/src/form/checks.js';
import { draftName } from '../../web/src/form/draft.js';
import { childBound } from '../support/until.js';

const issue = (path: string, code = 'x'): Issue => ({ path, code, message: 'm' });
const valid = (warnings = 0): CheckState => ({ state: 'valid', errors: [], warnings: Array.from({ length: warnings }, (_, i) => issue(`w${i}`)) });

describe('the checks’ verdict', () => {
  it('a valid case whose PDF was refused says the PDF cannot be made and the DOCX can, counting fields, not issues', () => {
    expect(checkSentence(valid(), [issue('child.familyName', 'unsupported-script')])).toBe(
      'The case is valid, but its PDF cannot be made: 1 field has text a PDF cannot print. Its DOCX can be made.',
    );
    const two = [issue('a', 'unsupported-script'), issue('a', 'unsupported-character'), issue('b', 'unsupported-character')];
    expect(checkSentence(valid(4), two)).toBe('The case is valid, with 4 warnings, but its PDF cannot be made: 2 fields have text a PDF cannot print. Its DOCX can be made.');
    expect(checkSentence(valid(1))).toBe('The case is valid, with 1 warning.');
  });

  it('a date typed in part is a problem to fix, counted once with the server’s error on the same field', () => {
    expect(checkSentence(valid(), [], [issue('nextHearingOn')])).toBe('1 problem to fix: a date is incomplete.');
    expect(checkSentence({ state: 'idle', errors: [], warnings: [] }, [], [issue('a'), issue('b')])).toBe('2 problems to fix: 2 dates are incomplete.');
    const invalid: CheckState = { state: 'invalid', errors: [issue('child.dateOfBirth'), issue('child.sex')], warnings: [] };
    expect(checkSentence(invalid, [], [issue('child.dateOfBirth')])).toBe('2 problems to fix.');
    expect(checkSentence(invalid, [], [issue('contacts.0.date')])).toBe('3 problems to fix.');
    expect(checkSentence(valid(), [], [issue('child.dateOfBirth', 'date-not-as-typed')])).toBe('1 problem to fix: a date was not taken as typed.');
  });

  it('the errors shown are the dates typed in part first, then the server’s less those on the same fields', () => {
    const server = [issue('child.dateOfBirth', 'required'), issue('child.sex', 'required')];
    const partly = [issue('contacts.0.date', 'incomplete-date'), issue('child.dateOfBirth', 'incomplete-date')];
    expect(caseErrors(server, partly)).toEqual([partly[0], partly[1], server[1]]);
    expect(caseErrors(server, [])).toEqual(server);
    expect(caseErrors([], partly)).toEqual(partly);
  });

  it('the status line of a refused document says what was not made, why and what to do', () => {
    expect(pdfRefusal([issue('a'), issue('b')])).toBe('The PDF could not be made: 2 fields have text a PDF cannot print (listed under Checks). The DOCX can be made: use Download DOCX, or change those fields.');
    expect(incompleteRefusal('DOCX', [issue('a')])).toBe('The DOCX was not made: a date is incomplete (listed under Checks). Finish it or clear it, then try again.');
    expect(incompleteRefusal('PDF', [issue('a'), issue('b')])).toBe('The PDF was not made: 2 dates are incomplete (listed under Checks). Finish them or clear them, then try again.');
    // A date the browser's input changed as it was typed (dates.tsx): typed again, not finished.
    expect(incompleteRefusal('PDF', [issue('a', 'date-not-as-typed')])).toBe('The PDF was not made: a date was not taken as typed (listed under Checks). Type it again as its message says, then try again.');
    expect(incompleteRefusal('DOCX', [issue('a', 'date-not-as-typed'), issue('b', 'incomplete-date')])).toBe(
      'The DOCX was not made: 2 dates to finish or type again (listed under Checks). Fix them as their messages say, then try again.',
    );
  });
});

describe('a draft’s file name', () => {
  it('is the kind and the local date and time of the save, to the second, and nothing of the case', () => {
    expect(draftName('rfa', new Date(2026, 11, 5, 14, 31, 7))).toBe('rfa-draft-2026-12-05-143107.json');
    expect(draftName('best-interests-memo', new Date(2027, 0, 2, 3, 4, 5))).toBe('best-interests-memo-draft-2027-01-02-030405.json');
  });
});

describe('a draft saved without the dates the page refused', () => {
  it('says which, by their labels, and to type them again', () => {
    expect(draftLeavesOut([])).toBe('');
    expect(draftLeavesOut(['Child › Date of birth'])).toBe(' It leaves out a date not finished or not taken as typed (Child › Date of birth): type it again after opening the draft.');
    expect(draftLeavesOut(['Child › Date of birth', 'Concern learned at'])).toBe(
      ' It leaves out 2 dates not finished or not taken as typed (Child › Date of birth; Concern learned at): type them again after opening the draft.',
    );
  });
});

describe('the status line of a document downloaded', () => {
  it('its name alone, or with the fields its own warnings name, by their labels', () => {
    expect(downloadedStatus('rfa-0123456789abcdef.docx', [])).toBe('rfa-0123456789abcdef.docx downloaded.');
    expect(downloadedStatus('rfa-0123456789abcdef.docx', ['Child › Given name'])).toBe(
      'rfa-0123456789abcdef.docx downloaded. One field holds text in a script the file carries no font for (Child › Given name): Word or LibreOffice shows it only on a computer with such a font, and as empty boxes elsewhere. Open the file where it will be printed and check that field.',
    );
    expect(downloadedStatus('x.docx', ['A', 'B'])).toContain('2 fields hold text in a script the file carries no font for (A; B)');
  });
});

// A screen reader spelled the file's name, rfa-9c5644608f5466e6.pdf, letter by letter: it is told
// the download in words (the status line still shows the name).
describe('a document downloaded, as a screen reader is told it', () => {
  it('the kind’s title, the format and a PDF’s pages, then the document’s own warnings', () => {
    expect(downloadedSpoken('Restitution worksheet (18 U.S.C. § 1593)', 'pdf', 7, [])).toBe('Downloaded: Restitution worksheet (18 U.S.C. § 1593), PDF, 7 pages.');
    expect(downloadedSpoken('T', 'pdf', 1, [])).toBe('Downloaded: T, PDF, 1 page.');
    expect(downloadedSpoken('T', 'pdf', undefined, [])).toBe('Downloaded: T, PDF.');
    expect(downloadedSpoken('T', 'docx', undefined, ['Child › Given name'])).toBe(
      'Downloaded: T, Word document (DOCX). One field holds text in a script the file carries no font for (Child › Given name): Word or LibreOffice shows it only on a computer with such a font, and as empty boxes elsewhere. Open the file where it will be printed and check that field.',
    );
  });

  it('a PDF’s pages read from its page tree, as pdfinfo counts them (a short and the longest example); none from bytes that are not one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'harbor-pages-'));
    try {
      for (const kind of ['rfa', 'restitution-worksheet']) {
        const input = JSON.parse(readFileSync(new URL(`../../fixtures/${kind}/full.json`, import.meta.url), 'utf8')) as unknown;
        const { bytes } = await generate({ kind, input, format: 'pdf' });
        writeFileSync(join(dir, 'x.pdf'), bytes);
        const pages = Number(/^Pages:\s+(\d+)$/m.exec(execFileSync('pdfinfo', [join(dir, 'x.pdf')], { encoding: 'utf8', ...childBound() }))?.[1]);
        expect(pdfPages(bytes), kind).toBe(pages);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(pdfPages(new TextEncoder().encode('<< /Type /Catalog /Pages 2 0 R >> << /Type /Page /Parent 2 0 R >> << /Count 3 >>'))).toBeUndefined();
  });
});
