// The batch runner (src/batch/run.ts) over a renderer we control: a bounded window of records
// rendering and of records held behind a slower one, files written in record order whatever order renders finish in, the sink's
// back-pressure respected, every job aborted on stop, render-timeout and busy handled per record.
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { HarborError } from '../../src/errors.js';
import { getKind } from '../../src/kinds/index.js';
import type { Generated } from '../../src/pipeline.js';
import { RECORDS_PER_THREAD, runBatch, type BatchSink } from '../../src/batch/run.js';
import type { RecordSource } from '../../src/batch/input.js';
import type { Manifest } from '../../src/batch/manifest.js';
import type { RenderJob, Renderer } from '../../src/workers/renderer.js';

const kind = getKind('restitution-worksheet');

function source(n: number): RecordSource & { taken: () => number } {
  let taken = 0;
  function* gen() {
    for (let index = 0; index < n; index++) {
      taken++;
      yield { index, value: { id: `r${index}` } };
    }
  }
  return { total: n, records: gen(), taken: () => taken };
}

function doc(job: RenderJob): Generated {
  const id = (job.input as { id: string }).id;
  return { bytes: new TextEncoder().encode(`${id}.${job.format}`), contentType: 'x', format: job.format, fingerprint: id.padEnd(16, '0'), warnings: [], computed: {} };
}

/** A renderer whose jobs finish when the test says so; it records what it was given. */
function manual(threads: number) {
  const jobs: { job: RenderJob; resolve: (g: Generated) => void; reject: (e: unknown) => void; signal?: AbortSignal }[] = [];
  let running = 0;
  let most = 0;
  const renderer: Renderer = {
    threads,
    close: async () => {},
    render: (job, opts) =>
      new Promise<Generated>((resolve, reject) => {
        running++;
        most = Math.max(most, running);
        let over = false;
        const onAbort = (): void => entry.reject(opts!.signal!.reason);
        const done = (): void => {
          if (!over) running--;
          over = true;
          opts?.signal?.removeEventListener('abort', onAbort);
        };
        const entry = { job, resolve: (g: Generated) => (done(), resolve(g)), reject: (e: unknown) => (done(), reject(e)), signal: opts?.signal };
        opts?.signal?.addEventListener('abort', onAbort, { once: true });
        jobs.push(entry);
      }),
  };
  return { renderer, jobs, running: () => running, most: () => most };
}

/** A sink that keeps the names it was given, and its text files parsed as JSON. */
function memorySink(texts = new Map<string, unknown>()): BatchSink & { names: string[] } {
  const names: string[] = [];
  return {
    names,
    add: async (name) => void names.push(name),
    addDeflated: async (name, text) => {
      names.push(name);
      texts.set(name, JSON.parse(inflateRawSync(Buffer.concat(text.parts)).toString('utf8')));
    },
  };
}

const tick = (): Promise<void> => new Promise((r) => setImmediate(r));
async function settle(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !cond(); i++) await tick();
  expect(cond()).toBe(true);
}

describe('runBatch', () => {
  it(`keeps at most ${RECORDS_PER_THREAD} records per thread rendering and writes them in record order`, async () => {
    const m = manual(2);
    const window = 2 * RECORDS_PER_THREAD;
    const src = source(20);
    const sink = memorySink();
    const run = runBatch({ kind, records: src, format: 'pdf', sink, renderer: m.renderer });
    await settle(() => m.jobs.length === window);
    for (let i = 0; i < 20; i++) await tick();
    expect(m.jobs.length).toBe(window); // the window is full: nothing more is started
    expect(src.taken()).toBe(window); // records are made only when taken
    // The later ones finish first: nothing is written until record 0 is, but as many records
    // start as finished (a thread is not left idle behind record 0), never more than `window`
    // rendering at once.
    for (let i = window - 1; i >= 1; i--) m.jobs[i]!.resolve(doc(m.jobs[i]!.job));
    await settle(() => m.jobs.length === 2 * window - 1);
    for (let i = 0; i < 20; i++) await tick();
    expect(sink.names).toEqual([]);
    expect(m.jobs.length).toBe(2 * window - 1);
    expect(m.running()).toBe(window);
    // Records finished behind record 0 are held, at most `window` of them: then nothing more starts
    // however many finish, so a slow record holds only that many documents in memory.
    for (let i = window; i < 2 * window - 1; i++) m.jobs[i]!.resolve(doc(m.jobs[i]!.job));
    await settle(() => m.jobs.length === 2 * window);
    m.jobs[2 * window - 1]!.resolve(doc(m.jobs[2 * window - 1]!.job));
    for (let i = 0; i < 20; i++) await tick();
    expect(m.jobs.length).toBe(2 * window);
    expect(src.taken()).toBe(2 * window);
    expect(sink.names).toEqual([]);
    m.jobs[0]!.resolve(doc(m.jobs[0]!.job));
    await settle(() => sink.names.length === 2 * window && m.jobs.length === 3 * window);
    for (let i = 2 * window; i < 20; i++) {
      await settle(() => m.jobs.length > i);
      m.jobs[i]!.resolve(doc(m.jobs[i]!.job));
    }
    const manifest = await run;
    expect(m.most()).toBe(window);
    expect(sink.names).toEqual([...Array.from({ length: 20 }, (_, i) => `${String(i + 1).padStart(4, '0')}-r${i}.pdf`), 'manifest.json']);
    expect(manifest).toMatchObject({ total: 20, rendered: 20, failed: 0 });
  });

  it('waits for the sink before taking more records (back-pressure)', async () => {
    const m = manual(1);
    const src = source(20);
    let release: (() => void) | undefined;
    const names: string[] = [];
    const sink: BatchSink = { add: (name) => (names.push(name), new Promise<void>((r) => (release = r))), addDeflated: async (name) => void names.push(name) };
    const run = runBatch({ kind, records: src, format: 'pdf', sink, renderer: m.renderer });
    await settle(() => m.jobs.length === RECORDS_PER_THREAD);
    for (let i = 0; i < RECORDS_PER_THREAD; i++) m.jobs[i]!.resolve(doc(m.jobs[i]!.job));
    await settle(() => names.length === 1);
    for (let i = 0; i < 20; i++) await tick();
    // The sink has not taken record 0 yet: one more record was started to refill the window, no more.
    expect(names).toEqual(['0001-r0.pdf']);
    expect(src.taken()).toBeLessThanOrEqual(RECORDS_PER_THREAD + 1);
    // Let the rest run freely.
    const pump = setInterval(() => {
      for (const j of m.jobs) j.resolve(doc(j.job));
      release?.();
    }, 1);
    const manifest = await run;
    clearInterval(pump);
    expect(manifest?.rendered).toBe(20);
  });

  it('on abort, every job in flight is aborted and the runner returns undefined once they settle', async () => {
    const m = manual(2);
    const ac = new AbortController();
    const sink = memorySink();
    const run = runBatch({ kind, records: source(100), format: 'both', sink, renderer: m.renderer, signal: ac.signal });
    const window = 2 * RECORDS_PER_THREAD;
    await settle(() => m.jobs.length === 2 * window); // the window's records × pdf + docx
    m.jobs[0]!.resolve(doc(m.jobs[0]!.job));
    m.jobs[1]!.resolve(doc(m.jobs[1]!.job));
    await settle(() => sink.names.length === 2);
    ac.abort(new Error('client gone'));
    expect(await run).toBeUndefined();
    expect(m.running()).toBe(0);
    expect(m.jobs.slice(2).every((j) => j.signal?.aborted)).toBe(true);
    // One more record was started when record 0 was written; nothing after the stop.
    expect(m.jobs).toHaveLength(2 * window + 2);
    expect(sink.names).not.toContain('manifest.json');
  });

  it('a render past the time limit is a failed record with code render-timeout; a busy pool is asked again', async () => {
    let busy = 2;
    const renderer: Renderer = {
      threads: 1,
      close: async () => {},
      render: async (job) => {
        const id = (job.input as { id: string }).id;
        if (id === 'r1') throw new HarborError('render-timeout', 'render time limit');
        if (id === 'r2' && busy-- > 0) throw new HarborError('busy', 'queue full');
        if (id === 'r3') throw new HarborError('invalid-case', 'bad', [{ path: 'a', code: 'x', message: 'no' }]);
        return doc(job);
      },
    };
    const bugs: string[] = [];
    const texts = new Map<string, unknown>();
    const manifest = (await runBatch({ kind, records: source(4), format: 'pdf', sink: memorySink(texts), renderer, onBug: (_, e) => bugs.push(e.code) }))!;
    expect(manifest).toMatchObject({ total: 4, rendered: 2, failed: 2 });
    const written = texts.get('manifest.json') as Manifest;
    expect(written).toMatchObject({ total: 4, rendered: 2, failed: 2 });
    expect(written.records.map((r) => r.status)).toEqual(['rendered', 'failed', 'rendered', 'invalid']);
    expect(written.records[1]!.errors).toEqual([expect.objectContaining({ path: '', code: 'render-timeout' })]);
    expect(written.records[3]!.errors).toEqual([{ path: 'a', code: 'x', message: 'no' }]);
    // The caller is given the records not rendered, with their errors (the CLI prints them).
    expect(manifest.notRendered).toEqual([written.records[1], written.records[3]]);
    expect(busy).toBe(-1); // refused twice, then rendered on the third offer
    expect(bugs).toEqual(['render-timeout']);
  });
  it('format=both: a PDF refused for text it cannot print leaves the record invalid with its DOCX written and named; other refusals write nothing', async () => {
    const unprintable = [{ path: 'victim.name', code: 'unsupported-character', message: 'contains U+0E01, render it as DOCX' }];
    const renderer: Renderer = {
      threads: 1,
      close: async () => {},
      render: async (job) => {
        const id = (job.input as { id: string }).id;
        if (id === 'r1' && job.format === 'pdf') throw new HarborError('unsupported-character', 'cannot print', unprintable);
        if (id === 'r2' && job.format === 'pdf') throw new HarborError('unsupported-script', 'right-to-left', [{ ...unprintable[0]!, code: 'unsupported-script' }]);
        if (id === 'r2' && job.format === 'docx') throw new HarborError('invalid-case', 'bad', [{ path: 'a', code: 'x', message: 'no' }]);
        if (id === 'r3' && job.format === 'docx') throw new HarborError('invalid-case', 'bad', [{ path: 'a', code: 'x', message: 'no' }]);
        return doc(job);
      },
    };
    const texts = new Map<string, unknown>();
    const sink = memorySink(texts);
    const summary = (await runBatch({ kind, records: source(4), format: 'both', sink, renderer }))!;
    const written = texts.get('manifest.json') as Manifest;
    expect(written.records.map((r) => r.status)).toEqual(['rendered', 'invalid', 'invalid', 'invalid']);
    expect(written.records[1]).toMatchObject({ status: 'invalid', errors: unprintable, files: ['0002-r1.docx'] });
    // Neither format made (r2), or the DOCX refused (r3): nothing of the record is written.
    expect(written.records[2]!.files).toBeUndefined();
    expect(written.records[3]!.files).toBeUndefined();
    expect(sink.names).toEqual(['0001-r0.pdf', '0001-r0.docx', '0002-r1.docx', 'manifest.json']);
    expect(summary).toMatchObject({ total: 4, rendered: 1 });
    expect(summary.notRendered[0]).toMatchObject({ index: 1, files: ['0002-r1.docx'] });
  });

  it('a record whose id an earlier record gave is invalid (duplicate-id, naming the first), its files not written, whichever thread finished first', async () => {
    // Ids: r0, rX (row 3), r2, rX, rX, r5; the second and third rX finish before the first.
    const ids = ['r0', 'rX', 'r2', 'rX', 'rX', 'r5'];
    const m = manual(3);
    const records: RecordSource = { total: ids.length, records: ids.map((id, index) => ({ index, row: index + 2, value: { id } })) };
    const texts = new Map<string, unknown>();
    const sink = memorySink(texts);
    const run = runBatch({ kind, records, format: 'pdf', sink, renderer: m.renderer, window: 6 });
    await settle(() => m.jobs.length === 6);
    for (const i of [5, 4, 3, 2, 1, 0]) m.jobs[i]!.resolve(doc(m.jobs[i]!.job));
    const summary = (await run)!;
    const manifest = texts.get('manifest.json') as Manifest;
    expect(sink.names).toEqual(['0001-r0.pdf', '0002-rX.pdf', '0003-r2.pdf', '0006-r5.pdf', 'manifest.json']);
    expect(manifest.records.map((r) => r.status)).toEqual(['rendered', 'rendered', 'rendered', 'invalid', 'invalid', 'rendered']);
    for (const i of [3, 4]) {
      expect(manifest.records[i]).toEqual({
        index: i,
        row: i + 2,
        id: 'rX',
        status: 'invalid',
        errors: [{ path: 'id', code: 'duplicate-id', message: expect.stringMatching(/^is already the id of row 3: an id names one case/) }],
      });
    }
    expect(summary).toMatchObject({ total: 6, rendered: 4, failed: 2 });
    // JSON records have no row: the first is named by its number, counted from 1 as the CLI counts them.
    const json: RecordSource = { total: 2, records: [{ index: 0, value: { id: 'a' } }, { index: 1, value: { id: 'a' } }] };
    const jsonTexts = new Map<string, unknown>();
    await runBatch({ kind, records: json, format: 'pdf', sink: memorySink(jsonTexts), renderer: { threads: 1, close: async () => {}, render: async (job) => doc(job) } });
    expect((jsonTexts.get('manifest.json') as Manifest).records[1]!.errors![0]!.message).toMatch(/^is already the id of record 1: /);
  });

  it('ids that differ only in letter case are one id: the later is duplicate-id, told so (Windows and macOS file systems do not tell Ana from ana)', async () => {
    const ids = ['Ana', 'ana', 'ANA', 'bo', 'Bo'];
    const records: RecordSource = { total: ids.length, records: ids.map((id, index) => ({ index, row: index + 2, value: { id } })) };
    const texts = new Map<string, unknown>();
    const sink = memorySink(texts);
    await runBatch({ kind, records, format: 'pdf', sink, renderer: { threads: 1, close: async () => {}, render: async (job) => doc(job) } });
    expect(sink.names).toEqual(['0001-Ana.pdf', '0004-bo.pdf', 'manifest.json']);
    const manifest = texts.get('manifest.json') as Manifest;
    expect(manifest.records.map((r) => r.errors?.[0]?.message ?? r.status)).toEqual([
      'rendered',
      expect.stringMatching(/^is already the id of row 2 but for letter case, which the file systems of Windows and macOS do not tell apart: /),
      expect.stringMatching(/^is already the id of row 2 but for letter case/),
      'rendered',
      expect.stringMatching(/^is already the id of row 5 but for letter case/),
    ]);
    expect(manifest.records.map((r) => r.errors?.[0]?.code)).toEqual([undefined, 'duplicate-id', 'duplicate-id', undefined, 'duplicate-id']);
  });
});
