// A batch's client that sends its FIN before the first document (src/http/half-close.ts): one
// killed or closed whole frees its batch slot and stops its renders without waiting for a
// document to be written; one that half-closed on purpose (RFC 9112 §9.6) still gets its ZIP.
// Against a real `serve()` with a renderer that renders nothing until told (or aborted), so
// nothing is written on the connection but what the route writes on its own.
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { serve } from '../../src/http/server.js';
import type { Renderer, Rendered, RenderJob, JobOptions } from '../../src/workers/renderer.js';
import { servedPort } from '../support/listening.js';
import { until } from '../support/until.js';
import { rfaCase } from './helpers.js';

/** A renderer whose renders wait for `release()` or their abort; counts what it was asked and what was stopped. */
function heldRenderer() {
  const waiting: Array<() => void> = [];
  const state = { started: 0, aborted: 0 };
  const renderer: Renderer = {
    threads: 1,
    render: (_job: RenderJob, opts?: JobOptions) =>
      new Promise<Rendered>((resolve, reject) => {
        state.started++;
        const done = (): void => resolve({ bytes: new TextEncoder().encode('%PDF-1.7 stub'), contentType: 'application/pdf', format: 'pdf', fingerprint: 'f00d', warnings: [] });
        waiting.push(done);
        opts?.signal?.addEventListener('abort', () => {
          state.aborted++;
          reject(opts.signal!.reason instanceof Error ? opts.signal!.reason : new Error('aborted'));
        });
      }),
    close: async () => {},
  };
  return { renderer, state, release: () => waiting.splice(0).forEach((f) => f()) };
}

const opened: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of opened.splice(0)) await close();
});

async function server(held: ReturnType<typeof heldRenderer>): Promise<{ port: number; lines: string[] }> {
  const lines: string[] = [];
  const close = await serve({ env: { HARBOR_MAX_BATCHES: '1' }, port: 0, log: (l) => lines.push(l), renderer: () => held.renderer });
  opened.push(close);
  return { port: servedPort(lines), lines };
}

const batchRequest = (): string => {
  const body = JSON.stringify([rfaCase()]);
  return `POST /v1/batches/rfa HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
};

/** A raw connection and everything it has received. */
function open(port: number): Promise<{ sock: Socket; got: () => string; closed: Promise<void> }> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const sock = connect(port, '127.0.0.1', () => resolve({ sock, got: () => Buffer.concat(chunks).toString('latin1'), closed }));
    sock.on('data', (c: Buffer) => chunks.push(c));
    sock.on('error', () => {});
    const closed = new Promise<void>((r) => sock.once('close', () => r()));
  });
}

describe('a batch client whose FIN comes before the first document', () => {
  it('closed whole (killed): its batch slot is freed and its render stopped with no document written (before: held until the first document)', { timeout: 40_000 }, async () => {
    const held = heldRenderer();
    const s = await server(held);
    const a = await open(s.port);
    a.sock.write(batchRequest());
    await until(() => held.state.started === 1, 'the first batch to start rendering');
    // What the system of a killed client does: close the socket whole (a FIN; nothing unread).
    a.sock.destroy();
    // The render is stopped and the route says why, though the renderer never wrote a byte.
    await until(() => held.state.aborted === 1, 'the render of the gone client to be aborted');
    await until(() => s.lines.some((l) => l.includes('batch stopped: client gone')), 'the batch to stop');
    // Its slot (HARBOR_MAX_BATCHES=1) is free: the next batch is admitted, not 503 busy.
    const b = await open(s.port);
    b.sock.write(batchRequest());
    await until(() => held.state.started === 2, 'the second batch to start rendering');
    held.release();
    await until(() => b.got().includes('manifest.json'), 'the second batch\'s ZIP');
    expect(b.got()).toMatch(/^HTTP\/1\.1 200 /);
    b.sock.destroy();
  });

  it('half-closed on purpose: reads its ZIP, the 100 Continue probes before it passed over', { timeout: 40_000 }, async () => {
    const held = heldRenderer();
    const s = await server(held);
    const a = await open(s.port);
    // shutdown(SHUT_WR) once the request is sent, as `nc -N` does; the answer is read to the close.
    a.sock.end(batchRequest());
    await until(() => held.state.started === 1, 'the batch to start rendering');
    await until(() => (a.got().match(/HTTP\/1\.1 100 Continue\r\n\r\n/g) ?? []).length >= 2, 'two probes');
    held.release();
    await a.closed;
    const text = a.got();
    // Only interim responses before the final one, which is the ZIP, whole (its manifest last).
    const final = text.replace(/^(HTTP\/1\.1 100 Continue\r\n\r\n)+/, '');
    expect(final).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(final).toMatch(/\r\ncontent-type: application\/zip\r\n/i);
    expect(final).toContain('manifest.json');
    expect(final.endsWith('0\r\n\r\n')).toBe(true);
    expect(held.state.aborted).toBe(0);
    await until(() => s.lines.some((l) => l.includes('"msg":"request"') && l.includes('"status":200')), 'the request line');
    expect(s.lines.some((l) => l.includes('batch stopped'))).toBe(false);
  });
});

describe('a single render whose client sends its FIN before the document', () => {
  it('closed whole: the render is stopped and the request logged 499 (before: rendered to the end, logged 200 into a dead socket)', { timeout: 40_000 }, async () => {
    const held = heldRenderer();
    const s = await server(held);
    const body = JSON.stringify(rfaCase());
    const a = await open(s.port);
    a.sock.write(`POST /v1/documents/rfa HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    await until(() => held.state.started === 1, 'the render to start');
    a.sock.destroy();
    await until(() => held.state.aborted === 1, 'the render of the gone client to be stopped');
    await until(() => s.lines.some((l) => l.includes('"path":"/v1/documents/rfa"')), 'the request line');
    expect(JSON.parse(s.lines.find((l) => l.includes('"path":"/v1/documents/rfa"'))!)).toMatchObject({ status: 499 });
  });

  it('half-closed on purpose: gets its document after the probes', { timeout: 40_000 }, async () => {
    const held = heldRenderer();
    const s = await server(held);
    const body = JSON.stringify(rfaCase());
    const a = await open(s.port);
    a.sock.end(`POST /v1/documents/rfa HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    await until(() => held.state.started === 1, 'the render to start');
    await until(() => (a.got().match(/HTTP\/1\.1 100 Continue\r\n\r\n/g) ?? []).length >= 2, 'two probes');
    held.release();
    await a.closed;
    const final = a.got().replace(/^(HTTP\/1\.1 100 Continue\r\n\r\n)+/, '');
    expect(final).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(final.endsWith('%PDF-1.7 stub')).toBe(true);
    expect(held.state.aborted).toBe(0);
  });
});
