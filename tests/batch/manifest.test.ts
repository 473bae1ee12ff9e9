// The batch manifest made as records finish (src/batch/manifest.ts): its bytes are exactly
// `JSON.stringify(manifest, null, 2)` of the same records, whatever their number (none, one, and
// enough to fill many deflated blocks) and whatever their strings hold; and it keeps entries
// deflated, not as objects (issue 18 target 4: 10,000 records grew the main thread's heap by ~30 MB).
import { crc32, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ManifestBuilder, type Manifest, type ManifestRecord } from '../../src/batch/manifest.js';

/** The i-th entry of a made-up batch: rendered with warnings, invalid with errors, or failed. */
function entry(i: number): ManifestRecord {
  if (i % 7 === 3) {
    return { index: i, row: i + 2, status: 'invalid', errors: [{ path: `laborPeriods.${i}.hours`, code: 'invalid-type', message: `is required (the cell is empty)\nline "${i}" \\ tab\t` }] };
  }
  if (i % 11 === 5) return { index: i, id: `case-${i}`, status: 'failed', errors: [{ path: '', code: 'internal', message: 'Harbor failed on this record; it is a bug, not your data' }] };
  const e: ManifestRecord = { index: i, id: `Ñandú-${i}-名前`, status: 'rendered', files: [`${String(i + 1).padStart(4, '0')}-x.pdf`], fingerprint: i.toString(16).padStart(16, '0') };
  if (i % 2 === 0) e.warnings = [{ path: 'losses.2', code: 'projected-loss', message: `Projected loss of $${i}.00 \u2028 needs support (18 U.S.C. § 3664)` }];
  return e;
}

function build(n: number, format: Manifest['format'] = 'pdf'): { builder: ManifestBuilder; expected: string } {
  const builder = new ManifestBuilder('restitution-worksheet', format, n);
  const records = Array.from({ length: n }, (_, i) => entry(i));
  for (const r of records) builder.add(r);
  const manifest: Manifest = {
    kind: 'restitution-worksheet',
    format,
    total: n,
    rendered: records.filter((r) => r.status === 'rendered').length,
    failed: records.filter((r) => r.status !== 'rendered').length,
    records,
  };
  return { builder, expected: JSON.stringify(manifest, null, 2) + '\n' };
}

/** manifest.json as a reader of the archive gets it: its pieces inflated as one stream, CRC and size checked. */
function text(b: ManifestBuilder): string {
  const d = b.deflated();
  const bytes = inflateRawSync(Buffer.concat(d.parts));
  expect(d.size).toBe(bytes.length);
  expect(d.crc).toBe(crc32(bytes) >>> 0);
  return bytes.toString('utf8');
}

describe('ManifestBuilder', () => {
  it.each([0, 1, 2, 3, 250, 3000])('%i records: the bytes of JSON.stringify(manifest, null, 2)', (n) => {
    const { builder, expected } = build(n, n === 2 ? 'both' : 'pdf');
    expect(text(builder)).toBe(expected);
  });

  it('keeps its entries deflated: 3,000 entries take a small part of their text', () => {
    const { builder, expected } = build(3000);
    const blocks = (builder as unknown as { blocks: { data: Buffer }[] }).blocks;
    const stored = blocks.reduce((s, b) => s + b.data.length, 0);
    expect(blocks.length).toBeGreaterThan(1); // more than one block: the joins between blocks are covered above
    expect(stored).toBeLessThan(Buffer.byteLength(expected) / 5);
  });

  it('counts records and gives back those not rendered, in order', () => {
    const { builder } = build(30);
    const s = builder.summary();
    const parsed = JSON.parse(text(builder)) as Manifest;
    expect(s).toMatchObject({ kind: 'restitution-worksheet', format: 'pdf', total: 30, rendered: parsed.rendered, failed: parsed.failed });
    expect(s.rendered + s.failed).toBe(30);
    expect(s.notRendered).toEqual(parsed.records.filter((r) => r.status !== 'rendered'));
    expect(builder.size).toBe(30);
  });

  it('can be read more than once', () => {
    const { builder, expected } = build(500);
    expect(text(builder)).toBe(expected);
    expect(text(builder)).toBe(expected);
  });
});
