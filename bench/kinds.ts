// Every kind's `full` example through generate() to PDF and to DOCX, warm, in one process (issue
// 18 target 5), with the stage table (src/stages.ts: validate, compute, template, markup, layout,
// paint, save). PDF and DOCX renders of a kind are interleaved so load from elsewhere hits both
// alike; the DOCX / PDF ratio is the robust figure. A CPU profile of the warm T-visa PDF follows,
// by package and module, so a missed target comes with where its time goes.
//
//   npx tsx bench/kinds.ts [--quick]     (writes the `kinds` section of bench/results.json and .md)
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { KINDS } from '../src/kinds/index.js';
import { generate, type Format } from '../src/pipeline.js';
import { STAGES, type Stage } from '../src/stages.js';
import { ROOT, machine, n, round, stats, type Stats } from './lib.js';
import { selfTimeByModule, type ModuleTime, type Profile } from './profile.js';
import { writeSection } from './results-file.js';

const RUNS = n(60, 10);
const WARMUP = n(15, 3);
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

async function once(kind: string, input: unknown, format: Format, into?: { total: number[]; stages: Record<Stage, number[]> }): Promise<Uint8Array> {
  const per: Partial<Record<Stage, number>> = {};
  const t = performance.now();
  const g = await generate({ kind, input, format, onStage: (s, ms) => (per[s] = (per[s] ?? 0) + ms) });
  const total = performance.now() - t;
  if (into) {
    into.total.push(total);
    for (const s of STAGES) into.stages[s].push(per[s] ?? 0);
  }
  return g.bytes;
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
  for (const k of KINDS) {
    const input = fixture(k.id);
    const acc = { pdf: { total: [] as number[], stages: Object.fromEntries(STAGES.map((s) => [s, [] as number[]])) as Record<Stage, number[]> }, docx: { total: [] as number[], stages: Object.fromEntries(STAGES.map((s) => [s, [] as number[]])) as Record<Stage, number[]> } };
    const size = { pdf: 0, docx: 0 };
    for (let i = 0; i < WARMUP; i++) for (const f of ['pdf', 'docx'] as const) size[f] = (await once(k.id, input, f)).length;
    for (let i = 0; i < RUNS; i++) for (const f of ['pdf', 'docx'] as const) await once(k.id, input, f, acc[f]);
    const pdfBytes = await once(k.id, input, 'pdf');
    const pages = (/\/Type \/Pages[^>]*\/Count (\d+)/.exec(Buffer.from(pdfBytes).toString('latin1')) ?? /\/Count (\d+)/.exec(Buffer.from(pdfBytes).toString('latin1')))?.[1];
    for (const f of ['pdf', 'docx'] as const) {
      rows.push({
        kind: k.id,
        format: f,
        ...(f === 'pdf' && pages ? { pages: Number(pages) } : {}),
        bytes: size[f],
        total: stats(acc[f].total),
        stages: Object.fromEntries(STAGES.map((s) => [s, stats(acc[f].stages[s]).median])) as Record<Stage, number>,
      });
    }
  }
  const profile = await profileTvisaPdf();
  const result = { machine: machine(), runs: RUNS, warmup: WARMUP, rows, profileTvisaPdf: { runs: PROFILE_RUNS, perDocument: profile } };
  const ratio = (kind: string): string => {
    const p = rows.find((r) => r.kind === kind && r.format === 'pdf')!;
    const d = rows.find((r) => r.kind === kind && r.format === 'docx')!;
    return `${round(d.total.median / p.total.median, 2)}×`;
  };
  const md = [
    "## Every kind's `full` example through `generate()` (bench/kinds.ts)",
    '',
    `Warm, in one process: ${WARMUP} warm-up renders, then ${RUNS} of each format, PDF and DOCX interleaved. Milliseconds; total median / p95, and the median of each stage (src/stages.ts; the stage medians need not add up to the total's). ${result.machine.cores} × ${result.machine.cpu}, Node ${result.machine.node}, load average ${result.machine.loadAverage} at the end.`,
    'Stages: validate = zod schema (+ printable-text check for a PDF); compute = legal computations + fingerprint; template = view + Handlebars; markup = markup → model; layout = PDF line breaking and pagination, DOCX paragraph, run and table descriptions; paint = PDF page operators, font subsets, deflate, PDF objects, DOCX XML parts (xml.ts), Word fixes, fonts; save = PDF objects laid out in the file with its xref table (writer.ts), DOCX ZIP.',
    '',
    `| kind | format | pages | KB | total median | p95 | ${STAGES.join(' | ')} | DOCX / PDF |`,
    `|---|---|---|---|---|---|${STAGES.map(() => '---').join('|')}|---|`,
    ...rows.map((r) => `| ${r.kind} | ${r.format} | ${r.pages ?? ''} | ${Math.round(r.bytes / 1024)} | **${r.total.median}** | ${r.total.p95} | ${STAGES.map((s) => r.stages[s]).join(' | ')} | ${r.format === 'docx' ? ratio(r.kind) : ''} |`),
    '',
    `Profile of the warm T-visa PDF (${PROFILE_RUNS} renders under the V8 sampling profiler, the data of \`node --cpu-prof\`): self time per document by package or module, largest first.`,
    '',
    '| where | ms per document | share |',
    '|---|---|---|',
    ...profile.map((p) => `| ${p.where} | ${p.ms} | ${p.share}% |`),
  ].join('\n');
  writeSection('kinds', result, md);
  process.stdout.write(md + '\n');
}

await main();
