// Cases travel to the render threads as JSON text (issue 16: the main thread never parses, walks
// or copies a case). What must not change with that: the words of every error, which were
// express's JSON parser's (body-parser 2) for a request body; and what the threads give back.
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import express, { type NextFunction, type Request, type Response } from 'express';
import { describe, expect, it } from 'vitest';
import { HarborError } from '../../src/errors.js';
import { fromBodyParser } from '../../src/http/problems.js';
import { parseCaseJson } from '../../src/validate.js';
import { sharedPool } from '../support/pool.js';
import { recordIdOf } from '../../src/workers/renderer.js';

const rfa = readFileSync(new URL('../../fixtures/rfa/minimal.json', import.meta.url), 'utf8');

/**
 * What express.json made of `body`: the parsed value, or the HarborError. Not strict: valid JSON of
 * any type is parsed, and the case's schema then names a value that is not one object ("is valid
 * JSON, but an array (a list)…", 422 at the root, src/validate.ts), where strict parsing called
 * `null` or `42` "not valid JSON"; text that is not JSON keeps express's words.
 */
async function viaBodyParser(bodies: string[]): Promise<unknown[]> {
  const app = express();
  app.post('/', express.json({ strict: false, type: 'application/json' }), (req, res) => void res.json({ value: req.body as unknown }));
  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const e = fromBodyParser(err)!;
    res.json({ error: { code: e.code, message: e.message, issues: e.issues } });
  });
  const server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  try {
    const out: unknown[] = [];
    for (const body of bodies) out.push(await (await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body })).json());
    return out;
  } finally {
    server.close();
  }
}

function viaParseCaseJson(body: string): unknown {
  try {
    return { value: parseCaseJson({ text: Buffer.from(body), as: 'body' }) };
  } catch (e) {
    const he = e as HarborError;
    return { error: { code: he.code, message: he.message, issues: he.issues } };
  }
}

describe('a request body parsed on a render thread', () => {
  it('gives what express.json gave: the same value, or the same 400 with the same words', async () => {
    const bodies = ['{', '{"a":1,}', '{"a": tru}', '"a string"', '42', '  x', 'null', '[1,]', '{"a":1} x', '\ufeff{"a":1}', '  {"a":[1,2,{"b":"ü"}]}', '[]', '{"__proto__":{"x":1}}'];
    const expected = await viaBodyParser(bodies);
    // The check can fail: the bodies do give different errors.
    expect(new Set(expected.map((x) => JSON.stringify(x))).size).toBeGreaterThan(6);
    expect(bodies.map(viaParseCaseJson)).toEqual(expected);
  });

  it('the depth rule comes first, on the text, without parsing: the same too-deep for a body and a record', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    const tooDeep = expect.objectContaining({ code: 'invalid-case', issues: [{ path: '', code: 'too-deep', message: 'nests objects or lists deeper than 64 levels; no case does' }] });
    expect(() => parseCaseJson({ text: Buffer.from(deep), as: 'body' })).toThrow(tooDeep);
    // Text that never closes is refused by its depth too, before it is found not to be JSON.
    expect(() => parseCaseJson({ text: '{"a":'.repeat(65), as: 'body' })).toThrow(tooDeep);
    // A batch record: the same rule and code, and its own words for text that is not JSON.
    expect(() => parseCaseJson({ text: deep, as: 'record' })).toThrow(tooDeep);
    // Its place is its manifest entry's and its CLI line's, said once there, not in the message.
    expect(() => parseCaseJson({ text: '{"child":', as: 'record' })).toThrow(
      expect.objectContaining({ code: 'malformed-input', issues: [{ path: '', code: 'malformed-input', message: 'is not valid JSON: it ends (after 9 characters) before the JSON is complete, as text cut short does' }] }),
    );
  });
});

describe('the render pool takes JSON text', () => {
  // The worker's pool of render threads (tests/support/pool.ts).
  const pool = sharedPool();

  it('moves the bytes of a body to the thread (not copied), renders, and answers as before', async () => {
    expect(pool.parsesJson).toBe(true);
    const bytes = new Uint8Array(Buffer.from(rfa)); // its own ArrayBuffer, as a large request body has
    const g = await pool.render({ kind: 'rfa', format: 'pdf', input: undefined, json: { text: bytes, as: 'body' } });
    expect(Buffer.from(g.bytes).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.byteLength).toBe(0); // detached: transferred to the thread
    const check = await pool.check!({ kind: 'rfa', input: undefined, json: { text: Buffer.from(rfa), as: 'body' } });
    expect(check.ok).toBe(true);
    await expect(pool.check!({ kind: 'rfa', input: undefined, json: { text: Buffer.from('{"child": '), as: 'body' } })).rejects.toMatchObject({ code: 'malformed-input', httpStatus: 400 });
  }, 120_000);

  it("a batch record's id comes back with its document or its error", async () => {
    const withId = JSON.stringify({ ...JSON.parse(rfa), id: 'case-17' });
    const g = await pool.render({ kind: 'rfa', format: 'pdf', input: undefined, json: { text: withId, as: 'record' } });
    expect(recordIdOf(g)).toBe('case-17');
    const invalid = JSON.stringify({ id: 'case-18', child: {} });
    const e = await pool.render({ kind: 'rfa', format: 'pdf', input: undefined, json: { text: invalid, as: 'record' } }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(HarborError);
    expect((e as HarborError).code).toBe('invalid-case');
    expect(recordIdOf(e)).toBe('case-18');
  }, 120_000);
});
