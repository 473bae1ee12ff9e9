// How the connection and the body's framing are handled around the app (src/http/server.ts,
// src/http/middleware.ts; docs/http.md §Errors): a client that closes its sending side after its
// request still gets the answer, and a transfer coding Harbor does not undo is refused, never
// read as if it were the body.
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { serve } from '../../src/http/server.js';
import { rfaCase } from './helpers.js';

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * Send `request` as raw bytes, then (with `halfClose`) close this side for sending, as
 * `shutdown(SHUT_WR)` does; read everything until the server closes (10 s bound).
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
      reject(new Error(`no close within 10 s: ${Buffer.concat(chunks).toString('latin1').slice(0, 200)}`));
    }, 10_000);
    sock.on('data', (c: Buffer) => chunks.push(c));
    sock.on('error', () => {});
    sock.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('utf8');
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
  return { port: Number(/:(\d+)$/.exec(lines[0]!)![1]), lines, close };
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
      await expect.poll(() => requestLines(s.lines).map((l) => l.status)).toEqual([200, 200]);
    } finally {
      await s.close();
    }
  }, 30_000);

  it('a body cut short by the half-close is a 400 problem, not a hang', async () => {
    const s = await server();
    try {
      const cut = await raw(s.port, 'POST /v1/documents/rfa/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"a":', true);
      expect(cut.status).toBe(400);
      expect(JSON.parse(cut.body)).toMatchObject({ code: 'malformed-input' });
    } finally {
      await s.close();
    }
  }, 30_000);
});
