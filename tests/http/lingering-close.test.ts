// A refusal sent before the body is read (413 over the limit, 401 without a key) reaches a client
// that is still sending that body: the connection is closed in two steps (RFC 9112 §9.6,
// src/http/admission.ts `closeIfUnread`), the answer and a FIN first, then what the client still
// sends read and dropped. Node's own close destroyed the socket as soon as the answer was out, the
// body's bytes still arriving were answered with a TCP reset, and the client's system dropped the
// answer it had not read yet: tests/http/fuzz.test.ts's 1.5 MB case got "fetch failed" at load
// 25-55 instead of its 413. Here the client is made as slow as a loaded one, by event, not by
// time: it reads nothing and sends its body only once the server has answered (its log line).
import { connect, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { LINGER } from '../../src/http/admission.js';
import { listening } from './helpers.js';
import { until } from '../support/until.js';

const KEY = 'lingering-close-key-0123456789';

/**
 * A client socket to `url`, paused (it reads nothing until resumed), that collects what it reads
 * and the first error its socket meets: `read()` gives both, `closed` settles when it closes.
 */
function pausedClient(url: string): { sock: Socket; read: () => { text: string; error?: string }; closed: Promise<void> } {
  const sock = connect(Number(new URL(url).port), '127.0.0.1');
  sock.pause();
  let text = '';
  let error: string | undefined;
  sock.on('data', (d: Buffer) => (text += d.toString('latin1')));
  sock.on('error', (e: NodeJS.ErrnoException) => (error ??= e.code ?? e.message));
  const closed = new Promise<void>((resolve) => sock.once('close', () => resolve()));
  return { sock, read: () => (error === undefined ? { text } : { text, error }), closed };
}

/**
 * Send `head` (and `first`), wait until the server has answered (a log line), then send `rest`,
 * and only once it is all written read the answer. What the client read, and the error its
 * socket met, if any.
 */
async function slowClient(url: string, lines: string[], head: string, first: Buffer, rest: Buffer): Promise<{ text: string; error?: string }> {
  const { sock, read, closed } = pausedClient(url);
  sock.write(head);
  if (first.length > 0) sock.write(first);
  const before = lines.length;
  await until(() => lines.length > before, "the server's answer (its log line)");
  await new Promise<void>((resolve) => sock.write(rest, () => resolve()));
  sock.resume();
  await closed;
  return read();
}

describe('an answer sent before the body is read reaches a client still sending it', () => {
  it('413 for a declared length over the limit (the fuzz test\'s 1.5 MB case)', async () => {
    const s = await listening({ bodyLimit: 1024 * 1024 });
    try {
      const body = Buffer.from(JSON.stringify({ child: { constructor: 'x'.repeat(1_500_000), toString: 1 } }));
      const head = `POST /v1/documents/rfa?format=docx HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`;
      const r = await slowClient(s.url, s.lines, head, Buffer.alloc(0), body);
      expect(r.error).toBeUndefined();
      expect(r.text).toMatch(/^HTTP\/1\.1 413 /);
      expect(r.text).toMatch(/\r\nconnection: close\r\n/i);
      expect(JSON.parse(r.text.slice(r.text.indexOf('\r\n\r\n') + 4))).toMatchObject({ status: 413, code: 'payload-too-large' });
    } finally {
      await s.close();
    }
  });

  it('413 at the first byte over the limit of a chunked body, the rest still coming', async () => {
    const s = await listening({ bodyLimit: 64 * 1024 });
    try {
      const chunk = (b: Buffer): Buffer => Buffer.concat([Buffer.from(`${b.length.toString(16)}\r\n`), b, Buffer.from('\r\n')]);
      const head = 'POST /v1/documents/rfa/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n';
      const first = chunk(Buffer.from('[' + ' '.repeat(80 * 1024)));
      const rest = Buffer.concat([chunk(Buffer.from(' '.repeat(1024 * 1024))), Buffer.from('0\r\n\r\n')]);
      const r = await slowClient(s.url, s.lines, head, first, rest);
      expect(r.error).toBeUndefined();
      expect(r.text).toMatch(/^HTTP\/1\.1 413 /);
    } finally {
      await s.close();
    }
  });

  it('401 for a body sent without a key', async () => {
    const s = await listening({ apiKeys: [KEY] });
    try {
      const body = Buffer.from(' '.repeat(1024 * 1024));
      const head = `POST /v1/documents/rfa HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`;
      const r = await slowClient(s.url, s.lines, head, Buffer.alloc(0), body);
      expect(r.error).toBeUndefined();
      expect(r.text).toMatch(/^HTTP\/1\.1 401 /);
    } finally {
      await s.close();
    }
  });
});

describe('the lingering close holds a bounded number of connections', () => {
  // Many clients refused at once, each sending nothing more after its headers (or a byte every few
  // seconds), held a socket each for up to 30 s after the answer, with no bound on how many. Here
  // the time bounds are far off, so that only the count can close a connection: the third one
  // refused cuts the first, the fourth the second. A connection the server has closed after its
  // FIN is seen by the client only when it writes to it (a reset): each wait writes a byte.
  // The process that serves is held (a loaded machine gives it no core for seconds, or a long
  // synchronous task) while the client's body waits in its socket, sent but unread. The idle bound
  // must count only time the server could read: before 2026-12-07 its timer fell due before the
  // poll phase read those bytes, found the client quiet all that time, and cut the connection with
  // a reset, so the client never read its 413 (ECONNRESET, the fuzz test at ten times its runs).
  it('413 reaches a client whose body waited in the socket while the server was held past the idle bound', async () => {
    const s = await listening({ bodyLimit: 64 * 1024, linger: { ...LINGER, idleMs: 300 } });
    const { sock, read, closed } = pausedClient(s.url);
    try {
      const body = Buffer.alloc(1024 * 1024, 0x20);
      const before = s.lines.length;
      sock.write(`POST /v1/documents/rfa/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`);
      await until(() => s.lines.length > before, "the server's answer (its log line)");
      // Part of the body into the sockets, then this process (the server's too) held for longer
      // than a linger tick (1 s) and the idle bound together: those bytes wait there, unread. Sent
      // and held at the end of a turn of the loop (setImmediate), so that the next turn starts, as
      // after any such hold, with the timers that fell due meanwhile, before its poll phase reads.
      await new Promise<void>((resolve) =>
        setImmediate(() => {
          sock.write(body.subarray(0, 128 * 1024)); // into the kernel's buffers at once (libuv writes what it can)
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2_500);
          resolve();
        }),
      );
      // The rest a moment later, once the turn after the hold has run its timers and its poll:
      // a connection cut then (a reset) fails this write (EPIPE or ECONNRESET).
      await new Promise((resolve) => setTimeout(resolve, 100));
      await new Promise<void>((resolve) => sock.write(body.subarray(128 * 1024), () => resolve()));
      sock.resume();
      await closed;
      const { text, error } = read();
      expect(error).toBeUndefined();
      expect(text).toMatch(/^HTTP\/1\.1 413 /);
    } finally {
      sock.destroy();
      await s.close();
    }
  });

  it('one more than the cap cuts the connection that has lingered longest, its answer already sent', async () => {
    const s = await listening({ apiKeys: [KEY], linger: { ...LINGER, ms: 600_000, idleMs: 600_000, sockets: 2 } });
    const clients: { sock: Socket; text: string; closed: boolean }[] = [];
    const refused = async (): Promise<void> => {
      // Half-open: the server's FIN after the answer does not end this side (a client still sending).
      const c = { sock: connect({ port: Number(new URL(s.url).port), host: '127.0.0.1', allowHalfOpen: true }), text: '', closed: false };
      c.sock.on('data', (d: Buffer) => (c.text += d.toString('latin1')));
      c.sock.on('error', () => {});
      c.sock.on('close', () => (c.closed = true));
      clients.push(c);
      // A body of 1 MB declared, none of it sent yet: refused 401 at once, then the server waits for it.
      c.sock.write(`POST /v1/documents/rfa HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${1024 * 1024}\r\n\r\n`);
      await until(() => /\r\n\r\n\{.*\}$/s.test(c.text), `connection ${clients.length}'s whole answer`);
      expect(c.text).toMatch(/^HTTP\/1\.1 401 /);
    };
    const cutByServer = (i: number) =>
      until(() => {
        for (const c of clients) if (!c.closed) c.sock.write(' ');
        return clients[i]!.closed;
      }, `connection ${i + 1} closed by the server`);
    try {
      for (let i = 0; i < 3; i++) await refused();
      await cutByServer(0);
      expect(clients.map((c) => c.closed)).toEqual([true, false, false]);
      await refused();
      await cutByServer(1);
      expect(clients.map((c) => c.closed)).toEqual([true, true, false, false]);
    } finally {
      for (const c of clients) c.sock.destroy();
      await s.close();
    }
  });
});
