// The PDF file writer (src/render/pdf/writer.ts) and the two-byte CID strings of page streams
// (FaceUse.codes, embed.ts): the cross-reference table points at every object, streams carry
// their lengths, text strings survive any character, and every CID comes back out of its escaped
// literal string.
import { describe, expect, it } from 'vitest';
import { FaceUse } from '../../../src/render/pdf/embed.js';
import { harborFonts } from '../../../src/render/pdf/fonts.js';
import { num, PdfWriter, textString } from '../../../src/render/pdf/writer.js';
import { codesOf } from './codes.js';

const latin1 = (b: Uint8Array) => Buffer.from(b).toString('latin1');

/** The bytes of a PDF literal string body (§7.3.4.2 escapes). */
function unescapeLiteral(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x5c) {
      out.push(c);
      continue;
    }
    const e = s[++i]!;
    out.push(e === 'n' ? 0x0a : e === 'r' ? 0x0d : e.charCodeAt(0));
  }
  return out;
}

describe('PdfWriter', () => {
  it('lists every object at its offset in the xref table, in number order, with stream lengths', () => {
    const w = new PdfWriter();
    const late = w.ref(); // filled after the others: still listed in number order
    const data = new Uint8Array([0, 1, 2, 0x0a, 0x0d, 0xff, 0x28]);
    const s = w.stream(w.ref(), ' /Filter /Made-up', data);
    const a = w.add(`<< /Stream ${s} 0 R >>`);
    w.obj(late, `<< /Type /Catalog /A ${a} 0 R >>`);
    const text = latin1(w.bytes(`/Root ${late} 0 R`));

    expect(text.startsWith('%PDF-1.7\n%\x81\x81\x81\x81\n')).toBe(true);
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)![1]);
    expect(text.slice(startxref, startxref + 4)).toBe('xref');
    const rows = text.slice(startxref).split('\n');
    expect(rows[1]).toBe('0 4');
    expect(rows[2]).toBe('0000000000 65535 f ');
    for (let n = 1; n <= 3; n++) {
      const row = rows[2 + n]!;
      expect(row).toMatch(/^\d{10} 00000 n $/);
      expect(text.slice(Number(row.slice(0, 10))).startsWith(`${n} 0 obj\n`)).toBe(true);
    }
    expect(text).toContain(`trailer\n<< /Size 4 /Root ${late} 0 R >>`);
    // The stream's bytes are copied verbatim after "stream\n", with their /Length.
    const at = text.indexOf(`${s} 0 obj\n`);
    expect(text.slice(at)).toMatch(/^\d+ 0 obj\n<< \/Filter \/Made-up \/Length 7>>\nstream\n/);
    const body = text.indexOf('stream\n', at) + 'stream\n'.length;
    expect([...Buffer.from(text.slice(body, body + 7), 'latin1')]).toEqual([...data]);
    expect(text.slice(body + 7, body + 7 + '\nendstream'.length)).toBe('\nendstream');
  });

  // Issue 18: the structure tree's elements are written as bytes in one run (tagged.ts), not as a
  // string each; the file must list them exactly as it lists any object.
  it('lists objects given whole as bytes in a run at their offsets, between objects and streams given otherwise', () => {
    const w = new PdfWriter();
    const first = w.add('<< /A 1 >>');
    const a = w.ref();
    const b = w.ref();
    const after = w.stream(w.ref(), '', new Uint8Array([0x61]));
    const run = `${a} 0 obj\n<< /B ${b} 0 R >>\nendobj\n${b} 0 obj\n[ ${first} 0 R ]\nendobj\n`;
    w.run(a, Buffer.from(run, 'latin1'), [0, run.indexOf(`${b} 0 obj`)]);
    const text = latin1(w.bytes(`/Root ${first} 0 R`));

    expect(text).toContain(`\n${first} 0 obj\n<< /A 1 >>\nendobj\n${run}${after} 0 obj\n<< /Length 1>>\nstream\na\nendstream\nendobj\n`);
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)![1]);
    const rows = text.slice(startxref).split('\n');
    expect(rows[1]).toBe('0 5');
    for (let n = 1; n <= 4; n++) expect(text.slice(Number(rows[2 + n]!.slice(0, 10))).startsWith(`${n} 0 obj\n`)).toBe(true);
  });

  it('writes text strings as literals when printable ASCII, else as UTF-16BE hex with a BOM', () => {
    expect(textString('Plain (with) back\\slash')).toBe('(Plain \\(with\\) back\\\\slash)');
    expect(textString('Nguyễn')).toBe('<feff004e006700750079' + '1ec5' + '006e>');
    expect(textString('tab\there')).toMatch(/^<feff/);
  });

  it('writes numbers with at most two decimals, no exponent and no negative zero', () => {
    expect([0, -0.001, 612, 12.5, 12.346, -3.1, 0.05, 1e-7, 123456.789].map(num)).toEqual(['0', '0', '612', '12.5', '12.35', '-3.1', '0.05', '0', '123456.79']);
  });
});

describe('FaceUse.writeCodes: two-byte CIDs in a literal string', () => {
  it('numbers glyphs by first use and gives every CID back through the escapes, delimiters and line ends included', () => {
    const face = harborFonts.face('regular');
    const use = new FaceUse(face, 1, 'F1');
    // Enough distinct characters that CIDs 10 (LF), 13 (CR), 40 "(", 41 ")" and 92 "\" all occur.
    const chars: string[] = [];
    for (let cp = 0x21; cp < 0x7f; cp++) chars.push(String.fromCodePoint(cp));
    for (let cp = 0xc0; cp < 0x17f; cp++) if (face.gid(cp) > 0) chars.push(String.fromCodePoint(cp));
    const text = chars.join('');
    const body = codesOf(use, text);
    expect(body).not.toMatch(/[\n\r]/);
    // An unescaped parenthesis would end the string early: every one is escaped.
    expect(body.replace(/\\[\\()nr]/g, '')).not.toMatch(/[()\\]/);
    const bytes = unescapeLiteral(body);
    expect(bytes).toHaveLength(2 * chars.length);
    const cids = chars.map((_, i) => bytes[2 * i]! * 256 + bytes[2 * i + 1]!);
    expect(cids.slice(0, 5)).toEqual([1, 2, 3, 4, 5]);
    for (const [i, ch] of chars.entries()) expect(use.gids[cids[i]! - 1]).toBe(face.gid(ch.codePointAt(0)!));
    expect(new Set(cids).size).toBe(use.gids.length);
    for (const special of [10, 13, 40, 41, 92]) expect(cids).toContain(special);
  });
});
