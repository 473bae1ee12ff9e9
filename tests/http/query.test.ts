// The query parameters of the /v1 routes (docs/http-errors.md): each route takes only its own
// (`format` on the document and batch routes, none elsewhere), and any other is a 400 problem
// naming it and the one probably meant, never ignored: `?fromat=docx` answered a PDF.
import { describe, expect, it } from 'vitest';
import { binary, harness, rfaCase } from './helpers.js';

describe('query parameters of the /v1 routes', () => {
  const { agent, lines } = harness();

  it('a misspelt or unknown parameter of the document route is 400 malformed-input naming it and the one meant, nothing rendered', async () => {
    const cases: [string, string][] = [
      ['fromat=docx', 'Unknown query parameter "fromat" (did you mean format?): this route takes only ?format='],
      ['Format=docx', 'Unknown query parameter "Format" (did you mean format?): this route takes only ?format='],
      ['format[]=docx', 'Unknown query parameter "format[]" (did you mean format?): this route takes only ?format='],
      ['format=docx&download=1', 'Unknown query parameter "download": this route takes only ?format='],
      ['__proto__=1', 'Unknown query parameter "__proto__": this route takes only ?format='],
      [`${'x'.repeat(40)}=1`, `Unknown query parameter "${'x'.repeat(32)}…": this route takes only ?format=`],
    ];
    for (const [query, detail] of cases) {
      const r = await agent.post(`/v1/documents/rfa?${query}`).send(rfaCase());
      expect(r.status, query).toBe(400);
      expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(r.body).toMatchObject({ code: 'malformed-input', detail });
    }
    // Its own parameter still chooses the format.
    const docx = await agent.post('/v1/documents/rfa?format=docx').send(rfaCase()).buffer(true).parse(binary);
    expect(docx.status).toBe(200);
    expect(docx.headers['content-type']).toMatch(/wordprocessingml/);
  });

  it('the batch route takes only ?format= too; the other /v1 routes take none', async () => {
    const batch = await agent.post('/v1/batches/rfa?formats=both').send([rfaCase()]);
    expect(batch.status).toBe(400);
    expect(batch.body).toMatchObject({ code: 'malformed-input', detail: 'Unknown query parameter "formats" (did you mean format?): this route takes only ?format=' });
    const check = await agent.post('/v1/documents/rfa/check?format=pdf').send(rfaCase());
    expect(check.status).toBe(400);
    expect(check.body).toMatchObject({ code: 'malformed-input', detail: 'Unknown query parameter "format": this route takes no query parameter' });
    for (const path of ['/v1/documents', '/v1/documents/rfa/schema', '/v1/documents/rfa/example', '/v1/documents/rfa/csv-template', '/v1/documents/rfa/xlsx-template']) {
      const r = await agent.get(`${path}?v=2`);
      expect(r.status, path).toBe(400);
      expect(r.body.detail, path).toBe('Unknown query parameter "v": this route takes no query parameter');
      expect((await agent.get(path)).status, path).toBe(200);
    }
    // The log line names the path only, never the query.
    expect(lines.join('\n')).not.toContain('formats');
  });
});
