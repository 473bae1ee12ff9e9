// The render pool (src/workers/pool.ts): the same bytes as the calling thread, errors rebuilt as
// HarborErrors, a time limit and cancellation that stop the render at a checkpoint (and, as a
// backstop, terminate a thread whose render reaches none), jobs started in the order given, and
// `busy` past the queue.
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { HarborError } from '../../src/errors.js';
import { generate } from '../../src/pipeline.js';
import { createRenderPool, type RenderPool, type RenderPoolStats } from '../../src/workers/pool.js';
import { fromWire, toWire } from '../../src/workers/wire.js';
import { PROCESS_TEST_MS, until } from '../support/until.js';

const KIND = 'restitution-worksheet';
const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../fixtures/${KIND}/${name}.json`, import.meta.url), 'utf8'));
const full = fixture('full');
// The long fixture stretched to nearly 25 years of weekly rows (the most one worksheet may cover,
// MAX_LABOR_DAYS): ~0.45 s to render warm, far more than the 5 ms time limit below even on a slow machine.
const long = fixture('long') as { laborPeriods: { startDate: string; endDate: string }[] };
long.laborPeriods[0]!.startDate = '2001-01-07';
long.laborPeriods[0]!.endDate = '2025-12-27';

const pools: RenderPool[] = [];
// A stopped render's grace before its thread is terminated: far above any stretch between two
// checkpoints, so a test that asks for a stop sees the render stop at its checkpoint (`stopped`),
// whatever the machine's load. With the default 5 s, a loaded machine (load 38) took longer than
// that to reach the next page, and the counters read `terminated` instead. The grace's own test
// (the looping template) gives its own, short one.
const LONG_GRACE_MS = 600_000;
function pool(o: Partial<Parameters<typeof createRenderPool>[0]> = {}): RenderPool {
  const p = createRenderPool({ threads: 1, timeoutMs: 120_000, maxQueue: 100, stopGraceMs: LONG_GRACE_MS, ...o });
  pools.push(p);
  return p;
}
afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
});

// Each thread costs ~1 s of CPU to start and more for its first (cold) render, so the tests that
// are not about a pool's own options share two pools, made when first used: `two` (two threads),
// and `one` (one thread, one job queued at most). Their tests check the counters' change
// (`since`), not their totals.
let twoPool: RenderPool | undefined;
let onePool: RenderPool | undefined;
const two = (): RenderPool => (twoPool ??= pool({ threads: 2 }));
const one = (): RenderPool => (onePool ??= pool({ maxQueue: 1 }));
type Counts = Pick<RenderPoolStats, 'started' | 'finished' | 'stopped' | 'terminated' | 'threadErrors'>;
/** What the counters of `p` have added since `before` (a stats() taken earlier). */
function since(p: RenderPool, before: Counts): Counts {
  const now = p.stats();
  return {
    started: now.started - before.started,
    finished: now.finished - before.finished,
    stopped: now.stopped - before.stopped,
    terminated: now.terminated - before.terminated,
    threadErrors: now.threadErrors - before.threadErrors,
  };
}

/**
 * On a warm one-thread pool: start a long render and queue another, both on one signal; abort it
 * once the first is running. The callers' outcomes, the controller and the reason.
 */
async function abortLongAndQueued(p: RenderPool) {
  await p.render({ kind: KIND, input: full, format: 'pdf' }); // warm: the thread is up
  const ac = new AbortController();
  const running = p.render({ kind: KIND, input: long, format: 'pdf' }, { signal: ac.signal }).catch((x: unknown) => x);
  const queued = p.render({ kind: KIND, input: long, format: 'pdf' }, { signal: ac.signal }).catch((x: unknown) => x);
  await until(() => p.stats().running === 1);
  const reason = new Error('client gone');
  ac.abort(reason);
  return { ac, running, queued, reason };
}

describe('createRenderPool', () => {
  it('renders the same bytes as the calling thread, in a buffer of its own (moved, not a view)', async () => {
    const p = two(); // its first use: the counters are its totals
    const [pdf, docx] = await Promise.all([p.render({ kind: KIND, input: full, format: 'pdf' }), p.render({ kind: KIND, input: full, format: 'docx' })]);
    for (const g of [pdf, docx]) {
      const inline = await generate({ kind: KIND, input: full, format: g.format });
      expect(Buffer.compare(Buffer.from(g.bytes), Buffer.from(inline.bytes))).toBe(0);
      expect(g.fingerprint).toBe(inline.fingerprint);
      expect(g.warnings).toEqual(inline.warnings);
      expect(g.bytes.byteOffset).toBe(0);
      expect(g.bytes.byteLength).toBe(g.bytes.buffer.byteLength);
    }
    expect(pdf.contentType).toBe('application/pdf');
    expect(p.stats()).toMatchObject({ threads: 2, queued: 0, running: 0, started: 2, finished: 2 });
    // The computed values stay in the thread (no caller reads them; …/check answers them).
    expect(Object.keys(pdf).sort()).toEqual(['bytes', 'contentType', 'fingerprint', 'format', 'warnings']);
  });

  it('an invalid case comes back as a HarborError with its issues (paths), an unknown kind as unknown-kind', async () => {
    const p = one();
    const bad = structuredClone(full) as any;
    bad.laborPeriods[0].startDate = '2009-02-30';
    const e = await p.render({ kind: KIND, input: bad, format: 'pdf' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(HarborError);
    expect((e as HarborError).code).toBe('invalid-case');
    expect((e as HarborError).issues.map((i) => i.path)).toContain('laborPeriods.0.startDate');
    const k = await p.render({ kind: 'no-such-kind', input: full, format: 'pdf' }).catch((x: unknown) => x);
    expect((k as HarborError).code).toBe('unknown-kind');
  });

  it('a render past the time limit is render-timeout; it stops at a checkpoint and its thread takes the next job', async () => {
    const p = pool({ timeoutMs: 5 });
    const e = await p.render({ kind: KIND, input: long, format: 'pdf' }).catch((x: unknown) => x);
    expect((e as HarborError).code).toBe('render-timeout');
    await until(() => p.stats().running === 0);
    expect(p.stats()).toMatchObject({ started: 1, finished: 0, stopped: 1, terminated: 0 });
    // The same thread (none was terminated, none failed) takes the next job, stopped the same way.
    const again = await p.render({ kind: KIND, input: long, format: 'docx' }).catch((x: unknown) => x);
    expect((again as HarborError).code).toBe('render-timeout');
    await until(() => p.stats().running === 0);
    expect(p.stats()).toMatchObject({ started: 2, finished: 0, stopped: 2, terminated: 0, threadErrors: 0 });
  });

  it('aborting the signal: the callers hear at once, a queued job never starts, the running one stops at a checkpoint; no thread is terminated', async () => {
    const p = one();
    const before = p.stats();
    const { ac, running, queued, reason } = await abortLongAndQueued(p);
    expect(await running).toBe(reason);
    expect(await queued).toBe(reason);
    await until(() => p.stats().running === 0 && p.stats().queued === 0);
    // Two renders started: the warm-up (finished) and the long one (stopped); the queued one never
    // started.
    expect(since(p, before)).toEqual({ started: 2, finished: 1, stopped: 1, terminated: 0, threadErrors: 0 });
    await expect(p.render({ kind: KIND, input: full, format: 'pdf' }, { signal: ac.signal })).rejects.toBe(reason);
    await expect(p.render({ kind: KIND, input: full, format: 'pdf' })).resolves.toMatchObject({ format: 'pdf' });
    expect(since(p, before)).toEqual({ started: 3, finished: 2, stopped: 1, terminated: 0, threadErrors: 0 });
  });

  it('a render that reaches no checkpoint (a template looping for minutes) has its thread terminated after the grace; a new thread takes the next job', async () => {
    const { mkdtempSync, readFileSync: read, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'harbor-looping-template-'));
    // The shipped worksheet with a week × week × week loop: 1,356³ iterations in the merge stage,
    // between two checkpoints.
    const shipped = read(new URL(`../../templates/${KIND}.hbs`, import.meta.url), 'utf8');
    writeFileSync(join(dir, `${KIND}.hbs`), shipped.replace('{{> restitution-worksheet-caption}}', '{{> restitution-worksheet-caption}}<p>{{#each weeks}}{{#each @root.weeks}}{{#each @root.weeks}}{{/each}}{{/each}}{{/each}}</p>'));
    // The looping render burns a core for its limit and the grace, so both are short: that limit
    // is the job's own. The pool's is far above any job's: with 1 s for the pool, the replacement
    // thread's first job (the check below, loading the pipeline cold) was itself stopped on a
    // loaded machine, and the counters read one stop too many.
    const p = createRenderPool({ threads: 1, timeoutMs: 120_000, stopGraceMs: 300, maxQueue: 10, templatesDir: dir });
    pools.push(p);
    const e = await p.render({ kind: KIND, input: long, format: 'pdf' }, { timeoutMs: 1000 }).catch((x: unknown) => x);
    expect((e as HarborError).code).toBe('render-timeout');
    expect((e as HarborError).message).toContain('(1 s)');
    await until(() => p.stats().terminated === 1 && p.stats().running === 0, 'the looping thread to be terminated');
    expect(p.stats()).toMatchObject({ started: 1, finished: 0, stopped: 0 });
    // The replacement thread takes the next job and answers it: another kind's case (its template
    // not overridden), checked and computed there.
    const rfa = JSON.parse(readFileSync(new URL('../../fixtures/rfa/full.json', import.meta.url), 'utf8'));
    const answer = await p.check!({ kind: 'rfa', input: rfa });
    expect(answer.ok).toBe(true);
    expect(JSON.parse((answer as { json: string }).json)).toMatchObject({ ok: true });
    expect(p.stats()).toMatchObject({ started: 2, finished: 1, terminated: 1, threadErrors: 0 });
    rmSync(dir, { recursive: true, force: true });
  }, PROCESS_TEST_MS);

  it('close() lets every job given finish, queued ones too, then releases the threads', async () => {
    const p = two(); // two threads, at most 100 queued: four of the six jobs wait
    pools.splice(pools.indexOf(p), 1); // closed here
    const before = p.stats();
    const jobs = [0, 1, 2, 3, 4, 5].map(() => p.render({ kind: KIND, input: full, format: 'pdf' }).then((g) => g.format, (e: unknown) => (e as HarborError).code));
    await p.close();
    expect(await Promise.all(jobs)).toEqual(['pdf', 'pdf', 'pdf', 'pdf', 'pdf', 'pdf']);
    expect(since(p, before)).toMatchObject({ started: 6, finished: 6 });
  });

  it('jobs start in the order they were given, however many wait (no job is sent back behind later ones)', async () => {
    // One thread: a job finishes before the next starts, so the order they finish in is the order
    // they started in. Twelve given in one go, while the thread is busy with the first.
    const p = pool({ threads: 1, maxQueue: 100 });
    await p.render({ kind: KIND, input: full, format: 'pdf' }); // warm: the thread is ready
    const finished: number[] = [];
    const jobs = Array.from({ length: 12 }, (_, i) => p.render({ kind: KIND, input: full, format: 'pdf' }).then(() => void finished.push(i)));
    await Promise.all(jobs);
    expect(finished).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('a job beyond the queue is refused with busy', async () => {
    const p = one(); // one thread, one job queued at most
    await p.render({ kind: KIND, input: full, format: 'pdf' }); // warm: the thread is ready
    // The four are given in one go, before the first can finish, so a short document will do.
    const all = await Promise.allSettled([0, 1, 2, 3].map(() => p.render({ kind: KIND, input: full, format: 'pdf' })));
    const codes = all.map((r) => (r.status === 'fulfilled' ? 'ok' : (r.reason as HarborError).code));
    // One running, one queued, the rest refused.
    expect(codes).toEqual(['ok', 'ok', 'busy', 'busy']);
  });
});

describe('errors across the thread boundary', () => {
  it('a HarborError keeps code, message and issues; a bug keeps name and frames, never its message', () => {
    const he = new HarborError('invalid-case', 'The case data is not valid', [{ path: 'a.b', code: 'x', message: 'is required' }]);
    const back = fromWire(structuredClone(toWire(he)));
    expect(back).toBeInstanceOf(HarborError);
    expect([back.code, back.message, back.issues]).toEqual([he.code, he.message, he.issues]);

    const bug = new TypeError('Cannot read properties of "Quillonia Vexmarrow"');
    const wire = structuredClone(toWire(bug));
    expect(JSON.stringify(wire)).not.toContain('Quillonia');
    const rebuilt = fromWire(wire);
    expect(rebuilt.code).toBe('internal');
    const cause = rebuilt.cause as Error;
    expect(cause.name).toBe('TypeError');
    expect(cause.message).toBe('');
    expect(cause.stack).toContain('pool.test.ts');
    expect(cause.stack).not.toContain('Quillonia');
  });
});

describe('a render thread that cannot start', () => {
  it('fails its jobs as internal (no message, no crash of the process) and the pool still closes', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'harbor-broken-templates-'));
    writeFileSync(join(dir, `${KIND}.hbs`), '{{#if}}'); // does not compile: the thread fails at start-up
    const p = createRenderPool({ threads: 1, timeoutMs: 120_000, maxQueue: 10, templatesDir: dir });
    const e = await p.render({ kind: KIND, input: full, format: 'pdf' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(HarborError);
    expect((e as HarborError).code).toBe('internal');
    expect((e as HarborError).message).toBe('A render thread failed');
    // The start-up error's own message is not kept: only its name (and frames).
    expect(((e as HarborError).cause as Error).message).toBe('');
    await until(() => p.stats().threadErrors >= 1);
    await p.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
