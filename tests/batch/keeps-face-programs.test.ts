// `harbor batch`'s render threads keep the PDF font programs they made, from one record for the
// next (src/render/pdf/face-programs.ts; issue 18, bench/ANALYSIS.md "Round r57's render work").
// tests/render/pdf/face-programs.test.ts shows that what is kept gives the bytes of a fresh render;
// this shows that the command turns the keeping on at all: the option `harbor batch` gives its pool
// reaches the threads' data (piscina's `workerData`, read here as the real command makes its pool),
// and a render thread started with that data keeps programs, where one with `harbor serve`'s pool's
// data (no option) keeps none. Dropping the option anywhere on that path (src/batch/command.ts, the
// pool's workerData, the task's start) fails a test here.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it, vi } from 'vitest';

// The pools' piscina, recording the options each pool is made with (then the real pool).
const made: Array<{ workerData?: Record<string, unknown> }> = [];
vi.mock('piscina', async (importOriginal) => {
  const real = await importOriginal<typeof import('piscina')>();
  class Recorded extends real.Piscina {
    constructor(options: ConstructorParameters<typeof real.Piscina>[0]) {
      made.push(options as { workerData?: Record<string, unknown> });
      super(options);
    }
  }
  return { ...real, Piscina: Recorded, default: Recorded };
});

const { harbor } = await import('../support/cli.js');
const { createRenderPool } = await import('../../src/workers/pool.js');
const { KIND, cases, toCsv, unzip } = await import('./support.js');
const { readFileSync } = await import('node:fs');

const dir = mkdtempSync(join(tmpdir(), 'harbor-keeps-programs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Whether a render thread started with `workerData` keeps font programs: the module the pool's
 * threads start from the sources (src/workers/render-worker.mjs: tsx, then the task), then, in the
 * same thread and module graph, face-programs.ts's own answer.
 */
async function threadKeeps(workerData: Record<string, unknown>): Promise<boolean> {
  const url = (p: string): string => JSON.stringify(new URL(p, import.meta.url).href);
  const code = [
    `await import(${url('../../src/workers/render-worker.mjs')});`,
    `const { keepingFacePrograms } = await import(${url('../../src/render/pdf/face-programs.ts')});`,
    `(await import('node:worker_threads')).parentPort.postMessage(keepingFacePrograms());`,
  ].join('\n');
  const w = new Worker(new URL(`data:text/javascript,${encodeURIComponent(code)}`), { workerData });
  try {
    return await new Promise<boolean>((resolve, reject) => {
      w.once('message', (m: boolean) => resolve(m));
      w.once('error', reject);
      w.once('exit', (c) => reject(new Error(`the thread exited (${c}) without answering`)));
    });
  } finally {
    await w.terminate();
  }
}

describe("harbor batch's render threads", () => {
  it('are told to keep font programs, and a thread so told keeps them', async () => {
    const csv = join(dir, 'cases.csv');
    const out = join(dir, 'out.zip');
    writeFileSync(csv, toCsv(cases(2)));
    const before = made.length;
    const r = await harbor(['batch', KIND, csv, '-o', out, '--workers', '1', '--format', 'pdf']);
    expect(r.status, r.stderr).toBe(0);
    expect(unzip(readFileSync(out)).manifest).toMatchObject({ total: 2, rendered: 2 });
    // The one pool the command made, and what its threads were given.
    expect(made.length - before).toBe(1);
    const data = made.at(-1)!.workerData!;
    expect(data.keepFacePrograms).toBe(true);
    expect(await threadKeeps(data)).toBe(true);
  });

  it("unlike a pool made without the option (harbor serve's): its threads keep nothing", async () => {
    const pool = createRenderPool({ threads: 1, timeoutMs: 60_000, maxQueue: 1 });
    try {
      const data = made.at(-1)!.workerData!;
      expect(data.keepFacePrograms).toBeUndefined();
      expect(await threadKeeps(data)).toBe(false);
    } finally {
      await pool.close();
    }
  });
});
