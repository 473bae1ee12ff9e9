// docs/pagination.md (§Gaps) gives the share of the text area the restitution worksheet's "Preparer"
// closing takes, the figure its rules were weighed against: it said 31% while the closing, now a
// signed keep with the preparer's lines, measured some 35%. The figure is read here from the PDF's
// layout of the full example, from the heading's top to the date line's foot, over the page's body
// height, so a change of the closing or the layout that moves it moves the docs too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/pipeline.js';
import { layoutDocument } from '../../src/render/pdf/layout.js';
import { extent } from '../render/pdf/models.js';

const ROOT = join(import.meta.dirname, '..', '..');
const doc = readFileSync(join(ROOT, 'docs', 'pagination.md'), 'utf8').replace(/\s+/g, ' ');

/** Percent of the text area (body height) the Preparer closing of the full example takes. */
function preparerShare(): number {
  const c = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'restitution-worksheet', 'full.json'), 'utf8'));
  const pages = layoutDocument(buildDocument('restitution-worksheet', c).model).pages;
  for (const pg of pages) {
    const heading = pg.boxes.find((b) => b.type === 'text' && b.text === 'Preparer' && b.src.startsWith('body.'));
    if (!heading || heading.type !== 'text') continue;
    // The closing is one `keep` (templates/partials/restitution-worksheet-filing.hbs): its boxes share its source prefix.
    const keep = heading.src.split('.').slice(0, 2).join('.');
    const boxes = pg.boxes.filter((b) => 'src' in b && typeof b.src === 'string' && (b.src === keep || b.src.startsWith(`${keep}.`)));
    expect(boxes.some((b) => b.type === 'text' && b.text.startsWith('Date:'))).toBe(true);
    const top = Math.min(...boxes.map((b) => extent(b)[0]));
    const bottom = Math.max(...boxes.map((b) => extent(b)[1]));
    return ((bottom - top) / (pg.bodyBottom - pg.bodyTop)) * 100;
  }
  throw new Error('no "Preparer" heading in the full example');
}

describe('docs/pagination.md', () => {
  it('gives the Preparer closing’s share of the text area as the layout measures it', () => {
    const said = /"Preparer" \((\d+)% of the text area in the full example/.exec(doc);
    expect(said, 'the sentence naming the figure').not.toBeNull();
    expect(Number(said![1])).toBe(Math.round(preparerShare()));
  });
});
