// Node 22 LTS (issue 18 target 7): the code runs on Node 20 (these machines) and on Node 22 (the
// Docker image), and no package of the dependency set declares an engine range that excludes
// either (which is what makes `npm ci` print EBADENGINE warnings).
// - Node 22 comes from the npm registry (`npx -y -p node@22`, kept in npm's cache): it runs
//   `harbor kinds`, `harbor render rfa … -o x.pdf` from the build, and warm renders of the T-visa
//   example (PDF and DOCX) through generate();
// - every package in package-lock.json with an `engines.node` range is checked against this Node
//   and that Node 22 with semver (the check npm's EBADENGINE warning makes).
//
//   npx tsx bench/node22.ts [--quick]    (writes the `node22` section of bench/results.json and .md)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import semver from 'semver';
import { BIN, ROOT, harborEnv, machine, n } from './lib.js';
import { writeSection } from './results-file.js';

const NODE22 = ['-y', '-p', 'node@22', 'node'];

function npx22(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string; ms: number } {
  const t = performance.now();
  const r = spawnSync('npx', [...NODE22, ...args], { cwd, env: harborEnv(), encoding: 'utf8', timeout: 300_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, ms: Math.round(performance.now() - t) };
}

const WARM = `
const { generate } = await import(process.argv[1]);
const { readFileSync } = await import('node:fs');
const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const runs = Number(process.argv[3]);
const out = {};
for (const format of ['pdf', 'docx']) {
  for (let i = 0; i < 10; i++) await generate({ kind: 't-visa-declaration', input, format });
  const ms = [];
  let bytes;
  for (let i = 0; i < runs; i++) { const t = performance.now(); bytes = (await generate({ kind: 't-visa-declaration', input, format })).bytes; ms.push(performance.now() - t); }
  ms.sort((a, b) => a - b);
  out[format] = { medianMs: Math.round(ms[Math.floor(ms.length / 2)] * 100) / 100, bytes: bytes.length, head: Buffer.from(bytes.slice(0, 4)).toString('latin1') };
}
process.stdout.write(JSON.stringify({ node: process.version, ...out }));
`;

interface EngineMiss {
  pkg: string;
  range: string;
  node: string;
}

function engineMisses(versions: string[]): { checked: number; misses: EngineMiss[] } {
  const lock = JSON.parse(readFileSync(`${ROOT}package-lock.json`, 'utf8')) as { packages: Record<string, { engines?: Record<string, string> | string[]; dev?: boolean }> };
  let checked = 0;
  const misses: EngineMiss[] = [];
  for (const [path, p] of Object.entries(lock.packages)) {
    const range = !Array.isArray(p.engines) ? p.engines?.node : undefined;
    if (path === '' || range === undefined) continue;
    checked++;
    for (const v of versions) if (!semver.satisfies(v, range, { includePrerelease: true })) misses.push({ pkg: path.replace(/^.*node_modules\//, ''), range, node: v });
  }
  return { checked, misses };
}

export async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'harbor-bench-node22-'));
  try {
    const version = npx22(['--version'], dir);
    if (version.status !== 0) throw new Error(`npx -p node@22 failed: ${version.stderr.slice(-300)}`);
    const v22 = version.stdout.trim();
    const kinds = npx22([BIN, 'kinds'], dir);
    const pdf = join(dir, 'x.pdf');
    const render = npx22([BIN, 'render', 'rfa', `${ROOT}fixtures/rfa/full.json`, '-o', pdf], dir);
    const pdfOk = render.status === 0 && existsSync(pdf) && readFileSync(pdf).subarray(0, 5).toString('latin1') === '%PDF-';
    const warm = npx22(['--input-type=module', '-e', WARM, `${ROOT}dist/pipeline.js`, `${ROOT}fixtures/t-visa-declaration/full.json`, String(n(40, 10))], dir);
    const warmJson = warm.status === 0 ? (JSON.parse(warm.stdout) as { node: string; pdf: { medianMs: number; bytes: number; head: string }; docx: { medianMs: number; bytes: number; head: string } }) : null;
    const engines = engineMisses([process.version, v22]);
    const result = {
      machine: machine(),
      node22: v22,
      kinds: { ok: kinds.status === 0 && kinds.stdout.startsWith('rfa\t'), lines: kinds.stdout.split('\n').filter((l) => /^\S/.test(l)).length },
      render: { ok: pdfOk, status: render.status },
      warm: warmJson,
      warmOk: !!warmJson && warmJson.pdf.head === '%PDF' && warmJson.docx.head.startsWith('PK'),
      engines: { versions: [process.version, v22], ...engines },
    };
    const ok = result.kinds.ok && result.render.ok && result.warmOk && engines.misses.length === 0;
    const md = [
      '## Node 22 LTS (bench/node22.ts)',
      '',
      `Node ${v22} fetched from the npm registry (\`npx -y -p node@22\`), running the same build as Node ${process.version}:`,
      '',
      `- \`harbor kinds\`: ${result.kinds.ok ? `ok (${result.kinds.lines} kinds)` : `FAILED (exit ${kinds.status})`}; \`harbor render rfa … -o x.pdf\`: ${pdfOk ? 'ok (a PDF)' : `FAILED (exit ${render.status})`};`,
      `- warm T-visa example through generate() on Node 22: ${warmJson ? `PDF ${warmJson.pdf.medianMs} ms (${Math.round(warmJson.pdf.bytes / 1024)} KB), DOCX ${warmJson.docx.medianMs} ms (${Math.round(warmJson.docx.bytes / 1024)} KB)` : `FAILED: ${warm.stderr.slice(-200)}`};`,
      `- engine ranges: ${engines.checked} packages of package-lock.json declare \`engines.node\`; ${engines.misses.length === 0 ? `every range admits both ${process.version} and ${v22}, so \`npm ci\` prints no EBADENGINE warning on either` : `excluded: ${engines.misses.map((m) => `${m.pkg} (${m.range}) on ${m.node}`).join('; ')}`}.`,
      '',
      `Result: **${ok ? 'runs on Node 20 and 22, no engine warnings' : 'FAILED'}**.`,
    ].join('\n');
    writeSection('node22', result, md);
    process.stdout.write(md + '\n');
    if (!ok) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
