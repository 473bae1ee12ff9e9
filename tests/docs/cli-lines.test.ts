// The lines `harbor render` writes on stderr are the ones README.md §CLI documents: each form the
// README gives in backticks with `message [code]` (an error's, a warning's) is turned into a
// pattern, and every line the CLI writes for a case with warnings and for an invalid case matches
// one of them. A reader who scripts over stderr (a clinic's wrapper that files warnings apart from
// errors) is told the forms that are really there.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { harbor } from '../support/cli.js';

const ROOT = join(import.meta.dirname, '..', '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const cli = /^## CLI\n([\s\S]*?)^## /m.exec(readme)?.[1] ?? '';

/** The documented forms: `path: message [code]` and the like, as anchored patterns. */
const forms = [...cli.matchAll(/`([^`]*\bmessage \[code\])`/g)].map((m) => m[1]!);
const patterns = forms.map(
  (f) =>
    new RegExp(
      '^' +
        f
          .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
          .replace('path', '(?:[\\w.]+|\\(case\\))')
          .replace('message', '.+')
          .replace('code', '[a-z0-9-]+') +
        '$',
    ),
);

const work = mkdtempSync(join(tmpdir(), 'harbor-cli-lines-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const lines = (stderr: string): string[] => stderr.split('\n').filter((l) => l !== '');

describe('README §CLI: the stderr lines of render', () => {
  it('documents at least an error line and a warning line', () => {
    expect(forms.length).toBeGreaterThanOrEqual(2);
  });

  it('a case with warnings: every line is of a documented form, and a warning is told apart from an error', async () => {
    const r = await harbor(['render', 'restitution-worksheet', join(ROOT, 'fixtures', 'restitution-worksheet', 'full.json'), '-o', join(work, 'w.pdf')]);
    expect(r.status).toBe(0);
    const got = lines(r.stderr);
    expect(got.length).toBeGreaterThan(0);
    for (const l of got) expect(patterns.some((p) => p.test(l)), `${l}\nis none of ${JSON.stringify(forms)}`).toBe(true);
    // The form a warning matches is not the form an error matches (the most specific form a line
    // matches is its form: `path` alone would also take a prefix such as "warning").
    const formOf = (l: string): string => forms.filter((_, i) => patterns[i]!.test(l)).sort((a, b) => b.length - a.length)[0]!;
    const invalid = readdirSync(join(ROOT, 'fixtures', 'rfa')).find((f) => f.startsWith('invalid-'))!;
    const bad = await harbor(['render', 'rfa', join(ROOT, 'fixtures', 'rfa', invalid), '-o', join(work, 'x.pdf')]);
    expect(bad.status).toBe(1);
    const errors = lines(bad.stderr);
    expect(errors.length).toBeGreaterThan(0);
    for (const l of errors) expect(patterns.some((p) => p.test(l)), `${l}\nis none of ${JSON.stringify(forms)}`).toBe(true);
    expect(new Set(got.map(formOf)).has(formOf(errors[0]!))).toBe(false);
  });
});
