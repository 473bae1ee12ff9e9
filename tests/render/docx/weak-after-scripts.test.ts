// The spaces, dashes and quotation marks after Chinese, Korean, Arabic, Hebrew or Ethiopic text name
// the body face in the slot LibreOffice prints them from (src/render/docx/fonts.ts
// weakAfterScripts): LibreOffice gives such a "weak" character the script type of the letter
// before it, so it took the space after "王秀英" from the styles' eastAsia font (Droid Sans
// Fallback's subset, which lacks it: DejaVu Sans in the T-visa `hostile`, round r58) and the one
// after "سلمى" from the styles' cs font (Times New Roman: DejaVu Serif on a machine without it),
// where the PDF prints them in Noto Serif.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/pipeline.js';
import { loScript, weakAfterScripts } from '../../../src/render/docx/fonts.js';
import type { RunOut } from '../../../src/render/docx/out.js';
import { docxParts, pdfText } from '../../support/extract.js';
import { childBound } from '../../support/until.js';
import { libreOfficePdfs, loTimeout } from './support.js';

const K = 't-visa-declaration';
const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../../fixtures/${K}/${name}.json`, import.meta.url), 'utf8'));

/** Fictional names and signs, each followed by " — " in an act's description, and the slot LibreOffice reads after it. */
const AFTER = [
  { text: '出口', slot: 'eastAsia' },
  { text: '王秀英', slot: 'eastAsia' },
  { text: '김민지', slot: 'eastAsia' },
  { text: 'سلمى عبد الرحمن', slot: 'cs' },
  { text: 'שרה כהן', slot: 'cs' },
  { text: 'ሳባ ተስፋይ', slot: 'cs' },
] as const;

function mixedCase() {
  const c = fixture('minimal');
  c.trafficking.acts[0].description = `${AFTER.map((a) => `The sign read ${a.text} — then we left.`).join(' ')} We waited — long.`;
  return c;
}

describe('a weak character after Asian or complex text names the body face in LibreOffice’s slot for it', () => {
  it('each dash after a name or sign is its own run naming the tagged Noto Serif in that slot; one after English names nothing', async () => {
    const doc = docxParts((await generate({ kind: K, input: mixedCase(), format: 'docx' })).bytes)['word/document.xml']!;
    const runs = [...doc.matchAll(/<w:r>(?:<w:rPr>((?:(?!<\/w:rPr>).)*)<\/w:rPr>)?<w:t(?: [^>]*)?>([^<]*)<\/w:t><\/w:r>/g)].map((m) => ({ props: m[1] ?? '', text: m[2]! }));
    for (const { text, slot } of AFTER) {
      const at = runs.findIndex((r) => r.text === text || r.text === text.split(' ').at(-1)); // a right-to-left name is one run
      expect(at, text).toBeGreaterThan(0);
      const next = runs[at + 1]!;
      expect(next.text, text).toBe(' — ');
      expect(next.props, text).toMatch(new RegExp(`^<w:rFonts w:${slot}="Noto Serif [A-Z]{6}"/>$`));
    }
    // "We waited — long.": after English, the styles' fonts.
    expect(runs.find((r) => r.text.includes('We waited'))!.props).toBe('');
    expect(runs.some((r) => r.text.startsWith('then we left') && r.props !== '')).toBe(false);
  });

  it('carried from run to run: a space after a bold Chinese name, in the next run, names the eastAsia slot', () => {
    const runs: RunOut[] = [
      { kind: 'text', props: { bold: true }, text: '王秀英' },
      { kind: 'text', props: {}, text: ' said “no.”' },
    ];
    expect(weakAfterScripts(runs)).toEqual([
      runs[0],
      { kind: 'text', props: { font: { eastAsia: 'Noto Serif' } }, text: ' ' },
      { kind: 'text', props: {}, text: 'said “no.”' },
    ]);
  });

  it('LibreOffice’s types (i18npool getScriptClass): the space and dashes weak, Basic Latin punctuation Latin', () => {
    expect([' ', '\u00a0', '—', '“', '\u0301'].map((c) => loScript(c.codePointAt(0)!))).toEqual(['weak', 'weak', 'weak', 'weak', 'weak']);
    expect(['.', ',', 'a', 'Ա', 'ნ', 'Ꮜ'].map((c) => loScript(c.codePointAt(0)!))).toEqual(['latin', 'latin', 'latin', 'latin', 'latin', 'latin']);
    expect(['王', '김', 'カ', '、', '𠀋'].map((c) => loScript(c.codePointAt(0)!))).toEqual(['asian', 'asian', 'asian', 'asian', 'asian']);
    expect(['س', 'ש', 'ሳ', 'ก'].map((c) => loScript(c.codePointAt(0)!))).toEqual(['complex', 'complex', 'complex', 'complex']);
  });

  it(
    'LibreOffice, without the fonts installed, prints these characters in the embedded Noto Serif: no substitute face (the T-visa hostile, the mixed case)',
    async () => {
      const cases = [fixture('hostile'), mixedCase()];
      const docxs = await Promise.all(cases.map(async (input) => (await generate({ kind: K, input, format: 'docx' })).bytes));
      const pdfs = libreOfficePdfs(docxs, 'embedded');
      const dir = mkdtempSync(join(tmpdir(), 'harbor-weak-'));
      try {
        for (const [i, pdf] of pdfs.entries()) {
          const file = join(dir, `${i}.pdf`);
          writeFileSync(file, pdf);
          const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8', ...childBound() });
          expect(fonts).toMatch(/NotoSerif[A-Z]{6}-Regular/);
          expect(fonts, `document ${i}`).not.toMatch(/DejaVu|Liberation|FreeSerif|FreeSans/);
        }
        expect(pdfText(pdfs[1]!)).toContain('王秀英 — then');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    loTimeout(2),
  );
});
