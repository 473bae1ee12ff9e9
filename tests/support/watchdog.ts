/**
 * A test file's time limit, which vitest has none of (vitest.config.ts `setupFiles`, every project).
 *
 * vitest bounds a test and a hook (`testTimeout`, `hookTimeout`) with a timer on the test process's
 * event loop, so nothing bounds a test that blocks that loop (a `spawnSync` whose child never exits,
 * a synchronous loop that never ends), nor a file's import: CI's run once stopped at its 90-minute
 * limit with every test it printed passed and no word of which file never finished. A watchdog
 * thread, whose timer runs whatever the test's thread is doing, ends a test process that has spent
 * `LIMIT_MS` on one file: it says on stderr which file and test and when the event loop last
 * turned, stops the process's children (a hung `spawnSync` child would outlive it) and then the
 * process itself, which vitest reports as that file's failure, and the run goes on to its end.
 *
 * The limit: 20 minutes, six times the slowest file seen (tests/cli/build.test.ts, 196 s in a
 * fresh clone's `bash .ci/run` on a loaded 2-core machine), and well inside CI's 90 minutes.
 * `HARBOR_TEST_FILE_LIMIT_MS` sets it (tests/support/watchdog.test.ts, which sees it trip).
 *
 * A stop is also written, one JSON line `{ "what": file > test, "seconds" }`, to the file
 * `HARBOR_TEST_WATCHDOG_FILE` names, when set: `.ci/run` reads it, never runs such a file again
 * (a hang that passed on a second run once made CI green) and ends red, the stop its last line.
 */
import { Worker } from 'node:worker_threads';
import { afterAll, beforeEach, expect } from 'vitest';

const LIMIT_MS = Number(process.env.HARBOR_TEST_FILE_LIMIT_MS ?? '') || 20 * 60_000;
/** Bytes kept of the running file's and test's name. */
const NAME_BYTES = 2_048;

interface Watch {
  /** [0]: when the running file started (ms since the epoch; 0 between files); [1]: when the event loop last turned. */
  times: Float64Array;
  /** [0]: the name's length in bytes. */
  nameLength: Int32Array;
  name: Uint8Array;
  /** The clock, taken when the first file starts: a test's fake timers (`vi.useFakeTimers()` fakes `Date`) must not move it. */
  now: () => number;
}

/**
 * The watchdog thread (CommonJS, run from a string so it needs no build). Its own event loop's timer
 * checks the shared times every 2 s.
 */
const WATCHDOG = `
const { workerData } = require('node:worker_threads');
const { appendFileSync, readFileSync, readdirSync, writeSync } = require('node:fs');
const { times, nameLength, name, limit, record } = workerData;
/** Every process under pid, deepest first (Linux's /proc; elsewhere none, and only the process stops). */
function descendants(pid) {
  const found = [];
  let tasks = [];
  try { tasks = readdirSync('/proc/' + pid + '/task'); } catch { return found; }
  for (const t of tasks) {
    let kids = '';
    try { kids = readFileSync('/proc/' + pid + '/task/' + t + '/children', 'utf8'); } catch { continue; }
    for (const k of kids.split(' ').filter(Boolean).map(Number)) found.push(...descendants(k), k);
  }
  return found;
}
/** The test process's parent, vitest's process: once it is gone (the stall guard ended it), so is this process. */
const parent = process.ppid;
function stop() {
  // The children are frozen first, not killed: a killed child would let a spawnSync return and its
  // test pass before this process ends. A detached shell kills them once this process is gone.
  const kids = descendants(process.pid);
  for (const pid of kids) {
    try { process.kill(pid, 'SIGSTOP'); } catch {}
  }
  if (kids.length > 0) require('node:child_process').spawn('/bin/sh', ['-c', 'sleep 1; kill -KILL ' + kids.join(' ') + ' 2>/dev/null'], { detached: true, stdio: 'ignore' }).unref();
  process.kill(process.pid, 'SIGKILL');
}
setInterval(() => {
  if (process.ppid !== parent) stop();
  const started = times[0];
  const now = Date.now();
  if (started === 0 || now - started < limit) return;
  const what = Buffer.from(name.slice(0, Atomics.load(nameLength, 0))).toString('utf8');
  const turned = (now - times[1]) / 1000;
  writeSync(2, '\\n[harbor test watchdog] ' + what + ': ' + Math.round((now - started) / 1000) + ' s in this file, past its limit of ' + Math.round(limit / 1000) + ' s; its event loop last turned ' + Math.round(turned) + ' s ago' + (turned * 1000 >= Math.min(10_000, limit / 2) ? ' (blocked: a synchronous call that never returned)' : ' (waiting on something that never came)') + '. The test process and its children are stopped.\\n');
  if (record) {
    try { appendFileSync(record, JSON.stringify({ what, seconds: Math.round((now - started) / 1000) }) + '\\n'); } catch {}
  }
  stop();
}, 2_000);
`;

const KEY = Symbol.for('harbor.test-watchdog');
const registry = globalThis as { [KEY]?: Watch };

/** One watchdog per test process: with `isolate: false` this file runs again before every test file. */
function watch(): Watch {
  const existing = registry[KEY];
  if (existing) return existing;
  const created: Watch = {
    times: new Float64Array(new SharedArrayBuffer(2 * Float64Array.BYTES_PER_ELEMENT)),
    nameLength: new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)),
    name: new Uint8Array(new SharedArrayBuffer(NAME_BYTES)),
    now: Date.now.bind(Date),
  };
  created.times[1] = created.now();
  setInterval(() => (created.times[1] = created.now()), 1_000).unref();
  // unref: the thread never keeps the test process alive; it ends with the process.
  new Worker(WATCHDOG, { eval: true, workerData: { times: created.times, nameLength: created.nameLength, name: created.name, limit: LIMIT_MS, record: process.env.HARBOR_TEST_WATCHDOG_FILE || undefined } }).unref();
  registry[KEY] = created;
  return created;
}

function say(w: Watch, text: string): void {
  const bytes = Buffer.from(text, 'utf8').subarray(0, NAME_BYTES);
  w.name.set(bytes);
  Atomics.store(w.nameLength, 0, bytes.length);
}

const w = watch();
const file = (expect.getState().testPath ?? 'a test file').replace(`${process.cwd()}/`, '');
say(w, `${file} (its import or a beforeAll)`);
w.times[0] = w.now();

beforeEach((ctx) => {
  say(w, ctx.task.fullName);
});

afterAll(() => {
  w.times[0] = 0;
});
