// README.md's first screen and §CLI tell a newcomer what to install and how to run `harbor` in a
// clone: the Node versions it names are package.json's `engines` (Node 21 is outside them, and an
// earlier "Node 20.19+" let it in), and the commands it gives (`npx harbor`, `node bin/harbor.js`)
// run the package's own `bin`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string }; bin: Record<string, string> };

describe("README.md's first screen", () => {
  const firstScreen = readme.slice(0, readme.indexOf('\n## '));

  it("names the Node versions of package.json's engines, quoted as they are there", () => {
    const quoted = /`engines` is\s+`([^`]+)`/.exec(firstScreen)?.[1];
    expect(quoted).toBe(pkg.engines.node);
    expect(firstScreen).not.toMatch(/Node 20\.19\+/);
  });

  it('runs `harbor` as the package bin: npx harbor in the first screen, node bin/harbor.js in §CLI', () => {
    expect(pkg.bin.harbor).toBe('bin/harbor.js');
    expect(firstScreen).toContain('npx harbor render');
    const cli = readme.slice(readme.indexOf('## CLI'), readme.indexOf('```', readme.indexOf('## CLI')));
    expect(cli).toContain('`npx harbor …`');
    expect(cli).toContain(`\`node ${pkg.bin.harbor} …\``);
  });
});
