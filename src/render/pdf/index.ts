// PDF renderer: model → layout (pure, positioned boxes) → paint (paint.ts: page operators and PDF
// objects, written by writer.ts). Deterministic.
import { clearRenderMemos } from '../../model/scratch.js';
import { noCheckpoint, type Checkpoint } from '../../checkpoint.js';
import type { HarborDocument } from '../../model/types.js';
import { laps, type Laps } from '../../stages.js';
import { harborFonts } from './fonts.js';
import { layoutDocument } from './layout.js';
import { paint } from './paint.js';

export { layoutDocument } from './layout.js';
export type { Box, DocumentLayout, LineBox, PageLayout, RectBox, TextBox } from './boxes.js';

/**
 * Model → PDF bytes (layout → positioned boxes → paint). Deterministic. `checkpoint`
 * is asked between blocks and pages (src/checkpoint.ts); `lap` times the stages layout, paint and
 * save for benchmarks (src/stages.ts).
 */
export async function renderPdf(doc: HarborDocument, checkpoint: Checkpoint = noCheckpoint, lap: Laps = laps(undefined)): Promise<Uint8Array> {
  try {
    const layout = layoutDocument(doc, harborFonts, checkpoint);
    lap('layout');
    return await paint(layout, doc, harborFonts, checkpoint, lap);
  } finally {
    clearRenderMemos(); // nothing of this case outlives its render (src/model/scratch.ts)
  }
}
