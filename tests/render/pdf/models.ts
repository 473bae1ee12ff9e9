// Hand-built document models for the PDF renderer tests (fictional content only).
import type { Block, HarborDocument, Inline, TableRow } from '../../../src/model/types.js';
import type { Box, PageLayout, TextBox } from '../../../src/render/pdf/boxes.js';

export const t = (text: string, marks: { bold?: boolean; italic?: boolean; underline?: boolean } = {}): Inline => ({ type: 'text', text, ...marks });
export const p = (text: string | Inline[], align: 'left' | 'center' | 'right' | 'justify' = 'left'): Block => ({
  type: 'paragraph',
  align,
  children: typeof text === 'string' ? [t(text)] : text,
});
export const h = (level: 1 | 2 | 3, text: string): Block => ({ type: 'heading', level, children: [t(text)] });
export const row = (...cells: string[]): TableRow => ({ cells: cells.map((c) => ({ align: 'left' as const, colspan: 1, children: [t(c)] })) });

export function doc(body: Block[], extra: Partial<HarborDocument> = {}): HarborDocument {
  return {
    type: 'document',
    title: 'Test document',
    banner: 'CONFIDENTIAL — 8 U.S.C. § 1367',
    header: [],
    footer: [{ type: 'paragraph', align: 'center', children: [t('Page '), { type: 'page-number' }, t(' of '), { type: 'page-count' }] }],
    body,
    meta: { kind: 'test', templateVersion: '1.0.0', harborVersion: '0.0.0-test', fingerprint: 'feedfacecafebeef', date: '2026-03-07' },
    ...extra,
  };
}

/** `n` one-line paragraphs "Filler line k." */
export function filler(n: number, from = 1): Block[] {
  return Array.from({ length: n }, (_, i) => p(`Filler line ${from + i}.`));
}

export function texts(page: PageLayout, prefix?: string): TextBox[] {
  return page.boxes.filter((b): b is TextBox => b.type === 'text' && (prefix === undefined || b.src === prefix || b.src.startsWith(prefix + '.')));
}

/** Vertical extent (top, bottom) of a box in points from the page top. */
export function extent(b: Box): [number, number] {
  if (b.type === 'text') return [b.y - b.size, b.y + 0.3 * b.size];
  if (b.type === 'line') return [Math.min(b.y1, b.y2), Math.max(b.y1, b.y2)];
  return [b.y, b.y + b.height];
}

/** Text of each line of a page region, top to bottom (boxes grouped by baseline). */
export function linesOf(boxes: TextBox[]): string[] {
  const by = new Map<number, TextBox[]>();
  for (const b of boxes) {
    const k = Math.round(b.y * 10);
    by.set(k, [...(by.get(k) ?? []), b]);
  }
  return [...by.entries()].sort((a, b) => a[0] - b[0]).map(([, bs]) => bs.sort((a, b) => a.x - b.x).map((b) => b.text).join(''));
}
