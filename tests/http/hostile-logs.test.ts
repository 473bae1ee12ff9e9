// The logs of a service that renders the `hostile` fixtures (names in many scripts, markup, a
// 40-page narrative) carry none of the case: no name, no sentence, no field value; only method,
// path, status, duration and request id. Run through `serve()` (pino to the captured destination,
// renders on a worker thread) and through an app whose engine fails quoting the data.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HarborError } from '../../src/errors.js';
import { KINDS } from '../../src/kinds/index.js';
import { serve } from '../../src/http/server.js';
import { listening, post, TEST_RENDER_TIMEOUT } from './helpers.js';
import { PROCESS_TEST_MS } from '../support/until.js';
import { servedUrl } from '../support/listening.js';

const hostile = (kind: string): any => JSON.parse(readFileSync(new URL(`../../fixtures/${kind}/hostile.json`, import.meta.url), 'utf8'));

/** Every string in the case of 5+ characters, and every word of 6+ letters in it: what must not leak. */
function secretsOf(v: unknown, out = new Set<string>()): Set<string> {
  if (typeof v === 'string') {
    // Dates and times are not identifying alone, and ISO times also appear in every log line.
    if (v.length >= 5 && !/^\d{4}-\d\d-\d\d/.test(v)) out.add(v.slice(0, 40));
    for (const w of v.split(/[\s,.;:!?"'()<>{}[\]«»&|*#/]+/u)) if ([...w].length >= 6 && !/^[\d-]+$/.test(w)) out.add(w);
  } else if (Array.isArray(v)) v.forEach((x) => secretsOf(x, out));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => secretsOf(x, out));
  return out;
}

/** Everything a log line may legitimately say: a secret inside this text is a common word, not a leak. */
const VOCABULARY = ['listening url http://127.0.0.1', 'level info warn error time id method POST GET path status ms msg request refused',
  'code template-error internal frames', ...KINDS.map((k) => `/v1/documents/${k.id}/check hostile-${k.id}`)].join(' ').toLowerCase();

function expectClean(lines: string[], secrets: Set<string>): void {
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) {
    for (const s of secrets) if (!VOCABULARY.includes(s.toLowerCase())) expect(line, `log line quotes "${s}"`).not.toContain(s);
  }
}

describe('logs of hostile cases', () => {
  it('serve() with a render thread: check, PDF, DOCX and an invalid variant of every kind', async () => {
    const lines: string[] = [];
    // HARBOR_RENDER_NICE=0: the thread renders eight long hostile documents (up to 53 pages each),
    // and at the default niceness 10 it only gets what the other test files' processes leave of the
    // cores: on a loaded machine a render then outlasted the 30-s request bound. The render limit
    // and the test's are the process tests' bound: what is tested is the logs, not speed.
    const close = await serve({ env: { HARBOR_WORKERS: '1', HARBOR_RATE_LIMIT: '0', HARBOR_RENDER_NICE: '0', HARBOR_RENDER_TIMEOUT: TEST_RENDER_TIMEOUT }, port: 0, log: (l) => lines.push(l) });
    const url = servedUrl(lines);
    const secrets = new Set<string>();
    const statuses: number[] = [];
    try {
      for (const kind of KINDS.map((k) => k.id)) {
        const c = hostile(kind);
        secretsOf(c, secrets);
        for (const route of ['/check', '?format=pdf', '?format=docx']) {
          const r = await post(`${url}/v1/documents/${kind}${route}`, c, { 'X-Request-Id': `hostile-${kind}` });
          statuses.push(r.res.status);
        }
        // The same case made invalid in one field: a 422 whose problem names the path only.
        const bad = { ...c, [Object.keys(c)[0]!]: 12345 };
        const r = await post(`${url}/v1/documents/${kind}`, bad);
        expect(r.res.status).toBe(422);
        statuses.push(r.res.status);
      }
    } finally {
      await close();
    }
    // The hostile fixtures render: this is a test of rendering them, not of refusing them.
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(KINDS.length * 2);
    const requests = lines.slice(1).map((l) => JSON.parse(l));
    expect(requests).toHaveLength(KINDS.length * 4);
    for (const j of requests) expect(Object.keys(j).sort()).toEqual(['id', 'level', 'method', 'ms', 'msg', 'path', 'status', 'time']);
    expect(secrets.size).toBeGreaterThan(200); // names in several scripts and the narrative's words
    // The check can fail: a line quoting the child's name or a narrative word is caught.
    const rfa = hostile('rfa');
    expect(() => expectClean([`{"msg":"${rfa.child.givenName}"}`], secrets)).toThrow();
    expect(() => expectClean([`{"msg":"${rfa.child.familyName.split(' ')[2]}"}`], secrets)).toThrow();
    expectClean(lines, secrets);
  }, PROCESS_TEST_MS);

  it('a bug whose message quotes the case logs only its name and frames', async () => {
    const c = hostile('rfa');
    const secrets = secretsOf(c);
    const s = await listening({
      engine: {
        generate: async (job) => {
          const input = job.input as any;
          throw new HarborError('template-error', 'templates/rfa.hbs:1:1: failed', [], { cause: new TypeError(`cannot print ${input.child.givenName} ${input.concern.narrative}`) });
        },
      },
    });
    try {
      const r = await post(`${s.url}/v1/documents/rfa?format=docx`, c);
      expect(r.res.status).toBe(500);
      const err = s.lines.map((l) => JSON.parse(l)).find((j) => j.msg === 'error');
      expect(err).toMatchObject({ level: 'error', code: 'template-error', error: 'TypeError' });
      expectClean(s.lines, secrets);
      expectClean([r.bytes.toString('utf8')], secrets);
    } finally {
      await s.close();
    }
  });
});
