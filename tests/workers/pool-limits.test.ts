// The threads of the two real pools run with their heap limits (src/workers/settings.ts): `harbor
// serve`'s with `renderThreadLimits()` (an old generation of at most 1.5 GB, a young generation of
// 12 MB; issue 18, bench/ANALYSIS.md rounds r57–r59), `harbor batch`'s with `batchThreadLimits()`
// (the same with a young generation of 16 MB, scavenging half as often: round r60). settings.test.ts shows
// that those limits hold in a Worker given them; this shows that the threads of a pool made as each
// command makes it are given them: dropped from the pool's options (src/workers/pool.ts) or replaced
// by the caller (src/http/server.ts, src/batch/command.ts), a thread gets V8's defaults (48 MB young,
// ~4 GB old on this machine) and a test here fails.
//
// How: the pools' piscina records each pool it makes (then is the real pool); once a job has come
// back from a thread, that thread is running, and node:worker_threads' `Worker.resourceLimits` is
// then what its isolate was made with (Node writes the isolate's limits back into it at start; the
// options given are only what was asked).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResourceLimits, Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it, vi } from 'vitest';

// Each pool's threads' limits, read after each job that came back.
const seen: ResourceLimits[][] = [];
vi.mock('piscina', async (importOriginal) => {
  const real = await importOriginal<typeof import('piscina')>();
  class Recorded extends real.Piscina {
    readonly #limits: ResourceLimits[] = [];
    constructor(options: ConstructorParameters<typeof real.Piscina>[0]) {
      super(options);
      seen.push(this.#limits);
    }
    override async run(task: unknown, options?: Parameters<InstanceType<typeof real.Piscina>['run']>[1]): Promise<unknown> {
      const r: unknown = await super.run(task, options);
      for (const w of this.threads as Worker[]) if (w.threadId > 0) this.#limits.push(w.resourceLimits ?? {});
      return r;
    }
  }
  return { ...real, Piscina: Recorded, default: Recorded };
});

const { harbor } = await import('../support/cli.js');
const { serve } = await import('../../src/http/server.js');
const { batchThreadLimits, renderThreadLimits } = await import('../../src/workers/settings.js');
const { TEST_RENDER_TIMEOUT, rfaCase } = await import('../http/helpers.js');
const { servedUrl } = await import('../support/listening.js');
const { KIND, cases, toCsv, unzip } = await import('../batch/support.js');

const dir = mkdtempSync(join(tmpdir(), 'harbor-pool-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The two limits a render thread is given, as a running thread reports them. */
const heapLimits = (l: ResourceLimits): ResourceLimits => ({ maxOldGenerationSizeMb: l.maxOldGenerationSizeMb, maxYoungGenerationSizeMb: l.maxYoungGenerationSizeMb });

describe('the heap limits of a real pool’s render threads', () => {
  it('harbor serve: every thread of its pool runs with renderThreadLimits()', async () => {
    const lines: string[] = [];
    const before = seen.length;
    const close = await serve({ env: { HARBOR_WORKERS: '2', HARBOR_RATE_LIMIT: '0', HARBOR_RENDER_TIMEOUT: TEST_RENDER_TIMEOUT }, host: '127.0.0.1', port: 0, log: (l) => lines.push(l) });
    try {
      const url = `${servedUrl(lines)}/v1/documents/rfa?format=pdf`;
      const answers = await Promise.all([0, 1].map(() => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(rfaCase()) })));
      for (const a of answers) expect(a.status).toBe(200);
    } finally {
      await close();
    }
    expect(seen.length - before).toBe(1); // serve's one pool
    const limits = seen.at(-1)!;
    expect(limits.length).toBeGreaterThan(0);
    for (const l of limits) expect(heapLimits(l)).toEqual(renderThreadLimits());
  });

  it('harbor batch: every thread of its pool runs with batchThreadLimits(), a larger young generation than serve’s', async () => {
    expect(batchThreadLimits().maxYoungGenerationSizeMb).toBeGreaterThan(renderThreadLimits().maxYoungGenerationSizeMb);
    const csv = join(dir, 'cases.csv');
    const out = join(dir, 'out.zip');
    writeFileSync(csv, toCsv(cases(2)));
    const before = seen.length;
    const r = await harbor(['batch', KIND, csv, '-o', out, '--workers', '1', '--format', 'pdf']);
    expect(r.status, r.stderr).toBe(0);
    expect(unzip(readFileSync(out)).manifest).toMatchObject({ total: 2, rendered: 2 });
    expect(seen.length - before).toBe(1); // the command's one pool
    const limits = seen.at(-1)!;
    expect(limits.length).toBeGreaterThan(0);
    for (const l of limits) expect(heapLimits(l)).toEqual(batchThreadLimits());
  });
});
