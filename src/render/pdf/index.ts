// PDF renderer: model → layout (pure, positioned boxes) → paint (pdf-lib). Deterministic.
import { noCheckpoint, type Checkpoint } from '../../checkpoint.js';
import type { HarborDocument } from '../../model/types.js';
import { harborFonts } from './fonts.js';
import { layoutDocument } from './layout.js';
import { paint } from './paint.js';

export { layoutDocument } from './layout.js';
export type { Box, DocumentLayout, LineBox, PageLayout, RectBox, TextBox } from './boxes.js';

/**
 * Model → PDF bytes (layout → positioned boxes → paint with pdf-lib). Deterministic. `checkpoint`
 * is asked between blocks and pages (src/checkpoint.ts).
 */
export async function renderPdf(doc: HarborDocument, checkpoint: Checkpoint = noCheckpoint): Promise<Uint8Array> {
  return paint(layoutDocument(doc, harborFonts, checkpoint), doc, harborFonts, checkpoint);
}
