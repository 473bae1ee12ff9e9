// The web app (issue 13), served by `harbor serve` from the same origin as the API: the pages of
// dist/public (built from web/ by scripts/build-web.mjs at `npm ci`), each under a strict CSP: only
// this origin's scripts, styles and API; no inline script, no eval, no third-party origin. The
// PDF preview is a blob: URL in a frame, the only non-'self' source allowed.
//
// Nothing here touches case data: the pages are static, and the case lives in the browser's page
// until the person downloads it.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import express, { type Request, type Response, type Router } from 'express';
import { HarborError } from '../errors.js';
import { answerOtherMethods } from '../http/methods.js';
import { requestIdOf } from '../http/middleware.js';
import { sendProblem } from '../http/problems.js';
import { rootPath } from '../paths.js';

/** Where the built app is (dist/public at the repository's root). */
export const WEB_ROOT = rootPath('dist/public');

/** CSP of the app's pages. `blob:` frames: the PDF preview; `data:` images: Swagger UI's icons. */
export const WEB_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  'frame-src blob:',
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The pages: URL path → file of dist/public. */
const PAGES: Record<string, string> = {
  '/': 'index.html',
  '/batch': 'batch.html',
  '/docs': 'docs.html',
};

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Which build of the app is in place at `root`: the folder's own identity (the build writes a new
 * folder and renames it onto dist/public, so a rebuild is a new folder) and its index.html's (a
 * build copied over the old folder in place). '' when there is none. Files changed in place
 * without index.html are not a new build: nothing Harbor ships does that.
 */
function buildOf(root: string): string {
  const dir = statSync(root, { throwIfNoEntry: false });
  if (!dir) return '';
  const index = statSync(join(root, 'index.html'), { throwIfNoEntry: false });
  return `${dir.dev}:${dir.ino}:${index ? `${index.ino}:${index.mtimeMs}:${index.size}` : '-'}`;
}

/** The app's routes; `kindIds`: the kinds that have a form page (/forms/<kind>). */
export function webApp(kindIds: readonly string[], root: string = WEB_ROOT): Router {
  const router = express.Router();
  // Files read once and kept for as long as the build they came from is the one in place. A file
  // that is not there is not remembered: its name comes from the URL (/app/<any name>), so
  // remembering misses would let any client grow this map without bound. Only the missing `.gz`
  // of a file that is served is remembered (`rememberMissing`), which the built files bound.
  const cache = new Map<string, Buffer | null>();
  // The build the cache holds files of (buildOf). A rebuild while the service runs (`npm run
  // build:web`, or `npm ci` of a new release, which replaces dist/public whole: scripts/build-web.mjs)
  // empties the cache at the next request for a file, so the new pages are served without a restart
  // and an old page is never served beside a new script. Until round 58 the files were read once
  // for the life of the process: a page first asked for before the rebuild stayed old, one first
  // asked for after it was new, and the two did not fit together.
  let cachedBuild = '';
  const read = (file: string, rememberMissing = false): Buffer | null => {
    const known = cache.get(file);
    if (known !== undefined) return known;
    const body = existsSync(file) ? readFileSync(file) : null;
    if (body !== null || rememberMissing) cache.set(file, body);
    return body;
  };

  // A file that is not there is a 404 problem, like any other route's; only when the build itself
  // is missing (no index.html) is it a 503 saying how to build it.
  const missing = (res: Response, path: string): void => {
    const built = existsSync(join(root, 'index.html'));
    const e = built
      ? new HarborError('not-found', `No file ${path.slice(0, 200)}`)
      : new HarborError('not-built', 'The web app is not built: run `npm run build:web` (npm ci does it)');
    sendProblem(res, e, requestIdOf(res));
  };

  const send = (req: Request, res: Response, rel: string): void => {
    // Two stats a request for a page or a script (not an API request): what express.static does too.
    const build = buildOf(root);
    if (build !== cachedBuild) {
      cache.clear();
      cachedBuild = build;
    }
    const file = normalize(join(root, rel));
    if (!file.startsWith(root + sep)) return missing(res, req.path);
    const ext = /\.[a-z]+$/.exec(rel)?.[0] ?? '';
    const type = TYPES[ext];
    const body = type ? read(file) : null;
    if (!type || body === null) return missing(res, req.path);
    res.set('Content-Security-Policy', WEB_CSP).type(type);
    res.vary('Accept-Encoding');
    const gz = read(file + '.gz', true);
    if (gz && req.acceptsEncodings('gzip') === 'gzip') res.set('Content-Encoding', 'gzip').send(gz);
    else res.send(body);
  };

  for (const [path, file] of Object.entries(PAGES)) router.get(path, (req, res) => send(req, res, file));
  router.get('/forms/:kind', (req, res, next) => {
    if (!kindIds.includes(String(req.params.kind))) return next();
    send(req, res, 'form.html');
  });
  router.get(/^\/(app|swagger)\/[A-Za-z0-9._-]+$/, (req, res) => send(req, res, req.path.slice(1)));
  // A form of no kind is an unknown path whatever the method, OPTIONS and PUT as GET (until
  // 2026-12-07 OPTIONS /forms/nope answered 204 with an Allow, and PUT 405).
  answerOtherMethods(router, (req) => {
    const kind = req.params.kind;
    if (kind !== undefined && !kindIds.includes(String(kind))) throw new HarborError('not-found', `No route ${req.method.slice(0, 16)} ${req.path.slice(0, 200)}`);
  });
  return router;
}
