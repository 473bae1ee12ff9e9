// Measured page fill (docs/pagination.md §Gaps): a page ends short only by what its rules
// cannot split, never by a preference taller than a third of a page moved whole (src/model/keeps.ts
// KEEP_WHOLE_SHARE). At a half, the memo's "8. Recommendations" (a keep of 35% of a page) moved
// whole and left a quarter of page 6 empty, and the restitution worksheet's totals table left a
// quarter of page 8. Every page of these cases but the last, and one a page break ends, is filled
// to FULL or more; a page short of it is allowed only before the last page when all that page
// holds could not have stood in the room left (the RFA's supervisor's review: a heading, one line
// and a signature, with no break its rules allow). Measured on the other fixtures, not asserted:
// the memo's non-relative-sponsor and proposed-sponsor-not-given end page 3 at 73%, its
// urm-and-home-study-warnings page 6 at 75% (a keep just under a third moved whole); the T-visa
// declaration's full example ends page 4 at 63% (its closing, a keep ending with the signature,
// is kept whole up to half a page: SIGNED_KEEP_SHARE).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/pipeline.js';
import { layoutDocument } from '../../src/render/pdf/layout.js';
import type { PageLayout } from '../../src/render/pdf/boxes.js';
import { extent } from './pdf/models.js';

/** The share of the body height a page must fill. */
const FULL = 0.76;
const CASES: [string, string][] = [
  ['rfa', 'full'],
  ['best-interests-memo', 'full'],
  ['best-interests-memo', 'release-recommended-in-a-placement-decision'],
  ['restitution-worksheet', 'full'],
];

/** Top and bottom (points from the page top) of a page's body boxes. */
function bodyExtent(pg: PageLayout): [number, number] {
  let top = Infinity;
  let bottom = -Infinity;
  for (const b of pg.boxes) {
    if (!b.src.startsWith('body')) continue;
    const [t, u] = extent(b);
    top = Math.min(top, t);
    bottom = Math.max(bottom, u);
  }
  return [top, bottom];
}

/** The index of the body block the page's first box belongs to ("body.12.row.3" → 12). */
function firstBlock(pg: PageLayout): number {
  const b = pg.boxes.find((x) => x.src.startsWith('body.'));
  return Number(b!.src.split('.')[1]);
}

describe('page fill of the kinds\' documents', () => {
  for (const [kind, name] of CASES) {
    it(`${kind} ${name}: every page but the last is ${FULL * 100}% full, unless a page break or an unbreakable last page ends it`, () => {
      const built = buildDocument(kind, JSON.parse(readFileSync(`fixtures/${kind}/${name}.json`, 'utf8')));
      const L = layoutDocument(built.model);
      for (let i = 0; i + 1 < L.pages.length; i++) {
        const pg = L.pages[i]!;
        const next = L.pages[i + 1]!;
        if (built.model.body[firstBlock(next) - 1]?.type === 'page-break') continue;
        const fill = (bodyExtent(pg)[1] - pg.bodyTop) / (pg.bodyBottom - pg.bodyTop);
        if (fill >= FULL) continue;
        // Short: only before the last page, or the last before a page break (the worksheet's
        // Preparer closing, before its appendix of daily logs: docs/pagination.md), when what that
        // page holds is taller than the room left.
        const at = `page ${i + 1} of ${L.pages.length} filled to ${(fill * 100).toFixed(0)}%`;
        const after = L.pages[i + 2];
        const lastOfItsPart = after === undefined || built.model.body[firstBlock(after) - 1]?.type === 'page-break';
        expect(lastOfItsPart, at).toBe(true);
        const [top, bottom] = bodyExtent(next);
        expect(bottom - top, at).toBeGreaterThan(pg.bodyBottom - bodyExtent(pg)[1]);
      }
    });
  }
});
