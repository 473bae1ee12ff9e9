// A person of one name, or whose family name is not yet known, in the kinds other than the RFA
// (kit one-name.ts; docs/fields.md, "One name only"): the T-visa applicant and the memo's child
// answer noFamilyName instead of typing "FNU" or "Unknown", and the documents print the one name
// alone (the memo says why beside it), in the PDF and the DOCX; neither or both is
// family-name-or-why-none. The name as on Form I-914 stays free (USCIS may write "FNU" there).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCase, generate } from '../../src/pipeline.js';
import { docxText, pdfText } from '../support/extract.js';

type Json = Record<string, any>;
const fixture = (kind: string, name: string): Json => JSON.parse(readFileSync(`fixtures/${kind}/${name}.json`, 'utf8'));
const errs = (kind: string, c: unknown): string[] => {
  const r = checkCase(kind, c);
  return r.ok ? [] : r.errors.map((e) => `${e.path} ${e.code}`);
};
const squash = (s: string): string => s.replace(/\s+/g, ' ');

const TV = 't-visa-declaration';
const MEMO = 'best-interests-memo';

describe('T-visa applicant: one name only', () => {
  const oneName = (): Json => {
    const c = fixture(TV, 'minimal');
    c.applicant.givenName = 'Thida';
    delete c.applicant.familyName;
    c.applicant.noFamilyName = 'none';
    return c;
  };

  it('is valid with noFamilyName "none", and prints the one name with no word for none, in both formats', async () => {
    expect(errs(TV, oneName())).toEqual([]);
    for (const format of ['pdf', 'docx'] as const) {
      const g = await generate({ kind: TV, input: oneName(), format });
      const text = squash(format === 'pdf' ? pdfText(g.bytes) : docxText(g.bytes));
      expect(text, format).toContain('Declaration of Thida in Support');
      expect(text, format).not.toMatch(/Thida (null|undefined|None|FNU|Unknown)\b/);
      expect(text, format).not.toContain('Thida  ');
    }
  });

  it('neither a family name nor why none: family-name-or-why-none at applicant.familyName', () => {
    const c = fixture(TV, 'minimal');
    delete c.applicant.familyName;
    expect(errs(TV, c)).toContain('applicant.familyName family-name-or-why-none');
  });

  it('both: family-name-or-why-none at applicant.noFamilyName', () => {
    const c = fixture(TV, 'minimal');
    c.applicant.noFamilyName = 'none';
    expect(errs(TV, c)).toContain('applicant.noFamilyName family-name-or-why-none');
  });

  it('the name as on Form I-914 may say "FNU", as USCIS writes it for a person of one name', () => {
    const c = oneName();
    c.applicant.givenName = 'သီတာ';
    c.applicant.nameOnForm = { familyName: 'Thida', givenName: 'FNU' };
    expect(errs(TV, c)).toEqual([]);
  });
});

describe('memo child: one name only, or a family name not yet known', () => {
  const child = (why: 'none' | 'not-yet-known'): Json => {
    const c = fixture(MEMO, 'minimal');
    c.child.givenName = 'Yesenia';
    delete c.child.familyName;
    c.child.noFamilyName = why;
    return c;
  };

  it.each([
    ['none', 'Yesenia (one name only)'],
    ['not-yet-known', 'Yesenia (family name not yet known)'],
  ] as const)('noFamilyName %s: the Name row reads %j, and "Re:" the name alone, in both formats', async (why, row) => {
    expect(errs(MEMO, child(why))).toEqual([]);
    for (const format of ['pdf', 'docx'] as const) {
      const g = await generate({ kind: MEMO, input: child(why), format });
      const text = squash(format === 'pdf' ? pdfText(g.bytes) : docxText(g.bytes));
      expect(text, format).toContain(row);
      expect(text, format).toContain('Re: Yesenia:');
      expect(text, format).not.toMatch(/Yesenia (null|undefined)/);
    }
  });

  it('neither or both: family-name-or-why-none', () => {
    const neither = fixture(MEMO, 'minimal');
    delete neither.child.familyName;
    expect(errs(MEMO, neither)).toContain('child.familyName family-name-or-why-none');
    const both = fixture(MEMO, 'minimal');
    both.child.noFamilyName = 'none';
    expect(errs(MEMO, both)).toContain('child.noFamilyName family-name-or-why-none');
  });
});
