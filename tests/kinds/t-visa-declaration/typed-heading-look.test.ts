// A heading typed in a narrative prints as an unnumbered h3 (typed-headings.test.ts), which was drawn
// as the template's own sub-sections are ("What They Did to Me", "How They Controlled Me": bold, 12
// pt): a reader could not tell the declarant's heading from the form's. It is italic (bold italic),
// in both formats; its level stays 3, so the outline and the PDF's tags skip no level. A heading
// typed in a dated paragraph, its bold first line, is bold italic too, told apart from the bold
// date that opens the paragraph after it (docs/markup.md, "Typed headings").
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineText, type Block, type Heading, type TextRun } from '../../../src/model/types.js';
import { buildDocument, generate } from '../../../src/pipeline.js';
import { docxParts } from '../../support/extract.js';
import { childBound } from '../../support/until.js';
import { fixture, K } from './support.js';

/** Every heading of a body, lists and keeps walked. */
function headings(bs: Block[], out: Heading[] = []): Heading[] {
  for (const b of bs) {
    if (b.type === 'heading') out.push(b);
    else if (b.type === 'keep') headings(b.children, out);
  }
  return out;
}

/** The embedded faces of a PDF, by name without the subset tag (poppler's pdffonts). */
function pdfFaces(pdf: Uint8Array): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'harbor-test-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    const out = execFileSync('pdffonts', [join(dir, 'in.pdf')], { encoding: 'utf8', ...childBound() });
    return out.split('\n').slice(2).map((l) => l.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, '')).filter((x) => x !== '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The supporting fixture with a heading typed in its qualifications. */
function withTypedHeading() {
  const c = fixture('supporting');
  c.declarant.qualifications = `Education\n\n${c.declarant.qualifications}`;
  return c;
}

describe('a typed heading is told apart from the template’s own', () => {
  it('model: the typed h3 is italic, the template’s h3 is not; both level 3', () => {
    const hs = headings(buildDocument(K, withTypedHeading()).model.body);
    const typed = hs.find((h) => inlineText(h.children) === 'Education')!;
    const own = hs.find((h) => inlineText(h.children) === 'My License and How to Reach Me')!;
    expect([typed.level, own.level]).toEqual([3, 3]);
    expect(typed.children.every((n) => n.type === 'text' && (n as TextRun).italic === true)).toBe(true);
    expect(own.children.some((n) => n.type === 'text' && (n as TextRun).italic === true)).toBe(false);
  });
  it('DOCX: the typed heading’s Heading3 paragraph is italic, the template’s is not', async () => {
    const g = await generate({ kind: K, input: withTypedHeading(), format: 'docx' });
    const xml = docxParts(g.bytes)['word/document.xml']!;
    const paragraph = (text: string) => [...xml.matchAll(/<w:p>.*?<\/w:p>/gs)].map((m) => m[0]).find((p) => p.includes(`>${text}</w:t>`))!;
    expect(paragraph('Education')).toMatch(/<w:pStyle w:val="Heading3"\/>.*<w:i\/>/s);
    expect(paragraph('My License and How to Reach Me')).toMatch(/<w:pStyle w:val="Heading3"\/>/);
    expect(paragraph('My License and How to Reach Me')).not.toMatch(/<w:i\/>/);
  });
  it('PDF: drawn in the bold italic face, which the same declaration without it never uses', async () => {
    const [typed, plain] = await Promise.all([generate({ kind: K, input: withTypedHeading(), format: 'pdf' }), generate({ kind: K, input: fixture('supporting'), format: 'pdf' })]);
    expect(pdfFaces(plain.bytes)).not.toContain('NotoSerif-BoldItalic');
    expect(pdfFaces(typed.bytes)).toContain('NotoSerif-BoldItalic');
  });
});
