// The lines of a signature block under its signing line, the same in both formats and in the PDF's
// structure tree (docs/markup.md, `signature`): who signs, the capacity (each of its lines), the
// date or a blank date line, the place (each of its lines).
import type { Signature } from '../model/types.js';

/** The blank date line of a signature with no date: "Date:" and 22 underscores. */
export const BLANK_DATE = `Date: ${'_'.repeat(22)}`;

/** The lines printed under a signature's signing line, top to bottom. */
export function signatureLines(s: Signature): string[] {
  const lines = [s.signer];
  if (s.capacity !== undefined) lines.push(...s.capacity.split('\n'));
  lines.push(s.date !== undefined ? `Date: ${s.date}` : BLANK_DATE);
  if (s.place !== undefined) lines.push(...s.place.split('\n'));
  return lines;
}
