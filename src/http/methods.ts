// Methods of the known routes (docs/http.md §Routes): a method a route does not answer is 405
// `method-not-allowed` with `Allow` (not a 404 "No route", as if the path were unknown), and
// OPTIONS is 204 with `Allow`. No CORS header is ever sent: the API and the web app are one origin
// (docs/http.md, "Confidentiality and logs"), so a cross-origin preflight still fails in the browser.
import type { Router } from 'express';
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
 */
export function answerOtherMethods(router: Router): void {
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
    router.all(path, (req, res, next) => {
      if (req.method === 'OPTIONS') return void res.set('Allow', allow).status(204).end();
      if (methods.has(req.method)) return next();
      res.set('Allow', allow);
      next(new HarborError('method-not-allowed', `${req.method.slice(0, 16)} is not allowed on ${req.path.slice(0, 200)}: it answers ${allow}`));
    });
  }
}
