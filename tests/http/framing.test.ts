// How the connection and the body's framing are handled around the app (src/http/server.ts,
// src/http/middleware.ts; docs/http-errors.md): a client that closes its sending side after its
// request still gets the answer, and a transfer coding Harbor does not undo is refused, never
// read as if it were the body.
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { serve } from '../../src/http/server.js';
import { until, waitDeadline } from '../support/until.js';
import { rfaCase } from './helpers.js';
import { servedPort } from '../support/listening.js';

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * Send `request` as raw bytes, then (with `halfClose`) close this side for sending, as
 * `shutdown(SHUT_WR)` does; read everything until the server closes, given up just before the
 * test's time limit (it had 25 s of its own, which a first render on a loaded machine outlasted:
 * 46 s at load 30).
 */
function raw(port: number, request: Buffer | string, halfClose = false): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const sock = connect(port, '127.0.0.1', () => {
      if (halfClose) sock.end(request);
      else sock.write(request);
    });
    const timer = setTimeout(() => {
      sock.destroy();
      reject(new Error(`no close before the test's time limit: ${Buffer.concat(chunks).toString('latin1').slice(0, 200)}`));
    }, waitDeadline() - Date.now());
    sock.on('data', (c: Buffer) => chunks.push(c));
    sock.on('error', () => {});
    sock.on('close', () => {
      clearTimeout(timer);
      // Interim responses (a half-closed client's probes, src/http/half-close.ts) passed over, as a client does (RFC 9110 §15.2).
      const text = Buffer.concat(chunks).toString('utf8').replace(/^(HTTP\/1\.1 100 Continue\r\n\r\n)+/, '');
      const at = text.indexOf('\r\n\r\n');
      const [statusLine = '', ...lines] = (at === -1 ? text : text.slice(0, at)).split('\r\n');
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3}) /.exec(statusLine)?.[1] ?? 0), headers, body: at === -1 ? '' : text.slice(at + 4) });
    });
  });
}

/** A running `harbor serve` on a free port (render on this thread), and its log lines. */
async function server(): Promise<{ port: number; lines: string[]; close: () => Promise<void> }> {
  const lines: string[] = [];
  const close = await serve({ env: { HARBOR_WORKERS: '0' }, port: 0, log: (l) => lines.push(l) });
  return { port: servedPort(lines), lines, close };
}

const requestLines = (lines: string[]): Array<Record<string, unknown>> =>
  lines
    .slice(1)
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .filter((l) => l.msg === 'request');

describe('a client that closes its sending side after the request (half-close)', () => {
  it('gets its answer, check and document alike, and the request is logged with the status sent (before: no answer, logged 499)', async () => {
    const s = await server();
    try {
      const body = JSON.stringify(rfaCase());
      const head = (path: string): string => `POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`;
      const check = await raw(s.port, head('/v1/documents/rfa/check') + body, true);
      expect(check.status).toBe(200);
      expect(JSON.parse(check.body)).toMatchObject({ ok: true });
      const pdf = await raw(s.port, head('/v1/documents/rfa') + body, true);
      expect(pdf.status).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.body.startsWith('%PDF-')).toBe(true);
      // The connection is closed after the answer, as the client asked by closing its side.
      await until(() => requestLines(s.lines).length >= 2, 'two request lines');
      expect(requestLines(s.lines).map((l) => l.status)).toEqual([200, 200]);
    } finally {
      await s.close();
    }
  });

  it('a body cut short by the half-close is a 400 problem, not a hang', async () => {
    const s = await server();
    try {
      const cut = await raw(s.port, 'POST /v1/documents/rfa/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"a":', true);
      expect(cut.status).toBe(400);
      expect(JSON.parse(cut.body)).toMatchObject({ code: 'malformed-input' });
    } finally {
      await s.close();
    }
  });
});

describe('a transfer coding other than chunked', () => {
  it('is 501 not-implemented naming the coding, unread, the connection closed, on a single route, a batch and a GET (before: the gzip bytes were read as the body)', async () => {
    const s = await server();
    try {
      const { gzipSync } = await import('node:zlib');
      const gz = gzipSync(JSON.stringify(rfaCase()));
      const chunked = Buffer.concat([Buffer.from(`${gz.length.toString(16)}\r\n`), gz, Buffer.from('\r\n0\r\n\r\n')]);
      for (const [path, te] of [
        ['/v1/documents/rfa/check', 'gzip, chunked'],
        ['/v1/batches/rfa', 'GZIP,chunked'],
        ['/v1/documents/rfa', 'x-custom;q=1, chunked'],
      ] as const) {
        const head = `POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: ${te}\r\n\r\n`;
        const r = await raw(s.port, Buffer.concat([Buffer.from(head), path.includes('batches') ? Buffer.concat([Buffer.from('1\r\n[\r\n'), chunked]) : chunked]));
        expect(r.status, `${path} ${te}`).toBe(501);
        expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(r.headers.connection).toBe('close');
        const problem = JSON.parse(r.body);
        expect(problem).toMatchObject({ status: 501, code: 'not-implemented', title: 'Transfer coding not implemented' });
        expect(problem.detail).toContain(`(${te.toLowerCase().startsWith('x-') ? 'x-custom' : 'gzip'})`);
      }
      // Two Transfer-Encoding headers are one list (Node joins them): the same refusal.
      const two = await raw(s.port, `GET /healthz HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`);
      expect(two.status).toBe(501);
      // Chunked alone, in any case, is read as before.
      const body = Buffer.from(JSON.stringify(rfaCase()));
      const plain = Buffer.concat([Buffer.from(`POST /v1/documents/rfa/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: Chunked\r\nConnection: close\r\n\r\n${body.length.toString(16)}\r\n`), body, Buffer.from('\r\n0\r\n\r\n')]);
      expect((await raw(s.port, plain)).status).toBe(200);
      // Refusals are logged by status, never with the header's value.
      await until(() => requestLines(s.lines).length >= 5, 'five request lines');
      expect(requestLines(s.lines).map((l) => l.status)).toEqual([501, 501, 501, 501, 200]);
      expect(s.lines.join('\n')).not.toMatch(/x-custom/);
      // The client's doing, not Harbor's: warn lines, no bug's error line with stack frames.
      expect(requestLines(s.lines).filter((l) => l.status === 501).map((l) => l.level)).toEqual(['warn', 'warn', 'warn', 'warn']);
      expect(s.lines.slice(1).some((l) => JSON.parse(l).msg === 'error')).toBe(false);
    } finally {
      await s.close();
    }
  });
});
