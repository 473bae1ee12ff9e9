// A body that declares no length (chunked, or compressed) and does not stop at the limit, and a
// Content-Encoding that names a property of every JavaScript object. Each failed before its fix
// (src/http/body.ts): the first was read for as long as the client sent (to the 60 s request
// limit, then 408), the second answered 500 (`constructor`) or crashed the process (its stream's
// end called `Object().end`).
import { connect } from 'node:net';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isProblem, listening, post } from './helpers.js';

const ROUTES = ['/v1/documents/rfa/check', '/v1/documents/rfa', '/v1/batches/rfa'] as const;

/**
 * Send `head` then `chunk` again and again, never ending the body, until the server answers: the
 * first bytes of its answer. The sending stops once the server has answered or closed; a server
 * that keeps reading never answers, and the test's own time limit ends it.
 */
function sendWithoutEnd(port: number, head: string, chunk: Buffer): Promise<string> {
  return new Promise((resolve) => {
    let answer = '';
    let done = false;
    const sock = connect(port, '127.0.0.1');
    const finish = (): void => {
      if (done) return;
      done = true;
      sock.destroy();
      resolve(answer);
    };
    const pump = (): void => {
      // One chunk of the chunked framing at a time, each when the last has gone out.
      while (!done && sock.write(Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')])));
    };
    sock.on('connect', () => {
      sock.write(head);
      pump();
    });
    sock.on('drain', pump);
    sock.on('data', (d) => {
      answer += d.toString('latin1');
      if (answer.includes('\r\n\r\n')) finish();
    });
    sock.on('error', finish);
    sock.on('close', finish);
  });
}

describe('a body over the limit that declares no length', () => {
  it('is answered 413 at the first byte over the limit, on every route, the rest never read', async () => {
    const s = await listening({ bodyLimit: 4096 });
    try {
      const port = Number(new URL(s.url).port);
      for (const path of ROUTES) {
        const head = `POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`;
        const answer = await sendWithoutEnd(port, head, Buffer.from('[' + '1,'.repeat(2000)));
        expect(answer, path).toMatch(/^HTTP\/1\.1 413 /);
        expect(answer, path).toMatch(/\r\nconnection: close\r\n/i);
      }
    } finally {
      await s.close();
    }
  });

  it('counts a compressed body by what it decodes to: a gzip stream that never ends is 413, not read on', async () => {
    const s = await listening({ bodyLimit: 4096 });
    try {
      const port = Number(new URL(s.url).port);
      // One gzip member of 64 KB of text, its end never sent: past the limit after its first bytes.
      const member = gzipSync(Buffer.from('[' + '1,'.repeat(32 * 1024)));
      const head = 'POST /v1/documents/rfa/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n';
      const answer = await sendWithoutEnd(port, head, member.subarray(0, member.length - 8));
      expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    } finally {
      await s.close();
    }
  });
});

describe('a Content-Encoding named like a property of every object', () => {
  it('is 415 like any encoding Harbor does not decode, on every route, and the service lives on', async () => {
    const s = await listening();
    try {
      for (const encoding of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
        for (const path of ROUTES) {
          const r = await post(`${s.url}${path}`, '[{}]', { 'Content-Encoding': encoding });
          expect(isProblem(r.res, r.json, 415, 'unsupported-media-type'), `${encoding} ${path}`).toBe(true);
        }
      }
      const health = await fetch(`${s.url}/healthz`);
      expect(health.status).toBe(200);
      expect(s.lines.some((l) => JSON.parse(l).msg === 'error')).toBe(false);
    } finally {
      await s.close();
    }
  });
});

describe('a body of no bytes', () => {
  it('is "no body" (400 malformed-input) whether it declares Content-Length: 0 or comes chunked or compressed with nothing in it', async () => {
    const s = await listening();
    try {
      const port = Number(new URL(s.url).port);
      const ask = (head: string, body: Buffer): Promise<string> =>
        new Promise((resolve) => {
          let answer = '';
          const sock = connect(port, '127.0.0.1', () => sock.write(Buffer.concat([Buffer.from(head), body])));
          sock.on('data', (d) => (answer += d.toString('latin1')));
          sock.on('error', () => resolve(answer));
          sock.on('close', () => resolve(answer));
        });
      const declared = await ask('POST /v1/documents/rfa/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 0\r\nConnection: close\r\n\r\n', Buffer.alloc(0));
      const chunked = await ask('POST /v1/documents/rfa/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n', Buffer.from('0\r\n\r\n'));
      const gz = gzipSync(Buffer.alloc(0));
      const gzipped = await ask(
        `POST /v1/documents/rfa HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: ${gz.length}\r\nConnection: close\r\n\r\n`,
        gz,
      );
      for (const [name, answer] of [['Content-Length: 0', declared], ['chunked', chunked], ['gzip of nothing', gzipped]] as const) {
        // Before: the chunked and gzipped ones were 422 with every required field of the kind.
        expect(answer, name).toMatch(/^HTTP\/1\.1 400 /);
        expect(answer, name).toContain('"errors":[{"path":"","code":"malformed-input","message":"empty body"}]');
      }
    } finally {
      await s.close();
    }
  });
});
