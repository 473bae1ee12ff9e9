// Admission before a body is read (src/http/admission.ts, docs/http.md §Batches): the cap on
// batches running at once (in all and per key), the render queue's share kept for single requests
// while batches run, and a body declared larger than its limit refused at once, unread.
import { connect, type Socket } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { HarborError } from '../../src/errors.js';
import { serve } from '../../src/http/server.js';
import { createRenderPool } from '../../src/workers/pool.js';
import { until } from '../support/until.js';
import { isProblem, listening, post, rfaCase } from './helpers.js';
import { servedUrl } from '../support/listening.js';

/**
 * A raw connection: `head` and `body` sent, and `until(re)`: what it received once that matches
 * or the server has closed the connection (`closed`).
 */
function rawExchange(url: string, head: string, body?: string): { socket: Socket; until: (re: RegExp) => Promise<{ text: string; closed: boolean }> } {
  const { port } = new URL(url);
  const socket = connect(Number(port), '127.0.0.1');
  socket.write(head);
  if (body !== undefined) socket.write(body);
  let text = '';
  let closed = false;
  const waiters = new Set<() => void>();
  const wake = (): void => waiters.forEach((w) => w());
  socket.on('data', (c: Buffer) => {
    text += c.toString('latin1');
    wake();
  });
  for (const ev of ['error', 'end', 'close']) socket.on(ev, () => ((closed = true), wake()));
  const until = (re: RegExp) =>
    new Promise<{ text: string; closed: boolean }>((resolve) => {
      const check = (): void => {
        if (re.test(text) || closed) {
          waiters.delete(check);
          resolve({ text, closed });
        }
      };
      waiters.add(check);
      check();
    });
  return { socket, until };
}

/** Received when the server has closed the connection (nothing matches it). */
const CLOSED = /(?!)/;
/** Node's interim answer to `Expect: 100-continue`, written when the app starts on the request. */
const CONTINUE = /^HTTP\/1\.1 100 Continue\r\n\r\n/;

/** The head of a batch request whose body (of `length` bytes) the test sends, or never finishes. */
const batchHead = (length: number, o: { key?: string; expect?: boolean } = {}): string =>
  `POST /v1/batches/rfa HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-ndjson\r\nContent-Length: ${length}\r\n` +
  `${o.expect === false ? '' : 'Expect: 100-continue\r\n'}${o.key ? `Authorization: Bearer ${o.key}\r\n` : ''}\r\n`;

const ndjson = JSON.stringify(rfaCase()) + '\n';

describe('batches running at once', () => {
  it('with the cap reached, the next batch is 503 busy with Retry-After, its body unread; a slot is free again once a batch ends', async () => {
    const s = await listening({ maxBatches: 1, maxBatchesPerKey: 1 });
    try {
      // The first batch is admitted as soon as its headers are: its body is still to come. Node
      // writes its 100 Continue as the app starts on it, and the app admits it (or not) in that
      // same turn of the event loop, before it reads another request.
      const first = rawExchange(s.url, batchHead(Buffer.byteLength(ndjson)));
      await first.until(CONTINUE);
      first.socket.write(ndjson.slice(0, 10));
      // The second one: refused at once, before its body is read, and its connection closed.
      const second = rawExchange(s.url, batchHead(10_000_000, { expect: false }), 'x'.repeat(1000));
      const { text, closed } = await second.until(CLOSED);
      expect(text).toMatch(/^HTTP\/1\.1 503 /);
      expect(text).toMatch(/\r\nretry-after: 30\r\n/i);
      expect(text).toMatch(/\r\nconnection: close\r\n/i);
      expect(text).toMatch(/\r\ncontent-type: application\/problem\+json/i);
      const problem = JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4));
      expect(problem).toMatchObject({ status: 503, code: 'busy' });
      expect(problem.detail).toContain('HARBOR_MAX_BATCHES');
      expect(closed).toBe(true);
      second.socket.destroy();

      // The first batch ends (its body arrives, its ZIP is sent): the cap has room again.
      first.socket.write(ndjson.slice(10));
      const done = await first.until(/HTTP\/1\.1 200 [^]*manifest\.json/);
      expect(done.text).toMatch(/HTTP\/1\.1 200 /);
      first.socket.destroy();
      // Its slot is given back as its response finishes, a moment after the client has it: asked
      // again until then, for as long as the test may (it was 100 tries 20 ms apart, then 30 s).
      let status = 503;
      await until(async () => {
        status = (await post(`${s.url}/v1/batches/rfa`, [rfaCase()])).res.status;
        return status !== 503;
      }, 'the batch slot to be given back');
      expect(status).toBe(200);
    } finally {
      await s.close();
    }
  });

  it('per API key: a key with a batch running is refused another, a second key is not', async () => {
    const [a, b] = ['key-a-0123456789abcdef', 'key-b-0123456789abcdef'];
    const s = await listening({ apiKeys: [a, b], maxBatches: 4, maxBatchesPerKey: 1 });
    try {
      const held = rawExchange(s.url, batchHead(1000, { key: a }));
      await held.until(CONTINUE);
      const again = await post(`${s.url}/v1/batches/rfa`, [rfaCase()], { Authorization: `Bearer ${a}` });
      expect(isProblem(again.res, again.json, 503, 'busy')).toBe(true);
      expect(again.json.detail).toContain('HARBOR_MAX_BATCHES_PER_KEY');
      expect(again.res.headers.get('retry-after')).toBe('30');
      const other = await post(`${s.url}/v1/batches/rfa`, [rfaCase()], { Authorization: `Bearer ${b}` });
      expect(other.res.status).toBe(200);
      held.socket.destroy();
    } finally {
      await s.close();
    }
  });
});

describe('render capacity kept for single requests', () => {
  const pool = createRenderPool({ threads: 1, timeoutMs: 60_000, maxQueue: 2, batchSlots: 2 });
  afterAll(() => pool.close());

  it('while batch jobs hold their whole share of the queue, a single render and a check are still admitted', async () => {
    const job = { kind: 'rfa', input: rfaCase(), format: 'pdf' as const };
    const batchJobs = [pool.render(job, { lane: 'batch' }), pool.render(job, { lane: 'batch' })];
    // A third batch job is over the batch share: busy (the batch runner offers it again later).
    const over = pool.render(job, { lane: 'batch' });
    // Single requests are not: the pool holds threads + maxQueue = 3 jobs, and batches at most 2.
    const single = pool.render(job);
    const results = await Promise.allSettled([...batchJobs, over, single]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    const refused = (results[2] as PromiseRejectedResult).reason;
    expect(refused).toBeInstanceOf(HarborError);
    expect((refused as HarborError).code).toBe('busy');
    // And once the batch jobs are done, their share is free again.
    const later = await Promise.allSettled([pool.render(job, { lane: 'batch' }), pool.check!({ kind: 'rfa', input: rfaCase() })]);
    expect(later.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
  });
});

describe('a body declared larger than the limit', () => {
  for (const path of ['/v1/documents/rfa/check', '/v1/documents/rfa', '/v1/batches/rfa']) {
    it(`${path}: 413 problem at once, the body unread, the connection closed`, async () => {
      const s = await listening({ bodyLimit: 64 * 1024 });
      try {
        const head = `POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000000000000\r\n\r\n`;
        // A few KB of the declared terabyte, then nothing: without the fix, the body would be
        // read until the request time limit, and no answer would come before it.
        const x = rawExchange(s.url, head, ' '.repeat(4096));
        const { text, closed } = await x.until(CLOSED);
        expect(text).toMatch(/^HTTP\/1\.1 413 /);
        expect(text).toMatch(/\r\nconnection: close\r\n/i);
        expect(text).toMatch(/\r\ncache-control: no-store\r\n/i);
        const problem = JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4));
        expect(problem).toMatchObject({ status: 413, code: 'payload-too-large' });
        expect(closed).toBe(true);
        x.socket.destroy();
      } finally {
        await s.close();
      }
    });
  }
});

describe('Expect: 100-continue (harbor serve)', () => {
  it('the 100 goes out only once the body is read: a refusal before that is the first and only answer', async () => {
    const lines: string[] = [];
    const close = await serve({ env: { HARBOR_WORKERS: '0', HARBOR_RATE_LIMIT: '0', HARBOR_MAX_BATCHES: '1', HARBOR_BODY_LIMIT: '64kb' }, port: 0, log: (l) => lines.push(l) });
    const url = servedUrl(lines);
    try {
      // A check that is read: 100 Continue, then its answer once the body is sent.
      const body = JSON.stringify(rfaCase());
      const check = rawExchange(url, `POST /v1/documents/rfa/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n`);
      await check.until(CONTINUE);
      check.socket.write(body);
      expect((await check.until(CLOSED)).text).toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 200 /);

      // A batch admitted: its 100 comes when its body starts to be read.
      const held = rawExchange(url, batchHead(1000));
      await held.until(CONTINUE);
      // One more: 503 at once, no 100 before it, and the body never asked for.
      const refused = await rawExchange(url, batchHead(1000)).until(CLOSED);
      expect(refused.text).toMatch(/^HTTP\/1\.1 503 /);
      expect(refused.text).not.toContain('100 Continue');
      // A declared length over the limit: 413 at once, no 100 either.
      const big = await rawExchange(url, `POST /v1/documents/rfa HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\nExpect: 100-continue\r\n\r\n`).until(CLOSED);
      expect(big.text).toMatch(/^HTTP\/1\.1 413 /);
      held.socket.destroy();
    } finally {
      await close();
    }
  });

  it('a request its line and headers refuse (kind, format, media type, charset) is answered before the body is asked for, on every route that reads one', async () => {
    const lines: string[] = [];
    const close = await serve({ env: { HARBOR_WORKERS: '0', HARBOR_RATE_LIMIT: '0' }, port: 0, log: (l) => lines.push(l) });
    const url = servedUrl(lines);
    try {
      const cases: Array<[string, string, number]> = [
        ['/v1/documents/nokind/check', 'application/json', 404],
        ['/v1/documents/nokind', 'application/json', 404],
        ['/v1/documents/rfa?format=xls', 'application/json', 406],
        ['/v1/documents/rfa', 'text/plain', 415],
        ['/v1/documents/rfa/check', 'application/json; charset=ebcdic-x', 415],
        ['/v1/batches/nokind', 'text/csv', 404],
        ['/v1/batches/rfa?format=xls', 'text/csv', 406],
        ['/v1/batches/rfa', 'text/plain', 415],
        ['/v1/batches/rfa', 'text/csv; charset=ebcdic-x', 415],
      ];
      for (const [path, type, status] of cases) {
        // 10 MB declared, under no limit that refuses it first (64 MB a batch, 1 MB a case: the
        // single routes get 1,000 bytes), never sent.
        const length = path.startsWith('/v1/batches') ? 10_000_000 : 1_000;
        const answer = await rawExchange(url, `POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: ${type}\r\nContent-Length: ${length}\r\nExpect: 100-continue\r\n\r\n`).until(/100 Continue/);
        expect(answer.text, `${path} ${type}`).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
        expect(answer.text, `${path} ${type}`).not.toContain('100 Continue');
      }
    } finally {
      await close();
    }
  });
});
