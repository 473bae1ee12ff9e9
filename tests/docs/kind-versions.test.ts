// A doc that names a kind's contract version agrees with `about.ts` (docs/architecture.md
// §Metadata: the version is part of every fingerprint). The memo's README named 2.17.0 under
// "Template version" while the kind was at 2.20.0, and the worksheet's README opened "(version 2,
// template 2.12.0)" at 2.19.0: a reader takes the number as the kind's. Every kind keeps its
// history in VERSIONS.md beside `about.ts`, newest first, and nowhere else.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/kinds/index.js';
import { repoFiles, ROOT } from '../support/files.js';

const VERSION = /\b(\d+)\.(\d+)\.(\d+)\b/g;
const parts = (v: string) => v.split('.').map(Number) as [number, number, number];
const cmp = (a: string, b: string) => {
  const [x, y] = [parts(a), parts(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
};
const read = (f: string) => readFileSync(join(ROOT, f), 'utf8');

/** The paragraphs of a Markdown text: blank lines and list items start a new one. */
function paragraphs(text: string): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || /^\s*- /.test(line) || /^#/.test(line)) {
      if (cur.length > 0) out.push(cur.join(' '));
      cur = line.trim() === '' ? [] : [line];
      if (/^#/.test(line)) {
        out.push(line); // a heading is a paragraph of its own
        cur = [];
      }
    } else cur.push(line);
  }
  if (cur.length > 0) out.push(cur.join(' '));
  return out;
}

/**
 * The versions a text gives as a kind's present one: in a paragraph about the kind's version (it
 * names `about.ts`'s `version` or VERSIONS.md), every version it names; elsewhere one said to be
 * current ("currently 2.20.0", "the current version, 2.20.0") or a "(version 2, template 2.12.0)".
 */
export function presentVersions(text: string): string[] {
  const out: string[] = [];
  for (const p of paragraphs(text)) {
    if (/`about\.ts` `version`|VERSIONS\.md/.test(p) && !/^#/.test(p)) {
      out.push(...[...p.matchAll(VERSION)].map((m) => m[0]));
      continue;
    }
    for (const m of p.matchAll(/\b(?:current (?:contract |template )?version|currently(?: at)?|is now at)\b[^\d.;\n]{0,20}(\d+\.\d+\.\d+)\b/gi)) out.push(m[1]!);
    for (const m of p.matchAll(/\(version \d+, template (\d+\.\d+\.\d+)\)/g)) out.push(m[1]!);
  }
  return out;
}

describe('presentVersions', () => {
  it('reads a paragraph about the version, a version said to be current, and a "(version N, template X)"', () => {
    expect(presentVersions('## Template version\n`about.ts` `version` is raised once per round. 2.17.0: the caption…')).toEqual(['2.17.0']);
    expect(presentVersions('The law (version 2, template 2.12.0) is here.\n\nNew in 2.10.0: a field.')).toEqual(['2.12.0']);
    expect(presentVersions('The kind is currently at 2.20.0; since 2.3.0 it warns.')).toEqual(['2.20.0']);
    expect(presentVersions('Its current contract version, 2.20.0, prints it.')).toEqual(['2.20.0']);
    // "current" about something else, a version further on: not the kind's.
    expect(presentVersions('read in a stored copy of the current code (searched again for template 2.4.0')).toEqual([]);
    expect(presentVersions('New in 2.17.0: `concern`. Every 2.16.0 case is valid.')).toEqual([]);
  });
});

describe.each(KINDS.map((k) => [k.id, k.version] as const))('kind %s at %s', (id, version) => {
  const dir = `src/kinds/${id}`;
  const docs = [...repoFiles(dir, /\.md$/), ...repoFiles('docs/domain', new RegExp(`^${id}.*\\.md$`))];

  it('keeps its history in VERSIONS.md, newest first, its first entry the version of about.ts', () => {
    expect(existsSync(join(ROOT, dir, 'VERSIONS.md'))).toBe(true);
    const entries = [...read(`${dir}/VERSIONS.md`).matchAll(/^- Contract version (\d+\.\d+\.\d+)/gm)].map((m) => m[1]!);
    expect(entries[0]).toBe(version);
    const outOfOrder = entries.filter((v, i) => i > 0 && cmp(v, entries[i - 1]!) > 0);
    expect(outOfOrder).toEqual([]);
  });

  it('about.ts holds no history of its own (a comment opening with a version)', () => {
    const lines = read(`${dir}/about.ts`).split('\n').filter((l) => /^\s*\/\/\s*(?:Also\s+)?\d+\.\d+\.\d+\b/.test(l));
    expect(lines).toEqual([]);
  });

  it('no doc of the kind gives another version as its present one, nor names one it has not reached', () => {
    const wrong = docs.flatMap((f) => {
      const text = read(f);
      // VERSIONS.md is the history: every version it names is a past one, or the present.
      const present = (f.endsWith('/VERSIONS.md') ? [] : presentVersions(text)).filter((v) => v !== version).map((v) => `${f}: ${v} given as the kind's version`);
      const ahead = [...text.matchAll(VERSION)].map((m) => m[0]).filter((v) => parts(v)[0] === parts(version)[0] && cmp(v, version) > 0).map((v) => `${f}: ${v} is ahead of ${version}`);
      return [...present, ...ahead];
    });
    expect(wrong).toEqual([]);
  });
});
