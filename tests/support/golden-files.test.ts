// Every file under tests/golden/ is one a test compares against (support/golden.ts, expectGolden):
// a golden nothing reads is a defect, since it looks reviewed while it holds nothing. Pages 1 and 9
// of the specimen PDF as PNGs (tests/golden/specimen-page-*.png, from the commit that set the
// page streams' deflate level) were named by no test for months, as the worksheet's 26 page
// images under tests/golden/docx-vs-pdf/ were before them; both were removed (the images for a
// reviewer are written only when asked: REVIEW_PAGE_IMAGES, tests/render/docx/fidelity.test.ts).
// A pixel golden is not kept in their place: it would hold poppler's anti-aliasing and the
// fonts' hinting, not Harbor's layout, which the text goldens and the layout tests hold.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOLDEN_DIR } from './golden.js';
import { repoFiles, ROOT } from './files.js';

/** Every file under tests/golden/, as a path from that folder. */
function goldenFiles(dir = ''): string[] {
  return readdirSync(join(GOLDEN_DIR, dir)).flatMap((entry) => {
    const path = dir === '' ? entry : `${dir}/${entry}`;
    return statSync(join(GOLDEN_DIR, path)).isDirectory() ? goldenFiles(path) : [path];
  });
}

/** The tests that compare against golden files (they call expectGolden), and their text. */
const readers = repoFiles('tests', /\.test\.ts$/)
  .map((path) => ({ path, text: readFileSync(join(ROOT, path), 'utf8') }))
  .filter((f) => /\bexpectGolden\(/.test(f.text));

/**
 * Whether a test reads the golden at `path`. The names given to expectGolden are built from the
 * kind (the folder) and the case's name (`${K}/${name}.${format}.txt`), or are each kind's JSON
 * Schema (`${id}/case.schema.json`): a case's golden is read when a test in that kind's folder
 * (tests/kinds/<kind>/) writes its name, the schema when a test gives expectGolden that file.
 */
function read(path: string): boolean {
  const m = /^([a-z-]+)\/(?:(case\.schema\.json)|([a-z0-9-]+)\.(?:pdf|docx)\.txt)$/.exec(path);
  if (!m) return false;
  const [, kind, schema, name] = m;
  if (schema) return readers.some((r) => /expectGolden\(`\$\{\w+\}\/case\.schema\.json`/.test(r.text)) && readers.some((r) => r.path.startsWith(`tests/kinds/${kind}/`));
  return readers.some((r) => r.path.startsWith(`tests/kinds/${kind}/`) && new RegExp(`['"\`/]${name}['".]`).test(r.text));
}

describe('golden files', () => {
  it('every file under tests/golden/ is one a test compares against', () => {
    expect(goldenFiles().filter((path) => !read(path))).toEqual([]);
  });

  it('a file no test names is found (the check can fail)', () => {
    expect(read('specimen-page-1.png')).toBe(false);
    expect(read('restitution-worksheet/nobody.pdf.txt')).toBe(false);
    expect(read('restitution-worksheet/full.pdf.txt')).toBe(true);
  });
});
