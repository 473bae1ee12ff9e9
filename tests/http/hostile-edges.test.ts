// Edges a hostile-client review found (docs/http.md): charset aliases of UTF-8, the Excel template
// built once per kind, wrong methods on known routes (405 + Allow), OPTIONS, requests without Host
// and CONNECT, and the web app's missing files: every refusal a problem+json.
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { mediaAndCharset } from '../../src/http/charset.js';
import { serve } from '../../src/http/server.js';
import { exampleCase } from '../../src/kinds/fixtures.js';
import { binary, harness, rfaCase } from './helpers.js';
import { servedUrl } from '../support/listening.js';

/** Everything a raw request gets back until the server closes the connection. */
function raw(url: string, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(new URL(url).port), '127.0.0.1');
    let text = '';
    socket.on('data', (c: Buffer) => (text += c.toString('latin1')));
    socket.on('error', reject);
    socket.on('close', () => resolve(text));
    socket.write(request);
  });
}

const bodyOf = (text: string): any => JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4));

describe('charset of a single route', () => {
  const { agent } = harness();
  it('a Content-Type giving charset twice, differently, is 415 naming both (single and batch routes); the same label twice is one', async () => {
    // UTF-8 bytes of "Belén": read as Windows-1252 they are "BelÃ©n", so which label wins matters.
    const body = JSON.stringify(rfaCase()).replace('Dana', 'Belén');
    for (const ct of ['application/json; charset=windows-1252; charset=utf-8', 'application/json; charset=utf-8; CHARSET="windows-1252"']) {
      for (const path of ['/v1/documents/rfa/check', '/v1/batches/rfa']) {
        const r = await agent.post(path).set('Content-Type', ct).send(path.includes('batches') ? `[${body}]` : body);
        expect(r.status, `${path} ${ct}`).toBe(415);
        expect(r.body.code).toBe('unsupported-media-type');
        expect(r.body.detail).toMatch(/^The Content-Type gives charset twice \("(windows-1252|utf-8)" and "(windows-1252|utf-8)"\); give it once, the encoding the body is in$/);
      }
    }
    const same = await agent.post('/v1/documents/rfa/check').set('Content-Type', 'application/json; charset=utf-8; charset="UTF-8"').send(body);
    expect(same.status, JSON.stringify(same.body)).toBe(200);
    expect(same.body.ok).toBe(true);
    expect(same.body.computed).toBeDefined();
  });

  it('a label of two charsets longer than 32 characters is quoted back cut there (as a format or a query parameter is)', () => {
    const long = 'x'.repeat(40);
    expect(() => mediaAndCharset(`application/json; charset=${long}; charset=utf-8`)).toThrow(`The Content-Type gives charset twice ("${'x'.repeat(32)}…" and "utf-8")`);
  });

  it('every WHATWG label of UTF-8 is read (utf8, unicode-1-1-utf-8, any case); a label of no encoding is 415', async () => {
    const body = JSON.stringify(rfaCase());
    for (const cs of ['utf8', 'UTF8', 'utf-8', 'Unicode-1-1-UTF-8', 'x-unicode20utf8']) {
      const r = await agent.post('/v1/documents/rfa/check').set('Content-Type', `application/json; charset=${cs}`).send(body);
      expect(r.status, cs).toBe(200);
      expect(r.body.ok).toBe(true);
    }
    for (const cs of ['nonsense', 'x-user-defined', 'utf-7']) {
      const r = await agent.post('/v1/documents/rfa/check').set('Content-Type', `application/json; charset=${cs}`).send(body);
      expect(r.status, cs).toBe(415);
      expect(r.body.code).toBe('unsupported-media-type');
    }
  });
});

describe('GET …/xlsx-template', () => {
  it('is built once per kind and then served from memory: the same bytes every time', async () => {
    const asked: string[] = [];
    const { agent } = harness({ engine: { example: (id: string) => (asked.push(id), exampleCase(id)) } });
    const get = (kind: string) => agent.get(`/v1/documents/${kind}/xlsx-template`).buffer(true).parse(binary);
    const [a, b] = await Promise.all([get('rfa'), get('rfa')]);
    const c = await get('rfa');
    const d = await get('restitution-worksheet');
    for (const r of [a, b, c, d]) {
      expect(r.status).toBe(200);
      expect((r.body as Buffer).subarray(0, 2).toString('latin1')).toBe('PK');
    }
    expect(Buffer.compare(a.body as Buffer, c.body as Buffer)).toBe(0);
    expect(Buffer.compare(b.body as Buffer, c.body as Buffer)).toBe(0);
    // The workbook of a kind is built from its example once, however many ask for it.
    expect(asked).toEqual(['rfa', 'restitution-worksheet']);
  });
});

describe('methods of known routes', () => {
  const { agent, lines } = harness();
  it('a method a route does not answer is 405 with Allow, as a problem; an unknown path stays 404', async () => {
    for (const [method, path, allow] of [
      ['put', '/v1/documents/rfa', 'POST, OPTIONS'],
      ['delete', '/v1/documents/rfa', 'POST, OPTIONS'],
      ['patch', '/v1/documents/rfa', 'POST, OPTIONS'],
      ['trace', '/v1/documents/rfa', 'POST, OPTIONS'],
      ['get', '/v1/documents/rfa/check', 'POST, OPTIONS'],
      ['post', '/v1/documents/rfa/example', 'GET, HEAD, OPTIONS'],
      ['delete', '/v1/batches/rfa', 'POST, OPTIONS'],
      ['post', '/healthz', 'GET, HEAD, OPTIONS'],
      ['put', '/openapi.json', 'GET, HEAD, OPTIONS'],
      ['post', '/docs', 'GET, HEAD, OPTIONS'],
    ] as const) {
      const res = await agent[method](path);
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.headers.allow, `${method} ${path}`).toBe(allow);
      expect(res.headers['cache-control']).toBe('no-store');
      if (method !== 'trace') expect(JSON.parse(res.text)).toMatchObject({ status: 405, code: 'method-not-allowed' });
    }
    expect((await agent.put('/v1/nothing-here')).status).toBe(404);
    expect(lines.some((l) => /"status":405/.test(l))).toBe(true);
  });

  it('OPTIONS is 204 with Allow and no CORS header (the API is same-origin only)', async () => {
    const res = await agent.options('/v1/documents/rfa').set('Origin', 'https://elsewhere.example').set('Access-Control-Request-Method', 'POST');
    expect(res.status).toBe(204);
    expect(res.headers.allow).toBe('POST, OPTIONS');
    expect(Object.keys(res.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    expect((await agent.options('/v1/documents/rfa/schema')).headers.allow).toBe('GET, HEAD, OPTIONS');
  });

  it('on an unknown kind, OPTIONS and a method the route does not answer are the 404 unknown-kind a GET or POST there gets, without Allow', async () => {
    const asGet = await agent.get('/v1/documents/nope/schema');
    expect([asGet.status, asGet.body.code]).toEqual([404, 'unknown-kind']);
    for (const path of ['/v1/documents/nope', '/v1/documents/nope/schema', '/v1/documents/nope/check', '/v1/batches/nope']) {
      for (const method of ['options', 'put', 'delete'] as const) {
        const res = await agent[method](path);
        expect(res.status, `${method} ${path}`).toBe(404);
        expect(res.headers['content-type'], `${method} ${path}`).toMatch(/^application\/problem\+json/);
        expect(res.headers.allow, `${method} ${path}`).toBeUndefined();
        expect(JSON.parse(res.text), `${method} ${path}`).toMatchObject({ status: 404, code: 'unknown-kind', detail: asGet.body.detail });
      }
    }
    // A known kind is untouched: OPTIONS still 204 with Allow, PUT still 405.
    expect((await agent.options('/v1/batches/rfa')).status).toBe(204);
    expect((await agent.put('/v1/documents/rfa/check')).status).toBe(405);
  });

  it("the web app's form of an unknown kind is the 404 of an unknown path whatever the method; a known kind's and the app's files keep their Allow", async () => {
    const asGet = await agent.get('/forms/nope');
    expect([asGet.status, asGet.body.code]).toEqual([404, 'not-found']);
    for (const method of ['options', 'put'] as const) {
      const res = await agent[method]('/forms/nope');
      expect(res.status, method).toBe(404);
      expect(res.headers.allow, method).toBeUndefined();
      expect(JSON.parse(res.text), method).toMatchObject({ status: 404, code: 'not-found' });
    }
    expect((await agent.options('/forms/rfa')).headers.allow).toBe('GET, HEAD, OPTIONS');
    expect((await agent.options('/app/form.js')).status).toBe(204);
  });
});

describe('requests Node would answer or drop itself', () => {
  it('HTTP/1.1 without Host: 400 problem, no-store, a request id, logged; CONNECT: 405 problem, logged', async () => {
    const lines: string[] = [];
    const close = await serve({ env: { HARBOR_WORKERS: '0', HARBOR_RATE_LIMIT: '0' }, port: 0, log: (l) => lines.push(l) });
    const url = servedUrl(lines);
    try {
      const noHost = await raw(url, 'POST /v1/documents/rfa/check HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}');
      expect(noHost).toMatch(/^HTTP\/1\.1 400 /);
      expect(noHost).toMatch(/\r\ncontent-type: application\/problem\+json/i);
      expect(noHost).toMatch(/\r\ncache-control: no-store\r\n/i);
      expect(noHost).toMatch(/\r\nx-content-type-options: nosniff\r\n/i);
      const id = /\r\nx-request-id: (\S+)\r\n/i.exec(noHost)?.[1];
      expect(id).toBeDefined();
      expect(bodyOf(noHost)).toMatchObject({ status: 400, code: 'malformed-input', requestId: id });
      expect(bodyOf(noHost).detail).toContain('Host');
      expect(lines.some((l) => l.includes(id!) && /"status":400/.test(l))).toBe(true);

      const tunnel = await raw(url, 'CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: x\r\n\r\n');
      expect(tunnel).toMatch(/^HTTP\/1\.1 405 /);
      expect(tunnel).toMatch(/\r\ncache-control: no-store\r\n/i);
      expect(bodyOf(tunnel)).toMatchObject({ status: 405, code: 'method-not-allowed' });
      expect(lines.some((l) => /"method":"CONNECT"/.test(l) && /"status":405/.test(l))).toBe(true);
      // HTTP/1.0 has no Host requirement.
      expect(await raw(url, 'GET /healthz HTTP/1.0\r\n\r\n')).toMatch(/^HTTP\/1\.1 200 /);
      // Two Host lines are as malformed (RFC 9112 §3.2): Node kept the first, a proxy may read the other.
      for (const hosts of ['Host: x\r\nHost: y\r\n', 'Host: x\r\nhost: x\r\n']) {
        const twoHosts = await raw(url, `GET /healthz HTTP/1.1\r\n${hosts}\r\n`);
        expect(twoHosts, hosts).toMatch(/^HTTP\/1\.1 400 /);
        expect(bodyOf(twoHosts)).toMatchObject({ status: 400, code: 'malformed-input', detail: expect.stringContaining('one Host header') });
      }
      // So are two Authorization or Content-Type lines: Node kept the first ("Bearer good" then
      // "Bearer wrong" was authorised; JSON then text/plain was read as JSON), a proxy may read the other.
      for (const [name, lines2] of [
        ['Authorization', 'Authorization: Bearer a\r\nauthorization: Bearer b\r\n'],
        ['Content-Type', 'Content-Type: application/json\r\nContent-Type: text/plain\r\n'],
      ] as const) {
        const two = await raw(url, `POST /v1/documents/rfa/check HTTP/1.1\r\nHost: x\r\n${lines2}Content-Length: 2\r\n\r\n{}`);
        expect(two, name).toMatch(/^HTTP\/1\.1 400 /);
        expect(bodyOf(two)).toMatchObject({ status: 400, code: 'malformed-input', detail: expect.stringContaining(`one ${name} header`) });
      }
      // One of each is served as before.
      const one = await raw(url, 'POST /v1/documents/rfa/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}');
      expect(one).toMatch(/^HTTP\/1\.1 (200|422) /);
    } finally {
      await close();
    }
  });
});

describe('OpenAPI error responses', () => {
  const { agent } = harness();
  it('…/check lists 503 (busy, render-timeout) as a render does; a batch lists its 503 busy and no 422', async () => {
    const api = (await agent.get('/openapi.json')).body;
    const statuses = (path: string): string[] => Object.keys(api.paths[path].post.responses).sort();
    expect(statuses('/v1/documents/rfa/check')).toEqual(['200', '400', '401', '404', '413', '415', '422', '429', '501', '503']);
    expect(statuses('/v1/documents/rfa')).toEqual(['200', '400', '401', '404', '406', '413', '415', '422', '429', '501', '503']);
    expect(statuses('/v1/batches/rfa')).toEqual(['200', '400', '401', '404', '406', '413', '415', '429', '501', '503']);
    expect(api.paths['/v1/batches/rfa'].post.responses['503'].description).toContain('HARBOR_MAX_BATCHES');
    // Any route refuses a transfer coding other than chunked (framing.test.ts); a case nested too
    // deep is 422 with the issue too-deep, as in the CLI and a batch (tests/bounded).
    expect(api.paths['/v1/documents/rfa'].post.responses['501'].description).toContain('Transfer-Encoding');
    expect(api.paths['/v1/documents/rfa'].post.responses['422'].description).toContain('too-deep');
  });
});
