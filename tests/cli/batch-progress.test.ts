// `harbor batch` on a render pool: progress on stderr only when it is a terminal (one line
// rewritten with \r), a summary line at the end, exit 3 when some records were not rendered,
// --workers / --render-timeout checked, and the pool closed so the command returns.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../../src/cli.js';
import { progressLine, summaryLine } from '../../src/batch/progress.js';
import { duration } from '../../src/domain/format.js';
import { KIND, MEASURED_TIME, cases, unzip } from '../batch/support.js';

const dir = mkdtempSync(join(tmpdir(), 'harbor-batch-progress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io(tty: boolean, env: NodeJS.ProcessEnv = {}): Io & { err: string[] } {
  const err: string[] = [];
  return { err, stdout: () => {}, stderr: (s) => void err.push(s), stdin: () => Buffer.alloc(0), stdoutIsTty: false, stderrIsTty: tty, env };
}

describe('harbor batch progress and summary', () => {
  const input = join(dir, 'cases.json');
  const body = cases(6);
  body[3] = { ...body[3], preparedOn: '2026-02-31' }; // one bad record
  writeFileSync(input, JSON.stringify(body));

  it('on a terminal: a \\r progress line, then the error line and the summary; exit 3', async () => {
    const t = io(true);
    const out = join(dir, 'tty.zip');
    expect(await main(['batch', KIND, input, '-o', out, '--workers', '2'], t)).toBe(3);
    const text = t.err.join('');
    const progress = text.split('\n')[0]!.split('\r').filter(Boolean);
    expect(progress.length).toBeGreaterThanOrEqual(1);
    // The last state is always shown: all 6 done, 1 not rendered.
    expect(progress.at(-1)).toMatch(new RegExp(String.raw`^6/6 records, 1 not rendered, [\d.,]+ records/s, (about ${MEASURED_TIME} left|time left unknown)\x1b\[K$`));
    expect(text).toContain('record 4: preparedOn: ');
    expect(text).toMatch(new RegExp(String.raw`\n5 of 6 records rendered to .*tty\.zip; 1 not \(see manifest\.json\) in ${MEASURED_TIME} \([\d.,]+ records/s\)\n$`));
    const { manifest } = unzip(readFileSync(out));
    expect(manifest).toMatchObject({ total: 6, rendered: 5, failed: 1 });
  });

  it('not a terminal: no progress line, only the errors and the summary; --workers 0 renders on this thread', async () => {
    const t = io(false, { HARBOR_RENDER_TIMEOUT: '30s' });
    const out = join(dir, 'pipe.zip');
    expect(await main(['batch', KIND, input, '-o', out, '--workers', '0'], t)).toBe(3);
    expect(t.err.join('')).not.toContain('\r');
    // The fourth record (index 3) has one issue (preparedOn is not a real date): its line, then the summary.
    expect(t.err).toHaveLength(2);
    expect(t.err[0]).toMatch(/^record 4: preparedOn: .*\[invalid-date\]\n$/);
    expect(t.err[1]).toMatch(/^5 of 6 records rendered/);
  });

  it("on render threads the command trims its own thread's heap until the batch ends; rendering on this thread it does not", async () => {
    // The trim itself (a memory-reducing collection) is tested in tests/batch/heap-trim.test.ts.
    const events: string[] = [];
    const trimHeap = async (): Promise<() => void> => {
      events.push('start');
      return () => void events.push('stop');
    };
    expect(await main(['batch', KIND, input, '-o', join(dir, 'trim.zip'), '--workers', '1'], { ...io(false), trimHeap })).toBe(3);
    expect(events).toEqual(['start', 'stop']);
    events.length = 0;
    expect(await main(['batch', KIND, input, '-o', join(dir, 'inline.zip'), '--workers', '0'], { ...io(false), trimHeap })).toBe(3);
    expect(events).toEqual([]);
  });

  it('bad --workers / HARBOR_WORKERS / --render-timeout are usage errors (exit 2)', async () => {
    const out = join(dir, 'x.zip');
    expect(await main(['batch', KIND, input, '-o', out, '--workers', 'two'], io(false))).toBe(2);
    expect(await main(['batch', KIND, input, '-o', out], io(false, { HARBOR_WORKERS: '-1' }))).toBe(2);
    expect(await main(['batch', KIND, input, '-o', out, '--render-timeout', '5'], io(false))).toBe(2);
    expect(await main(['batch', KIND, input, '-o', out], io(false, { HARBOR_RENDER_TIMEOUT: 'soon' }))).toBe(2);
  });
});

describe('progress words', () => {
  it('rate and time left from the records written since the first one (start-up excluded)', () => {
    // 251 written, 250 of them in the 5 s since the first: 50 records/s, 749 left → 14.98 s.
    expect(progressLine({ done: 251, total: 1000, rendered: 249, failed: 2 }, 5000)).toBe('  251/1,000 records, 2 not rendered, 50.0 records/s, about 15.0 s left');
    // The first record alone says nothing about the rate (it carries the threads' start-up).
    expect(progressLine({ done: 1, total: 10, rendered: 1, failed: 0 }, 0)).toBe(' 1/10 records, 0 not rendered, 0.0 records/s, time left unknown');
    // 100 records in the 10 s after the first: 10/s, 9899 left → 989.9 s = 16 min 30 s.
    expect(progressLine({ done: 101, total: 10000, rendered: 101, failed: 0 }, 10_000)).toContain('about 16 min 30 s left');
    expect(summaryLine({ rendered: 10, total: 10, failed: 0 }, 'o.zip', 4000)).toBe('10 of 10 records rendered to o.zip in 4.0 s (2.5 records/s)');
  });

  it('the time a test of the real command matches (MEASURED_TIME) is every time the lines can write, a slow machine’s minutes and hours too', () => {
    const whole = new RegExp(`^${MEASURED_TIME}$`);
    for (const ms of [0, 49, 400, 9_999, 59_949, 59_950, 65_000, 600_000, 3_599_499, 3_600_000, 7_500_000, 400_000_000]) {
      expect(duration(ms, { tenths: true }), String(ms)).toMatch(whole);
    }
    // A batch that took 65 s on a loaded machine: its summary as the CLI tests read it.
    expect(summaryLine({ rendered: 5, total: 6, failed: 1 }, 'tty.zip', 65_000)).toMatch(new RegExp(String.raw`^5 of 6 records rendered to .*tty\.zip; 1 not \(see manifest\.json\) in ${MEASURED_TIME} \(`));
    expect(progressLine({ done: 2, total: 6, rendered: 2, failed: 0 }, 20_000)).toMatch(new RegExp(`about ${MEASURED_TIME} left$`));
  });

  it('writes every count and rate with its thousands grouped, as every message writes a number', () => {
    // 12,344 records in the 5 s after the first: 2,468.8 records/s; 87,655 left → 35.5 s.
    expect(progressLine({ done: 12_345, total: 100_000, rendered: 11_111, failed: 1_234 }, 5000)).toBe(' 12,345/100,000 records, 1,234 not rendered, 2,468.8 records/s, about 35.5 s left');
    expect(summaryLine({ rendered: 98_766, total: 100_000, failed: 1_234 }, 'o.zip', 40_000)).toBe('98,766 of 100,000 records rendered to o.zip; 1,234 not (see manifest.json) in 40.0 s (2,500.0 records/s)');
  });
});

describe('harbor batch with a broken override template', () => {
  it('is one template-error (exit 70) before any thread starts, and writes no archive', async () => {
    const { existsSync, mkdirSync } = await import('node:fs');
    const tpl = join(dir, 'broken-templates');
    mkdirSync(tpl);
    writeFileSync(join(tpl, `${KIND}.hbs`), '{{#if}}');
    const input = join(dir, 'one.json');
    writeFileSync(input, JSON.stringify(cases(1)));
    const out = join(dir, 'broken.zip');
    const t = io(false, { HARBOR_TEMPLATES: tpl });
    expect(await main(['batch', KIND, input, '-o', out, '--workers', '1'], t)).toBe(70);
    expect(t.err.join('')).toContain('[template-error]');
    expect(existsSync(out)).toBe(false);
  });
});
