// The paginator on arbitrary chains of keeps: whatever the heights and rule strengths, it ends,
// places every slice once and in order, and overfills no page but with a slice taller than a page.
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import type { Slice } from '../../../src/render/pdf/blocks.js';
import type { KeepLevel } from '../../../src/model/keeps.js';
import { paginate } from '../../../src/render/pdf/paginate.js';

const TOP = 72;
const BOTTOM = 720;

const slice = fc.record({
  height: fc.oneof(fc.double({ min: 1, max: 40, noNaN: true }), fc.double({ min: 40, max: 800, noNaN: true })),
  spaceBefore: fc.constantFrom(0, 8, 14),
  keep: fc.constantFrom<KeepLevel>(0, 1, 2, 3, 4),
  pageBreak: fc.oneof({ weight: 30, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
});

test.prop([fc.array(slice, { maxLength: 120 }), fc.boolean()])('every slice once, in order, on pages it fits', (specs, header) => {
  const head: Slice = { height: 20, spaceBefore: 0, keep: 4, boxes: [{ type: 'text', x: 0, y: 0, width: 1, size: 10, font: 'regular', text: 'H', src: 'head' }] };
  const slices: Slice[] = specs.map((s, i) => {
    const out: Slice = { height: s.height, spaceBefore: s.spaceBefore, keep: s.keep, boxes: [] };
    if (s.pageBreak) out.pageBreak = true;
    else out.boxes.push({ type: 'text', x: 0, y: 0, width: 1, size: 10, font: 'regular', text: String(i), src: `s${i}` });
    // A run of slices under one repeated header row, as a table's rows are.
    if (header && i % 10 >= 5) out.repeatHeader = [head];
    return out;
  });
  const pages = paginate(slices, TOP, BOTTOM);
  const order = pages.flatMap((pg) => pg.filter((b) => b.src !== 'head').map((b) => (b.type === 'text' ? Number(b.text) : -1)));
  expect(order).toEqual(specs.flatMap((s, i) => (s.pageBreak ? [] : [i])));
  for (const pg of pages) {
    const own = pg.filter((b) => b.src !== 'head');
    if (own.length <= 1) continue; // a slice taller than a page is placed alone
    for (const b of own) {
      if (b.type !== 'text') continue;
      const s = slices[Number(b.text)]!;
      expect(b.y).toBeGreaterThanOrEqual(TOP - 1e-6);
      expect(b.y + s.height).toBeLessThanOrEqual(BOTTOM + 1e-6);
    }
  }
});
