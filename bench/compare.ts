// Side by side with what users would use instead (issue 18 target 6): the T-visa example
// (fixtures/t-visa-declaration/full.json) as a PDF
// - through Harbor's HTTP API (`harbor serve` spawned from the build, its default render pool,
//   one request at a time after a warm-up: the latency one user sees);
// - printed by warm headless Chromium (Debian's /usr/bin/chromium driven by playwright-core):
//   launched once, one page reused, each sample `setContent` of the same document as HTML
//   (bench/html.ts, built from the same document model) then `page.pdf()`;
// - converted from Harbor's own DOCX of the case by LibreOffice
//   (`soffice --headless --convert-to pdf`), cold: one process per conversion, as a script runs
//   it (a warm listener needs the UNO Python bridge, which Debian's LibreOffice here lacks), with
//   a throw-away profile folder made warm by one conversion before timing.
// Ratios: the alternative's median / Harbor's median. Everything it starts is stopped, and its
// temporary folder removed, before it exits.
//
//   npx tsx bench/compare.ts [--quick]    (writes the `compare` section of bench/results.json and .md)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { buildDocument, generate } from '../src/pipeline.js';
import { modelToHtml } from './html.js';
import { ROOT, machine, n, round, startServer, stats, type Stats } from './lib.js';
import { writeSection } from './results-file.js';

const KIND = 't-visa-declaration';
const BODY = readFileSync(`${ROOT}fixtures/${KIND}/full.json`, 'utf8');
const RUNS = n(40, 8);
const SOFFICE_RUNS = n(5, 2);
const CHROMIUM = '/usr/bin/chromium';

async function harborHttp(): Promise<Stats> {
  const server = await startServer();
  try {
    const post = async (): Promise<number> => {
      const t = performance.now();
      const res = await fetch(`${server.url}/v1/documents/${KIND}?format=pdf`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: BODY });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`Harbor answered ${res.status}`);
      return performance.now() - t;
    };
    for (let i = 0; i < 20; i++) await post(); // every render thread warm
    const ms: number[] = [];
    for (let i = 0; i < RUNS; i++) ms.push(await post());
    return stats(ms);
  } finally {
    await server.stop();
  }
}

async function chromiumPrint(html: string): Promise<Stats | string> {
  if (!existsSync(CHROMIUM)) return `not measured: ${CHROMIUM} is not installed (apt-get install -y chromium)`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    const print = async (): Promise<number> => {
      const t = performance.now();
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf({ format: 'Letter', preferCSSPageSize: true });
      if (pdf.length < 1000) throw new Error('Chromium printed an empty PDF');
      return performance.now() - t;
    };
    for (let i = 0; i < 10; i++) await print();
    const ms: number[] = [];
    for (let i = 0; i < RUNS; i++) ms.push(await print());
    return stats(ms);
  } finally {
    await browser.close();
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
    const harbor = await harborHttp();
    const chrome = await chromiumPrint(html);
    const lo = libreOffice(docx, dir);
    const ratio = (s: Stats | string): number | null => (typeof s === 'string' ? null : round(s.median / harbor.median, 1));
    const result = { machine: machine(), runs: RUNS, sofficeRuns: SOFFICE_RUNS, harborHttp: harbor, chromium: chrome, libreOfficeCold: lo, ratioChromium: ratio(chrome), ratioLibreOffice: ratio(lo) };
    const cell = (s: Stats | string): string => (typeof s === 'string' ? s : `${s.median} / ${s.p95}`);
    const md = [
      '## Side by side: the T-visa example as a PDF (bench/compare.ts)',
      '',
      `Milliseconds, median / p95; one document at a time. ${result.machine.cores} × ${result.machine.cpu}, Node ${result.machine.node}, load average ${result.machine.loadAverage} at the end.`,
      '',
      '| how | ms | Harbor is faster by |',
      '|---|---|---|',
      `| Harbor, \`POST /v1/documents/${KIND}?format=pdf\` (HTTP, render pool, ${RUNS} requests after 20 warm-up) | ${cell(harbor)} | |`,
      `| headless Chromium, warm (one page reused; setContent + page.pdf of the same text; ${RUNS} after 10 warm-up) | ${cell(chrome)} | **${ratio(chrome) ?? 'n/a'}×** |`,
      `| LibreOffice converting Harbor's DOCX, cold (\`soffice --headless --convert-to pdf\`, one process each; ${SOFFICE_RUNS} runs) | ${cell(lo)} | **${ratio(lo) ?? 'n/a'}×** |`,
    ].join('\n');
    writeSection('compare', result, md);
    process.stdout.write(md + '\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
