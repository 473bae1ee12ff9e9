// Every environment variable Harbor reads is documented where a user looks: README.md
// (Configuration, CLI) or docs/*.md. A variable is found as a HARBOR_* name in src/ or bin/ that is
// not a constant of the code (HARBOR_VERSION is one); PORT and HOST are read through the same
// configuration schema (src/http/config.ts) and checked by name.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoFiles as files, ROOT } from '../support/files.js';

const code = [...files('src', /\.(ts|mjs)$/), ...files('bin', /\.js$/)].map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n');
const docs = ['README.md', ...files('docs', /\.md$/)].map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n');

const constants = new Set([...code.matchAll(/\bconst (HARBOR_[A-Z0-9_]+)\b/g)].map((m) => m[1]!));
const variables = [...new Set([...code.matchAll(/\bHARBOR_[A-Z0-9_]+\b/g)].map((m) => m[0]))].filter((v) => !constants.has(v)).sort();

describe('environment variables', () => {
  it('finds the variables the code reads (the scan works)', () => {
    expect(variables).toEqual(expect.arrayContaining(['HARBOR_API_KEYS', 'HARBOR_WORKERS', 'HARBOR_TEMPLATES']));
    expect(variables).not.toContain('HARBOR_VERSION');
  });

  it('every one is documented in README.md or docs/', () => {
    const documented = (v: string) => new RegExp(`\`${v}(=[^\`]*)?\``).test(docs);
    expect([...variables, 'PORT', 'HOST'].filter((v) => !documented(v))).toEqual([]);
  });
});
