// The document route answers a PDF, a DOCX or a 406 by the request's Accept (docs/http.md): each
// of its answers says `Vary: Accept`, so that a shared cache or proxy that keys on the URL alone
// cannot hand one client's format to another. Failed before the fix: no Vary at all.
import { describe, expect, it } from 'vitest';
import { listening, rfaCase } from './helpers.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const varies = (r: Response): string[] => (r.headers.get('vary') ?? '').split(',').map((v) => v.trim().toLowerCase());

describe('Vary: Accept', () => {
  it('is on every answer of the document route, whichever the format and whatever the outcome', async () => {
    const s = await listening();
    try {
      const url = `${s.url}/v1/documents/rfa`;
      const body = JSON.stringify(rfaCase());
      const json = { 'Content-Type': 'application/json' };
      const answers = [
        await fetch(url, { method: 'POST', headers: { ...json, Accept: 'application/pdf' }, body }),
        await fetch(url, { method: 'POST', headers: { ...json, Accept: DOCX }, body }),
        await fetch(url, { method: 'POST', headers: json, body }),
        await fetch(`${url}?format=docx`, { method: 'POST', headers: json, body }),
        // 406: an Accept that allows neither format; 422: an invalid case.
        await fetch(url, { method: 'POST', headers: { ...json, Accept: 'text/html' }, body }),
        await fetch(url, { method: 'POST', headers: json, body: '{}' }),
      ];
      expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200, 406, 422]);
      expect(answers[0]!.headers.get('content-type')).toBe('application/pdf');
      expect(answers[1]!.headers.get('content-type')).toBe(DOCX);
      for (const r of answers) {
        expect(varies(r), String(r.status)).toContain('accept');
        await r.arrayBuffer();
      }
    } finally {
      await s.close();
    }
  }, 60_000);

  it('is not on answers that Accept does not choose (the check, the schema)', async () => {
    const s = await listening();
    try {
      const check = await fetch(`${s.url}/v1/documents/rfa/check`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(rfaCase()) });
      const schema = await fetch(`${s.url}/v1/documents/rfa/schema`);
      for (const r of [check, schema]) {
        expect(r.status).toBe(200);
        expect(varies(r)).not.toContain('accept');
        await r.arrayBuffer();
      }
    } finally {
      await s.close();
    }
  });
});
