// `harbor batch`'s render threads keep the font programs they made (src/render/pdf/face-programs.ts:
// the subset, its tag, the widths, the ToUnicode CMap of a face's glyphs in their order of first
// use), so that a batch's records, which use the same glyphs, do not subset the same faces again
// (issue 18; bench/ANALYSIS.md "Round r57's render work"). What is kept must give the bytes a fresh
// render gives, must never be taken for a document with other glyphs or other text, is bounded,
// and nothing is kept unless asked (`harbor serve`'s threads render for every caller).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { HarborDocument } from '../../../src/model/types.js';
import { doc, p, t } from './models.js';

// The subsetter counted: how many programs a render made rather than took from what was kept.
vi.mock('../../../src/render/pdf/truetype.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/render/pdf/truetype.js')>();
  return { ...real, subsetTrueType: vi.fn(real.subsetTrueType) };
});

const { subsetTrueType } = await import('../../../src/render/pdf/truetype.js');
const { renderPdf } = await import('../../../src/render/pdf/index.js');
const { FACE_PROGRAMS_KEPT, keepFacePrograms } = await import('../../../src/render/pdf/face-programs.js');

const made = vi.mocked(subsetTrueType);

/** Subsets made by one render of `d`, and its bytes. */
async function render(d: HarborDocument): Promise<{ subsets: number; bytes: Buffer }> {
  const before = made.mock.calls.length;
  const bytes = Buffer.from(await renderPdf(d));
  return { subsets: made.mock.calls.length - before, bytes };
}

// Two faces (regular, bold) and the footer's: a document whose glyphs no other test here uses first.
const record = (amount: string): HarborDocument => doc([p([t('Restitution owed to '), t('Marisol Quintero', { bold: true }), t(`: $${amount}.`)])]);

describe('font programs, by default', () => {
  it('are made for every render: nothing of a case kept', async () => {
    const d = record('4,321.00');
    expect((await render(d)).subsets).toBeGreaterThanOrEqual(2);
    expect((await render(d)).subsets).toBeGreaterThanOrEqual(2);
  });
});

describe("font programs kept by a batch's render thread", () => {
  beforeAll(() => keepFacePrograms(true));
  afterAll(() => keepFacePrograms(false));

  it('are made once for a document rendered again, and give the same bytes', async () => {
    const first = await render(record('1,234.56'));
    expect(first.subsets).toBeGreaterThanOrEqual(2); // regular and bold at least
    const again = await render(record('1,234.56'));
    expect(again.subsets).toBe(0);
    expect(again.bytes.equals(first.bytes)).toBe(true);
  });

  it('are the bytes a fresh thread makes (no programs kept)', async () => {
    const d = record('9,870.12');
    await render(d);
    const kept = await render(d);
    expect(kept.subsets).toBe(0);
    // A fresh module graph: new fonts, nothing kept, and not keeping.
    vi.resetModules();
    const fresh = Buffer.from(await (await import('../../../src/render/pdf/index.js')).renderPdf(d));
    expect(kept.bytes.equals(fresh)).toBe(true);
  });

  it('are made again for other glyphs, or the same glyphs first used in another order', async () => {
    await render(record('5.00'));
    // "7" and "8" not used before: the regular face's glyphs differ, the bold face's do not.
    expect((await render(record('78.00'))).subsets).toBe(1);
    // The same characters in another order are other CIDs: another program.
    const swapped = doc([p([t('Marisol Quintero', { bold: true }), t(': $5.00. Restitution owed to')])]);
    expect((await render(swapped)).subsets).toBeGreaterThanOrEqual(1);
  });

  it(`keep at most ${FACE_PROGRAMS_KEPT} programs a face, the oldest dropped first`, async () => {
    const only = (s: string): HarborDocument => doc([p(s)], { footer: [], header: [], banner: undefined, title: 'x' });
    expect((await render(only('Aa'))).subsets).toBe(1);
    expect((await render(only('Aa'))).subsets).toBe(0);
    for (let k = 0; k < FACE_PROGRAMS_KEPT; k++) expect((await render(only(`Aa${'bcdefghij'[k]}`))).subsets).toBe(1);
    // "Aa" was the oldest of the regular face's programs: made again.
    expect((await render(only('Aa'))).subsets).toBe(1);
  });
});
