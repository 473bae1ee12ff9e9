// The CIDs of a text as FaceUse writes them into a page stream (embed.ts writeCodes), as Latin-1
// text: what the tests compare with the codes they compute apart.
import type { FaceUse } from '../../../src/render/pdf/embed.js';
import { ByteSink } from '../../../src/render/pdf/sink.js';

export function codesOf(use: FaceUse, text: string): string {
  const sink = new ByteSink(16);
  use.writeCodes(sink, text);
  return Buffer.from(sink.view()).toString('latin1');
}
