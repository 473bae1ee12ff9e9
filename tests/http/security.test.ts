// Authentication, logs that carry no data, bugs that expose nothing, OpenAPI and /docs.
import { describe, expect, it } from 'vitest';
import { HarborError } from '../../src/errors.js';
import { until } from '../support/until.js';
import { binary, harness, probeKind, rfaCase, SECRET_FAMILY, SECRET_GIVEN, SECRET_NARRATIVE } from './helpers.js';

const KEY = 'test-key-0123456789abcdef';
const OTHER = 'other-key-0123456789abcdef';

describe('API keys (HARBOR_API_KEYS)', () => {
  const { agent } = harness({ apiKeys: [OTHER, KEY] });

  it('a /v1 request without a key is 401 with WWW-Authenticate', async () => {
    const res = await agent.get('/v1/documents');
    expect(res.status).toBe(401);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe('unauthorized');
    expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
  });

  it('a wrong key is 401, whatever its length; so is another scheme', async () => {
    for (const auth of [`Bearer ${KEY.slice(0, -1)}x`, 'Bearer short', `Bearer ${KEY}${KEY}`, `Basic ${KEY}`, KEY]) {
      const res = await agent.get('/v1/documents').set('Authorization', auth);
      expect(res.status, auth).toBe(401);
    }
  });

  it('any configured key is 200; the check happens before the body is read', async () => {
    expect((await agent.get('/v1/documents').set('Authorization', `Bearer ${KEY}`)).status).toBe(200);
    expect((await agent.get('/v1/documents').set('Authorization', `bearer ${OTHER}`)).status).toBe(200);
    const bad = await agent.post('/v1/documents/rfa/check').set('Content-Type', 'application/json').send('{not json');
    expect(bad.status).toBe(401);
    const ok = await agent.post('/v1/documents/rfa/check').set('Authorization', `Bearer ${KEY}`).send(rfaCase());
    expect(ok.status).toBe(200);
  });

  it('an unknown /v1 route also needs the key (no probing without it)', async () => {
    expect((await agent.get('/v1/nope')).status).toBe(401);
    expect((await agent.get('/v1/nope').set('Authorization', `Bearer ${KEY}`)).status).toBe(404);
  });

  it('/healthz, /openapi.json and /docs stay open', async () => {
    expect((await agent.get('/healthz')).status).toBe(200);
    const api = await agent.get('/openapi.json');
    expect(api.status).toBe(200);
    expect(api.body.security).toEqual([{ bearer: [] }]);
    expect((await agent.get('/docs')).status).toBe(200);
  });
});

describe('request logs', () => {
  it('one JSON line per request: method, path without query, status, duration, id; never data', async () => {
    const { agent, lines } = harness();
    const c = rfaCase();
    await agent.post('/v1/documents/rfa/check').send(c).expect(200);
    await agent.post('/v1/documents/rfa?format=docx').send(c).buffer(true).parse(binary).expect(200);
    const bad = rfaCase();
    bad.child.dateOfBirth = `${SECRET_GIVEN}-date`;
    await agent.post('/v1/documents/rfa').send(bad).expect(422);
    await agent.post('/v1/documents/rfa').set('Content-Type', 'application/json').send(`{"x": "${SECRET_GIVEN}`).expect(400);
    const h = await agent.get('/healthz?token=qzv-query-secret').set('X-Request-Id', 'req-42');

    // The server logs on 'finish', which can come a tick after the client has the response.
    await until(() => lines.length >= 5, 'five request lines');
    expect(lines).toHaveLength(5);
    for (const l of lines) {
      for (const secret of [SECRET_GIVEN, SECRET_FAMILY, SECRET_NARRATIVE, 'Whitfield', 'token', 'qzv-query-secret']) expect(l).not.toContain(secret);
      const j = JSON.parse(l);
      // pino's level and ISO time, and the five fields of docs/http.md ("Confidentiality and logs"): nothing else.
      expect(Object.keys(j).sort()).toEqual(['id', 'level', 'method', 'ms', 'msg', 'path', 'status', 'time']);
      expect(j.msg).toBe('request');
      expect(typeof j.ms).toBe('number');
      expect(j.time).toMatch(/^\d{4}-\d\d-\d\dT/);
    }
    const parsed = lines.map((l) => JSON.parse(l));
    expect(parsed.map((j) => j.status)).toEqual([200, 200, 422, 400, 200]);
    expect(parsed.map((j) => j.level)).toEqual(['info', 'info', 'warn', 'warn', 'info']);
    expect(parsed[1]).toMatchObject({ method: 'POST', path: '/v1/documents/rfa' });
    expect(parsed[4]).toMatchObject({ method: 'GET', path: '/healthz', id: 'req-42' });
    expect(h.headers['x-request-id']).toBe('req-42');
  });
});

describe('a bug is a 500 that exposes nothing', () => {
  // A kind of our own, and an engine whose renderer fails with a message quoting case data, as
  // Handlebars' and other libraries' errors can.
  const probe = probeKind();
  const { agent, lines } = harness({
    kinds: [probe],
    engine: {
      check: () => {
        throw new TypeError(`cannot read "${SECRET_GIVEN}"`);
      },
      generate: async () => {
        throw new HarborError('template-error', 'templates/probe.hbs:3:5: the template failed while rendering', [], {
          cause: new Error(`strict mode: "${SECRET_GIVEN}" not defined`),
        });
      },
      example: () => undefined,
    },
  });

  it('a thrown TypeError: 500 internal, generic detail with the request id, data only nowhere', async () => {
    const res = await agent.post('/v1/documents/probe/check').send({ name: SECRET_GIVEN });
    expect(res.status).toBe(500);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 500, code: 'internal' });
    expect(res.body.detail).toContain(res.headers['x-request-id']);
    expect(res.text).not.toContain(SECRET_GIVEN);
    expect(res.text).not.toContain('cannot read');
    const err = lines.map((l) => JSON.parse(l)).find((j) => j.msg === 'error');
    expect(err).toMatchObject({ code: 'internal', error: 'TypeError', id: res.headers['x-request-id'] });
    expect(err.frames.length).toBeGreaterThan(0);
    for (const l of lines) expect(l).not.toContain(SECRET_GIVEN);
  });

  it('a template error is 500 too, and its cause is never logged', async () => {
    lines.length = 0;
    const res = await agent.post('/v1/documents/probe?format=docx').send({ name: SECRET_GIVEN });
    expect(res.status).toBe(500);
    expect(res.body.code).toBe('template-error');
    expect(res.text).not.toContain(SECRET_GIVEN);
    expect(lines.some((l) => JSON.parse(l).code === 'template-error')).toBe(true);
    for (const l of lines) expect(l).not.toContain(SECRET_GIVEN);
  });

  it('a kind with no example shipped: 404 not-found', async () => {
    const res = await agent.get('/v1/documents/probe/example');
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('not-found');
  });
});

describe('GET /openapi.json and /docs', () => {
  const { agent } = harness();

  it('OpenAPI 3.1 with a path per kind and every $ref resolving', async () => {
    const res = await agent.get('/openapi.json');
    expect(res.status).toBe(200);
    const api = res.body;
    expect(api.openapi).toBe('3.1.0');
    expect(api.jsonSchemaDialect).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(api.security).toBeUndefined(); // no keys configured in this app
    expect(Object.keys(api.paths)).toEqual(
      expect.arrayContaining(['/healthz', '/v1/documents', '/v1/documents/{kind}/schema', '/v1/documents/{kind}/example', '/v1/documents/rfa', '/v1/documents/rfa/check', '/v1/documents/{kind}/csv-template', '/v1/batches/rfa']),
    );
    const post = api.paths['/v1/documents/rfa'].post;
    expect(post.requestBody.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Case.rfa' });
    expect(Object.keys(post.responses)).toEqual(expect.arrayContaining(['200', '400', '401', '404', '406', '413', '415', '422']));
    expect(api.components.schemas['Case.rfa'].properties.child.type).toBe('object');
    const refs: string[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          if (k === '$ref') refs.push(x as string);
          else walk(x);
        }
      }
    };
    walk(api);
    expect(refs.length).toBeGreaterThan(10);
    for (const r of refs) {
      expect(r.startsWith('#/components/schemas/'), r).toBe(true);
      expect(api.components.schemas[r.slice('#/components/schemas/'.length)], r).toBeDefined();
    }
  });

  it('/docs and the web app are static pages under a strict CSP: own scripts only, no inline script, no CDN', async () => {
    // The pages are built at npm ci (prepare → npm run build:web).
    for (const path of ['/docs', '/', '/batch', '/forms/rfa']) {
      const page = await agent.get(path);
      expect(page.status, `${path} (503: run npm run build:web)`).toBe(200);
      expect(page.headers['content-type'], path).toMatch(/^text\/html/);
      const csp = page.headers['content-security-policy']!;
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).toContain("connect-src 'self'");
      expect(csp, path).toContain("default-src 'none'");
      expect(csp, path).not.toContain('unsafe');
      expect(page.text, path).not.toMatch(/https?:\/\//); // no CDN
      expect(page.text, path).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // every script has a src
      expect(page.headers['cache-control'], path).toBe('no-store');
    }
    expect((await agent.get('/forms/nope')).status).toBe(404);
    expect((await agent.get('/app/../package.json')).status).toBe(404);
  });

  it('every operation has a unique operationId; every request body and path parameter an example', async () => {
    const api = (await agent.get('/openapi.json')).body;
    const ids: string[] = [];
    for (const [path, item] of Object.entries<Record<string, any>>(api.paths)) {
      for (const [method, op] of Object.entries<any>(item)) {
        expect(op.operationId, `${method} ${path}`).toMatch(/^[a-z][A-Za-z0-9]+$/);
        ids.push(op.operationId);
        for (const p of op.parameters ?? []) if (p.in === 'path') expect(p.example, `${method} ${path} ${p.name}`).toBeDefined();
        for (const [type, c] of Object.entries<any>(op.requestBody?.content ?? {})) {
          if (type.includes('spreadsheetml')) continue; // a binary workbook: see …/xlsx-template
          expect(c.example, `${method} ${path} ${type}`).toBeDefined();
        }
      }
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['checkRfa', 'generateRfa', 'batchRfa', 'getXlsxTemplate', 'getCsvTemplate']));
    // The example request of a check is a valid case.
    const example = api.paths['/v1/documents/rfa/check'].post.requestBody.content['application/json'].example;
    expect((await agent.post('/v1/documents/rfa/check').send(example)).status).toBe(200);
  });
});

describe('batch log lines go through the same logger', () => {
  it('a bug in one batch record is an error line with level, time and the request id; no data', async () => {
    const { agent, lines } = harness({
      engine: {
        generate: async () => {
          throw new TypeError(`bad ${SECRET_GIVEN}`);
        },
      },
    });
    const res = await agent.post('/v1/batches/rfa?format=docx').set('X-Request-Id', 'batch-7').send([rfaCase()]).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    await until(() => lines.some((l) => JSON.parse(l).msg === 'request'), 'the request line');
    const bug = lines.map((l) => JSON.parse(l)).find((j) => j.msg === 'error');
    expect(bug).toMatchObject({ level: 'error', id: 'batch-7', record: 0, error: 'TypeError' });
    expect(bug.time).toMatch(/^\d{4}-\d\d-\d\dT/);
    for (const l of lines) expect(l).not.toContain(SECRET_GIVEN);
  });
});
