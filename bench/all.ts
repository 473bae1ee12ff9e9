// `npm run bench` (after the build): every benchmark in turn, each in its own process, then the
// table of targets (bench/summary.ts) at the top of bench/results.md and in the README. Each
// benchmark stops what it starts and removes its temporary files; a failing one is reported and
// the others still run (the exit code is then 1).
//
//   npm run bench                 the record (≤ 12 min on a quiet 2-core machine)
//   npm run bench -- --quick      fewer samples and shorter runs, for development
import { spawnSync } from 'node:child_process';
import { ROOT, QUICK } from './lib.js';

// Each step's bound (60 min; the slowest, http.ts and batch.ts in full, take minutes), so a step
// that never ends fails the run with a line instead of holding it; the summary's 5 min.
const STEPS = ['cli.ts', 'kinds.ts', 'run.ts', 'http.ts', 'batch.ts', 'compare.ts', 'node22.ts'];
const t0 = performance.now();
const failed: string[] = [];
for (const step of STEPS) {
  process.stdout.write(`\n=== bench/${step}${QUICK ? ' --quick' : ''} ===\n`);
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', `${ROOT}bench/${step}`, ...(QUICK ? ['--quick'] : [])], { stdio: 'inherit', cwd: ROOT, timeout: 60 * 60_000, killSignal: 'SIGKILL' });
  process.stdout.write(`(${step}: ${Math.round((performance.now() - t) / 1000)} s, exit ${r.status})\n`);
  if (r.status !== 0) failed.push(step);
}
const seconds = (performance.now() - t0) / 1000;
const s = spawnSync(process.execPath, ['--import', 'tsx', `${ROOT}bench/summary.ts`, String(Math.round(seconds)), ...(QUICK ? ['--quick'] : [])], { stdio: 'inherit', cwd: ROOT, timeout: 5 * 60_000, killSignal: 'SIGKILL' });
if (s.status !== 0) failed.push('summary.ts');
process.stdout.write(`\nnpm run bench: ${Math.round(seconds)} s${failed.length ? `; FAILED: ${failed.join(', ')}` : ''}\n`);
process.exitCode = failed.length ? 1 : 0;
