// What piscina starts in each render thread from the build (dist/render-thread.cjs, a CommonJS
// file; ./pool.ts): the task compiled from its V8 code cache when the cache is this build's and this
// process's (./code-cache.ts checks), else the task's ES chunks (dist/render-task.js), as before
// the cache. A thread's start was mostly compiling: the cache gives V8 the task's compiled code
// (issue 18; bench/ANALYSIS.md, round r54). Which way was taken is left on the thread's
// globalThis (TASK_LOAD) for tests, and said nowhere else.
//
// Built only (scripts/build.mjs): it finds its files beside itself, in dist/.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadWithCache, TASK_LOAD, type TaskLoad } from './code-cache.js';

const cached = loadWithCache(join(__dirname, 'render-task.cjs'), join(__dirname, 'render-task.cache'));
(globalThis as Record<symbol, TaskLoad>)[TASK_LOAD] = 'exports' in cached ? { via: 'code-cache' } : { via: 'es-chunks', why: cached.why };

/**
 * The task, or a promise of it (an override folder's templates compiled first, or the ES chunks
 * loaded): piscina awaits the export before the thread takes a task. A failure is the thread's
 * start's, as with dist/render-task.js; caught here too so it is never an unhandled rejection
 * before piscina awaits it.
 */
const task: unknown =
  'exports' in cached ? (cached.exports as { default: unknown }).default : import(pathToFileURL(join(__dirname, 'render-task.js')).href).then((m: { default: unknown }) => m.default);
if (task instanceof Promise) task.catch(() => {});
// The task is this file's whole export (module.exports), not an `export default`: piscina reads a
// handler by `require()` and then, when that gives no function, by `import()`, whose `default` of a
// CommonJS file is module.exports. With `export default`, the import() path found an object, no
// function and no rejection, so a broken override folder became each job's "No handler function"
// and never the thread's start-up error the pool counts (stats().threadErrors;
// tests/workers/pool.test.ts, "a render thread that cannot start"). Either path now awaits the task.
module.exports = task;
