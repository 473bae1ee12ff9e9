// Every kind's `full` example through generate() to PDF and to DOCX, warm (issue 18 target 5),
// with the stage table (src/stages.ts: validate, compute, template, markup, layout, paint, save),
// measured on what users run: the build (dist/pipeline.js, what `harbor serve`'s render threads and
// `harbor batch` load), with the V8 flags `harbor` sets (bin/v8-flags.js), in a plain `node`
// process of its own, warmed as a server's thread is, by a mix of every kind in both formats, before
// anything is timed. Then each format is timed in its own loop (a few untimed renders of that
// format first, so a loop does not start by collecting the other format's garbage), the PDF and
// DOCX loops alternating in rounds so load from elsewhere hits both alike; the DOCX / PDF ratio is
// the robust figure. A CPU profile of the warm T-visa PDF follows, by package and module, so a
// missed target comes with where its time goes (in this process, on the sources: its modules
// are named by their files).
//
// Until 2026-12-05 the table was timed in this tsx process on the sources, after 15 warm-up renders,
// PDF and DOCX interleaved render by render, without the V8 flags: the restitution PDF read 14.38 ms
// in the bench of d938867 where the build, warmed, did it in 7-8.5 ms the same quarter hour
// (bench/ANALYSIS.md). Every render the old table timed is still timed (more of them).
//
//   npx tsx bench/kinds.ts [--quick]     (writes the `kinds` section of bench/results.json and .md;
//                                         run `node scripts/build.mjs` after editing src/ first)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { KINDS } from '../src/kinds/index.js';
import { generate, type Format } from '../src/pipeline.js';
import { STAGES, type Stage } from '../src/stages.js';
import { ROOT, machine, n, round, stats, type Stats } from './lib.js';
import { selfTimeByModule, type ModuleTime, type Profile } from './profile.js';
import { writeSection } from './results-file.js';

/** Rounds of every kind in both formats before anything is timed (a server thread's mix). */
const WARMUP_ROUNDS = n(100, 10);
/** Rounds of timed loops; each round times every kind's PDF loop, then its DOCX loop. */
const ROUNDS = n(4, 2);
/** Renders timed in one loop (RUNS = ROUNDS × PER_LOOP of each kind and format). */
const PER_LOOP = n(25, 5);
/** Untimed renders of a loop's format before it is timed. */
const LEAD_IN = 3;
const RUNS = ROUNDS * PER_LOOP;
const PROFILE_RUNS = n(300, 30);

interface Row {
  kind: string;
  format: Format;
  pages?: number;
  bytes: number;
  total: Stats;
  /** Median ms of each stage (each render's own stage times, medians taken per stage). */
  stages: Record<Stage, number>;
}

const fixture = (kind: string): unknown => JSON.parse(readFileSync(`${ROOT}fixtures/${kind}/full.json`, 'utf8'));

/** The measuring child: plain node, the build, harbor's V8 flags. Prints one JSON object. */
const CHILD = `
const [pipeline, flags, root, kindList, warmupRounds, rounds, perLoop, leadIn] = process.argv.slice(1);
(await import(flags)).applyV8Flags();
const { generate } = await import(pipeline);
const { readFileSync } = await import('node:fs');
const kinds = kindList.split(',');
const inputs = Object.fromEntries(kinds.map((k) => [k, JSON.parse(readFileSync(root + 'fixtures/' + k + '/full.json', 'utf8'))]));
const out = {};
for (const k of kinds) for (const f of ['pdf', 'docx']) out[k + ' ' + f] = { total: [], stages: {}, bytes: 0, pages: undefined };
async function once(k, f, into) {
  const per = {};
  const t = performance.now();
  const g = await generate({ kind: k, input: inputs[k], format: f, onStage: (s, ms) => (per[s] = (per[s] ?? 0) + ms) });
  const total = performance.now() - t;
  if (into) {
    into.total.push(total);
    for (const [s, ms] of Object.entries(per)) (into.stages[s] ??= []).push(ms);
  }
  return g.bytes;
}
for (let i = 0; i < Number(warmupRounds); i++) for (const k of kinds) for (const f of ['pdf', 'docx']) {
  const bytes = await once(k, f);
  const o = out[k + ' ' + f];
  o.bytes = bytes.length;
  if (f === 'pdf' && o.pages === undefined) {
    const text = Buffer.from(bytes).toString('latin1');
    o.pages = Number((/\\/Type \\/Pages[^>]*\\/Count (\\d+)/.exec(text) ?? /\\/Count (\\d+)/.exec(text))?.[1]);
  }
}
for (let r = 0; r < Number(rounds); r++) for (const k of kinds) for (const f of ['pdf', 'docx']) {
  for (let i = 0; i < Number(leadIn); i++) await once(k, f);
  for (let i = 0; i < Number(perLoop); i++) await once(k, f, out[k + ' ' + f]);
}
process.stdout.write(JSON.stringify(out));
`;

interface Measured {
  total: number[];
  stages: Partial<Record<Stage, number[]>>;
  bytes: number;
  pages?: number;
}

/** The newest modification time (ms) of the files under a folder. */
function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile()) t = Math.max(t, statSync(join(e.parentPath, e.name)).mtimeMs);
  return t;
}

/** Every kind measured in the child; refuses a missing or stale build (it would time old code). */
function measureBuilt(): Record<string, Measured> {
  const stamp = `${ROOT}dist/.built`;
  if (!existsSync(stamp) || newest(`${ROOT}src`) > statSync(stamp).mtimeMs) throw new Error('bench/kinds.ts times the build: run `node scripts/build.mjs` first (dist/ is missing or older than src/)');
  const args = [`${ROOT}dist/pipeline.js`, `${ROOT}bin/v8-flags.js`, ROOT, KINDS.map((k) => k.id).join(','), WARMUP_ROUNDS, ROUNDS, PER_LOOP, LEAD_IN].map(String);
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', CHILD, ...args], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20, timeout: 30 * 60_000, killSignal: 'SIGKILL' }); // every kind's rounds: minutes; a bound for a hang
  if (r.status !== 0) throw new Error(`the kinds child exited ${r.status}: ${r.stderr.slice(-800)}`);
  return JSON.parse(r.stdout) as Record<string, Measured>;
}

async function profileTvisaPdf(): Promise<ModuleTime[]> {
  const input = fixture('t-visa-declaration');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  for (let i = 0; i < PROFILE_RUNS; i++) await generate({ kind: 't-visa-declaration', input, format: 'pdf' });
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
  session.disconnect();
  return selfTimeByModule(profile)
    .slice(0, 14)
    .map((m) => ({ ...m, ms: round(m.ms / PROFILE_RUNS, 3) }));
}

export async function main(): Promise<void> {
  const rows: Row[] = [];
  const measured = measureBuilt();
  for (const k of KINDS) {
    for (const f of ['pdf', 'docx'] as const) {
      const m = measured[`${k.id} ${f}`]!;
      rows.push({
        kind: k.id,
        format: f,
        ...(f === 'pdf' && m.pages ? { pages: m.pages } : {}),
        bytes: m.bytes,
        total: stats(m.total),
        stages: Object.fromEntries(STAGES.map((s) => [s, stats(m.stages[s] ?? m.total.map(() => 0)).median])) as Record<Stage, number>,
      });
    }
  }
  const profile = await profileTvisaPdf();
  const result = { machine: machine(), runs: RUNS, warmupRounds: WARMUP_ROUNDS, rounds: ROUNDS, perLoop: PER_LOOP, leadIn: LEAD_IN, measures: 'dist/pipeline.js in a plain node process with bin/v8-flags.js', rows, profileTvisaPdf: { runs: PROFILE_RUNS, perDocument: profile } };
  const ratio = (kind: string): string => {
    const p = rows.find((r) => r.kind === kind && r.format === 'pdf')!;
    const d = rows.find((r) => r.kind === kind && r.format === 'docx')!;
    return `${round(d.total.median / p.total.median, 2)}×`;
  };
  const md = [
    "## Every kind's `full` example through `generate()` (bench/kinds.ts)",
    '',
    `The build (dist/pipeline.js) in a plain \`node\` process with harbor's V8 flags (bin/v8-flags.js), warmed by ${WARMUP_ROUNDS} rounds of every kind in both formats, then ${RUNS} renders of each kind and format, timed in loops of ${PER_LOOP} of one format (after ${LEAD_IN} untimed ones), PDF and DOCX loops alternating in ${ROUNDS} rounds. Milliseconds; total median / p95, and the median of each stage (src/stages.ts; the stage medians need not add up to the total's). ${result.machine.cores} × ${result.machine.cpu}, Node ${result.machine.node}, load average ${result.machine.loadAverage} at the end.`,
    'Stages: validate = zod schema (+ printable-text check for a PDF); compute = legal computations + fingerprint; template = view + Handlebars; markup = markup → model; layout = PDF line breaking and pagination, DOCX paragraph, run and table descriptions; paint = PDF page operators, font subsets, deflate, PDF objects, DOCX XML parts (xml.ts), Word fixes, fonts; save = PDF objects laid out in the file with its xref table (writer.ts), DOCX ZIP.',
    '',
    `| kind | format | pages | KB | total median | p95 | ${STAGES.join(' | ')} | DOCX / PDF |`,
    `|---|---|---|---|---|---|${STAGES.map(() => '---').join('|')}|---|`,
    ...rows.map((r) => `| ${r.kind} | ${r.format} | ${r.pages ?? ''} | ${Math.round(r.bytes / 1024)} | **${r.total.median}** | ${r.total.p95} | ${STAGES.map((s) => r.stages[s]).join(' | ')} | ${r.format === 'docx' ? ratio(r.kind) : ''} |`),
    '',
    `Profile of the warm T-visa PDF (${PROFILE_RUNS} renders under the V8 sampling profiler, the data of \`node --cpu-prof\`, in the benchmark's own process on the sources, so that each module is named by its file): self time per document by package or module, largest first.`,
    '',
    '| where | ms per document | share |',
    '|---|---|---|',
    ...profile.map((p) => `| ${p.where} | ${p.ms} | ${p.share}% |`),
  ].join('\n');
  writeSection('kinds', result, md);
  process.stdout.write(md + '\n');
}

await main();
