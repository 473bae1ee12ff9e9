// V8 flags of Harbor's own processes (`harbor` and `npm start`), set by bin/harbor.js before any
// module of the service loads or any render thread starts. V8's flags are the process's: the
// render threads (worker_threads) get them too, and a Worker cannot be given flags of its own.
// Only at this entry point: a program that imports Harbor's modules (a test runner, a script
// calling generate()) keeps its own V8 settings.
import { createRequire } from 'node:module';

// node:v8 as its CommonJS object, without the ES module facade (./harbor.js says why).
const { setFlagsFromString } = createRequire(import.meta.url)('node:v8');

/**
 * `--no-allocation-site-pretenuring` (issue 18; bench/ANALYSIS.md). V8 counts, at each scavenge,
 * how many of the objects made at one site of the code (an array or object literal) are still
 * alive, and when nearly all are, makes every later object of that site straight in the old
 * generation (src/heap/pretenuring-handler.cc). Everything a render makes dies when the render
 * ends, but a scavenge comes every few renders, and one that falls mid-render finds the render's
 * tables alive (row slices, the markup's table rows): those sites are then pretenured for good.
 * Their objects fill the old generation until a full collection, and the young objects they point
 * to are promoted with them. Measured (1,000 one-year restitution worksheets through `harbor batch`,
 * `--trace-gc-nvp` of the render threads): promoted at each scavenge 0.43 → 0.007 MB on Node 22,
 * 0.10 → 0.008 on Node 20; peak RSS on Node 22 298–306 → 240–244 MB.
 */
export const V8_FLAGS = ['--no-allocation-site-pretenuring'];

/** Set V8_FLAGS in this process. Before the first render thread starts, for them to apply there too. */
export function applyV8Flags() {
  for (const flag of V8_FLAGS) setFlagsFromString(flag);
}
