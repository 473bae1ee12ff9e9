// The batch archive writer (src/batch/zip.ts): read back by two independent readers (fflate's
// unzip and Python's zipfile), its layout checked field by field, and the two sizes where a ZIP
// needs its ZIP64 records (more than 65,535 entries; entries past 4 GiB) written and read.
import { execFileSync } from 'node:child_process';
import { closeSync, fstatSync, ftruncateSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, writeSync, writevSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { deflatePiece, joinPieces, type DeflatedText } from '../../src/batch/deflated.js';
import { ZipStream } from '../../src/batch/zip.js';
import { childBound } from '../support/until.js';

const dir = mkdtempSync(join(tmpdir(), 'harbor-batch-zip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A file written at the offsets the writer reaches, except the chunks `hole` says to skip, which
 * stay holes (zeros, taking no disk): a 4 GiB archive of zero-filled entries costs only its headers.
 * A corked header and its document come as one `writev`, as to a file stream, in one system call
 * (two per entry made 140,000 of the 70,000-entry archive's).
 */
function sparseFile(path: string, hole: (chunk: Uint8Array) => boolean): Writable {
  const fd = openSync(path, 'w');
  let at = 0;
  const put = (chunk: Uint8Array): void => {
    if (!hole(chunk)) writeSync(fd, chunk, 0, chunk.length, at);
    at += chunk.length;
  };
  return new Writable({
    write(chunk: Uint8Array, _enc, done) {
      put(chunk);
      done();
    },
    writev(chunks: Array<{ chunk: Uint8Array }>, done) {
      if (chunks.some((c) => hole(c.chunk))) for (const c of chunks) put(c.chunk);
      else {
        writevSync(fd, chunks.map((c) => c.chunk), at);
        for (const c of chunks) at += c.chunk.length;
      }
      done();
    },
    final(done) {
      // The file's length is where the writer ended, even if the last bytes were a hole.
      ftruncateSync(fd, at);
      closeSync(fd);
      done();
    },
  });
}

/**
 * Python's zipfile on `path`: the script's printed lines (`z` is the open ZipFile). `inMemory`: the
 * archive read whole first (io.BytesIO), the same zipfile code on it without a seek and a read of
 * the file per entry, which made testzip() of 70,000 entries 2-3 times as long; not for the 4 GiB one.
 */
function python(path: string, script: string, inMemory = false): string[] {
  const open = inMemory ? "io.BytesIO(open(sys.argv[1], 'rb').read())" : 'sys.argv[1]';
  const code = `import io, sys, zipfile\nz = zipfile.ZipFile(${open})\n${script}`;
  return execFileSync('python3', ['-c', code, path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...childBound() }).trim().split('\n');
}

async function archive(name: string, fill: (zip: ZipStream) => Promise<void>): Promise<string> {
  const path = join(dir, name);
  const out = sparseFile(path, () => false);
  const zip = new ZipStream(out);
  await fill(zip);
  zip.end();
  await finished(out);
  return path;
}

/** A text deflated in pieces, one per string, as the manifest is. */
function deflated(pieces: string[]): DeflatedText {
  return joinPieces(pieces.map((p, i) => deflatePiece(new TextEncoder().encode(p), i === pieces.length - 1)));
}

const u16 = (b: Uint8Array, at: number): number => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number): number => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;

describe('batch ZIP writer', () => {
  const docs: Array<[string, Uint8Array]> = [
    ['0001-a.pdf', new TextEncoder().encode('%PDF-1.7 one')],
    ['0002-Nguyễn-王秀英.pdf', new Uint8Array(70_000).map((_, i) => (i * 7) & 255)],
    ['0003-empty.pdf', new Uint8Array(0)],
  ];
  const manifest = ['{\n  "records": [', '\n    {"id": "Ánh"}'.repeat(5_000), '\n  ]\n}\n'];

  it('is read back whole, in order, by fflate and by Python zipfile (every CRC checked)', async () => {
    const path = await archive('small.zip', async (zip) => {
      for (const [n, b] of docs) await zip.add(n, b);
      await zip.addDeflated('manifest.json', deflated(manifest));
    });
    const back = unzipSync(readFileSync(path));
    expect(Object.keys(back)).toEqual([...docs.map(([n]) => n), 'manifest.json']);
    for (const [n, b] of docs) expect(Buffer.from(back[n]!).equals(Buffer.from(b))).toBe(true);
    expect(strFromU8(back['manifest.json']!)).toBe(manifest.join(''));
    const py = python(path, 'print(z.testzip())\nfor i in z.infolist(): print(i.filename, i.compress_type, i.flag_bits, i.file_size)');
    expect(py).toEqual([
      'None',
      '0001-a.pdf 0 0 12',
      '0002-Nguyễn-王秀英.pdf 0 2048 70000',
      '0003-empty.pdf 0 0 0',
      `manifest.json 8 0 ${Buffer.byteLength(manifest.join(''))}`, // deflated, no data descriptor
    ]);
  });

  it('stores a document with its CRC and sizes in the local header and no data descriptor', async () => {
    const path = await archive('layout.zip', async (zip) => {
      await zip.add('0001-a.pdf', docs[0]![1]);
      await zip.add('0002-b.pdf', docs[0]![1]);
    });
    const b = new Uint8Array(readFileSync(path));
    const size = docs[0]![1].length;
    expect(u32(b, 0)).toBe(0x04034b50);
    expect(u16(b, 6)).toBe(0); // flags: no descriptor, ASCII name
    expect(u16(b, 8)).toBe(0); // stored
    expect([u16(b, 10), u16(b, 12)]).toEqual([0, 0x21]); // 1980-01-01 00:00 (the zip epoch)
    expect(u32(b, 14)).toBe(python(path, "print(z.getinfo('0001-a.pdf').CRC)").map(Number)[0]);
    expect([u32(b, 18), u32(b, 22)]).toEqual([size, size]);
    // The next local header follows the data directly.
    expect(u32(b, 30 + 10 + size)).toBe(0x04034b50);
    // End record: 2 entries, no ZIP64 records before it.
    const end = b.length - 22;
    expect(u32(b, end)).toBe(0x06054b50);
    expect([u16(b, end + 8), u16(b, end + 10)]).toEqual([2, 2]);
    expect(u32(b, end - 20)).not.toBe(0x07064b50);
  });

  it('writes the ZIP64 end records past 65,535 entries, and every entry is read', async () => {
    // 65,535 documents and the manifest: 65,536 entries, one more than the end record's 16-bit
    // count holds (a reader of that count alone finds 65,535). 70,000 proved no more and took
    // 119 s of its 120 under load; the writes and Python's reads are per entry.
    const n = 65_535;
    const one = new Uint8Array([1]);
    const path = await archive('many.zip', async (zip) => {
      for (let i = 0; i < n; i++) await zip.add(`${String(i).padStart(5, '0')}.pdf`, one);
      await zip.addDeflated('manifest.json', deflated(['{}']));
    });
    const b = new Uint8Array(readFileSync(path));
    const end = b.length - 22;
    expect([u16(b, end + 8), u16(b, end + 10)]).toEqual([0xffff, 0xffff]); // too small: its maximum
    expect(u32(b, end - 20)).toBe(0x07064b50); // the ZIP64 locator
    expect(python(path, 'l = z.infolist()\nprint(len(l)); print(l[-2].filename); print(z.read(l[-1]).decode()); print(z.testzip())', true)).toEqual([
      '65536',
      '65534.pdf',
      '{}',
      'None',
    ]);
  }, 120_000);

  it('gives entries past 4 GiB their offset in a ZIP64 field, and they read back', async () => {
    // 65 entries of 64 MiB of zeros (4.06 GiB, left as holes in a sparse file), then a document
    // and the manifest, both past 4 GiB.
    const big = new Uint8Array(64 * 1024 * 1024);
    const path = join(dir, 'large.zip');
    const out = sparseFile(path, (chunk) => chunk.buffer === big.buffer); // a Buffer view of `big`
    const zip = new ZipStream(out);
    for (let i = 0; i < 65; i++) await zip.add(`big-${i}.pdf`, big);
    await zip.add('after.pdf', docs[1]![1]);
    await zip.addDeflated('manifest.json', deflated(['{"after": ', '"4 GiB"}']));
    zip.end();
    await finished(out);
    const py = python(path, [
      'l = z.infolist()',
      'print(len(l))',
      "a = z.getinfo('after.pdf'); print(a.header_offset > 2**32, a.file_size)",
      "print(z.read('manifest.json').decode())",
      "import zlib; print(zlib.crc32(z.read('after.pdf')) == a.CRC)",
      "print(z.getinfo('big-64.pdf').header_offset == sum(30 + len(f'big-{i}.pdf') + 64 * 2**20 for i in range(64)))",
    ].join('\n'));
    expect(py).toEqual(['67', 'True 70000', '{"after": "4 GiB"}', 'True', 'True']);
    const got = new Uint8Array(22);
    const fd = openSync(path, 'r');
    readSync(fd, got, 0, 22, fstatSync(fd).size - 22);
    closeSync(fd);
    expect(u32(got, 0)).toBe(0x06054b50);
    expect(u32(got, 16)).toBe(0xffffffff); // the central directory starts past 4 GiB
  }, 120_000);

  it('refuses to add after the end, and an aborted archive gets no central directory', async () => {
    const chunks: Uint8Array[] = [];
    const out = new Writable({ write: (c: Uint8Array, _e, done) => (chunks.push(c), done()) });
    const zip = new ZipStream(out);
    await zip.add('0001-a.pdf', docs[0]![1]);
    zip.abort();
    await expect(zip.add('0002-b.pdf', docs[0]![1])).rejects.toThrow(/already ended/);
    expect(() => zip.end()).toThrow(/already ended/);
    const all = Buffer.concat(chunks);
    expect(all.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))).toBe(-1);
    expect(all.indexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))).toBe(-1);
  });

  it("hands each document to the output together with its header, in one writev (a file stream's one trip to libuv's pool)", async () => {
    // An output that takes several chunks at once, as fs.WriteStream and a socket do. Each call
    // records the sizes of the chunks it was given.
    const calls: number[][] = [];
    const out = new Writable({
      write: (c: Uint8Array, _e, done) => (calls.push([c.length]), done()),
      writev: (cs: Array<{ chunk: Uint8Array }>, done) => (calls.push(cs.map((c) => c.chunk.length)), done()),
    });
    const zip = new ZipStream(out);
    const names = ['0001-a.pdf', '0002-b.pdf', '0003-c.pdf'];
    for (const [i, name] of names.entries()) await zip.add(name, docs[i % docs.length]![1]);
    // Local header: 30 bytes and the name (4.3.7), then the document, both in one call.
    expect(calls).toEqual(names.map((name, i) => [30 + name.length, docs[i % docs.length]![1].length]));
  });
});
