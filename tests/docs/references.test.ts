// Pointers into the repository's own documents stay true: every reference of the form
// `<docs/ or README>.md §<heading>` in code, tests, templates and docs names a document that
// exists and a heading it has (docs/architecture.md explains the convention), and nothing points
// at a file outside the repository; and every path from the root a Markdown document names
// (src/…, tests/…, scripts/…) exists.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { entered, repoFiles, ROOT } from '../support/files.js';

// dist/: the build's output (scripts/build.mjs bundles npm packages' code into it), not written by people.
/** Folders that runs write and .gitignore keeps out of the repository. */
const GENERATED = ['tests/output/', 'dist/'];
const TEXT = /\.(ts|mts|mjs|js|hbs|md|json|yml|yaml|sh)$|^(Dockerfile|run)$/;

/** Headings of a Markdown file, each without a trailing parenthesis ("Configuration (environment…)" → "Configuration"). */
function headings(file: string): string[] {
  return readFileSync(join(ROOT, file), 'utf8')
    .split('\n')
    .filter((l) => /^#{1,6} /.test(l))
    .map((l) => l.replace(/^#+ /, '').replace(/ \(.*$/, '').trim());
}

/** A Markdown text without its fenced code blocks, where `[x](y)` and `# x` are not links or headings. */
function withoutCode(text: string): string {
  return text.replace(/^```[^\n]*\n[\s\S]*?^```/gm, '');
}

/** The anchors GitHub gives the headings of a Markdown file ("## Tables across pages" → tables-across-pages). */
function anchors(file: string): string[] {
  const seen = new Map<string, number>();
  return withoutCode(readFileSync(join(ROOT, file), 'utf8'))
    .split('\n')
    .filter((l) => /^#{1,6} /.test(l))
    .map((l) => {
      const slug = l
        .replace(/^#+ /, '')
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .replace(/\s/g, '-');
      const n = seen.get(slug) ?? 0;
      seen.set(slug, n + 1);
      return n === 0 ? slug : `${slug}-${n}`;
    });
}

// "docs/architecture.md §Layers", also "docs/architecture.md §Pipeline, §Kinds", and one a comment
// wraps after the document or a comma ("(docs/architecture.md\n// §Rendering)", "§Blocks,\n * §Tables"):
// the space may be a line break and the next line's comment marker.
const SECTION = '\u00a7';
const GAP = String.raw`(?: |\n[ \t]*(?:\/\/|\*|#)?[ \t]*)`;
const REFERENCE = new RegExp(`((?:docs/[\\w/.-]+|README)\\.md)${GAP}((?:${SECTION}[A-Za-z][\\w-]*(?:,${GAP})?)+)`, 'g');

const THIS_FILE = relative(ROOT, fileURLToPath(import.meta.url));
/** Every text file of the repository that people write (not dependencies, not golden outputs). */
const files = repoFiles('', TEXT).filter((f) => f !== THIS_FILE);
const references = files.flatMap((file) =>
  [...readFileSync(join(ROOT, file), 'utf8').matchAll(REFERENCE)].flatMap((m) =>
    m[2]!
      .split(',')
      .map((s) => s.replace(/^[\s/*#]*/, '').slice(1))
      .filter((s) => s !== '')
      .map((section) => ({ file, doc: m[1]!, section })),
  ),
);

describe('references to sections of our documents', () => {
  it('finds the references (the scan itself works)', () => {
    expect(files).toContain('src/pipeline.ts');
    expect(references).toContainEqual({ file: 'src/pipeline.ts', doc: 'docs/architecture.md', section: 'Pipeline' });
    // Wrapped by its comment after the document, and after a comma.
    expect(references).toContainEqual({ file: 'src/batch/xlsx-parser.ts', doc: 'docs/batch.md', section: 'Workbooks' });
    expect(references).toContainEqual({ file: 'src/model/keeps.ts', doc: 'docs/pagination.md', section: 'Conflicts' });
    expect(references.length).toBeGreaterThan(40);
  });

  it('every "<doc>.md §Name" names a document that exists and a heading it has', () => {
    const broken = references.filter(({ doc, section }) => {
      try {
        return !headings(doc).includes(section);
      } catch {
        return true; // no such document
      }
    });
    expect(broken).toEqual([]);
  });

  it('every document named as docs/….md exists (in the repository, or in a test fixture tree that has a docs/ folder)', () => {
    const named = files.flatMap((file) => [...readFileSync(join(ROOT, file), 'utf8').matchAll(/\bdocs\/[\w/.-]+?\.md\b/g)].map((m) => ({ file, doc: m[0] })));
    expect(named.length).toBeGreaterThan(40);
    const exists = (doc: string): boolean => existsSync(join(ROOT, doc)) || files.some((f) => f.startsWith('tests/') && f.endsWith(`/${doc}`));
    expect(named.filter(({ doc }) => !exists(doc))).toEqual([]);
  });

  // A file or folder of this repository named in its Markdown (README.md, docs/, a kind's README),
  // as a path from the root: it exists. A name with a placeholder or wildcard (`fixtures/<kind>/`,
  // `templates/partials/rfa-*.hbs`) is a pattern, not a file. bench/'s records are left out: they
  // quote V8's own source files (src/heap/…).
  it('every repository path a Markdown document names (src/…, tests/…, scripts/…) exists', () => {
    const TOP = readdirSync(ROOT).filter((n) => entered(n) && statSync(join(ROOT, n)).isDirectory());
    const path = new RegExp(`(?<![\\w./-])((?:${TOP.map((t) => t.replace('.', '\\.')).join('|')})/[\\w./<>*{}-]*)`, 'g');
    const named = files
      .filter((f) => f.endsWith('.md') && !f.startsWith('bench/') && !f.startsWith('tests/support/fifth-kind/'))
      .flatMap((file) =>
        readFileSync(join(ROOT, file), 'utf8')
          .split('\n')
          .flatMap((text, i) => [...text.matchAll(path)].map((m) => ({ file, line: i + 1, path: m[1]!.replace(/[.]+$/, '') }))),
      )
      // A pattern, or a folder the runs write and git ignores (tests/output/: screenshots and
      // renders, there only after the tests that write them have run, in any order).
      .filter(({ path }) => !/[<>*{}]/.test(path) && !GENERATED.some((g) => path.startsWith(g)));
    expect(named.map((n) => n.path)).toContain('src/pipeline.ts');
    expect(named.length).toBeGreaterThan(100);
    expect(named.filter(({ path }) => !existsSync(join(ROOT, path)))).toEqual([]);
  });

  // A pointer by name rather than by §: `docs/fields.md, "Text"`, `README, "Custom rates"` (a kind's
  // README beside the file, else the repository's), `docs/batch.md, *Shutdown*`. The name is how a
  // heading or a bold run-in paragraph title of that document begins ("Who speaks" for "Who speaks
  // for a child under 14, and who signs"; "The deadline" for "**The deadline: 24 hours, …**").
  // docs/batch.md sent readers to docs/http.md for *Shutdown* and *Stopping a render*, which had
  // moved to docs/configuration.md.
  it('every pointer to a named part of a document ("Name" or *Name* after the document) names a heading or bold title it has', () => {
    const NAMED = new RegExp(`((?:docs/[\\w/.-]+|README)(?:\\.md)?)(?: ${SECTION}[A-Za-z][\\w-]*)?,${GAP}(?:"([^"\\n]{2,60})"|\\*([^*\\n]{2,60})\\*)`, 'g');
    const pointers = files.flatMap((file) =>
      [...readFileSync(join(ROOT, file), 'utf8').matchAll(NAMED)].map((m) => {
        const doc = m[1]!.endsWith('.md') ? m[1]! : `${m[1]!}.md`;
        const beside = join(dirname(file), 'README.md');
        const path = doc === 'README.md' && existsSync(join(ROOT, beside)) ? beside : doc;
        return { file, doc: path, name: (m[2] ?? m[3])!.replace(/\s+/g, ' ') };
      }),
    );
    expect(pointers.length).toBeGreaterThan(30);
    expect(pointers).toContainEqual({ file: 'src/validate.ts', doc: 'docs/fields.md', name: 'Text' });
    const titles = (doc: string): string[] => {
      const text = withoutCode(readFileSync(join(ROOT, doc), 'utf8'));
      return [...text.matchAll(/^#{1,6} (.+)$/gm), ...text.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1]!.trim().toLowerCase());
    };
    const broken = pointers.filter(({ doc, name }) => !existsSync(join(ROOT, doc)) || !titles(doc).some((t) => t.startsWith(name.toLowerCase())));
    expect(broken).toEqual([]);
  });

  // A relative link of a Markdown document ([pagination.md](pagination.md#tables)) leads somewhere:
  // its file exists, and a #fragment into a Markdown file is the anchor GitHub gives one of its
  // headings (lower case, punctuation dropped, spaces as hyphens, "-1" on a repeated one). A part
  // moved to a document of its own, or a heading renamed, breaks such links without a sound.
  it('every relative link of a Markdown document names a file that exists and, after #, one of its headings', () => {
    const links = files
      .filter((f) => f.endsWith('.md') && !f.startsWith('bench/'))
      .flatMap((file) =>
        [...withoutCode(readFileSync(join(ROOT, file), 'utf8')).matchAll(/\]\(([^)\s]+)\)/g)]
          .map((m) => m[1]!)
          .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target))
          .map((target) => ({ file, target })),
      );
    expect(links.length).toBeGreaterThan(50);
    expect(links).toContainEqual({ file: 'README.md', target: 'docs/architecture.md#layers' });
    const broken = links.filter(({ file, target }) => {
      const [path, fragment] = target.split('#') as [string, string | undefined];
      const linked = path === '' ? file : join(dirname(file), path);
      if (!existsSync(join(ROOT, linked))) return true;
      return fragment !== undefined && linked.endsWith('.md') && !anchors(linked).includes(fragment);
    });
    expect(broken).toEqual([]);
  });

  it('nothing points at a file outside the repository or at the old design brief', () => {
    const outside = new RegExp(['/work/', '\\.\\./shared/', 'shared/domain/', 'design\\.md', `design ${SECTION}`].join('|'), 'i');
    const found = files.flatMap((file) =>
      readFileSync(join(ROOT, file), 'utf8')
        .split('\n')
        .map((line, i) => ({ file, line: i + 1, text: line.trim() }))
        .filter(({ text }) => outside.test(text)),
    );
    expect(found).toEqual([]);
  });
});
