// The words `harbor batch` prints about a running batch: one progress line (rewritten in place on
// a terminal) and one summary line at the end. Pure: the caller measures the time.
import { duration as span, figure } from '../domain/format.js';
import type { BatchProgress } from './run.js';

/** A measured time as these lines give it: "12.3 s", "4 min 05 s" (to the tenth of a second). */
const duration = (ms: number): string => span(ms, { tenths: true });

/** Records per second over the whole run so far. */
export function rate(done: number, elapsedMs: number): number {
  return elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
}

/**
 * Records per second since the first record was written: the start-up before it (loading the
 * render threads, ~1 s each) would make the first estimates of time left many times too long.
 * 0 until a second record is written.
 */
export function steadyRate(done: number, sinceFirstMs: number): number {
  return done > 1 ? rate(done - 1, sinceFirstMs) : 0;
}

/**
 * ` 120/1,000 records, 3 not rendered, 85.2 records/s, about 10.3 s left` (rate and time left
 * from `steadyRate`; unknown before the second record).
 */
export function progressLine(p: BatchProgress, sinceFirstMs: number): string {
  const r = steadyRate(p.done, sinceFirstMs);
  const left = r > 0 ? `about ${duration(((p.total - p.done) / r) * 1000)} left` : 'time left unknown';
  const total = figure(p.total);
  return `${figure(p.done).padStart(total.length)}/${total} records, ${figure(p.failed)} not rendered, ${figure(r, 1)} records/s, ${left}`;
}

/** The last line of a batch: what was made, where, how fast. */
export function summaryLine(p: { rendered: number; total: number; failed: number }, out: string, elapsedMs: number): string {
  const not = p.failed > 0 ? `; ${figure(p.failed)} not (see manifest.json)` : '';
  return `${figure(p.rendered)} of ${figure(p.total)} records rendered to ${out}${not} in ${duration(elapsedMs)} (${figure(rate(p.total, elapsedMs), 1)} records/s)`;
}
