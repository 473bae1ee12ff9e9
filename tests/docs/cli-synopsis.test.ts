// The synopses of README.md §CLI and docs/batch.md §CLI are the CLI's own (`harbor <command>
// --help`): the same arguments, the same options, optional where the help says so.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { harbor } from '../support/cli.js';

const COMMANDS = ['serve', 'kinds', 'example', 'check', 'render', 'csv-template', 'xlsx-template', 'batch', 'check-templates'];

/** Each `harbor <command> …` line of a document's §CLI code block, by command (continuation lines joined, descriptions cut). */
function synopses(file: string): Record<string, string> {
  const doc = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
  const block = /^## CLI\n[\s\S]*?^```\n([\s\S]*?)^```/m.exec(doc)?.[1] ?? '';
  const lines = block.replace(/\n {2,}(?=\S)/g, ' ').split('\n');
  const found: Record<string, string> = {};
  for (const line of lines) {
    const synopsis = line.split(/ {2,}/)[0]!.trim();
    const command = /^harbor ([a-z-]+)/.exec(synopsis)?.[1];
    if (command && COMMANDS.includes(command)) found[command] = synopsis;
  }
  return found;
}

/** `harbor <command> --help`'s synopsis, on one line. */
async function helpSynopsis(command: string): Promise<string> {
  const r = await harbor([command, '--help']);
  return r.stdout.split('\n\n')[0]!.replace(/^Usage: /, '').replace(/\s*\n\s*/g, ' ');
}

describe('CLI synopses in the docs', () => {
  it('README.md §CLI shows every command as its --help does', async () => {
    const readme = synopses('README.md');
    for (const c of COMMANDS) expect(readme[c], c).toBe(await helpSynopsis(c));
  });

  it('README.md §CLI names the other forms --help offers ("also: harbor help <command>")', async () => {
    const help = (await harbor(['--help'])).stdout;
    const also = [...help.matchAll(/\(also: (harbor [^)]+)\)/g)].map((m) => m[1]!);
    expect(also.length).toBeGreaterThan(0);
    const block = /^## CLI\n[\s\S]*?^```\n([\s\S]*?)^```/m.exec(readFileSync(new URL('../../README.md', import.meta.url), 'utf8'))?.[1] ?? '';
    for (const form of also) expect(block, form).toContain(form);
  });

  it('docs/batch.md §CLI shows harbor batch as its --help does', async () => {
    expect(synopses('docs/batch.md').batch).toBe(await helpSynopsis('batch'));
  });
});
