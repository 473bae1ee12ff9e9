// The table of issue 18's targets: every figure of one `npm run bench` next to its target, with
// pass / miss, written as the `targets` section at the top of bench/results.md (and .json) and
// between the `bench:targets` markers of the README's "Speed" section. Reads the sections the
// other benchmarks wrote to bench/results.json.
//
//   npx tsx bench/summary.ts [seconds the whole bench took]   (again with the same seconds after
//   editing bench/ANALYSIS.md: the table is written again with that run's machine and load)
import { readFileSync, writeFileSync } from 'node:fs';
import { ROOT, QUICK, machine } from './lib.js';
import { writeSection } from './results-file.js';

type Any = Record<string, any>;
const all = JSON.parse(readFileSync(`${ROOT}bench/results.json`, 'utf8')) as Record<string, Any>;
const benchSeconds = Number(process.argv[2] ?? NaN);

interface Target {
  what: string;
  target: string;
  value: string;
  pass: boolean | null;
}
const targets: Target[] = [];
const add = (what: string, target: string, v: number | null | undefined, unit: string, ok: (x: number) => boolean): void => {
  targets.push({ what, target, value: v === null || v === undefined || Number.isNaN(v) ? 'not measured' : `${v}${unit}`, pass: v === null || v === undefined || Number.isNaN(v) ? null : ok(v) });
};

const cli = all.cli;
const cold = (name: string): number | undefined => (cli?.cold as Any[] | undefined)?.find((c) => c.command === name)?.wallMs?.median;
add('`harbor kinds`, cold process, wall (median)', '≤ 150 ms', cold('harbor kinds'), ' ms', (x) => x <= 150);
add('`harbor check rfa full.json`, cold, wall', '≤ 250 ms', cold('harbor check rfa full.json'), ' ms', (x) => x <= 250);
add('`harbor render rfa full.json -o x.pdf`, cold, wall', '≤ 400 ms', cold('harbor render rfa full.json -o x.pdf'), ' ms', (x) => x <= 400);
add('render thread: start (answering its first check: that kind loaded alone)', '≤ 150 ms', cli?.thread?.startMs?.median, ' ms', (x) => x <= 150);
add('render thread: RSS above the process, started (after its first check)', '≤ 50 MB', cli && Math.round(cli.thread.startedMb.median * 10) / 10, ' MB', (x) => x <= 50);
add('render thread: RSS above the process, after every kind in PDF and DOCX', '≤ 50 MB', cli && Math.round(cli.thread.renderedMb.median * 10) / 10, ' MB', (x) => x <= 50);
// Beside the target (one thread), what a second thread of a pool adds (bench/cli.ts): reported only.
const second = cli?.thread?.twoThreads?.secondRenderedMb as number | undefined;
targets.push({ what: 'the same, a second thread of a pool (two threads after every kind, less one)', target: 'reported', value: second === undefined ? 'not measured' : `${second} MB`, pass: null });
// And the one thread warm: after several rounds of every kind (bench/cli.ts WARM_ROUNDS): reported only.
const warm = cli?.thread?.warm as { rounds: number; renderedMb: { median: number } } | undefined;
targets.push({ what: `the same, one thread warm (after ${warm?.rounds ?? '?'} rounds of every kind in PDF and DOCX)`, target: 'reported', value: warm === undefined ? 'not measured' : `${Math.round(warm.renderedMb.median * 10) / 10} MB`, pass: null });

const pool = (all.http?.runs as Any[] | undefined)?.find((r) => r.workers > 0);
add(`HTTP rfa PDF, 32 connections, requests/s (pool of ${pool?.workers ?? '?'})`, '≥ 300', pool?.requestsPerSecond, '', (x) => x >= 300);
add('HTTP rfa PDF, 32 connections, p99', '≤ 100 ms', pool?.latencyMs?.p99, ' ms', (x) => x <= 100);
add('HTTP rfa PDF, 32 connections, errors + timeouts + non-2xx', '0', pool && pool.errors + pool.timeouts + pool.non2xx, '', (x) => x === 0);
const steady = pool?.steady as Any | undefined;
targets.push({
  what: `the same service long-running (timed again after ${steady?.afterRequests?.toLocaleString('en-US') ?? '?'} requests): requests/s, p99`,
  target: 'reported',
  value: steady ? `${steady.requestsPerSecond}/s, p99 ${steady.latencyMs.p99} ms` : 'not measured',
  pass: null,
});

const batch = (all.batch?.runs as Any[] | undefined) ?? [];
const cliRuns = batch.filter((r) => r.via === 'cli').sort((a, b) => a.records - b.records);
const b1k = cliRuns[0];
const b10k = cliRuns.at(-1);
add(`\`harbor batch\` ${b1k?.records?.toLocaleString('en-US') ?? '1,000'} one-year worksheets from CSV, wall incl. start-up`, '≤ 5 s (1,000)', b1k?.seconds, ' s', (x) => x <= 5 * ((b1k?.records ?? 1000) / 1000));
add(`\`harbor batch\` ${b1k?.records?.toLocaleString('en-US') ?? '1,000'}, peak RSS`, '≤ 300 MB', b1k?.peakRssMb, ' MB', (x) => x <= 300);
add(`\`harbor batch\` ${b10k?.records?.toLocaleString('en-US') ?? '10,000'}, peak RSS`, '≤ 300 MB', b10k?.peakRssMb, ' MB', (x) => x <= 300);

const rows = (all.kinds?.rows as Any[] | undefined) ?? [];
const med = (kind: string, f: string): number | undefined => rows.find((r) => r.kind === kind && r.format === f)?.total?.median;
add('T-visa example → PDF through generate(), warm (median)', '≤ 5 ms', med('t-visa-declaration', 'pdf'), ' ms', (x) => x <= 5);
add('restitution example → PDF through generate(), warm', '≤ 8 ms', med('restitution-worksheet', 'pdf'), ' ms', (x) => x <= 8);
for (const k of [...new Set(rows.map((r) => r.kind as string))]) {
  const p = med(k, 'pdf');
  const d = med(k, 'docx');
  add(`${k}: DOCX / PDF time`, '≤ 2×', p && d ? Math.round((d / p) * 100) / 100 : undefined, '×', (x) => x <= 2);
}

const cmp = all.compare;
add(`T-visa PDF: warm headless Chromium / Harbor HTTP (both warmed by ${cmp?.warmup?.harbor?.samples ?? '?'} samples, timed alternately)`, '≥ 10×', cmp?.ratioChromium, '×', (x) => x >= 10);
targets.push({ what: 'the same, as earlier records took it (Harbor after 20 requests, Chromium after 10 prints)', target: 'reported', value: cmp?.fixedWarmup?.ratioChromium ? `${cmp.fixedWarmup.ratioChromium}×` : 'not measured', pass: null });
targets.push({ what: 'T-visa PDF: LibreOffice converting the DOCX (cold) / Harbor HTTP', target: 'reported', value: cmp?.ratioLibreOffice ? `${cmp.ratioLibreOffice}×` : 'not measured', pass: null });

const n22 = all.node22;
targets.push({ what: `runs on Node 20 (${n22?.engines?.versions?.[0] ?? '?'}) and 22 (${n22?.node22 ?? '?'}): kinds, render, warm renders`, target: 'yes', value: n22 ? (n22.kinds.ok && n22.render.ok && n22.warmOk ? 'yes' : 'no') : 'not measured', pass: n22 ? n22.kinds.ok && n22.render.ok && n22.warmOk : null });
add('packages whose engines range excludes Node 20 or 22 (npm ci EBADENGINE)', '0', n22?.engines?.misses?.length, '', (x) => x === 0);
add('the whole `npm run bench`, wall', '≤ 12 min', Number.isNaN(benchSeconds) ? undefined : Math.round((benchSeconds / 60) * 10) / 10, ' min', (x) => x <= 12);

const mark = (t: Target): string => (t.pass === null ? '' : t.pass ? 'pass' : '**miss**');
// Run again by hand for the same run (the same seconds: to embed an edited ANALYSIS.md), it keeps
// the machine and load that run ended with, not this moment's.
const previous = all.targets;
const m = previous?.machine && previous.benchSeconds === benchSeconds && previous.quick === QUICK ? (previous.machine as ReturnType<typeof machine>) : machine();
const table = [
  `One \`npm run bench\`${QUICK ? ' --quick (fewer samples: for development, not for the record)' : ''}, ${m.cores} × ${m.cpu}, Node ${m.node}, load average ${m.loadAverage} at the end; each figure's section below (bench/results.md) says how it was measured.`,
  '',
  '| figure | target | this run | |',
  '|---|---|---|---|',
  ...targets.map((t) => `| ${t.what} | ${t.target} | ${t.value} | ${mark(t)} |`),
].join('\n');
const passed = targets.filter((t) => t.pass === true).length;
const missed = targets.filter((t) => t.pass === false).length;
writeSection('targets', { machine: m, quick: QUICK, benchSeconds, passed, missed, targets }, `## Issue 18's targets\n\n${table}\n\n${readFileSync(`${ROOT}bench/ANALYSIS.md`, 'utf8').trim()}`);

// README: the same table between the markers.
const readme = readFileSync(`${ROOT}README.md`, 'utf8');
const open = '<!-- bench:targets -->';
const close = '<!-- /bench:targets -->';
const i = readme.indexOf(open);
const j = readme.indexOf(close);
if (i < 0 || j < i) throw new Error(`README.md has no ${open} … ${close} block in its Speed section`);
writeFileSync(`${ROOT}README.md`, `${readme.slice(0, i + open.length)}\n${table}\n${readme.slice(j)}`);
process.stdout.write(`\n## Issue 18's targets\n\n${table}\n\n${passed} pass, ${missed} missed.\n`);
