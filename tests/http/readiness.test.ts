// An operator's probes and alerts (docs/http.md §Health; its log levels: "Confidentiality and logs"): a refusal for
// load (503 busy, render-timeout) is a `warn` line, never an `error` one, so an alert on `error`
// fires for Harbor's failures and not for shedding; `/readyz` is 503 while a render would be
// refused busy and while the service stops, and `/healthz` (liveness) stays 200 throughout.
// Until 2026-12-07 each busy 503 logged an `error` request line and there was no readiness answer.
import { describe, expect, it } from 'vitest';
import { HarborError } from '../../src/errors.js';
import type { Renderer, Rendered } from '../../src/workers/renderer.js';
import { until } from '../support/until.js';
import { isProblem, listening, post, rfaCase } from './helpers.js';

const parse = (lines: string[]): any[] => lines.map((l) => JSON.parse(l));

/** A renderer that holds each render until released, refusing `busy` past `capacity` jobs, as the pool does. */
function heldRenderer(capacity: number) {
  const held: Array<() => void> = [];
  let inHand = 0;
  const renderer: Renderer = {
    threads: 1,
    close: async () => {},
    render: () => {
      if (inHand >= capacity) return Promise.reject(new HarborError('busy', 'Every render thread is busy and the queue is full'));
      inHand++;
      return new Promise<Rendered>((resolve) =>
        held.push(() => {
          inHand--;
          resolve({ bytes: new Uint8Array([37, 80, 68, 70]), contentType: 'application/pdf', format: 'pdf', fingerprint: '0123456789abcdef', warnings: [] });
        }),
      );
    },
  };
  return { renderer, held };
}

describe('readiness and the levels of refusals', () => {
  it('/readyz is 503 busy while the renders in hand fill the renderer, /healthz 200; a busy 503 logs warn lines only; ready again once they end', async () => {
    const { renderer, held } = heldRenderer(2);
    const s = await listening({ renderer, renderCapacity: 2 });
    try {
      const ready = await fetch(`${s.url}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready' });
      const two = [post(`${s.url}/v1/documents/rfa`, rfaCase()), post(`${s.url}/v1/documents/rfa`, rfaCase())];
      await until(() => held.length === 2, 'both renders in the renderer');

      const notReady = await fetch(`${s.url}/readyz`);
      const problem: any = await notReady.json();
      expect(isProblem(notReady, problem, 503, 'busy')).toBe(true);
      expect(problem.detail).toMatch(/queue is full/);
      expect(notReady.headers.get('retry-after')).toBe('5');
      expect((await fetch(`${s.url}/healthz`)).status).toBe(200);

      const refused = await post(`${s.url}/v1/documents/rfa`, rfaCase());
      expect(isProblem(refused.res, refused.json, 503, 'busy')).toBe(true);

      for (const release of held.splice(0)) release();
      for (const r of await Promise.all(two)) expect(r.res.status).toBe(200);
      expect((await fetch(`${s.url}/readyz`)).status).toBe(200);

      const lines = parse(s.lines);
      const busyLines = lines.filter((l) => l.status === 503 || l.code === 'busy');
      expect(busyLines.map((l) => [l.path ?? '', l.msg, l.level])).toEqual([
        ['', 'refused', 'warn'],
        ['/readyz', 'request', 'warn'],
        ['', 'refused', 'warn'],
        ['/v1/documents/rfa', 'request', 'warn'],
      ]);
      expect(lines.filter((l) => l.level === 'error')).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('a render past its time limit logs warn lines; a bug still logs error lines', async () => {
    for (const [error, level] of [
      [new HarborError('render-timeout', 'took too long'), 'warn'],
      [new TypeError('a bug'), 'error'],
    ] as const) {
      const s = await listening({ renderer: { threads: 1, close: async () => {}, render: () => Promise.reject(error) } });
      try {
        const r = await post(`${s.url}/v1/documents/rfa`, rfaCase());
        expect(r.res.status).toBe(error instanceof HarborError ? 503 : 500);
        const request = parse(s.lines).find((l) => l.msg === 'request');
        expect(request).toMatchObject({ path: '/v1/documents/rfa', level });
      } finally {
        await s.close();
      }
    }
  });

  it('/readyz is 503 once the shutdown begins, naming it, while /healthz still answers 200; HEAD and OPTIONS answer as on any GET route', async () => {
    const stopping = new AbortController();
    const s = await listening({ windDown: { signal: stopping.signal, graceMs: 1000 } });
    try {
      expect((await fetch(`${s.url}/readyz`)).status).toBe(200);
      expect((await fetch(`${s.url}/readyz`, { method: 'HEAD' })).status).toBe(200);
      const options = await fetch(`${s.url}/readyz`, { method: 'OPTIONS' });
      expect([options.status, options.headers.get('allow')]).toEqual([204, 'GET, HEAD, OPTIONS']);
      stopping.abort();
      const r = await fetch(`${s.url}/readyz`);
      const problem: any = await r.json();
      expect(isProblem(r, problem, 503, 'busy')).toBe(true);
      expect(problem.detail).toMatch(/shutting down/);
      expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
    } finally {
      await s.close();
    }
  });
});
