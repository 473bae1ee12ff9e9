// The web app's static files (src/web/serve.ts): names come from the URL, so a name that is not
// there must cost nothing that lasts (an unauthenticated client could otherwise grow the
// service's memory one 404 at a time).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import supertest from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { webApp } from '../../src/web/serve.js';

describe('web app files', () => {
  const root = mkdtempSync(join(tmpdir(), 'harbor-web-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Harbor</title>\n');
  const app = express();
  app.use(webApp(['rfa'], root));
  const agent = supertest(app);

  it('a file asked for before it exists is not remembered as missing', async () => {
    // Before: a miss was kept in the file cache for good, so this second request was still a 404
    // (and every distinct name a client made up stayed in memory).
    expect((await agent.get('/app/late.js')).status).toBe(404);
    const dir = join(root, 'app');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'late.js'), 'export const late = 1;\n');
    const res = await agent.get('/app/late.js');
    expect(res.status).toBe(200);
    expect(res.text).toBe('export const late = 1;\n');
  });

  it('a file served is read once: later changes on disk are not seen', async () => {
    const dir = join(root, 'app');
    writeFileSync(join(dir, 'once.js'), 'first\n');
    expect((await agent.get('/app/once.js')).text).toBe('first\n');
    writeFileSync(join(dir, 'once.js'), 'second\n');
    expect((await agent.get('/app/once.js')).text).toBe('first\n');
  });
});

describe('web app files that are not there', () => {
  const built = mkdtempSync(join(tmpdir(), 'harbor-web-'));
  const unbuilt = mkdtempSync(join(tmpdir(), 'harbor-web-'));
  afterAll(() => [built, unbuilt].forEach((d) => rmSync(d, { recursive: true, force: true })));
  writeFileSync(join(built, 'index.html'), '<!doctype html><title>Harbor</title>\n');
  const agentOf = (root: string) => {
    const app = express();
    app.use(webApp(['rfa'], root));
    return supertest(app);
  };

  it('with the app built, a missing page, script or a path out of the folder is a 404 problem (not-found)', async () => {
    const agent = agentOf(built);
    for (const path of ['/app/nope.html', '/swagger/x.html', '/app/nope.js', '/app/nope.png', '/app/..', '/batch', '/forms/rfa']) {
      const res = await agent.get(path);
      expect(res.status, path).toBe(404);
      expect(res.headers['content-type'], path).toMatch(/^application\/problem\+json/);
      expect(JSON.parse(res.text), path).toMatchObject({ status: 404, code: 'not-found' });
    }
  });

  it('without the build (no index.html), a page is a 503 problem (not-built) saying how to build it', async () => {
    const agent = agentOf(unbuilt);
    for (const path of ['/', '/app/form.js', '/forms/rfa']) {
      const res = await agent.get(path);
      expect(res.status, path).toBe(503);
      expect(res.headers['content-type'], path).toMatch(/^application\/problem\+json/);
      const problem = JSON.parse(res.text);
      expect(problem).toMatchObject({ status: 503, code: 'not-built' });
      expect(problem.detail).toContain('npm run build:web');
    }
  });
});
