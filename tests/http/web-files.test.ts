// The web app's static files (src/web/serve.ts): names come from the URL, so a name that is not
// there must cost nothing that lasts (an unauthenticated client could otherwise grow the
// service's memory one 404 at a time).
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
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

describe('a web app rebuilt while the service runs', () => {
  const parent = mkdtempSync(join(tmpdir(), 'harbor-web-'));
  afterAll(() => rmSync(parent, { recursive: true, force: true }));
  const root = join(parent, 'public');
  /** A build as scripts/build-web.mjs makes it: written beside its place, renamed onto it whole. */
  const build = (version: string, gzip: boolean): void => {
    const out = join(parent, `.web-${version}`);
    mkdirSync(join(out, 'app'), { recursive: true });
    writeFileSync(join(out, 'index.html'), `<!doctype html><title>Harbor ${version}</title>\n`);
    writeFileSync(join(out, 'app', 'home.js'), `export const build = '${version}';\n`);
    if (gzip) writeFileSync(join(out, 'app', 'home.js.gz'), gzipSync(`export const build = '${version}';\n`));
    rmSync(root, { recursive: true, force: true });
    renameSync(out, root);
  };
  build('one', false);
  const app = express();
  app.use(webApp(['rfa'], root));
  const agent = supertest(app);

  it('serves the new build at the next request, its pages and scripts together, without a restart', async () => {
    expect((await agent.get('/')).text).toContain('Harbor one');
    const first = await agent.get('/app/home.js').set('Accept-Encoding', 'gzip');
    expect(first.text).toBe("export const build = 'one';\n");
    expect(first.headers['content-encoding']).toBeUndefined(); // no twin in this build, and that is remembered
    // Before: the files read before the rebuild were served from memory until a restart (an old
    // page beside any script first asked for after it, which was new).
    build('two', true);
    expect((await agent.get('/')).text).toContain('Harbor two');
    const second = await agent.get('/app/home.js').set('Accept-Encoding', 'gzip');
    expect(second.headers['content-encoding']).toBe('gzip'); // the new build's twin, not the old build's remembered miss
    expect(second.text).toBe("export const build = 'two';\n");
  });

  it('a new index.html copied over the folder in place is a new build too', async () => {
    expect((await agent.get('/app/home.js')).text).toBe("export const build = 'two';\n");
    writeFileSync(join(root, 'app', 'home.js'), "export const build = 'three';\n");
    rmSync(join(root, 'app', 'home.js.gz'));
    // The script alone changed: the same build, still served from memory.
    expect((await agent.get('/app/home.js')).text).toBe("export const build = 'two';\n");
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Harbor three, a longer title</title>\n');
    expect((await agent.get('/')).text).toContain('Harbor three');
    expect((await agent.get('/app/home.js')).text).toBe("export const build = 'three';\n");
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
