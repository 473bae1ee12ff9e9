// What the log says of a batch that does not end as asked (docs/http.md, "Confidentiality and logs"):
// a record past the render time limit is an expected outcome (warn, no stack frames), and a batch
// cut by the service's own shutdown says the server stopped it (never "client gone", 499).
import { describe, expect, it } from 'vitest';
import { HarborError } from '../../src/errors.js';
import { serve } from '../../src/http/server.js';
import type { Renderer } from '../../src/workers/renderer.js';
import { until } from '../support/until.js';
import { harness, rfaCase } from './helpers.js';
import { servedUrl } from '../support/listening.js';

const parsed = (lines: string[]): any[] => lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));

describe('batch log lines', () => {
  it('a record past the render time limit is logged at warn, with its code and no stack frames', async () => {
    const renderer: Renderer = {
      threads: 1,
      render: async (job) => {
        if ((job.input as any).child.givenName === 'Slowpoke') throw new HarborError('render-timeout', 'The document took longer than the render time limit');
        return { bytes: new Uint8Array([37, 80, 68, 70]), contentType: 'application/pdf', format: 'pdf', fingerprint: '0123456789abcdef', warnings: [] };
      },
      close: async () => {},
    };
    const { agent, lines } = harness({ renderer });
    const slow = rfaCase();
    slow.child.givenName = 'Slowpoke';
    const res = await agent.post('/v1/batches/rfa').send([rfaCase(), slow]);
    expect(res.status).toBe(200);
    const logs = parsed(lines);
    const record = logs.find((l) => l.record === 1);
    expect(record).toMatchObject({ level: 'warn', code: 'render-timeout', msg: 'record stopped' });
    expect(record.frames).toBeUndefined();
    expect(logs.filter((l) => l.level === 'error')).toEqual([]);
  });

  it('a batch cut by the shutdown (a render that does not stop when asked) is logged as stopped by the server, status 503, not a client gone (499)', async () => {
    const lines: string[] = [];
    let started!: () => void;
    const rendering = new Promise<void>((r) => (started = r));
    // A render that does not stop when asked (a bug looping with no checkpoint) until the test lets
    // it go: the batch cannot end with its manifest (tests/http/batch-shutdown.test.ts) and is cut
    // when HARBOR_RENDER_TIMEOUT + 5 s have passed.
    let letGo!: () => void;
    const hanging = (): Renderer => ({
      threads: 1,
      render: () =>
        new Promise((_resolve, reject) => {
          started();
          letGo = () => reject(new Error('let go'));
        }),
      close: async () => {},
    });
    const close = await serve({ env: { HARBOR_RATE_LIMIT: '0', HARBOR_RENDER_TIMEOUT: '100ms' }, port: 0, log: (l) => lines.push(l), renderer: hanging });
    const url = servedUrl(lines);
    const batch = fetch(`${url}/v1/batches/rfa`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify([rfaCase()]) })
      .then((r) => r.arrayBuffer())
      .catch(() => undefined);
    await rendering;
    await close(); // cuts what is left after HARBOR_RENDER_TIMEOUT + 5 s
    await batch;
    // The connection was cut; the render ends afterwards (a real one is ended by its thread's replacement).
    letGo();
    // The batch's lines are written as its response closes and its jobs settle: wait for them.
    await until(() => lines.some((l) => l.includes('batch stopped')), 'the batch stopped line');
    const logs = parsed(lines);
    expect(logs.find((l) => /^batch stopped/.test(l.msg))).toMatchObject({ level: 'warn', msg: 'batch stopped: server shutting down' });
    expect(logs.find((l) => l.msg === 'request' && l.path === '/v1/batches/rfa')).toMatchObject({ status: 503, level: 'warn' });
    expect(logs.some((l) => l.status === 499)).toBe(false);
  });
});
