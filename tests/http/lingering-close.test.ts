// A refusal sent before the body is read (413 over the limit, 401 without a key) reaches a client
// that is still sending that body: the connection is closed in two steps (RFC 9112 §9.6,
// src/http/admission.ts `closeIfUnread`), the answer and a FIN first, then what the client still
// sends read and dropped. Node's own close destroyed the socket as soon as the answer was out, the
// body's bytes still arriving were answered with a TCP reset, and the client's system dropped the
// answer it had not read yet: tests/http/fuzz.test.ts's 1.5 MB case got "fetch failed" at load
// 25-55 instead of its 413. Here the client is made as slow as a loaded one, by event, not by
// time: it reads nothing and sends its body only once the server has answered (its log line).
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { listening } from './helpers.js';
import { until } from '../support/until.js';

const KEY = 'lingering-close-key-0123456789';

/**
 * Send `head` (and `first`), wait until the server has answered (a log line), then send `rest`,
 * and only once it is all written read the answer. What the client read, and the error its
 * socket met, if any.
 */
async function slowClient(url: string, lines: string[], head: string, first: Buffer, rest: Buffer): Promise<{ text: string; error?: string }> {
  const sock = connect(Number(new URL(url).port), '127.0.0.1');
  sock.pause();
  let text = '';
  let error: string | undefined;
  sock.on('data', (d: Buffer) => (text += d.toString('latin1')));
  sock.on('error', (e: NodeJS.ErrnoException) => (error ??= e.code ?? e.message));
  const closed = new Promise<void>((resolve) => sock.once('close', () => resolve()));
  sock.write(head);
  if (first.length > 0) sock.write(first);
  const before = lines.length;
  await until(() => lines.length > before, "the server's answer (its log line)");
  await new Promise<void>((resolve) => sock.write(rest, () => resolve()));
  sock.resume();
  await closed;
  return { text, error };
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
