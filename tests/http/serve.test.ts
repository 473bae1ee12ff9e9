// `serve()` with its render threads: a render past the time limit is a 503 and the service goes
// on; a shutdown lets in-flight requests finish, refuses new connections, then closes the pool.
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/pipeline.js';
import { serve } from '../../src/http/server.js';
import { createRenderPool } from '../../src/workers/pool.js';
import type { Renderer } from '../../src/workers/renderer.js';
import { isProblem, listening, post, rfaCase, TEST_RENDER_TIMEOUT } from './helpers.js';
import { PROCESS_TEST_MS, until } from '../support/until.js';
import { servedUrl } from '../support/listening.js';

const hostileDeclaration = (): unknown => JSON.parse(readFileSync(new URL('../../fixtures/t-visa-declaration/hostile.json', import.meta.url), 'utf8'));

describe('render time limit (real worker pool)', () => {
  it('a render past the limit is 503 render-timeout with Retry-After; the server stays healthy', async () => {
    // 1 ms: no document, least of all a 40-page declaration, renders that fast.
    const pool = createRenderPool({ threads: 1, timeoutMs: 1, maxQueue: 8 });
    const s = await listening({ renderer: pool });
    try {
      const r = await post(`${s.url}/v1/documents/t-visa-declaration?format=pdf`, hostileDeclaration());
      expect(isProblem(r.res, r.json, 503, 'render-timeout')).toBe(true);
      expect(r.res.headers.get('retry-after')).toBe('5');
      expect(JSON.stringify(r.json)).not.toMatch(/Nguyễn|王秀英|kitchen/);
      // Still serving: health, the kinds, and the pool's thread answers the next render with
      // the same clean 503 (not a 500, not a hang). (Checks run on the pool too, under the
      // same 1 ms limit, so they are not a sign of health here.)
      expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
      expect((await fetch(`${s.url}/v1/documents`)).status).toBe(200);
      const again = await post(`${s.url}/v1/documents/rfa`, rfaCase());
      expect(isProblem(again.res, again.json, 503, 'render-timeout')).toBe(true);
      const logged = s.lines.map((l) => JSON.parse(l));
      expect(logged.filter((j) => j.msg === 'refused').map((j) => j.code)).toEqual(['render-timeout', 'render-timeout']);
      expect(logged.some((j) => j.msg === 'error')).toBe(false);
    } finally {
      await s.close();
      await pool.close();
    }
  }, PROCESS_TEST_MS);

  it('harbor serve renders on its pool (HARBOR_WORKERS=1): the same bytes as the inline pipeline', async () => {
    const lines: string[] = [];
    const close = await serve({ env: { HARBOR_WORKERS: '1', HARBOR_RENDER_TIMEOUT: TEST_RENDER_TIMEOUT }, port: 0, log: (l) => lines.push(l) });
    try {
      const r = await post(`${servedUrl(lines)}/v1/documents/rfa?format=pdf`, rfaCase());
      expect(r.res.status).toBe(200);
      const inline = await generate({ kind: 'rfa', input: rfaCase(), format: 'pdf' });
      expect(Buffer.compare(r.bytes, Buffer.from(inline.bytes))).toBe(0);
    } finally {
      await close();
    }
  }, PROCESS_TEST_MS);
});

/**
 * A renderer whose renders wait at a gate until `release()`: `started()` counts the renders begun,
 * `closed()` says whether the service closed it.
 */
function gatedRenderer(): { renderer: Renderer; release: () => void; started: () => number; closed: () => boolean } {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  let started = 0;
  let closed = false;
  const renderer: Renderer = {
    threads: 0,
    render: async (job) => {
      started++;
      await gate;
      return generate(job);
    },
    close: async () => {
      closed = true;
    },
  };
  return { renderer, release, started: () => started, closed: () => closed };
}

describe('graceful shutdown', () => {
  it('in-flight requests finish, new connections are refused, then the renderer is closed', async () => {
    const gated = gatedRenderer();
    const lines: string[] = [];
    const close = await serve({ env: { HARBOR_WORKERS: '0' }, port: 0, log: (l) => lines.push(l), renderer: () => gated.renderer });
    const url = servedUrl(lines);
    const inFlight = post(`${url}/v1/documents/rfa?format=pdf`, rfaCase());
    await until(() => gated.started() === 1, 'the render to start');

    let closed = false;
    const closing = close().then(() => (closed = true));
    // The listening socket is closed at once: a new connection is refused.
    await until(() => fetch(`${url}/healthz`).then(() => false, () => true), 'a new connection to be refused');
    expect(closed).toBe(false);
    expect(gated.closed()).toBe(false);

    gated.release();
    const r = await inFlight;
    expect(r.res.status).toBe(200);
    expect(r.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await closing;
    expect(gated.closed()).toBe(true);
    expect(lines.some((l) => l.includes('"path":"/v1/documents/rfa","status":200'))).toBe(true);
  }, PROCESS_TEST_MS);

  it('a response in flight when the shutdown begins says Connection: close, so a keep-alive client sends its next request elsewhere (before: keep-alive, and the next request on it was reset unanswered)', async () => {
    const gated = gatedRenderer();
    const lines: string[] = [];
    const close = await serve({ env: { HARBOR_WORKERS: '0' }, port: 0, log: (l) => lines.push(l), renderer: () => gated.renderer });
    const { hostname, port } = new URL(servedUrl(lines));
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const answer = new Promise<{ status: number | undefined; connection: string | undefined; bytes: number }>((resolve, reject) => {
        const req = request({ hostname, port, path: '/v1/documents/rfa?format=pdf', method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (res) => {
          let bytes = 0;
          res.on('data', (c: Buffer) => (bytes += c.length));
          res.on('end', () => resolve({ status: res.statusCode, connection: res.headers.connection, bytes }));
        });
        req.on('error', reject);
        req.end(JSON.stringify(rfaCase()));
      });
      await until(() => gated.started() === 1, 'the render to start');
      const closing = close();
      gated.release();
      const r = await answer;
      expect(r.status).toBe(200);
      expect(r.bytes).toBeGreaterThan(0);
      expect(r.connection).toBe('close');
      await closing;
    } finally {
      agent.destroy();
    }
  }, PROCESS_TEST_MS);
});

describe('a client that hangs up', () => {
  it('aborts the signal given to the renderer, and the request is logged as 499', async () => {
    let signal: AbortSignal | undefined;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const gated: Renderer = {
      threads: 1,
      render: async (job, o) => {
        signal = o?.signal;
        await gate;
        return generate(job);
      },
      close: async () => {},
    };
    const s = await listening({ renderer: gated });
    try {
      const hangUp = new AbortController();
      const req = fetch(`${s.url}/v1/documents/rfa`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(rfaCase()), signal: hangUp.signal });
      await until(() => signal !== undefined, 'the render to be given its signal');
      expect(signal!.aborted).toBe(false);
      hangUp.abort();
      await expect(req).rejects.toThrow();
      await until(() => signal!.aborted, 'the signal to abort');
      release();
      await until(() => s.lines.some((l) => JSON.parse(l).path === '/v1/documents/rfa'), 'the request log line');
      expect(s.lines.map((l) => JSON.parse(l)).find((j) => j.path === '/v1/documents/rfa')).toMatchObject({ status: 499, level: 'warn' });
      // Nothing logged as a bug, and the service answers.
      expect(s.lines.some((l) => JSON.parse(l).msg === 'error')).toBe(false);
      expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
    } finally {
      await s.close();
    }
  }, PROCESS_TEST_MS);
});
