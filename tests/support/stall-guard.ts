/**
 * A vitest reporter that ends a run which has stopped making progress (vitest.config.ts
 * `reporters`, and `.ci/run`), in vitest's own process, where the test watchdog
 * (`tests/support/watchdog.ts`) cannot see: a test process that finished its file but never told
 * vitest so. vitest's pool awaits that message without a deadline, and its worker waits, also
 * without one, for every call it made to vitest's process to be answered first (`timeout: -1`);
 * other projects have seen the wait never end (TryGhost/Ghost#29649: "every file reported a result,
 * then the run hung with no summary"), and CI's run once stopped at its 90-minute limit so, with every
 * test it printed passed.
 *
 * It ends the run, with exit code 3, when a file has been running for `STALL_MS` (25 minutes: past
 * the watchdog's 20, so a file blocked in its own process is ended by the watchdog first, with its
 * test named), or when every file has ended and the run has not, `FINALIZE_MS` later. Before that
 * it says which files did not finish. When `HARBOR_TEST_STALL_FILE` names a file, it writes there
 * what the run had, at a stall or at the run's end: `{ unfinished, failed, passed }` (files relative
 * to the root, unfinished also when a test process ended under them; failed tests as "file >
 * test"), from which `.ci/run` runs the unfinished files again when none failed.
 */
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Reporter, TestModule, TestSpecification, Vitest } from 'vitest/node';

const STALL_MS = Number(process.env.HARBOR_TEST_STALL_MS ?? '') || 25 * 60_000;
const FINALIZE_MS = Math.min(5 * 60_000, STALL_MS);

export interface StallReport {
  /** Files that had not ended (running or never started), relative to the root. */
  unfinished: string[];
  /** Tests that failed in the files that ended, "file > test", and files that failed outside their tests. */
  failed: string[];
  /** Tests that passed in the files that ended. */
  passed: number;
}

export default class StallGuard implements Reporter {
  private root = process.cwd();
  private all: string[] = [];
  private running = new Map<string, number>();
  private ended = new Set<string>();
  private failed: string[] = [];
  private passed = 0;
  private allEndedAt: number | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** The clock, so a test's fake timers in this process (none run here, but the reporter's own tests may) cannot move it. */
  private now = Date.now.bind(Date);

  onInit(vitest: Vitest): void {
    this.root = vitest.config.root;
  }

  onTestRunStart(specifications: ReadonlyArray<TestSpecification>): void {
    this.all = [...new Set(specifications.map((s) => s.moduleId))];
    this.timer = setInterval(() => this.check(), 10_000);
    this.timer.unref();
  }

  onTestModuleStart(module: TestModule): void {
    this.running.set(module.moduleId, this.now());
  }

  onTestModuleEnd(module: TestModule): void {
    this.running.delete(module.moduleId);
    this.ended.add(module.moduleId);
    const file = this.rel(module.moduleId);
    const before = this.failed.length;
    let unrun = false;
    for (const test of module.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed') this.passed++;
      else if (state === 'failed') this.failed.push(`${file} > ${test.fullName}`);
      else if (state === 'pending') unrun = true;
    }
    if (module.state() === 'failed' && this.failed.length === before) this.failed.push(`${file} (outside its tests)`);
    // A test never run (its test process ended under it: the watchdog): the file did not finish.
    if (unrun) this.ended.delete(module.moduleId);
    if (this.all.length > 0 && this.all.every((m) => this.ended.has(m))) this.allEndedAt = this.now();
  }

  /** At a run's end too, what it had (`HARBOR_TEST_STALL_FILE`): the files a test process's end left unfinished, or that were never reported. */
  onTestRunEnd(): void {
    clearInterval(this.timer);
    this.write();
  }

  private write(): void {
    const out = process.env.HARBOR_TEST_STALL_FILE;
    const unfinished = this.all.filter((m) => !this.ended.has(m)).map((m) => this.rel(m));
    if (out) writeFileSync(out, JSON.stringify({ unfinished, failed: this.failed, passed: this.passed } satisfies StallReport));
  }

  private rel(moduleId: string): string {
    return relative(this.root, moduleId);
  }

  private check(): void {
    const now = this.now();
    const stalled = [...this.running].filter(([, since]) => now - since >= STALL_MS).map(([m]) => m);
    const unended = this.allEndedAt !== undefined && now - this.allEndedAt >= FINALIZE_MS;
    if (stalled.length === 0 && !unended) return;
    const unfinished = this.all.filter((m) => !this.ended.has(m)).map((m) => this.rel(m));
    const why =
      stalled.length > 0
        ? `${stalled.map((m) => this.rel(m)).join(', ')} ran for ${STALL_MS >= 120_000 ? `${Math.round(STALL_MS / 60_000)} minutes` : `${Math.round(STALL_MS / 1000)} s`} without ending (its test process never said it finished)`
        : `every file ended ${Math.round((now - this.allEndedAt!) / 1000)} s ago and the run did not`;
    process.stderr.write(`\n[harbor stall guard] the run stopped making progress: ${why}. ${this.passed} tests passed and ${this.failed.length} failed in the ${this.ended.size} files that ended; ${unfinished.length} did not end${unfinished.length > 0 ? `: ${unfinished.join(', ')}` : ''}. Exit 3.\n`);
    this.write();
    // vitest's process and its test processes: each test process's watchdog thread ends it once
    // this process is gone (tests/support/watchdog.ts).
    process.exit(3);
  }
}
