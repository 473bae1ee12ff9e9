// bench/results.json and bench/results.md hold one section per benchmark (render, http, batch), so
// each benchmark can be re-run alone without losing the others' numbers.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const JSON_FILE = `${HERE}results.json`;
const MD_FILE = `${HERE}results.md`;
/** Order of the sections in results.md, whichever benchmark ran last. */
const ORDER = ['targets', 'cli', 'kinds', 'render', 'http', 'batch', 'compare', 'node22', 'soak'];

const open = (name: string): string => `<!-- section:${name} -->`;
const close = (name: string): string => `<!-- /section:${name} -->`;

/** Replace (or add) one section of results.json and results.md. */
export function writeSection(name: string, json: unknown, markdown: string): void {
  const all = existsSync(JSON_FILE) ? (JSON.parse(readFileSync(JSON_FILE, 'utf8')) as Record<string, unknown>) : {};
  // A results.json from before sections existed is the render section.
  const sections: Record<string, unknown> = 'machine' in all ? { render: all } : all;
  sections[name] = json;
  const sorted = Object.fromEntries(Object.keys(sections).sort((a, b) => rank(a) - rank(b)).map((k) => [k, sections[k]]));
  writeFileSync(JSON_FILE, JSON.stringify(sorted, null, 2) + '\n');

  const md = existsSync(MD_FILE) ? readFileSync(MD_FILE, 'utf8') : '';
  const blocks = new Map<string, string>();
  for (const m of md.matchAll(/<!-- section:([a-z0-9]+) -->\n([\s\S]*?)\n<!-- \/section:\1 -->/g)) blocks.set(m[1]!, m[2]!);
  blocks.set(name, markdown.trim());
  const out = [...blocks.keys()].sort((a, b) => rank(a) - rank(b)).map((k) => `${open(k)}\n${blocks.get(k)!}\n${close(k)}`);
  writeFileSync(MD_FILE, `# Benchmark results\n\nWritten by \`npm run bench\` (bench/all.ts); each section by its own benchmark, which can be re-run alone.\n\n${out.join('\n\n')}\n`);
}

function rank(name: string): number {
  const i = ORDER.indexOf(name);
  return i < 0 ? ORDER.length : i;
}
