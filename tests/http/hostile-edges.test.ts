// Edges a hostile-client review found (docs/http.md): charset aliases of UTF-8, the Excel template
// built once per kind, wrong methods on known routes (405 + Allow), OPTIONS, requests without Host
// and CONNECT, and the web app's missing files: every refusal a problem+json.
import { describe, expect, it } from 'vitest';
import { harness, rfaCase } from './helpers.js';

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
