// F's week rows are compiled once (issue 18; bench/ANALYSIS.md, "Round r56's render work"). A
// render thread computed a one-year worksheet's F under several readings of the case (its own, then
// `{ ...c, settings }` and copies whose periods are `{ ...p, exemption }`, compute.ts), and flsa.ts's
// weekRow read the case's objects on every day: V8's optimizing compiler compiled it, threw the
// code away on a case object of another hidden class ("wrong map") or on a period's first rate
// segment pushed into an empty array ("not a Smi"), and compiled it again, three or four times a
// thread. weekRow now reads per-period arrays made once per F (`periodFacts`).
//
// What this checks, in a child process with V8's own traces: weekRow is optimized (so the check is
// not empty) and never deoptimized over 150 one-year cases. Compilation on the main thread
// (`--no-concurrent-recompilation`) so that when code is made, and so what it assumed, is the same
// on every run whatever the machine's load. No timing is asserted.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { childBound } from '../../support/until.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

// The bench's one-year case (bench/batch.ts, yearCase): the full fixture with its live-in period
// extended by 8 weeks and its daily log moved after it, checked as a batch's render thread does.
const SCRIPT = `
import { readFileSync } from 'node:fs';
import { checkCase } from './src/check.ts';
const addDays = (iso, days) => new Date(Date.parse(iso + 'T00:00:00Z') + days * 86400000).toISOString().slice(0, 10);
const c = JSON.parse(readFileSync('fixtures/restitution-worksheet/full.json', 'utf8'));
const [, liveIn, log] = c.laborPeriods;
liveIn.endDate = addDays(liveIn.endDate, 56);
log.startDate = addDays(log.startDate, 56);
log.endDate = addDays(log.endDate, 56);
for (const d of log.days ?? []) d.date = addDays(d.date, 56);
const text = JSON.stringify(c);
for (let i = 0; i < 150; i++) {
  const r = checkCase('restitution-worksheet', structuredClone(JSON.parse(text)));
  if (!r.ok || r.computed.weeks.length !== 52) throw new Error('not the one-year case');
}
`;

describe('restitution worksheet: F week rows under V8', () => {
  it('weekRow is optimized once and never deoptimized over 150 one-year cases', () => {
    const out = execFileSync(process.execPath, ['--trace-opt', '--trace-deopt', '--no-concurrent-recompilation', '--import', 'tsx', '--input-type=module', '-e', SCRIPT], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      ...childBound(),
    });
    const lines = out.split('\n');
    // The functions named weekRow: flsa.ts's, and view-flsa.ts's (which reads only the rows made).
    const compiled = lines.filter((l) => /^\[completed compiling .*<JSFunction weekRow /.test(l));
    const deopts = lines.filter((l) => /^\[bailout \(kind: deopt-eager.*<JSFunction weekRow /.test(l));
    expect(compiled.length).toBeGreaterThan(0);
    expect(deopts).toEqual([]);
  });
});
