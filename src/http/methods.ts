// Methods of the known routes (docs/http.md §Routes): a method a route does not answer is 405
// `method-not-allowed` with `Allow` (not a 404 "No route", as if the path were unknown), and
// OPTIONS is 204 with `Allow`. A route's parameters are judged first, whatever the method: OPTIONS
// or PUT on `/v1/documents/nope` is the 404 `unknown-kind` a GET or POST there gets (until
// 2026-12-07 OPTIONS answered 204 with an `Allow`, and PUT 405, for a kind that does not exist). No CORS header is ever sent: the API and the web app are one origin
// (docs/http.md, "Confidentiality and logs"), so a cross-origin preflight still fails in the browser.
import type { Request, Router } from 'express';
import { HarborError } from '../errors.js';

/** What express keeps of a route in a router's stack: its path and the methods it has handlers for. */
interface RouteLayer {
  route?: { path: string | RegExp; methods: Record<string, boolean | undefined> };
}

/**
 * After the routes of `router` are registered: for each of their paths, a handler that answers
 * OPTIONS and refuses the other methods, from the routes themselves, so the `Allow` list cannot
 * drift from them. GET brings HEAD (express answers it from the GET route). A method the path
 * does answer is passed on: its route declined the request (`/forms/<kind>` of no kind), a 404.
 * `judgeParams` throws the problem of a path's parameters (an unknown `:kind`), for the paths that
 * have any (a RegExp path is judged too: it reads `req.params` itself).
 */
export function answerOtherMethods(router: Router, judgeParams?: (req: Request) => void): void {
  const byPath = new Map<string | RegExp, Set<string>>();
  for (const layer of (router as unknown as { stack: RouteLayer[] }).stack) {
    if (!layer.route) continue;
    const methods = byPath.get(layer.route.path) ?? new Set<string>();
    for (const [m, on] of Object.entries(layer.route.methods)) if (on && m !== '_all') methods.add(m.toUpperCase());
    byPath.set(layer.route.path, methods);
  }
  for (const [path, methods] of byPath) {
    if (methods.has('GET')) methods.add('HEAD');
    methods.add('OPTIONS');
    const allow = [...methods].join(', ');
    const hasParams = typeof path !== 'string' || path.includes(':');
    router.all(path, (req, res, next) => {
      if (hasParams && judgeParams) {
        try {
          judgeParams(req);
        } catch (e) {
          return next(e);
        }
      }
      if (req.method === 'OPTIONS') return void res.set('Allow', allow).status(204).end();
      if (methods.has(req.method)) return next();
      res.set('Allow', allow);
      // The path as the client asked for it: req.path is the router's own, without where the
      // router is mounted (/v1), which named a path the API does not have ("on /documents").
      next(new HarborError('method-not-allowed', `${req.method.slice(0, 16)} is not allowed on ${(req.baseUrl + req.path).slice(0, 200)}: it answers ${allow}`));
    });
  }
}
