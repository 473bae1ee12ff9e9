// `npm run bench`: how long Harbor's renderers take, and how that compares with the floor.
//
// Documents: the specimen (tests/specimen: 18 pages, 300-row table, five scripts) and a
// declaration of about three pages of numbered paragraphs (bench/models.ts).
// Measured per document and format:
//   cold: the first render in a fresh Node process (fonts read and parsed, code not yet JIT-ed);
//         one child process per sample;
//   warm: renders after a warm-up, in one process.
// Floor: pdf-lib drawing the very same lines (taken from our layout, so no layout work) with its
// built-in Helvetica (no font embedding) and a default save().
// Writes bench/results.json and bench/results.md (table + bench/NOTES.md, the profile analysis).
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { readFileSync } from 'node:fs';
import { writeSection } from './results-file.js';
import { n } from './lib.js';
import { fileURLToPath } from 'node:url';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { HarborDocument } from '../src/model/types.js';
import type { DocumentLayout } from '../src/render/pdf/boxes.js';
import { layoutDocument } from '../src/render/pdf/layout.js';
import { paint } from '../src/render/pdf/paint.js';
import { harborFonts } from '../src/render/pdf/fonts.js';
import { renderPdf } from '../src/render/pdf/index.js';
import { renderDocx } from '../src/render/docx/index.js';
import { specimenModel } from '../tests/specimen/index.js';
import { declarationModel } from './models.js';
import { profilePdf } from './profile.js';

type DocId = 'declaration' | 'specimen';
type Format = 'pdf' | 'docx';
const DOCS: Record<DocId, () => HarborDocument> = { declaration: declarationModel, specimen: specimenModel };
const RENDER: Record<Format, (d: HarborDocument) => Promise<Uint8Array>> = { pdf: renderPdf, docx: renderDocx };
const WARM_RUNS: Record<DocId, number> = { declaration: n(200, 20), specimen: n(30, 5) };
const COLD_RUNS = n(5, 2);
const HERE = fileURLToPath(new URL('.', import.meta.url));

interface Stats {
  median: number;
  p95: number;
  n: number;
}
function stats(ms: number[]): Stats {
  const s = [...ms].sort((a, b) => a - b);
  const rank = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
  const r = (x: number) => Math.round(x * 100) / 100;
  return { median: r(rank(0.5)), p95: r(rank(0.95)), n: s.length };
}

async function timeRuns(n: number, fn: () => Promise<unknown>, warmup = 5): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

/** Helvetica can only show WinAnsi text: replace anything else (CJK, Greek...) by "?". */
function winAnsi(s: string): string {
  return s.replace(/[^\x20-\x7e\xa0-\xff—–‘’“”•€]/g, '?');
}

/** The floor: pdf-lib draws the same lines at the same places with built-in Helvetica. */
async function floorPdf(layout: DocumentLayout): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const pg of layout.pages) {
    const page = pdf.addPage([pg.width, pg.height]);
    for (const b of pg.boxes) if (b.type === 'text') page.drawText(winAnsi(b.text), { x: b.x, y: pg.height - b.y, size: b.size, font });
  }
  return pdf.save();
}

/** Child mode: one cold render, prints {"ms": …} or {"error": …}. */
async function coldChild(doc: DocId, format: Format): Promise<void> {
  const model = DOCS[doc]();
  const t = performance.now();
  try {
    await RENDER[format](model);
    process.stdout.write(JSON.stringify({ ms: performance.now() - t }));
  } catch (e) {
    process.stdout.write(JSON.stringify({ error: e instanceof Error ? e.message : String(e) }));
  }
}

function coldRuns(doc: DocId, format: Format): number[] | string {
  const out: number[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--cold', doc, format], { encoding: 'utf8', timeout: 5 * 60_000, killSignal: 'SIGKILL' }); // one cold render: seconds
    const j = JSON.parse(r.stdout || '{"error":"no output"}') as { ms?: number; error?: string };
    if (j.error !== undefined || j.ms === undefined) return j.error ?? 'failed';
    out.push(j.ms);
  }
  return out;
}

async function main(): Promise<void> {
  const results: Record<string, unknown> = {
    machine: { node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, zlib: process.versions.zlib, loadAverageAtStart: loadavg()[0] },
    runs: { warm: WARM_RUNS, cold: COLD_RUNS },
    documents: {} as Record<string, unknown>,
  };
  const rows: string[] = [];
  for (const id of Object.keys(DOCS) as DocId[]) {
    const model = DOCS[id]();
    const layout = layoutDocument(model, harborFonts);
    const entry: Record<string, unknown> = { pages: layout.pages.length };
    // PDF, its two phases and the floor are timed interleaved (one of each per round), so load
    // from other processes on the machine hits all of them alike and the ratio stays fair.
    const pdfT: number[] = [];
    const layoutT: number[] = [];
    const paintT: number[] = [];
    const floorT: number[] = [];
    const time = async (into: number[], fn: () => unknown) => {
      const t = performance.now();
      await fn();
      into.push(performance.now() - t);
    };
    for (let i = 0; i < WARM_RUNS[id] + 5; i++) {
      await time(pdfT, () => renderPdf(model));
      await time(floorT, () => floorPdf(layout));
      await time(layoutT, () => layoutDocument(model, harborFonts));
      await time(paintT, () => paint(layout, model, harborFonts));
    }
    const warmOnly = (a: number[]) => stats(a.slice(5));
    const c = coldRuns(id, 'pdf');
    entry.pdf = { warm: warmOnly(pdfT), cold: typeof c === 'string' ? `not available: ${c}` : stats(c) };
    let docxWarm: Stats | string;
    try {
      docxWarm = stats(await timeRuns(WARM_RUNS[id], () => renderDocx(model)));
    } catch (e) {
      docxWarm = `not available: ${e instanceof Error ? e.message : String(e)}`;
    }
    const dc = coldRuns(id, 'docx');
    entry.docx = { warm: docxWarm, cold: typeof dc === 'string' ? `not available: ${dc}` : stats(dc) };
    const phases = { layout: warmOnly(layoutT), paint: warmOnly(paintT) };
    const floor = warmOnly(floorT);
    entry.pdfPhases = phases;
    entry.floor = floor;
    const pdfWarm = (entry.pdf as { warm: Stats | string }).warm;
    if (typeof pdfWarm !== 'string') entry.ratioToFloor = Math.round((pdfWarm.median / floor.median) * 100) / 100;
    (results.documents as Record<string, unknown>)[id] = entry;

    const cell = (s: Stats | string) => (typeof s === 'string' ? 'n/a' : `${s.median} / ${s.p95}`);
    const pdfE = entry.pdf as { warm: Stats | string; cold: Stats | string };
    const docxE = entry.docx as { warm: Stats | string; cold: Stats | string };
    rows.push(
      `| ${id} (${layout.pages.length} pages) | ${cell(pdfE.warm)} | ${cell(pdfE.cold)} | ${cell(docxE.warm)} | ${cell(docxE.cold)} | ${cell(floor)} | ${entry.ratioToFloor ?? 'n/a'}× | ${phases.layout.median} + ${phases.paint.median} |`,
    );
  }
  const profile = await profilePdf(declarationModel(), n(1000, 100));
  results.profileDeclarationPdf = profile;
  (results.machine as Record<string, unknown>).loadAverageAtEnd = loadavg()[0];
  const m = results.machine as { node: string; cpu: string; cores: number; loadAverageAtStart: number; loadAverageAtEnd: number };
  const md = [
    '## Renderers: a synthetic declaration and the specimen (bench/run.ts)',
    '',
    `Generated by \`npm run bench\` on Node ${m.node}, ${m.cores} × ${m.cpu}, 1-minute load average ${m.loadAverageAtStart.toFixed(1)} → ${m.loadAverageAtEnd.toFixed(1)}`,
    '(absolute times scale with the load of other processes; the PDF and the floor are timed interleaved, so their ratio is',
    'the robust number). Milliseconds, median / p95.',
    `Warm: ${WARM_RUNS.declaration} renders (declaration) and ${WARM_RUNS.specimen} (specimen) after 5 warm-up renders;`,
    `cold: the first render in a fresh process, ${COLD_RUNS} processes. Floor: pdf-lib drawing the same lines with`,
    'built-in Helvetica, no layout, no font embedding. Ratio: warm PDF median / floor median.',
    '',
    '| document | PDF warm | PDF cold | DOCX warm | DOCX cold | floor (Helvetica) | PDF / floor | PDF layout + paint (median) |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    '### Profile of the warm 3-page PDF (self time by stage, this run)',
    '',
    '| stage | ms per document | share |',
    '|---|---|---|',
    ...profile.map((p) => `| ${p.stage} | ${p.msPerDoc} | ${p.share}% |`),
    '',
    readFileSync(`${HERE}NOTES.md`, 'utf8').trim(),
    '',
  ].join('\n');
  writeSection('render', results, md);
  process.stdout.write(md);
}

const args = process.argv.slice(2);
if (args[0] === '--cold') await coldChild(args[1] as DocId, args[2] as Format);
else await main();
