// CONTRACT STUB (foundation issue): the PDF helper replaces this file.
import type { HarborDocument } from '../../model/types.js';

/** Model → PDF bytes (layout → positioned boxes → paint with pdf-lib). Deterministic. */
export async function renderPdf(doc: HarborDocument): Promise<Uint8Array> {
  throw new Error(`PDF renderer not built yet (${doc.meta.kind})`);
}
