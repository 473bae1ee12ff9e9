// A batch that `harbor serve`'s shutdown meets (docs/batch.md §Output, docs/http.md §Batches).
// Before 2026-12-07 a batch still running when the shutdown's grace (HARBOR_RENDER_TIMEOUT + 5 s)
// ran out was cut by closeAllConnections: its client read a chunked ZIP that stopped mid-way,
// no central directory, no manifest, and could not tell which records were done. Now the batch
// starts no record once the shutdown begins, stops those still rendering after the render time
// limit, and ends with a whole archive whose manifest lists every record not done (`failed`,
// `server-stopping`); a batch not yet answered when the shutdown begins is refused (503) before
// any byte. Read with a real client over TCP (fetch, node:http), unzipped whole.
import { request } from 'node:http';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { serve } from '../../src/http/server.js';
import type { Renderer } from '../../src/workers/renderer.js';
import { PROCESS_TEST_MS, until } from '../support/until.js';
import { rfaCase } from './helpers.js';
import { servedUrl } from '../support/listening.js';

const PDF = new Uint8Array([37, 80, 68, 70, 45]); // "%PDF-": the runner stores what the renderer gives

/**
 * A renderer of one thread (a batch window of 2 records rendering, 4 held): a record whose child is
 * "Slowpoke" renders until its job is stopped; every other record at once. `asked` counts the jobs.
 */
function slowpokeRenderer() {
  let asked = 0;
  let slowStarted = false;
  const renderer: Renderer = {
    threads: 1,
    render: (job, opts) => {
      asked++;
      if ((job.input as any).child.givenName !== 'Slowpoke') return Promise.resolve({ bytes: PDF, contentType: 'application/pdf', format: 'pdf', fingerprint: `${String(asked).padStart(16, '0')}`, warnings: [] });
      slowStarted = true;
      return new Promise((_resolve, reject) => opts?.signal?.addEventListener('abort', () => reject(opts.signal!.reason as Error), { once: true }));
    },
    close: async () => {},
  };
  return { renderer, asked: () => asked, slowStarted: () => slowStarted };
}

async function start(renderer: Renderer) {
  const lines: string[] = [];
  const close = await serve({ env: { HARBOR_RATE_LIMIT: '0', HARBOR_RENDER_TIMEOUT: '200ms' }, port: 0, log: (l) => lines.push(l), renderer: () => renderer });
  const url = servedUrl(lines);
  return { lines, close, url };
}

describe('a batch at shutdown', () => {
  it('running when the shutdown begins: a whole archive, the records done in it, every other one listed failed with server-stopping (before: cut mid-ZIP, no manifest)', async () => {
    const r = slowpokeRenderer();
    const s = await start(r.renderer);
    const cases = Array.from({ length: 12 }, () => rfaCase());
    cases[1]!.child.givenName = 'Slowpoke';
    cases[7]!.id = 'case-8';
    const answer = fetch(`${s.url}/v1/batches/rfa`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(cases) }).then(async (res) => ({
      status: res.status,
      bytes: new Uint8Array(await res.arrayBuffer()),
    }));
    // Record 1 renders until stopped; records behind it fill the window, then the batch waits.
    await until(() => r.slowStarted() && r.asked() >= 3, 'the slow record and those behind it to start');
    const askedAtShutdown = r.asked();
    await s.close();
    const got = await answer; // rejects ("terminated") when the archive is cut
    expect(got.status).toBe(200);
    const files = unzipSync(got.bytes);
    const manifest = JSON.parse(strFromU8(files['manifest.json']!));
    expect(manifest.total).toBe(12);
    expect(manifest.rendered + manifest.failed).toBe(12);
    expect(manifest.records.map((e: any) => e.index)).toEqual([...Array(12).keys()]);
    // Nothing started after the shutdown began.
    expect(r.asked()).toBe(askedAtShutdown);
    const stopped = manifest.records.filter((e: any) => e.status === 'failed');
    expect(stopped.map((e: any) => e.index)).toContain(1);
    expect(stopped.map((e: any) => e.index)).toContain(11);
    for (const e of stopped) expect(e.errors).toEqual([expect.objectContaining({ path: '', code: 'server-stopping' })]);
    // What finished is in the archive, as its entries say.
    const rendered = manifest.records.filter((e: any) => e.status === 'rendered');
    expect(rendered.map((e: any) => e.index)).toContain(0);
    expect(Object.keys(files).sort()).toEqual([...rendered.flatMap((e: any) => e.files), 'manifest.json'].sort());
    const logs = s.lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
    expect(logs.find((l) => l.msg === 'request' && l.path === '/v1/batches/rfa')).toMatchObject({ status: 200 });
    expect(logs.some((l) => /^batch stopped/.test(l.msg ?? ''))).toBe(false);
  }, PROCESS_TEST_MS);

  it('whose body is still arriving when the shutdown begins: refused 503 busy before any byte of an archive', async () => {
    const r = slowpokeRenderer();
    const s = await start(r.renderer);
    const { hostname, port } = new URL(s.url);
    const body = JSON.stringify([rfaCase(), rfaCase()]);
    let closing: Promise<void> | undefined;
    const answer = new Promise<{ status: number | undefined; type: string | undefined; text: string }>((resolve, reject) => {
      const req = request({ hostname, port, path: '/v1/batches/rfa', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), expect: '100-continue' } }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode, type: res.headers['content-type'], text }));
      });
      req.on('error', reject);
      // The 100 goes out as the body is read: the request is in the batch route then. The shutdown begins, then the body comes.
      req.on('continue', () => {
        closing = s.close();
        setImmediate(() => req.end(body));
      });
      req.flushHeaders();
    });
    const got = await answer;
    expect(got.status).toBe(503);
    expect(got.type).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(got.text)).toMatchObject({ code: 'busy', detail: expect.stringMatching(/shutting down/) });
    expect(r.asked()).toBe(0);
    await closing;
  }, PROCESS_TEST_MS);
});
