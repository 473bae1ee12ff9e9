// A person's other names printed on one line (docs/fields.md, "Names", "A list of names on one
// line"): the RFA's "Other names used", the T-visa caption's "Other names used" and the memo's
// "Also known as" join the names with "; " (kit NAMES_JOINER). Until RFA 2.17.0 an entry holding a
// semicolon ("Ana; Anita", typed in one box) printed exactly as two entries do, so the page listed a
// name the child never used and the caseworker could not tell. Each entry now refuses every
// semicolon a reader takes for the joiner (invalid-format, naming the list and what to do), and a
// name with a comma ("King, Jr.") still prints whole, between the semicolons, in PDF and DOCX.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCase, generate } from '../../src/pipeline.js';
import { docxText, pdfText } from '../support/extract.js';

type Json = Record<string, any>;
const fixture = (kind: string, name: string): Json => JSON.parse(readFileSync(`fixtures/${kind}/${name}.json`, 'utf8'));

/** Each kind's list of the person's other names: where it is in the case, and the form's label. */
const LISTS: Array<{ kind: string; path: string; label: string; put: (c: Json, names: string[]) => void }> = [
  { kind: 'rfa', path: 'child.otherNames', label: 'Other names used', put: (c, n) => (c.child.otherNames = n) },
  { kind: 't-visa-declaration', path: 'applicant.otherNames', label: 'Other names used', put: (c, n) => (c.applicant.otherNames = n) },
  { kind: 'best-interests-memo', path: 'child.otherNames', label: 'Other names', put: (c, n) => (c.child.otherNames = n) },
];

const withNames = (kind: string, put: (c: Json, n: string[]) => void, names: string[]): Json => {
  const c = fixture(kind, 'minimal');
  put(c, names);
  return c;
};

describe('an entry of a list of names cannot hold the semicolon that joins them', () => {
  // ";" as typed, the full-width "；" (Chinese and Japanese input), the Arabic "؛", and the Greek
  // question mark U+037E, which prints as ";".
  const joined = ['Ana; Anita', 'Ana ;Anita', 'Ana；Anita', 'سلمى؛ سلوى', 'Ana\u037E Anita'];
  for (const l of LISTS) {
    it.each(joined)(`${l.kind} ${l.path}: %s is refused, naming the list`, (name) => {
      const r = checkCase(l.kind, withNames(l.kind, l.put, ['La Güera', name]));
      expect(r.ok).toBe(false);
      if (r.ok) return;
      const e = r.errors.filter((x) => x.path === `${l.path}.1`);
      expect(e.map((x) => x.code)).toEqual(['invalid-format']);
      expect(e[0]!.message).toContain(`“${l.label}” prints its names separated by semicolons`);
      expect(e[0]!.message).toContain('give each name as an entry of its own');
    });
  }
});

describe('names with commas, hyphens and apostrophes print whole between the semicolons, in both formats', () => {
  const names = ['King, Jr.', 'María-José', 'N’Golo'];
  for (const l of LISTS) {
    it(`${l.kind}: PDF and DOCX`, async () => {
      const c = withNames(l.kind, l.put, names);
      expect(checkCase(l.kind, c).ok).toBe(true);
      for (const format of ['pdf', 'docx'] as const) {
        const g = await generate({ kind: l.kind, input: c, format });
        const page = (format === 'pdf' ? pdfText(g.bytes) : docxText(g.bytes)).replace(/\s+/g, ' ');
        expect(page, format).toContain('King, Jr.; María-José; N’Golo');
      }
    });
  }
});
