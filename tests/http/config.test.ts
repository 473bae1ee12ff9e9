// Configuration from the environment (docs/configuration.md §Configuration) and the in-process `serve()`.
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { HarborError } from '../../src/errors.js';
import { isLoopback, loadConfig } from '../../src/http/config.js';
import { parseByteSize } from '../../src/limits.js';
import { parseDuration } from '../../src/workers/settings.js';
import { serve } from '../../src/http/server.js';
import type { Renderer } from '../../src/workers/renderer.js';
import { harborError } from '../support/errors.js';
import { TEST_RENDER_TIMEOUT } from './helpers.js';
import { servedPort } from '../support/listening.js';

const KEY = 'k'.repeat(20);

function configError(env: Record<string, string>, flags = {}): HarborError {
  return harborError('usage', () => loadConfig(env, flags));
}

describe('loadConfig', () => {
  it('defaults: 127.0.0.1:3000, no keys, 1 MB bodies, a worker per core up to 4, 30 s renders, 600/min, 64 connections an address, 768 in all', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      apiKeys: [],
      bodyLimit: 1048576,
      maxBatch: 1000,
      maxBatches: 2,
      maxBatchesPerKey: 1,
      templatesDir: undefined,
      workers: Math.min(availableParallelism(), 4),
      renderTimeoutMs: 30_000,
      renderNice: 10,
      rateLimit: 600,
      maxConnectionsPerAddress: 64,
      maxConnections: 768,
      trustProxy: undefined,
      allowNoAuth: false,
    });
  });

  it('reads every variable; flags win over PORT and HOST; empty means unset', () => {
    const c = loadConfig(
      { PORT: '8080', HOST: '0.0.0.0', HARBOR_API_KEYS: ` ${KEY} ,${KEY}x,`, HARBOR_BODY_LIMIT: '512kb', HARBOR_MAX_BATCH: '50', HARBOR_WORKERS: '2', HARBOR_TEMPLATES: '' },
    );
    expect(c).toMatchObject({ port: 8080, host: '0.0.0.0', apiKeys: [KEY, `${KEY}x`], bodyLimit: 524288, maxBatch: 50, workers: 2, templatesDir: undefined });
    expect(loadConfig({ HARBOR_WORKERS: '0', HARBOR_RENDER_TIMEOUT: '2s', HARBOR_RATE_LIMIT: '0' })).toMatchObject({ workers: 0, renderTimeoutMs: 2000, rateLimit: 0 });
    expect(loadConfig({ HARBOR_MAX_BATCHES: '4', HARBOR_MAX_BATCHES_PER_KEY: '2' })).toMatchObject({ maxBatches: 4, maxBatchesPerKey: 2 });
    expect(() => loadConfig({ HARBOR_MAX_BATCHES: '0' })).toThrow(/HARBOR_MAX_BATCHES/);
    expect(loadConfig({ HARBOR_RENDER_TIMEOUT: '1500', HARBOR_RATE_LIMIT: '30' })).toMatchObject({ renderTimeoutMs: 1500, rateLimit: 30 });
    expect(loadConfig({ HARBOR_RENDER_NICE: '0' })).toMatchObject({ renderNice: 0 });
    expect(() => loadConfig({ HARBOR_RENDER_NICE: '20' })).toThrow(/HARBOR_RENDER_NICE/);
    expect(loadConfig({ HARBOR_RENDER_TIMEOUT: '250ms' }).renderTimeoutMs).toBe(250);
    expect(loadConfig({ HARBOR_TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ HARBOR_TRUST_PROXY: 'loopback, uniquelocal' }).trustProxy).toBe('loopback,uniquelocal');
    expect(loadConfig({ PORT: '8080', HOST: '::1' }, { port: 0, host: 'localhost' })).toMatchObject({ port: 0, host: 'localhost' });
  });

  it('refuses a non-loopback host without keys, unless HARBOR_ALLOW_NO_AUTH=1', () => {
    const e = configError({ HOST: '0.0.0.0' });
    expect(e.message).toContain('HARBOR_API_KEYS');
    expect(configError({}, { host: '192.168.1.5' }).message).toContain('192.168.1.5');
    expect(loadConfig({ HOST: '0.0.0.0', HARBOR_ALLOW_NO_AUTH: '1' }).allowNoAuth).toBe(true);
    configError({ HOST: '0.0.0.0', HARBOR_ALLOW_NO_AUTH: '0' });
    expect(loadConfig({ HOST: '0.0.0.0', HARBOR_API_KEYS: KEY }).apiKeys).toEqual([KEY]);
  });

  it('names the variable of a bad value and never quotes a key', () => {
    expect(configError({ PORT: 'eighty' }).message).toContain('PORT');
    expect(configError({ PORT: '70000' }).message).toContain('PORT');
    expect(configError({ HARBOR_BODY_LIMIT: '10gb' }).message).toContain('HARBOR_BODY_LIMIT');
    expect(configError({ HARBOR_BODY_LIMIT: '100mb' }).message).toContain('HARBOR_BODY_LIMIT');
    expect(configError({ HARBOR_WORKERS: '-1' }).message).toContain('HARBOR_WORKERS');
    for (const t of ['10', '1h', '601s', 'soon', '-5s']) expect(configError({ HARBOR_RENDER_TIMEOUT: t }).message, t).toContain('HARBOR_RENDER_TIMEOUT');
    for (const r of ['-1', 'many', '1.5']) expect(configError({ HARBOR_RATE_LIMIT: r }).message, r).toContain('HARBOR_RATE_LIMIT');
    expect(configError({ HARBOR_ALLOW_NO_AUTH: 'yes' }).message).toContain('HARBOR_ALLOW_NO_AUTH');
  });

  it('refuses a number with a leading zero in every variable, as --port and --workers do (octal to strtol and a shell, decimal to Number)', () => {
    const cases: Record<string, string> = { PORT: '08080', HARBOR_WORKERS: '02', HARBOR_MAX_BATCH: '050', HARBOR_MAX_BATCHES: '01', HARBOR_MAX_BATCHES_PER_KEY: '01', HARBOR_RENDER_NICE: '010', HARBOR_RATE_LIMIT: '0600', HARBOR_RENDER_TIMEOUT: '030s', HARBOR_BODY_LIMIT: '01mb' };
    for (const [name, value] of Object.entries(cases)) {
      const message = configError({ [name]: value }).message;
      expect(message, name).toContain(name);
    }
    expect(configError({ PORT: '08080' }).message).toMatch(/PORT must be a whole number from 0 to 65,535 in plain digits without a leading zero/);
    // A sign, a unit or a decimal point is told the range too, as --workers is (before: "a whole number in plain digits" alone, no range).
    expect(configError({ HARBOR_WORKERS: '-1' }).message).toBe('configuration: HARBOR_WORKERS must be a whole number from 0 to 64 in plain digits without a leading zero');
    expect(configError({ HARBOR_MAX_BATCH: '1e3' }).message).toBe('configuration: HARBOR_MAX_BATCH must be a whole number from 1 to 100,000 in plain digits without a leading zero');
    expect(configError({ HARBOR_RATE_LIMIT: '600/min' }).message).toBe('configuration: HARBOR_RATE_LIMIT must be a whole number from 0 to 1,000,000 in plain digits without a leading zero');
    // "0" itself is a number, not a leading zero.
    expect(loadConfig({ PORT: '0', HARBOR_WORKERS: '0', HARBOR_RATE_LIMIT: '0' })).toMatchObject({ port: 0, workers: 0, rateLimit: 0 });
    // "true" would believe any X-Forwarded-For: every client could choose its own rate-limit bucket.
    for (const t of ['true', '0', '11', '10.0.0.0/8', 'loopback,everyone']) expect(configError({ HARBOR_TRUST_PROXY: t }).message, t).toContain('HARBOR_TRUST_PROXY');
    expect(configError({ HARBOR_TEMPLATES: '/no/such/folder' }).message).toContain('HARBOR_TEMPLATES');
    const short = configError({ HARBOR_API_KEYS: `${KEY},secret123` });
    expect(short.message).toContain('key 2');
    expect(short.message).not.toContain('secret123');
    expect(configError({ HARBOR_API_KEYS: `${KEY} with space` }).message).not.toContain(KEY);
  });

  it('HARBOR_API_KEYS of only commas and spaces is refused (keys meant, none given), never read as no keys', () => {
    // `HARBOR_API_KEYS=$A,$B` with both unset: a service without keys would answer every client.
    for (const v of [',', ' , ', ',,,']) expect(configError({ HARBOR_API_KEYS: v }).message, v).toMatch(/HARBOR_API_KEYS is set but names no key/);
    expect(loadConfig({ HARBOR_API_KEYS: ' ' }).apiKeys).toEqual([]); // empty: not set, as every variable
  });

  it('parseByteSize, parseDuration and isLoopback', () => {
    expect(parseByteSize('1mb')).toBe(1048576);
    expect(parseByteSize('2048')).toBe(2048);
    expect(parseByteSize('64KB')).toBe(65536);
    expect(parseByteSize('1.5mb')).toBeUndefined();
    // kb and mb are binary, so their IEC names read the same (before 2026-12-07 "10MiB" was refused as no size).
    expect(parseByteSize('10MiB')).toBe(10 * 1048576);
    expect(parseByteSize('512 KiB')).toBe(524288);
    expect(parseByteSize('3b')).toBe(3);
    expect(parseByteSize('1gb')).toBeUndefined();
    expect(loadConfig({ HARBOR_BODY_LIMIT: '10MiB' }).bodyLimit).toBe(10 * 1048576);
    expect(loadConfig({ HARBOR_BODY_LIMIT: '64mib' }).bodyLimit).toBe(64 * 1048576);
    expect(configError({ HARBOR_BODY_LIMIT: '65MiB' }).message).toMatch(/HARBOR_BODY_LIMIT must be a size from 1kb to 64mb: digits alone \(bytes\) or with b, kb or mb/);
    expect(parseDuration('30s')).toBe(30_000);
    expect(parseDuration('250ms')).toBe(250);
    expect(parseDuration('1200')).toBe(1200);
    expect(parseDuration('2.5s')).toBeUndefined();
    for (const h of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]', '::ffff:127.0.0.1']) expect(isLoopback(h), h).toBe(true);
    for (const h of ['0.0.0.0', '::', '10.0.0.1', 'example.org', '128.0.0.1']) expect(isLoopback(h), h).toBe(false);
  });
});

describe('serve() in process', () => {
  it('refuses to start on 0.0.0.0 without keys, before listening', async () => {
    const log: string[] = [];
    await expect(serve({ env: { HARBOR_WORKERS: '0' }, host: '0.0.0.0', port: 0, log: (l) => log.push(l) })).rejects.toMatchObject({ code: 'usage' });
    expect(log).toEqual([]);
  });

  it('listens on a free port, says so in one line, answers /healthz, and closes', async () => {
    const log: string[] = [];
    // No render thread: the default of one per core cost a second or more of CPU each, for nothing rendered.
    const close = await serve({ env: { HARBOR_API_KEYS: KEY, HARBOR_WORKERS: '0' }, port: 0, log: (l) => log.push(l) });
    try {
      // One format for the whole log: the first line is JSON as the requests' lines are, saying
      // where (until 2026-12-07 a plain "listening on …" line that a JSON-lines reader tripped on).
      expect(log).toHaveLength(1);
      const first = JSON.parse(log[0]!) as Record<string, unknown>;
      expect(first).toEqual({ level: 'info', time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/), msg: 'listening' });
      const base = first.url as string;
      const res = await fetch(`${base}/healthz`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: 'ok' });
      expect((await fetch(`${base}/v1/documents`)).status).toBe(401);
      expect((await fetch(`${base}/v1/documents`, { headers: { Authorization: `Bearer ${KEY}` } })).status).toBe(200);
    } finally {
      await close();
    }
  });

  it('a port already in use is a usage error, not a crash, told before any render thread starts (before: threads started first, the error took seconds)', async () => {
    const lines: string[] = [];
    const close = await serve({ env: { HARBOR_WORKERS: '0' }, port: 0, log: (l) => lines.push(l) });
    const port = servedPort(lines);
    try {
      // The renderer is made only once the port is listened on: a port in use never makes one.
      let made = 0;
      const renderer = (): Renderer => {
        made++;
        return { threads: 1, render: () => Promise.reject(new Error('unused')), close: async () => {} };
      };
      await expect(serve({ env: { HARBOR_WORKERS: '1', HARBOR_RENDER_TIMEOUT: TEST_RENDER_TIMEOUT }, port, log: () => {}, renderer })).rejects.toMatchObject({
        code: 'usage',
        message: `cannot listen on 127.0.0.1:${port} (EADDRINUSE): another program (another harbor serve?) is listening on that port; stop it, or give another port (PORT, or harbor serve --port; 0 picks a free one)`,
      });
      expect(made).toBe(0);
      // The same with the configuration's own pool (HARBOR_WORKERS=1): no thread to start and close.
      await expect(serve({ env: { HARBOR_WORKERS: '1', HARBOR_RENDER_TIMEOUT: TEST_RENDER_TIMEOUT }, port, log: () => {} })).rejects.toMatchObject({ code: 'usage' });
    } finally {
      await close();
    }
  });
});

describe('serve() on a host name that names no address', () => {
  it('is a usage error that says what the host must be, not a bare system code', async () => {
    // .invalid never resolves (RFC 6761 §6.4): the lookup fails, ENOTFOUND, or EAI_AGAIN where
    // the machine has no name server to ask. Before: "cannot listen on nosuchhost.invalid:0
    // (ENOTFOUND)" and nothing more, where a wrong --host (256.1.1.1, a typo) is a first try's error.
    let made = 0;
    const renderer = (): Renderer => {
      made++;
      return { threads: 1, render: () => Promise.reject(new Error('unused')), close: async () => {} };
    };
    await expect(serve({ env: { HOST: 'nosuchhost.invalid', HARBOR_ALLOW_NO_AUTH: '1', HARBOR_WORKERS: '1' }, port: 0, log: () => {}, renderer })).rejects.toMatchObject({
      code: 'usage',
      message: expect.stringMatching(/^cannot listen on nosuchhost\.invalid:0 \((ENOTFOUND|EAI_AGAIN)\): no address of this machine goes by that name; give an address it has, like 127\.0\.0\.1 \(HOST, or harbor serve --host\)$/),
    });
    // Found before any render thread is started (before: started, then closed again).
    expect(made).toBe(0);
  });
});

describe('serve() with HARBOR_TEMPLATES', () => {
  it('a clinic template using a field the view lacks stops the start with template-error', async () => {
    const { mkdtempSync, writeFileSync, readFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'harbor-tpl-'));
    try {
      const shipped = readFileSync(new URL('../../templates/rfa.hbs', import.meta.url), 'utf8');
      // Valid Handlebars and markup, so it compiles; only rendering a case finds the missing field.
      writeFileSync(join(dir, 'rfa.hbs'), shipped.replace('</document>', '<p>{{noSuchField.inTheView}}</p></document>'));
      await expect(serve({ env: { HARBOR_TEMPLATES: dir, HARBOR_WORKERS: '0' }, port: 0, log: () => {} })).rejects.toMatchObject({
        code: 'template-error',
        message: expect.stringContaining('"inTheView"'),
      });
      // The unchanged copy starts.
      writeFileSync(join(dir, 'rfa.hbs'), shipped);
      const close = await serve({ env: { HARBOR_TEMPLATES: dir, HARBOR_WORKERS: '1', HARBOR_RENDER_TIMEOUT: TEST_RENDER_TIMEOUT }, port: 0, log: () => {} });
      await close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
