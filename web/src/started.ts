// Work a page starts and nothing awaits: a page's main(), a click's download. Each handles the
// failures it expects (the service unreachable, an answer refused, Stop pressed) and says them on
// the page; anything else is a fault of the page, reported where the browser reports an uncaught
// error (its console, where the browser tests look: tests/web/support/browser.ts), as the
// unhandled rejection of a bare `void promise` was. Lint refuses `void promise`
// (no-floating-promises, eslint.config.js), since such a rejection failed a CI run once.

/** Run `work` to its end without awaiting it; a failure it did not handle goes to the console. */
export function started(work: Promise<unknown>): void {
  work.catch((e: unknown) => console.error(e));
}
