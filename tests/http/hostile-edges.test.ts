// Edges a hostile-client review found (docs/http.md): charset aliases of UTF-8, the Excel template
// built once per kind, wrong methods on known routes (405 + Allow), OPTIONS, requests without Host
// and CONNECT, and the web app's missing files: every refusal a problem+json.
import { describe, expect, it } from 'vitest';
import { exampleCase } from '../../src/kinds/fixtures.js';
import { binary, harness, rfaCase } from './helpers.js';

describe('charset of a single route', () => {
  const { agent } = harness();
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
