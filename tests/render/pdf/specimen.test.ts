// The specimen (tests/specimen) through the PDF renderer: text back in reading order, ink on the
// page for CJK and Cyrillic, the 300-row table's pagination, provenance metadata, determinism.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HarborDocument } from '../../../src/model/types.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { layoutDocument } from '../../../src/render/pdf/layout.js';
import type { DocumentLayout, TextBox } from '../../../src/render/pdf/boxes.js';
import { findInOrder, pdfRaster, pdfText, squash } from '../../support/extract.js';
import { SPECIMEN_HOSTILE, SPECIMEN_NAMES, specimenModel, specimenView } from '../../specimen/index.js';
import { childBound } from '../../support/until.js';

let model: HarborDocument;
let layout: DocumentLayout;
let pdf: Uint8Array;

beforeAll(async () => {
  model = specimenModel();
  layout = layoutDocument(model);
  pdf = await renderPdf(model);
});

function pdfTool(tool: string, args: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'harbor-pdf-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    return execFileSync(tool, [...args, join(dir, 'in.pdf')], { encoding: 'utf8', ...childBound() });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('specimen PDF text', () => {
  it('gives back every word of the narrative in reading order', () => {
    const text = squash(pdfText(pdf));
    const words = squash(specimenView().narrative as string).split(' ');
    expect(words.length).toBeGreaterThan(1500);
    expect(findInOrder(text, words)).toEqual({ missing: [], outOfOrder: [] });
  });

  it('gives back every name in every script, in order, and the hostile values literally', () => {
    const text = squash(pdfText(pdf));
    expect(findInOrder(text, SPECIMEN_NAMES.map((n) => n.name))).toEqual({ missing: [], outOfOrder: [] });
    expect(findInOrder(text, SPECIMEN_HOSTILE)).toEqual({ missing: [], outOfOrder: [] });
    expect(text).toContain(specimenView().hostileSentence as string);
    expect(text).toContain('Specimen of Harbor markup <b> & "friends"');
  });

  it('embeds every font as a subset with a ToUnicode map', () => {
    const rows = pdfTool('pdffonts', []).trim().split('\n').slice(2);
    expect(rows.length).toBe(5); // 4 Noto Serif faces + the CJK fallback
    for (const r of rows) {
      expect(r).toMatch(/^[A-Z]{6}\+\S+\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    }
  });

  it('carries provenance metadata and dates from the model', () => {
    const info = pdfTool('pdfinfo', ['-custom']);
    expect(info).toMatch(/^HarborKind:\s*specimen$/m);
    expect(info).toMatch(/^HarborTemplateVersion:\s*1\.0\.0$/m);
    expect(info).toMatch(/^HarborVersion:\s*0\.1\.0$/m);
    expect(info).toMatch(/^HarborFingerprint:\s*0123456789abcdef$/m);
    expect(info).toMatch(/^Creator:\s*Harbor 0\.1\.0$/m);
    expect(info).toMatch(/^CreationDate:\s*Sat Mar\s+7 00:00:00 2026 UTC$/m);
    expect(info).toMatch(/^Title:\s*Specimen of Harbor markup <b> & "friends"$/m);
  });

  it('renders to identical bytes twice, and in a fresh process', async () => {
    const again = await renderPdf(specimenModel());
    expect(Buffer.from(again).equals(Buffer.from(pdf))).toBe(true);
    expect(JSON.stringify(layoutDocument(specimenModel()))).toBe(JSON.stringify(layout));
    const script = [
      "const { renderPdf } = await import('./src/render/pdf/index.ts');",
      "const { specimenModel } = await import('./tests/specimen/index.ts');",
      "const { createHash } = await import('node:crypto');",
      "process.stdout.write(createHash('sha256').update(await renderPdf(specimenModel())).digest('hex'));",
    ].join('\n');
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    const hash = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8', ...childBound() });
    expect(hash).toBe(createHash('sha256').update(pdf).digest('hex'));
  });
});

describe('specimen PDF pixels', () => {
  const DPI = 100;
  const scale = DPI / 72;
  /** Dark pixels in the region of a box (points, from the page top) of page `n`. */
  function ink(page: { width: number; pixels: Uint8Array }, x0: number, top: number, x1: number, bottom: number): number {
    let dark = 0;
    for (let y = Math.floor(top * scale); y < Math.ceil(bottom * scale); y++) {
      for (let x = Math.floor(x0 * scale); x < Math.ceil(x1 * scale); x++) if (page.pixels[y * page.width + x]! < 128) dark++;
    }
    return dark;
  }
  function boxOf(text: string): { page: number; box: TextBox } {
    for (const pg of layout.pages) {
      const box = pg.boxes.find((b): b is TextBox => b.type === 'text' && b.text.includes(text));
      if (box) return { page: pg.number, box };
    }
    throw new Error(`no box with ${text}`);
  }

  it('the CJK and Cyrillic lines put ink on the page (glyphs are not blank)', () => {
    const cjk = boxOf('王秀英');
    const cyr = boxOf('Олена Ковальчук');
    expect(cjk.box.font).toBe('cjk');
    expect(cyr.box.font).toBe('regular');
    expect(cjk.page).toBe(cyr.page);
    const [page] = pdfRaster(pdf, DPI, cjk.page);
    for (const { box } of [cjk, cyr]) {
      const area = box.width * scale * box.size * 1.3 * scale;
      const dark = ink(page!, box.x, box.y - box.size, box.x + box.width, box.y + 0.3 * box.size);
      // Real glyphs cover several percent of their box; blank (tofu-free but empty) glyphs cover 0.
      expect(dark / area).toBeGreaterThan(0.05);
      // The same line to the right of the text is blank: the measure can tell ink from none.
      expect(ink(page!, 400, box.y - box.size, 530, box.y + 0.3 * box.size)).toBe(0);
    }
  });
});

describe('specimen layout', () => {
  const tableIndex = () => model.body.findIndex((b) => b.type === 'table');

  it('the 300-row table spans pages, with its header row on top of each, and no row split', () => {
    const ti = tableIndex();
    const src = `body.${ti}`;
    const rowPages = new Map<number, number>();
    const spanned: number[] = [];
    for (const pg of layout.pages) {
      const rows = pg.boxes.filter((b) => b.src.startsWith(`${src}.row.`));
      if (rows.length === 0) continue;
      spanned.push(pg.number);
      const head = pg.boxes.filter((b) => b.src === `${src}.head.0`);
      const headTexts = head.filter((b): b is TextBox => b.type === 'text').map((b) => b.text);
      expect(headTexts).toEqual(['No.', 'Week beginning', 'Hours', 'Amount']);
      const headBottom = Math.max(...head.filter((b) => b.type === 'text').map((b) => (b as TextBox).y));
      const firstRowTop = Math.min(...rows.filter((b): b is TextBox => b.type === 'text').map((b) => b.y));
      expect(headBottom).toBeLessThan(firstRowTop);
      for (const b of rows) {
        const r = Number(b.src.split('.')[3]);
        const seen = rowPages.get(r);
        if (seen !== undefined) expect(seen).toBe(pg.number);
        rowPages.set(r, pg.number);
      }
    }
    expect(spanned.length).toBeGreaterThanOrEqual(5);
    expect([...rowPages.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: 301 }, (_, i) => i)); // 300 + total
  });

  it('no heading sits alone at the foot of a page', () => {
    const headings = new Set(model.body.flatMap((b, i) => (b.type === 'heading' ? [`body.${i}`] : [])));
    for (const pg of layout.pages) {
      const body = pg.boxes.filter((b): b is TextBox => b.type === 'text' && b.src.startsWith('body.'));
      const lowest = body.reduce((a, b) => (b.y > a.y ? b : a));
      expect(headings.has(lowest.src)).toBe(false);
    }
  });
});
