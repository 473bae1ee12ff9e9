// The HTTP contract of docs/http.md against a real listening server (listen(0) + fetch): every
// endpoint, every status code, with bodies and headers as a client sees them. Every kind of the
// registry is checked, including the test-only fifth kind of tests/support/kinds.ts (issue 12
// point 3): nothing here names a kind's files.
import { connect } from 'node:net';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HarborError } from '../../src/errors.js';
import { readFixture } from '../../src/kinds/files.js';
import { getKind, KINDS } from '../../src/kinds/index.js';
import { kindCodes } from '../../src/kinds/kind.js';
import { CONTENT_TYPES } from '../../src/pipeline.js';
import type { Renderer } from '../../src/workers/renderer.js';
import { registryTemplates, TEST_KIND_IDS } from '../support/kinds.js';
import { buildWebIfStale } from '../support/web-build.js';
import { isProblem, listening, post, probeKind, rfaCase, SECRET_GIVEN } from './helpers.js';

const fixture = (kind: string, name: string): unknown => readFixture(getKind(kind), name);
const KEY = 'contract-key-0123456789';
/** A file name made of the kind and the 16-hex fingerprint only: nothing from the case. */
const SAFE_NAME = /^attachment; filename="[a-z-]+-[0-9a-f]{16}\.(pdf|docx)"$/;

async function get(url: string, headers: Record<string, string> = {}): Promise<{ res: Response; text: string; json: any }> {
  const res = await fetch(url, { headers }); // bounded by the test's time limit, not one of its own
  const text = await res.text();
  return { res, text, json: /json/.test(res.headers.get('content-type') ?? '') ? JSON.parse(text) : undefined };
}

describe('every endpoint, open service', () => {
  let s: Awaited<ReturnType<typeof listening>>;
  beforeAll(async () => (s = await listening({ templates: registryTemplates() })));
  afterAll(() => s.close());

  it('GET /healthz: 200 {status: ok} with helmet headers, no-store and a request id', async () => {
    const { res, json } = await get(`${s.url}/healthz`);
    expect(res.status).toBe(200);
    expect(json).toEqual({ status: 'ok' });
    const h = res.headers;
    expect(h.get('content-security-policy')).toBe("default-src 'none';frame-ancestors 'none';base-uri 'none';form-action 'none'");
    expect(h.get('x-content-type-options')).toBe('nosniff');
    expect(h.get('x-frame-options')).toBe('DENY');
    expect(h.get('referrer-policy')).toBe('no-referrer');
    expect(h.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(h.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(h.get('strict-transport-security')).toMatch(/^max-age=\d+/);
    expect(h.get('cache-control')).toBe('no-store');
    expect(h.get('x-powered-by')).toBeNull();
    expect(h.get('etag')).toBeNull();
    expect(h.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('GET /v1/documents: 200, every kind of the registry (the test-only fifth kind too)', async () => {
    const { res, json } = await get(`${s.url}/v1/documents`);
    expect(res.status).toBe(200);
    expect(json.map((k: any) => k.id)).toEqual(KINDS.map((k) => k.id));
    expect(json.map((k: any) => k.id)).toEqual(expect.arrayContaining(['rfa', 't-visa-declaration', 'restitution-worksheet', 'best-interests-memo', ...TEST_KIND_IDS]));
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  for (const kind of KINDS.map((k) => k.id)) {
    it(`${kind}: schema, example, csv-template, check and both formats`, async () => {
      const schema = await get(`${s.url}/v1/documents/${kind}/schema`);
      expect(schema.res.status).toBe(200);
      expect(schema.json.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.json.type).toBe('object');

      const example = await get(`${s.url}/v1/documents/${kind}/example`);
      expect(example.res.status).toBe(200);
      expect(example.json).toEqual(fixture(kind, 'full'));

      const csv = await get(`${s.url}/v1/documents/${kind}/csv-template`);
      expect(csv.res.status).toBe(200);
      expect(csv.res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(csv.res.headers.get('content-disposition')).toBe(`attachment; filename="${kind}-template.csv"`);
      const rows = parse(csv.text) as string[][];
      expect(rows).toHaveLength(2); // the header of dot paths and one example row
      expect(rows[0]!.length).toBe(rows[1]!.length);

      const check = await post(`${s.url}/v1/documents/${kind}/check`, example.json);
      expect(check.res.status).toBe(200);
      expect(check.json).toMatchObject({ ok: true, computed: expect.any(Object), warnings: expect.any(Array) });
      expect(check.res.headers.get('cache-control')).toBe('no-store');

      const pdf = await post(`${s.url}/v1/documents/${kind}?format=pdf`, example.json);
      expect(pdf.res.status).toBe(200);
      expect(pdf.res.headers.get('content-type')).toBe('application/pdf');
      expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.res.headers.get('cache-control')).toBe('no-store');
      expect(pdf.res.headers.get('content-disposition')).toMatch(SAFE_NAME);
      expect(pdf.res.headers.get('content-disposition')).toBe(`attachment; filename="${kind}-${pdf.res.headers.get('harbor-fingerprint')}.pdf"`);
      expect(Number(pdf.res.headers.get('content-length'))).toBe(pdf.bytes.length);

      const docx = await post(`${s.url}/v1/documents/${kind}`, example.json, { Accept: CONTENT_TYPES.docx });
      expect(docx.res.status).toBe(200);
      expect(docx.res.headers.get('content-type')).toBe(CONTENT_TYPES.docx);
      expect(docx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
      expect(docx.res.headers.get('content-disposition')).toMatch(SAFE_NAME);
      // Same case, same fingerprint, whatever the format.
      expect(docx.res.headers.get('harbor-fingerprint')).toBe(pdf.res.headers.get('harbor-fingerprint'));
    });
  }

  it('GET /openapi.json: 3.1 with every kind; GET /docs: the page under its own CSP', async () => {
    const api = await get(`${s.url}/openapi.json`);
    expect(api.res.status).toBe(200);
    expect(api.json.openapi).toBe('3.1.0');
    // The interim 100 Continue a client may get unasked (after a half-close) is said, and the 417.
    expect(api.json.info.description).toMatch(/Interim 100 Continue responses .* Expect: 100-continue, .* half-closed its connection .* An Expect other than 100-continue is 417 expectation-failed\./);
    for (const k of KINDS) {
      expect(api.json.paths[`/v1/documents/${k.id}`]).toBeDefined();
      // Each kind's closed list of issue codes, its own and the common ones.
      expect(api.json.components.schemas[`Codes.${k.id}`].enum.sort()).toEqual(Object.keys(kindCodes(k)).sort());
    }
    const render = api.json.paths['/v1/documents/rfa'].post.responses;
    expect(Object.keys(render)).toEqual(expect.arrayContaining(['200', '400', '401', '404', '406', '413', '415', '422', '429', '503']));
    // The page is the built web app's (dist/public, `npm ci`): built here when missing or stale,
    // as the browser tests build it, so that a worktree without the build checks the page and not
    // the not-built 503 (tests/http/web-files.test.ts checks that answer, on a folder of its own).
    buildWebIfStale();
    const docs = await get(`${s.url}/docs`);
    expect(docs.res.status, docs.text).toBe(200);
    expect(docs.res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(docs.res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(docs.text).not.toMatch(/https?:\/\//);
  });

  it('400 malformed JSON and empty body, without echoing the body', async () => {
    const bad = await post(`${s.url}/v1/documents/rfa/check`, `{"child": {"givenName": "${SECRET_GIVEN}"`);
    expect(isProblem(bad.res, bad.json, 400, 'malformed-input')).toBe(true);
    expect(bad.json.errors).toEqual([{ path: '', code: 'malformed-input', message: expect.stringContaining('not valid JSON') }]);
    expect(bad.bytes.toString()).not.toContain(SECRET_GIVEN);
    const empty = await fetch(`${s.url}/v1/documents/rfa`, { method: 'POST', headers: { 'Content-Type': 'application/json' } });
    expect(isProblem(empty, await empty.json(), 400, 'malformed-input')).toBe(true);
  });

  it('400 for a body of only a byte-order mark (an empty file an editor saved with one), in UTF-8 or UTF-16: not read as {} and answered 422 with every required field', async () => {
    for (const [bom, charset] of [
      [[0xef, 0xbb, 0xbf], undefined],
      [[0xff, 0xfe], undefined],
      [[0xfe, 0xff], 'utf-16be'],
    ] as const) {
      for (const route of ['/v1/documents/rfa/check', '/v1/documents/rfa']) {
        const res = await fetch(`${s.url}${route}`, {
          method: 'POST',
          headers: { 'Content-Type': `application/json${charset ? `; charset=${charset}` : ''}` },
          body: new Uint8Array(bom),
        });
        const json = (await res.json()) as { detail: string };
        expect(isProblem(res, json, 400, 'malformed-input'), `${route} ${bom.join(' ')}`).toBe(true);
        expect(json.detail).toContain('only a byte-order mark');
      }
    }
  });

  it('404 unknown kind and unknown route', async () => {
    const k = await post(`${s.url}/v1/documents/nope`, rfaCase());
    expect(isProblem(k.res, k.json, 404, 'unknown-kind')).toBe(true);
    expect(k.json.detail).toContain('rfa');
    const r = await get(`${s.url}/v2/anything`);
    expect(isProblem(r.res, r.json, 404, 'not-found')).toBe(true);
  });

  it('406 unknown format by query and by Accept', async () => {
    const q = await post(`${s.url}/v1/documents/rfa?format=odt`, rfaCase());
    expect(isProblem(q.res, q.json, 406, 'unknown-format')).toBe(true);
    const a = await post(`${s.url}/v1/documents/rfa`, rfaCase(), { Accept: 'image/png' });
    expect(isProblem(a.res, a.json, 406, 'unknown-format')).toBe(true);
  });

  it('415 for anything but JSON on a JSON route', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml']) {
      const r = await post(`${s.url}/v1/documents/rfa/check`, JSON.stringify(rfaCase()), { 'Content-Type': type });
      expect(isProblem(r.res, r.json, 415, 'unsupported-media-type'), type).toBe(true);
    }
  });

  it('422 invalid case, errors[] with dot paths; no-store on the problem too', async () => {
    const c = rfaCase();
    c.child.dateOfBirth = 'yesterday';
    c.child.citizenship = [42];
    const r = await post(`${s.url}/v1/documents/rfa`, c);
    expect(isProblem(r.res, r.json, 422, 'invalid-case')).toBe(true);
    expect(r.json.errors.map((e: any) => e.path)).toEqual(expect.arrayContaining(['child.dateOfBirth', 'child.citizenship.0']));
    expect(r.res.headers.get('cache-control')).toBe('no-store');
  });

  it('"__proto__" and "constructor" keys pollute nothing and are refused as fields Harbor does not know, never taken as case data', async () => {
    const body = JSON.stringify(rfaCase()).replace(/^\{/, '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}},');
    const r = await post(`${s.url}/v1/documents/rfa/check`, body);
    expect(isProblem(r.res, r.json, 422, 'invalid-case')).toBe(true);
    expect(r.json.errors.map((e: { path: string; code: string }) => `${e.path} ${e.code}`)).toEqual(['__proto__ unrecognized-keys', 'constructor unrecognized-keys']);
    expect(({} as any).polluted).toBeUndefined();
    expect((Object.prototype as any).polluted).toBeUndefined();
    const nested = JSON.stringify(rfaCase()).replace('"child":{', '"child":{"__proto__":{"givenName":"Injected"},');
    const n = await post(`${s.url}/v1/documents/rfa/check`, nested);
    expect(isProblem(n.res, n.json, 422, 'invalid-case')).toBe(true);
    expect(n.json.errors.map((e: { path: string; code: string }) => `${e.path} ${e.code}`)).toEqual(['child.__proto__ unrecognized-keys']);
    expect(({} as any).givenName).toBeUndefined();
  });
});

describe('limits and keys', () => {
  it('413 over HARBOR_BODY_LIMIT', async () => {
    const s = await listening({ bodyLimit: 4096 });
    try {
      const c = rfaCase();
      c.concern.narrative = 'x'.repeat(10_000);
      const r = await post(`${s.url}/v1/documents/rfa/check`, c);
      expect(isProblem(r.res, r.json, 413, 'payload-too-large')).toBe(true);
      expect(r.json.detail).toContain('4,096 bytes');
    } finally {
      await s.close();
    }
  });

  it('401 without a key and with a wrong key (WWW-Authenticate); 200 with the right key; /healthz open', async () => {
    const s = await listening({ apiKeys: [KEY] });
    try {
      const none = await get(`${s.url}/v1/documents`);
      expect(isProblem(none.res, none.json, 401, 'unauthorized')).toBe(true);
      expect(none.res.headers.get('www-authenticate')).toBe('Bearer realm="harbor"');
      const wrong = await get(`${s.url}/v1/documents`, { Authorization: `Bearer ${KEY.slice(0, -1)}X` });
      expect(isProblem(wrong.res, wrong.json, 401, 'unauthorized')).toBe(true);
      const right = await post(`${s.url}/v1/documents/rfa/check`, rfaCase(), { Authorization: `Bearer ${KEY}` });
      expect(right.res.status).toBe(200);
      expect((await get(`${s.url}/healthz`)).res.status).toBe(200);
    } finally {
      await s.close();
    }
  });

  it('429 rate-limited past the limit per key, with Retry-After; another key has its own budget', async () => {
    const other = 'contract-key-other-0123456';
    const s = await listening({ apiKeys: [KEY, other], rateLimit: 3 });
    try {
      const auth = { Authorization: `Bearer ${KEY}` };
      for (let i = 0; i < 3; i++) expect((await get(`${s.url}/v1/documents`, auth)).res.status).toBe(200);
      const r = await get(`${s.url}/v1/documents`, auth);
      expect(isProblem(r.res, r.json, 429, 'rate-limited')).toBe(true);
      const wait = Number(r.res.headers.get('retry-after'));
      expect(wait).toBeGreaterThan(0);
      expect(wait).toBeLessThanOrEqual(60);
      expect((await get(`${s.url}/v1/documents`, { Authorization: `Bearer ${other}` })).res.status).toBe(200);
      // Health checks are never limited.
      expect((await get(`${s.url}/healthz`)).res.status).toBe(200);
    } finally {
      await s.close();
    }
  });

  it('behind a trusted proxy (HARBOR_TRUST_PROXY) the limit is per forwarded client; untrusted, X-Forwarded-For is ignored', async () => {
    const behind = await listening({ rateLimit: 1, trustProxy: 'loopback' });
    const direct = await listening({ rateLimit: 1 });
    try {
      const from = (ip: string) => ({ 'X-Forwarded-For': ip });
      // Trusted: two clients behind the proxy, one request each, both served; the second request
      // of the first client is limited.
      expect((await get(`${behind.url}/v1/documents`, from('203.0.113.7'))).res.status).toBe(200);
      expect((await get(`${behind.url}/v1/documents`, from('203.0.113.8'))).res.status).toBe(200);
      expect((await get(`${behind.url}/v1/documents`, from('203.0.113.7'))).res.status).toBe(429);
      // Not trusted: a client cannot pick a new address to escape the limit.
      expect((await get(`${direct.url}/v1/documents`, from('203.0.113.7'))).res.status).toBe(200);
      expect((await get(`${direct.url}/v1/documents`, from('203.0.113.8'))).res.status).toBe(429);
    } finally {
      await behind.close();
      await direct.close();
    }
  });

  // Before: every one of 2,000 requests pipelined on one connection was 429, the first 20 too:
  // the limiter read express-rate-limit's MemoryStore's live count after its await, by when every
  // request parsed from the same read had counted itself (src/http/middleware.ts RateCounts).
  it('requests pipelined on one connection: the first `limit` are answered, the rest 429 with Retry-After, in order', async () => {
    const s = await listening({ rateLimit: 20 });
    try {
      const N = 300;
      const { port } = new URL(s.url);
      const answers = await new Promise<string>((resolve, reject) => {
        const socket = connect(Number(port), '127.0.0.1');
        const chunks: Buffer[] = [];
        socket.on('data', (c: Buffer) => chunks.push(c));
        socket.on('error', reject);
        socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
        let text = '';
        for (let i = 0; i < N; i++) text += `GET /v1/documents HTTP/1.1\r\nHost: harbor.test\r\n${i === N - 1 ? 'Connection: close\r\n' : ''}\r\n`;
        socket.end(text);
      });
      const heads = answers.split(/(?=HTTP\/1\.1 \d{3} )/).map((a) => a.slice(0, a.indexOf('\r\n\r\n')));
      expect(heads).toHaveLength(N);
      const statuses = heads.map((h) => Number(h.slice(9, 12)));
      expect(statuses).toEqual([...Array<number>(20).fill(200), ...Array<number>(N - 20).fill(429)]);
      for (const h of heads.slice(20)) expect(h).toMatch(/\r\nRetry-After: ([1-9]|[1-5]\d|60)\r\n/);
    } finally {
      await s.close();
    }
  });

  it('429 per client address when no keys are configured', async () => {
    const s = await listening({ rateLimit: 2 });
    try {
      expect((await get(`${s.url}/v1/documents`)).res.status).toBe(200);
      expect((await get(`${s.url}/v1/documents`)).res.status).toBe(200);
      const r = await get(`${s.url}/v1/documents`);
      expect(isProblem(r.res, r.json, 429, 'rate-limited')).toBe(true);
      expect(r.res.headers.get('retry-after')).toMatch(/^\d+$/);
    } finally {
      await s.close();
    }
  });
});

describe('5xx', () => {
  it('503 busy from the renderer: problem with Retry-After, and the next render goes through', async () => {
    let calls = 0;
    const inner: Renderer = { threads: 1, close: async () => {}, render: async () => Promise.reject(new HarborError('busy', 'queue full')) };
    const flaky: Renderer = {
      threads: 1,
      close: async () => {},
      render: async (job, o) => (++calls === 1 ? inner.render(job, o) : (await import('../../src/pipeline.js')).generate({ ...job })),
    };
    const s = await listening({ renderer: flaky });
    try {
      const r = await post(`${s.url}/v1/documents/rfa`, rfaCase());
      expect(isProblem(r.res, r.json, 503, 'busy')).toBe(true);
      expect(r.res.headers.get('retry-after')).toBe('5');
      expect(r.res.headers.get('cache-control')).toBe('no-store');
      const ok = await post(`${s.url}/v1/documents/rfa`, rfaCase());
      expect(ok.res.status).toBe(200);
      // Load is not a bug: no error line, a 'refused' warning with the code only.
      const logged = s.lines.map((l) => JSON.parse(l));
      expect(logged.some((j) => j.msg === 'error')).toBe(false);
      expect(logged.find((j) => j.msg === 'refused')).toMatchObject({ level: 'warn', code: 'busy' });
    } finally {
      await s.close();
    }
  });

  it('500 only for a bug, generic, with the request id and no internals', async () => {
    const probe = probeKind();
    const s = await listening({
      kinds: [probe],
      engine: {
        check: () => {
          throw new RangeError(`bad value "${SECRET_GIVEN}" at /srv/harbor/src/secret.ts`);
        },
      },
    });
    try {
      const r = await post(`${s.url}/v1/documents/probe/check`, { name: SECRET_GIVEN });
      expect(isProblem(r.res, r.json, 500, 'internal')).toBe(true);
      expect(r.json.detail).toContain(r.res.headers.get('x-request-id'));
      expect(Object.keys(r.json).sort()).toEqual(['code', 'detail', 'requestId', 'status', 'title', 'type']);
      const text = r.bytes.toString();
      for (const leak of [SECRET_GIVEN, 'RangeError', 'secret.ts', ' at ']) expect(text).not.toContain(leak);
    } finally {
      await s.close();
    }
  });
});
