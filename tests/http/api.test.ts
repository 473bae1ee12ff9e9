// The HTTP API (docs/http.md) through supertest, without listening: every route and status code.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KINDS, getKind } from '../../src/kinds/index.js';
import { CONTENT_TYPES, checkCase, fingerprint, validateCase } from '../../src/pipeline.js';
import { docxText, pdfText } from '../support/extract.js';
import { MAX_WARNINGS_HEADER, warningsHeader } from '../../src/http/app.js';
import { binary, harness, rfaCase, SECRET_GIVEN } from './helpers.js';
import { windows1252 } from '../support/windows-1252.js';

const DOCX = CONTENT_TYPES.docx;

function expectProblem(res: { status: number; headers: Record<string, string>; body: any }, status: number, code: string): void {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ status, code, type: expect.stringContaining(code), title: expect.any(String), detail: expect.any(String) });
}

describe('GET routes', () => {
  const { agent } = harness();

  it('GET /healthz answers {status: ok} with the security headers and a request id', async () => {
    const res = await agent.get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('keeps a well-formed incoming X-Request-Id and replaces one that is not', async () => {
    expect((await agent.get('/healthz').set('X-Request-Id', 'abc-123.x')).headers['x-request-id']).toBe('abc-123.x');
    const r = await agent.get('/healthz').set('X-Request-Id', 'bad id with spaces');
    expect(r.headers['x-request-id']).not.toBe('bad id with spaces');
    expect(r.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('GET /v1/documents lists every registered kind with id, title, version, description', async () => {
    const res = await agent.get('/v1/documents');
    expect(res.status).toBe(200);
    expect(res.body.map((k: any) => k.id)).toEqual(KINDS.map((k) => k.id));
    for (const k of res.body) expect(Object.keys(k).sort()).toEqual(['description', 'id', 'title', 'version']);
    expect(res.body[0]).toMatchObject({ id: 'rfa', title: getKind('rfa').title });
  });

  it('GET /v1/documents/rfa/schema is a JSON Schema 2020-12 of the input', async () => {
    const res = await agent.get('/v1/documents/rfa/schema');
    expect(res.status).toBe(200);
    expect(res.body.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(res.body.type).toBe('object');
    expect(res.body.required).toEqual(expect.arrayContaining(['child', 'concern', 'requester']));
    // Optional since rfa 2.1.0 (an age may stand in for it): a date, or blank.
    expect(JSON.stringify(res.body.properties.child.properties.dateOfBirth)).toContain('"format":"date"');
  });

  it('GET /v1/documents/rfa/example is the shipped full.json, and it is valid', async () => {
    const res = await agent.get('/v1/documents/rfa/example');
    expect(res.status).toBe(200);
    const full = JSON.parse(readFileSync(new URL('../../fixtures/rfa/full.json', import.meta.url), 'utf8'));
    expect(res.body).toEqual(full);
    expect(checkCase('rfa', res.body).ok).toBe(true);
  });

  it('an unknown kind is 404 unknown-kind on every kind route', async () => {
    for (const path of ['/v1/documents/nope/schema', '/v1/documents/nope/example']) expectProblem(await agent.get(path), 404, 'unknown-kind');
    expectProblem(await agent.post('/v1/documents/nope/check').send({}), 404, 'unknown-kind');
    expectProblem(await agent.post('/v1/documents/nope').send({}), 404, 'unknown-kind');
  });

  it('an unknown route is 404 not-found, a known route asked with another method 405, both as problem+json', async () => {
    expectProblem(await agent.get('/nowhere'), 404, 'not-found');
    expectProblem(await agent.get('/v1/nowhere'), 404, 'not-found');
    expectProblem(await agent.get('/v1/documents/rfa'), 405, 'method-not-allowed');
    expectProblem(await agent.delete('/v1/documents'), 405, 'method-not-allowed');
  });

  it('a 405 names the path the client asked for, /v1 and all', async () => {
    // Before: the path inside the /v1 router ("DELETE is not allowed on /documents"), which is
    // no path of the API, so the client could not tell which route refused it.
    for (const [method, path, allow] of [
      ['delete', '/v1/documents', 'GET, HEAD, OPTIONS'],
      ['get', '/v1/documents/rfa', 'POST, OPTIONS'],
      ['put', '/v1/batches/rfa', 'POST, OPTIONS'],
      ['patch', '/v1/documents/rfa/check', 'POST, OPTIONS'],
      ['delete', '/healthz', 'GET, HEAD, OPTIONS'],
    ] as const) {
      const res = await agent[method](path);
      expectProblem(res, 405, 'method-not-allowed');
      expect(res.body.detail, path).toBe(`${method.toUpperCase()} is not allowed on ${path}: it answers ${allow}`);
      expect(res.headers.allow, path).toBe(allow);
    }
  });
});

describe('POST /v1/documents/{kind}/check', () => {
  const { agent } = harness();

  it('a body that gives a field twice is 422 duplicate-key at its path, on /check and on the render route', async () => {
    const text = JSON.stringify(rfaCase()).replace('"givenName":', '"givenName":"Repeated","givenName":');
    for (const path of ['/v1/documents/rfa/check', '/v1/documents/rfa?format=pdf']) {
      const res = await agent.post(path).set('Content-Type', 'application/json').send(text);
      expect(res.status, path).toBe(422);
      expect(res.body.errors, path).toEqual([expect.objectContaining({ code: 'duplicate-key', path: expect.stringMatching(/\.givenName$/) })]);
      expect(JSON.stringify(res.body), path).not.toContain('Repeated');
    }
  });

  it('a body with a number past what a number keeps is 422 inexact-number at its field, on /check and on the render route', async () => {
    const text = readFileSync(new URL('../../fixtures/restitution-worksheet/full.json', import.meta.url), 'utf8').replace(/"hours": 9\.5\b/, '"hours": 11.999999999999999999');
    expect(text).toContain('11.999999999999999999');
    for (const path of ['/v1/documents/restitution-worksheet/check', '/v1/documents/restitution-worksheet?format=pdf']) {
      const res = await agent.post(path).set('Content-Type', 'application/json').send(text);
      expectProblem(res, 422, 'invalid-case');
      expect(res.body.errors, path).toEqual([{ path: expect.stringMatching(/^laborPeriods\.\d+\.days\.\d+\.hours$/), code: 'inexact-number', message: expect.stringMatching(/more significant digits/) }]);
    }
  });

  it('a valid case: 200 {ok, computed, warnings} with Cache-Control: no-store', async () => {
    const res = await agent.post('/v1/documents/rfa/check').send(rfaCase());
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body.ok).toBe(true);
    // Hand-checked: 22:00 EST on 7 March + 24 h crosses the DST change → 23:00 EDT on 8 March;
    // the case gives no requester zone, so dueAt is at the offset written in preparedAt (−05:00).
    expect(res.body.computed.dueAtEastern).toBe('2026-03-08T23:00:00-04:00');
    expect(res.body.computed.dueAt).toBe('2026-03-08T22:00:00-05:00');
    expect(res.body.computed.ageAtPreparation).toBe(15);
    expect(res.body.warnings).toEqual([expect.objectContaining({ path: 'concern.means', code: 'labor-without-means' })]);
    // Same shape and values as the pipeline (and so as `harbor check`).
    expect(res.body).toEqual(JSON.parse(JSON.stringify(checkCase('rfa', rfaCase()))));
  });

  it('an invalid case: 422 problem+json whose errors[] name the fields by dot path', async () => {
    const c = rfaCase();
    c.child.dateOfBirth = '2010-02-30';
    delete c.concern.narrative;
    const res = await agent.post('/v1/documents/rfa/check').send(c);
    expectProblem(res, 422, 'invalid-case');
    expect(res.headers['cache-control']).toBe('no-store');
    const paths = res.body.errors.map((e: any) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['child.dateOfBirth', 'concern.narrative']));
    for (const e of res.body.errors) expect(Object.keys(e).sort()).toEqual(['code', 'message', 'path']);
    expect(res.body.errors.find((e: any) => e.path === 'child.dateOfBirth').code).toBe('invalid-date');
  });

  it('a field Harbor does not know is 422 unrecognized-keys at its own path, with the field meant', async () => {
    const c = rfaCase();
    c.child.aNumbr = 'A012345678';
    const res = await agent.post('/v1/documents/rfa/check').send(c);
    expectProblem(res, 422, 'invalid-case');
    expect(res.body.errors).toEqual([
      { path: 'child.aNumbr', code: 'unrecognized-keys', message: 'is not a field Harbor knows here, so its value would be lost; did you mean aNumber?' },
    ]);
    // A batch record's reference is no unknown field.
    expect((await agent.post('/v1/documents/rfa/check').send({ ...rfaCase(), id: 'case-7' })).status).toBe(200);
  });

  it('a legal-rule failure (an adult) is also 422 with the path', async () => {
    const c = rfaCase();
    c.child.dateOfBirth = '2000-01-01';
    const res = await agent.post('/v1/documents/rfa/check').send(c);
    expectProblem(res, 422, 'invalid-case');
    expect(res.body.errors.some((e: any) => e.path.startsWith('child.'))).toBe(true);
  });

  it('malformed JSON: 400 malformed-input, without echoing the body', async () => {
    const res = await agent.post('/v1/documents/rfa/check').set('Content-Type', 'application/json').send(`{"child": {"givenName": "${SECRET_GIVEN}" `);
    expectProblem(res, 400, 'malformed-input');
    expect(res.body.errors[0]).toMatchObject({ path: '', code: 'malformed-input' });
    expect(res.text).not.toContain(SECRET_GIVEN);
    // A bare JSON string is not a case either: valid JSON of another type, refused by the schema
    // naming the type, never quoted (tests/http/non-object-json.test.ts).
    const s = await agent.post('/v1/documents/rfa/check').set('Content-Type', 'application/json').send(`"${SECRET_GIVEN}"`);
    expectProblem(s, 422, 'invalid-case');
    expect(s.body.errors).toEqual([{ path: '', code: 'invalid-type', message: expect.stringContaining('a string (text)') }]);
    expect(s.text).not.toContain(SECRET_GIVEN);
  });

  it('a body that is not JSON: 415; no body at all: 400', async () => {
    expectProblem(await agent.post('/v1/documents/rfa/check').set('Content-Type', 'text/plain').send('hello'), 415, 'unsupported-media-type');
    expectProblem(await agent.post('/v1/documents/rfa/check').set('Content-Type', 'application/x-www-form-urlencoded').send('a=b'), 415, 'unsupported-media-type');
    expectProblem(await agent.post('/v1/documents/rfa/check').set('Content-Type', 'application/json'), 400, 'malformed-input');
    expectProblem(await agent.post('/v1/documents/rfa/check'), 400, 'malformed-input');
  });

  it('a body over the limit: 413 payload-too-large', async () => {
    const { agent: small } = harness({ bodyLimit: 2048 });
    const c = rfaCase();
    c.concern.narrative = 'x'.repeat(4000);
    const refused = await small.post('/v1/documents/rfa/check').send(c);
    expectProblem(refused, 413, 'payload-too-large');
    // The limit's number formatted, as every limit a message names (before: "2048 bytes").
    expect(refused.body.detail).toBe('The request body is larger than the limit of 2,048 bytes (HARBOR_BODY_LIMIT)');
    expect((await small.post('/v1/documents/rfa/check').send(rfaCase())).status).toBe(200);
  });

  it('a "__proto__" key in the body does not reach any prototype, and is refused as a field Harbor does not know', async () => {
    const res = await agent
      .post('/v1/documents/rfa/check')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify(rfaCase()).replace(/^\{/, '{"__proto__": {"polluted": true},'));
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: '__proto__', code: 'unrecognized-keys' })]);
    expect(({} as any).polluted).toBeUndefined();
  });
});

describe('POST /v1/documents/{kind} (the document)', () => {
  const { agent } = harness();
  const expectedFp = fingerprint(getKind('rfa'), validateCase('rfa', rfaCase()).data);

  it('DOCX: bytes with Content-Type, attachment, fingerprint and warnings headers', async () => {
    const res = await agent.post('/v1/documents/rfa?format=docx').send(rfaCase()).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(DOCX);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['harbor-fingerprint']).toBe(expectedFp);
    expect(res.headers['harbor-fingerprint']).toMatch(/^[0-9a-f]{16}$/);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="rfa-${expectedFp}.docx"`);
    expect(JSON.parse(res.headers['harbor-warnings']!)).toEqual([{ path: 'concern.means', code: 'labor-without-means' }]);
    expect(res.headers['harbor-warnings-count']).toBe('1');
    const body = res.body as Buffer;
    expect(body.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(docxText(body)).toContain(SECRET_GIVEN);
  });

  it('PDF is the default, with real text; the same case gives the same bytes', async () => {
    const a = await agent.post('/v1/documents/rfa').send(rfaCase()).buffer(true).parse(binary);
    expect(a.status).toBe(200);
    expect(a.headers['content-type']).toBe('application/pdf');
    expect(a.headers['harbor-fingerprint']).toBe(expectedFp);
    expect(a.headers['content-disposition']).toBe(`attachment; filename="rfa-${expectedFp}.pdf"`);
    const pdf = a.body as Buffer;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfText(pdf)).toContain(SECRET_GIVEN);
    const b = await agent.post('/v1/documents/rfa?format=pdf').send(rfaCase()).buffer(true).parse(binary);
    expect(Buffer.compare(a.body as Buffer, b.body as Buffer)).toBe(0);
  });

  it('the format comes from Accept when there is no ?format=, and ?format= wins', async () => {
    const d = await agent.post('/v1/documents/rfa').set('Accept', DOCX).send(rfaCase()).buffer(true).parse(binary);
    expect(d.headers['content-type']).toBe(DOCX);
    const q = await agent.post('/v1/documents/rfa?format=docx').set('Accept', 'application/pdf').send(rfaCase()).buffer(true).parse(binary);
    expect(q.headers['content-type']).toBe(DOCX);
    const star = await agent.post('/v1/documents/rfa').set('Accept', '*/*').send(rfaCase()).buffer(true).parse(binary);
    expect(star.headers['content-type']).toBe('application/pdf');
  });

  it('an unknown format is 406, by query or by Accept', async () => {
    expectProblem(await agent.post('/v1/documents/rfa?format=odt').send(rfaCase()), 406, 'unknown-format');
    expectProblem(await agent.post('/v1/documents/rfa?format=pdf&format=docx').send(rfaCase()), 406, 'unknown-format');
    expectProblem(await agent.post('/v1/documents/rfa').set('Accept', 'text/html').send(rfaCase()), 406, 'unknown-format');
  });

  it('both formats with q-values: the heavier is sent; a weight that is no q-value is named as such, not as a format refused', async () => {
    const heavier = await agent.post('/v1/documents/rfa').set('Accept', `application/pdf;q=0.5, ${DOCX};q=0.9`).send(rfaCase()).buffer(true).parse(binary);
    expect(heavier.headers['content-type']).toBe(DOCX);
    const notDocx = await agent.post('/v1/documents/rfa').set('Accept', `${DOCX};q=0, */*`).send(rfaCase()).buffer(true).parse(binary);
    expect(notDocx.headers['content-type']).toBe('application/pdf');
    // A mistyped weight made its range match nothing: "allows neither" said the formats were refused.
    const bad = await agent.post('/v1/documents/rfa').set('Accept', 'application/pdf;q=abc').send(rfaCase());
    expectProblem(bad, 406, 'unknown-format');
    expect(bad.body.detail).toBe('The Accept header gives application/pdf the weight q=abc, which is no weight: a q-value is a number from 0 to 1 with at most three decimals (RFC 9110 § 12.4.2), like q=0.8; or use ?format=pdf|docx');
  });

  it('no Harbor-Warnings header when there are no warnings', async () => {
    const c = rfaCase();
    c.concern.means = ['coercion'];
    const chk = checkCase('rfa', c);
    // Only meaningful if the schema accepts this `means` and the warning goes away.
    expect(chk.ok && chk.warnings.length).toBe(0);
    const res = await agent.post('/v1/documents/rfa?format=docx').send(c).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['harbor-warnings']).toBeUndefined();
  });

  it('invalid case 422, wrong media type 415, malformed 400 on the document route too', async () => {
    const c = rfaCase();
    c.child.dateOfBirth = 'soon';
    const res = await agent.post('/v1/documents/rfa').send(c);
    expectProblem(res, 422, 'invalid-case');
    expect(res.body.errors.map((e: any) => e.path)).toContain('child.dateOfBirth');
    expectProblem(await agent.post('/v1/documents/rfa').set('Content-Type', 'text/csv').send('a,b'), 415, 'unsupported-media-type');
    expectProblem(await agent.post('/v1/documents/rfa').set('Content-Type', 'application/json').send('{'), 400, 'malformed-input');
  });

  it('a body that is not UTF-8 and says no charset (Windows-1252) is 400 once, naming its line, byte offset and the charset to give, on both routes', async () => {
    const c = rfaCase();
    c.child.givenName = 'Ximena Belén';
    c.requester.organization = 'Niños Seguros';
    const body = windows1252(JSON.stringify(c)); // é and ñ as one byte each: no UTF-8
    const at = body.findIndex((b) => b >= 0x80);
    for (const route of ['/v1/documents/rfa', '/v1/documents/rfa/check']) {
      // serialize: the bytes as they are (superagent would write a Buffer as JSON).
      const res = await agent.post(route).set('Content-Type', 'application/json').serialize((b: Buffer) => b as unknown as string).send(body);
      expectProblem(res, 400, 'malformed-input');
      // One error for the body, never one invalid-character per field that held such a letter.
      expect(res.body.errors).toEqual([{ path: '', code: 'malformed-input', message: res.body.detail }]);
      expect(res.body.detail).toBe(
        `The request body is not UTF-8 text: line 1 (byte offset ${at.toLocaleString('en-US')}) has a byte that is not UTF-8, as in a file saved in another encoding ` +
          '(Windows programs save "ANSI" text as Windows-1252); send it as UTF-8, or give its encoding: Content-Type: application/json; charset=windows-1252',
      );
      expect(res.text).not.toContain('Ximena');
    }
  });

  it('a body labelled charset=windows-1252 is decoded as it says, its ’ and € included; a charset Harbor does not read is 415 naming it', async () => {
    const c = rfaCase();
    c.child.givenName = 'Ximena Belén';
    c.requester.organization = 'Niños Seguros';
    // ’ is 0x92 in Windows-1252: Node 20's one-call decoder read it as U+0092, a control character.
    c.requester.relationshipToChild = 'Caseworker at the children’s shelter (fees of €40 waived)';
    const body = windows1252(JSON.stringify(c));
    expect(body.includes(0x92)).toBe(true);
    for (const charset of ['windows-1252', 'ISO-8859-1']) {
      const res = await agent.post('/v1/documents/rfa/check').set('Content-Type', `application/json; charset=${charset}`).serialize((b: Buffer) => b as unknown as string).send(body);
      expect([res.status, res.body.ok, res.body.errors], charset).toEqual([200, true, undefined]);
    }
    const docx = await agent
      .post('/v1/documents/rfa?format=docx')
      .set('Content-Type', 'application/json; charset=windows-1252')
      .serialize((b: Buffer) => b as unknown as string)
      .send(body)
      .buffer(true)
      .parse(binary);
    expect(docx.status).toBe(200);
    expect(docxText(docx.body)).toContain('Ximena Belén');
    expect(docxText(docx.body)).toContain('children’s shelter (fees of €40 waived)');
    const utf16 = await agent.post('/v1/documents/rfa/check').set('Content-Type', 'application/json; charset=utf-16le').serialize((b: Buffer) => b as unknown as string).send(Buffer.from(JSON.stringify(c), 'utf16le'));
    expect(utf16.status).toBe(200);
    // UTF-8 labelled UTF-16 (an even length, so it decodes, into CJK-looking letters): the refusal
    // names the label that made it unreadable, not only "not valid JSON".
    const utf8 = Buffer.from(JSON.stringify({ ...c, pad: JSON.stringify(c).length % 2 ? '' : 'x' }), 'utf8');
    expect(utf8.length % 2).toBe(0);
    const mislabelled = await agent.post('/v1/documents/rfa/check').set('Content-Type', 'application/json; charset=utf-16le').serialize((b: Buffer) => b as unknown as string).send(utf8);
    expectProblem(mislabelled, 400, 'malformed-input');
    expect(mislabelled.body.detail).toBe('The request body is not valid JSON, read as utf-16le, the charset its Content-Type names: send JSON as UTF-8, or give the charset the body is in; send one JSON object');
    for (const route of ['/v1/documents/rfa', '/v1/documents/rfa/check']) {
      const res = await agent.post(route).set('Content-Type', 'application/json; charset=ebcdic-x').send(JSON.stringify(c));
      expectProblem(res, 415, 'unsupported-media-type');
      expect(res.body.detail).toMatch(/^Content-Type charset "ebcdic-x" is not an encoding Harbor reads; give one of: utf-8, utf-16le, utf-16be, windows-1252, /);
    }
  });

  it('an unlabelled body in UTF-16 is read: by its byte-order mark (Windows\' "Unicode"), or by its first bytes when the mark was lost', async () => {
    const c = rfaCase();
    c.child.givenName = 'Ximena Belén';
    const le = Buffer.from(JSON.stringify(c), 'utf16le');
    const be = Buffer.from(le).swap16();
    const bodies: [string, Buffer][] = [
      ['utf-16le with a mark', Buffer.concat([Buffer.from([0xff, 0xfe]), le])],
      ['utf-16be with a mark', Buffer.concat([Buffer.from([0xfe, 0xff]), be])],
      ['utf-16le', le],
      ['utf-16be', be],
    ];
    for (const [name, body] of bodies) {
      const res = await agent.post('/v1/documents/rfa/check').set('Content-Type', 'application/json').serialize((b: Buffer) => b as unknown as string).send(body);
      expect([res.status, res.body.ok], name).toEqual([200, true]);
    }
    // A mark wins over a charset that says otherwise, as for a batch.
    const marked = await agent.post('/v1/documents/rfa/check').set('Content-Type', 'application/json; charset=windows-1252').serialize((b: Buffer) => b as unknown as string).send(bodies[0]![1]);
    expect(marked.status).toBe(200);
    // UTF-16 cut in the middle of a character: refused once, saying what its first bytes looked like.
    const cut = await agent.post('/v1/documents/rfa/check').set('Content-Type', 'application/json').serialize((b: Buffer) => b as unknown as string).send(le.subarray(0, le.length - 1));
    expectProblem(cut, 400, 'malformed-input');
    expect(cut.body.detail).toMatch(/^The request body is not utf-16le text \(its first bytes are UTF-16's, and it has no byte-order mark\): line 1 \(byte offset [\d,]+\)/);
  });

  it('right-to-left text the PDF does not print (Syriac) is 422 unsupported-script for PDF, naming the field, and fine as DOCX; Hebrew prints', async () => {
    const c = rfaCase();
    c.child.familyName = 'ܡܪܝܡ';
    const res = await agent.post('/v1/documents/rfa?format=pdf').send(c);
    expectProblem(res, 422, 'unsupported-script');
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'child.familyName', code: 'unsupported-script' })]);
    expect(res.body.errors[0].message).toMatch(/prints Hebrew and Arabic-script text/);
    expect(res.text).not.toContain('ܡܪܝܡ');
    const hebrew = await agent.post('/v1/documents/rfa?format=pdf').send({ ...c, child: { ...c.child, familyName: 'כהן' } }).buffer(true).parse(binary);
    expect(hebrew.status).toBe(200);
    const d = await agent.post('/v1/documents/rfa?format=docx').send(c).buffer(true).parse(binary);
    expect(d.status).toBe(200);
  });
});

describe('Harbor-Warnings header', () => {
  it('is ASCII JSON of paths and codes, and ends with more-warnings when it would be too long', () => {
    const w = (path: string, i = 0) => ({ path, code: `code-${i}`, message: 'long prose that never goes in the header' });
    const one = warningsHeader([w('periods.2.endDate'), w('names.Łódź', 1)])!;
    expect(one).toMatch(/^[\x20-\x7e]+$/);
    expect(JSON.parse(one)).toEqual([{ path: 'periods.2.endDate', code: 'code-0' }, { path: 'names.Łódź', code: 'code-1' }]);
    expect(warningsHeader([])).toBeUndefined();
    const many = Array.from({ length: 500 }, (_, i) => w(`periods.${i}.hours`, i));
    const h = warningsHeader(many)!;
    expect(h.length).toBeLessThanOrEqual(MAX_WARNINGS_HEADER);
    const parsed = JSON.parse(h);
    expect(parsed.at(-1)).toEqual({ path: '', code: 'more-warnings' });
    expect(parsed.slice(0, -1)).toEqual(many.slice(0, parsed.length - 1).map(({ path, code }) => ({ path, code })));
    expect(JSON.parse(warningsHeader([w('x'.repeat(5000))])!)).toEqual([{ path: '', code: 'more-warnings' }]);
  });
});
