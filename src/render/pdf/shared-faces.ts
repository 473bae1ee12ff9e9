// The body faces' file bytes, read once by a render pool and shared by all its threads (issue 18
// target 2: a render thread's memory). Each thread held its own copy of the four Noto Serif files,
// 2.5 MB, and every render uses them; in one SharedArrayBuffer given in the threads' workerData,
// every thread reads the same pages, which the process holds once. Only the body faces: a fallback
// (Chinese, Korean, …: up to 4 MB a file) is loaded by the thread whose text needs it, as before,
// so that a pool of Latin cases never holds them. Light on purpose (no fontkit): the pool's main
// thread loads it.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { FACES, FONT_DIR, type FaceId } from './face-files.js';

/** The faces every render uses: the body family (fonts.ts BODY_FACES). */
const SHARED: readonly FaceId[] = ['regular', 'bold', 'italic', 'bold-italic'];

/** Faces' bytes in one SharedArrayBuffer: each face's id, start and length in bytes. */
export interface SharedFaces {
  buffer: SharedArrayBuffer;
  faces: Array<[FaceId, number, number]>;
}

/**
 * Read the body faces' files into one SharedArrayBuffer (the pool, once): straight into it, with no
 * Buffer of each file in between, which the main thread would hold until a collection.
 */
export function readSharedFaces(): SharedFaces {
  const files: Array<{ id: FaceId; fd: number; size: number }> = [];
  try {
    for (const id of SHARED) {
      const fd = openSync(new URL(FACES[id].file, FONT_DIR), 'r');
      files.push({ id, fd, size: fstatSync(fd).size });
    }
    const buffer = new SharedArrayBuffer(files.reduce((n, f) => n + f.size, 0));
    const faces: SharedFaces['faces'] = [];
    let at = 0;
    for (const f of files) {
      const view = new Uint8Array(buffer, at, f.size);
      for (let got = 0; got < f.size; ) {
        const n = readSync(f.fd, view, got, f.size - got, got);
        if (n === 0) throw new Error(`${FACES[f.id].file} ended before its ${f.size} bytes`);
        got += n;
      }
      faces.push([f.id, at, f.size]);
      at += f.size;
    }
    return { buffer, faces };
  } finally {
    for (const f of files) closeSync(f.fd);
  }
}

/** The faces of a SharedFaces as views of its buffer, not copies (a thread). */
export function sharedFaceBytes(s: SharedFaces): Map<FaceId, Uint8Array> {
  return new Map(s.faces.map(([id, at, length]) => [id, new Uint8Array(s.buffer, at, length)]));
}
