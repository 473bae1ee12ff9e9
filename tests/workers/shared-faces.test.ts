// The body faces read once by a render pool and shared by its threads (src/render/pdf/shared-faces.ts;
// issue 18, a render thread's memory): the threads draw with the bytes the pool gives them, not with
// a copy of the files each read for itself, and the documents are the bytes the calling thread
// makes.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it, vi } from 'vitest';

// The pool's reading of the faces, counted, and replaceable for one pool (a face given the bytes
// of another face shows whose bytes the threads drew with).
vi.mock('../../src/render/pdf/shared-faces.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/render/pdf/shared-faces.js')>();
  return { ...real, readSharedFaces: vi.fn(real.readSharedFaces) };
});

const shared = await import('../../src/render/pdf/shared-faces.js');
const actual = await vi.importActual<typeof import('../../src/render/pdf/shared-faces.js')>('../../src/render/pdf/shared-faces.js');
const { createRenderPool } = await import('../../src/workers/pool.js');
const { generate } = await import('../../src/pipeline.js');
const fonts = await import('../../src/render/pdf/fonts.js');
const { FACES, FONT_DIR } = await import('../../src/render/pdf/face-files.js');

const readShared = vi.mocked(shared.readSharedFaces);
const input = JSON.parse(readFileSync(new URL('../../fixtures/rfa/full.json', import.meta.url), 'utf8')) as unknown;
const latin1 = (b: Uint8Array): string => Buffer.from(b).toString('latin1');

const pools: Array<ReturnType<typeof createRenderPool>> = [];
afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
});

describe('the body faces a pool shares', () => {
  it('are the four body faces’ files, each a view of one SharedArrayBuffer', () => {
    const s = shared.readSharedFaces();
    expect(s.buffer).toBeInstanceOf(SharedArrayBuffer);
    const views = shared.sharedFaceBytes(s);
    expect([...views.keys()]).toEqual(['regular', 'bold', 'italic', 'bold-italic']);
    for (const [id, bytes] of views) {
      expect(bytes.buffer).toBe(s.buffer);
      expect(Buffer.from(bytes).equals(readFileSync(new URL(FACES[id].file, FONT_DIR)))).toBe(true);
    }
  });

  it('are what a face given them reads through, not a copy', () => {
    const s = shared.readSharedFaces();
    // A fresh face set would be needed to see the given bytes taken; this process's faces may be
    // loaded already, so the check is on a face no other test here loads first: the shared bytes
    // are only ever read (fontkit and readTrueType take views), so a Face over them keeps the buffer.
    const bytes = shared.sharedFaceBytes(s).get('italic')!;
    const before = Buffer.from(bytes);
    const face = new fonts.Face('italic', bytes);
    expect(face.tt.data.buffer).toBe(s.buffer);
    expect(face.gid(0x41)).toBeGreaterThan(0);
    face.advance(0x2212); // a made glyph (the minus sign) goes to the face's own tables, not into the bytes
    expect(Buffer.from(bytes).equals(before)).toBe(true);
  });

  it('draw a pool thread’s PDF, the same bytes as the calling thread’s', async () => {
    const calls = readShared.mock.calls.length;
    const pool = createRenderPool({ threads: 1, timeoutMs: 120_000, maxQueue: 4 });
    pools.push(pool);
    expect(readShared.mock.calls.length).toBe(calls + 1); // read once, for the pool
    const there = await pool.render({ kind: 'rfa', input, format: 'pdf' });
    const here = await generate({ kind: 'rfa', input, format: 'pdf' });
    expect(Buffer.from(there.bytes).equals(Buffer.from(here.bytes))).toBe(true);
  });

  it('are the bytes the threads draw with: the regular face given the bold face’s file prints bold', async () => {
    readShared.mockImplementationOnce(() => {
      const s = actual.readSharedFaces();
      const bold = s.faces.find(([id]) => id === 'bold')!;
      // The regular face's slot points at the bold face's bytes.
      return { buffer: s.buffer, faces: s.faces.map(([id, at, n]) => (id === 'regular' ? ['regular', bold[1], bold[2]] : [id, at, n])) };
    });
    const pool = createRenderPool({ threads: 1, timeoutMs: 120_000, maxQueue: 4 });
    pools.push(pool);
    const text = latin1((await pool.render({ kind: 'rfa', input, format: 'pdf' })).bytes);
    // Each face's BaseFont is its subset's tag and the font's PostScript name (ISO 32000-1 §9.6.4).
    const names = [...text.matchAll(/\/BaseFont\s*\/[A-Z]{6}\+([\w-]+)/g)].map((m) => m[1]);
    expect(names).toContain('NotoSerif-Bold');
    expect(names).not.toContain('NotoSerif-Regular');
  });
});
