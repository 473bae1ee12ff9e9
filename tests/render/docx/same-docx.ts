// The check both DOCX writer tests make (writer.test.ts, writer-fixtures.test.ts): the XML writer
// (src/render/docx/xml.ts) writes a model's DOCX byte for byte as docx's own serialisation does.
import { expect } from 'vitest';
import type { HarborDocument } from '../../../src/model/types.js';
import { renderDocxVia } from '../../../src/render/docx/index.js';
import { docxParts } from '../../support/extract.js';

export /** Both writers' bytes are equal (else the parts that differ, readably), or both refuse the model alike. */
async function expectSameDocx(model: HarborDocument): Promise<void> {
  const reference = await renderDocxVia(structuredClone(model), 'compiler').catch((e: unknown) => e as Error);
  if (reference instanceof Error) {
    await expect(renderDocxVia(structuredClone(model), 'xml')).rejects.toMatchObject({ message: reference.message });
    return;
  }
  const written = await renderDocxVia(structuredClone(model), 'xml');
  if (Buffer.compare(Buffer.from(written), Buffer.from(reference)) === 0) return;
  const a = docxParts(written);
  const b = docxParts(reference);
  expect(Object.keys(a)).toEqual(Object.keys(b));
  for (const name of Object.keys(b)) expect(a[name], name).toBe(b[name]);
  expect(Buffer.from(written).equals(Buffer.from(reference))).toBe(true);
}
