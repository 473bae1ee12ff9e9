// CONTRACT STUB (foundation issue): the DOCX helper replaces this file.
import type { HarborDocument } from '../../model/types.js';

/** Model → DOCX bytes (one handler per node → docx objects → bytes). Deterministic. */
export async function renderDocx(doc: HarborDocument): Promise<Uint8Array> {
  throw new Error(`DOCX renderer not built yet (${doc.meta.kind})`);
}
