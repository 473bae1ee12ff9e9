// Side by side with what users would use instead (issue 18 target 6): the T-visa example
// (fixtures/t-visa-declaration/full.json) as a PDF
// - through Harbor's HTTP API (`harbor serve` spawned from the build, its default render pool:
//   the latency one user sees, one request at a time);
// - printed by warm headless Chromium (Debian's /usr/bin/chromium driven by playwright-core):
//   launched once, one page reused, each sample `setContent` of the same document as HTML
//   (bench/html.ts, built from the same document model) then `page.pdf()`;
// - converted from Harbor's own DOCX of the case by LibreOffice
//   (`soffice --headless --convert-to pdf`), cold: one process per conversion, as a script runs
//   it (a warm listener needs the UNO Python bridge, which Debian's LibreOffice here lacks), with
//   a throw-away profile folder made warm by one conversion before timing.
// Harbor and Chromium are each warmed by the same rule (warm(): 200 samples each), then
// timed alternately; the figure earlier records took (each alone after a fixed 20 requests / 10
// prints, which leaves a JIT-compiled render thread partly cold) is still measured and shown.
// Ratios: the alternative's median / Harbor's median. Everything it starts is stopped, and its
// temporary folder removed, before it exits.
//
//   npx tsx bench/compare.ts [--quick]    (writes the `compare` section of bench/results.json and .md)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { buildDocument, generate } from '../src/pipeline.js';
import { modelToHtml } from './html.js';
import { ROOT, machine, n, round, startServer, stats, type Stats } from './lib.js';
import { writeSection } from './results-file.js';

const KIND = 't-visa-declaration';
const BODY = readFileSync(`${ROOT}fixtures/${KIND}/full.json`, 'utf8');
const RUNS = n(40, 8);
const SOFFICE_RUNS = n(5, 2);
const CHROMIUM = '/usr/bin/chromium';

/** One timed sample: a Harbor request or a Chromium print, in milliseconds. */
type Sample = () => Promise<number>;

/** How the two were warmed: samples taken before timing, and the medians of the warm-up's blocks. */
interface Warmup {
  samples: number;
  blockMediansMs: number[];
}

const BLOCK = 20;
const WARM = n(200, 40);

/**
 * Warm one side by the same rule for both: the same number of samples (200), their medians by
 * blocks of 20 kept to show that each side is flat by the end. A running service and a reused
 * browser page are both past their warm-up when a user's document arrives; a small fixed count
 * (the earlier records' 20 requests) leaves a JIT-compiled render thread partly cold while
 * Chromium's printing is native code.
 */
async function warm(sample: Sample): Promise<Warmup> {
  const medians: number[] = [];
  for (let done = 0; done < WARM; done += BLOCK) medians.push(stats(await times(sample, Math.min(BLOCK, WARM - done))).median);
  return { samples: WARM, blockMediansMs: medians };
}

async function times(sample: Sample, count: number): Promise<number[]> {
  const ms: number[] = [];
  for (let i = 0; i < count; i++) ms.push(await sample());
  return ms;
}

/** A fresh `harbor serve` (the build, its default render pool): one POST of the case, timed to the last byte. */
function harborSampler(url: string): Sample {
  return async () => {
    const t = performance.now();
    const res = await fetch(`${url}/v1/documents/${KIND}?format=pdf`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: BODY });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`Harbor answered ${res.status}`);
    return performance.now() - t;
  };
}

/** One reused Chromium page: `setContent` of the document's HTML, then `page.pdf()`. */
function chromiumSampler(page: Page, html: string): Sample {
  return async () => {
    const t = performance.now();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ format: 'Letter', preferCSSPageSize: true });
    if (pdf.length < 1000) throw new Error('Chromium printed an empty PDF');
    return performance.now() - t;
  };
}

interface Compared {
  /** As the earlier records measured: each side alone, after a fixed warm-up (Harbor 20, Chromium 10). */
  fixed: { harbor: Stats; chromium: Stats | string };
  /** Both warmed by the same rule (warm()), then timed alternately (one Harbor request, one print). */
  warmed: { harbor: Stats; chromium: Stats | string; warmup: { harbor: Warmup; chromium: Warmup | null } };
}

async function harborAndChromium(html: string): Promise<Compared> {
  const server = await startServer();
  try {
    const harbor = harborSampler(server.url);
    await times(harbor, 20);
    const harborFixed = stats(await times(harbor, RUNS));
    if (!existsSync(CHROMIUM)) {
      const why = `not measured: ${CHROMIUM} is not installed (apt-get install -y chromium)`;
      const warmed = await warm(harbor);
      return { fixed: { harbor: harborFixed, chromium: why }, warmed: { harbor: stats(await times(harbor, RUNS)), chromium: why, warmup: { harbor: warmed, chromium: null } } };
    }
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const chrome = chromiumSampler(await browser.newPage(), html);
      await times(chrome, 10);
      const chromeFixed = stats(await times(chrome, RUNS));
      const warmed = { harbor: await warm(harbor), chromium: await warm(chrome) };
      // Alternate the two so that both see the same minutes of this shared machine.
      const h: number[] = [];
      const c: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        h.push(await harbor());
        c.push(await chrome());
      }
      return { fixed: { harbor: harborFixed, chromium: chromeFixed }, warmed: { harbor: stats(h), chromium: stats(c), warmup: warmed } };
    } finally {
      await browser.close();
    }
  } finally {
    await server.stop();
  }
}

function libreOffice(docx: Uint8Array, dir: string): Stats | string {
  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find(existsSync);
  if (!soffice) return 'not measured: LibreOffice is not installed (apt-get install -y libreoffice-writer)';
  const file = join(dir, 'case.docx');
  writeFileSync(file, docx);
  const profile = `file://${join(dir, 'lo-profile')}`;
  const convert = (): number => {
    const t = performance.now();
    const r = spawnSync(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', join(dir, 'out'), file], { encoding: 'utf8', timeout: 120_000 });
    if (r.status !== 0 || !existsSync(join(dir, 'out', 'case.pdf'))) throw new Error(`soffice failed (${r.status}): ${r.stderr.slice(-300)}`);
    rmSync(join(dir, 'out'), { recursive: true, force: true });
    return performance.now() - t;
  };
  convert(); // makes the profile folder, as an installed LibreOffice has one
  return stats(Array.from({ length: SOFFICE_RUNS }, convert));
}

export async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'harbor-bench-compare-'));
  try {
    const input = JSON.parse(BODY) as unknown;
    const html = modelToHtml(buildDocument(KIND, input).model);
    const docx = (await generate({ kind: KIND, input, format: 'docx' })).bytes;
    const both = await harborAndChromium(html);
    const lo = libreOffice(docx, dir);
    const harbor = both.warmed.harbor;
    const ratio = (s: Stats | string, base: Stats = harbor): number | null => (typeof s === 'string' ? null : round(s.median / base.median, 1));
    const result = {
      machine: machine(),
      runs: RUNS,
      sofficeRuns: SOFFICE_RUNS,
      harborHttp: harbor,
      chromium: both.warmed.chromium,
      warmup: both.warmed.warmup,
      fixedWarmup: { harborHttp: both.fixed.harbor, chromium: both.fixed.chromium, ratioChromium: ratio(both.fixed.chromium, both.fixed.harbor) },
      libreOfficeCold: lo,
      ratioChromium: ratio(both.warmed.chromium),
      ratioLibreOffice: ratio(lo),
    };
    const cell = (s: Stats | string): string => (typeof s === 'string' ? s : `${s.median} / ${s.p95}`);
    const blocks = (w: Warmup | null): string => (w ? `${w.blockMediansMs.join(', ')} ms` : 'n/a');
    const md = [
      '## Side by side: the T-visa example as a PDF (bench/compare.ts)',
      '',
      `Milliseconds, median / p95; one document at a time. ${result.machine.cores} × ${result.machine.cpu}, Node ${result.machine.node}, load average ${result.machine.loadAverage} at the end.`,
      '',
      `Both warmed by one rule, ${WARM} samples each (the medians of each block of ${BLOCK} below show both flat by the end), then ${RUNS} of each taken alternately, so that both see the same minutes of this shared machine. Block medians of the warm-up: Harbor ${blocks(result.warmup.harbor)}; Chromium ${blocks(result.warmup.chromium)}.`,
      '',
      '| how | ms | Harbor is faster by |',
      '|---|---|---|',
      `| Harbor, \`POST /v1/documents/${KIND}?format=pdf\` (HTTP, a fresh \`harbor serve\` and its render pool; warmed) | ${cell(harbor)} | |`,
      `| headless Chromium, warm (one page reused; setContent + page.pdf of the same text; warmed) | ${cell(result.chromium)} | **${result.ratioChromium ?? 'n/a'}×** |`,
      `| LibreOffice converting Harbor's DOCX, cold (\`soffice --headless --convert-to pdf\`, one process each; ${SOFFICE_RUNS} runs) | ${cell(lo)} | **${result.ratioLibreOffice ?? 'n/a'}×** |`,
      '',
      `As earlier records measured it (each alone, ${RUNS} after a fixed warm-up of 20 requests shared by the pool's threads and 10 prints): Harbor ${cell(both.fixed.harbor)}, Chromium ${cell(both.fixed.chromium)}, **${result.fixedWarmup.ratioChromium ?? 'n/a'}×**.`,
    ].join('\n');
    writeSection('compare', result, md);
    process.stdout.write(md + '\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
