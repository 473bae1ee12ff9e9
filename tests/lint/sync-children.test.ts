// Every synchronous child process in tests/, bench/ and scripts/ (spawnSync, execFileSync,
// execSync) has a `timeout`: such a call blocks its process's event loop, vitest's timers with it,
// so a child that never ends held its test process for good, and CI's run of 2026-12-06 stopped at
// its 90-minute limit with every printed test passed. A test gives the call `...childBound()`
// (tests/support/until.ts: just before the test's time limit, by SIGKILL); a bench or script a
// bound of its own suited to what it runs. Read with TypeScript's parser, so a call in a comment or
// a string is not one, and a name imported under another (`execFileSync as run`) still is.
// An asynchronous child in tests/ (spawn, execFile, exec, fork) is given to boundChild
// (tests/support/children.ts: killed just before its test's time limit, the wait failing with the
// command's name), or a timeout of its own: vitest's timer failed such a test naming no command and
// left the child running.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;
const SYNC = new Set(['spawnSync', 'execFileSync', 'execSync']);
const FOLDERS = ['tests', 'bench', 'scripts'];

/** What the options of a call give as its bound: a `timeout`, or a spread of childBound(). */
function bounded(options: ts.Expression | undefined): boolean {
  if (options === undefined || !ts.isObjectLiteralExpression(options)) return false;
  return options.properties.some((p) => {
    if (ts.isSpreadAssignment(p)) return ts.isCallExpression(p.expression) && ts.isIdentifier(p.expression.expression) && p.expression.expression.text === 'childBound';
    return p.name !== undefined && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text === 'timeout';
  });
}

/** The options argument of a call of `name`: spawnSync(cmd, [args,] options), execFileSync alike, execSync(cmd, options). */
function optionsOf(name: string, args: readonly ts.Expression[]): ts.Expression | undefined {
  if (name === 'execSync') return args[1];
  return args[1] !== undefined && !ts.isArrayLiteralExpression(args[1]) && ts.isObjectLiteralExpression(args[1]) ? args[1] : args[2];
}

/** `path` parsed, and the local names of `wanted`'s functions as imported from node:child_process (`import { execFileSync as run } from 'node:child_process'`: run → execFileSync). */
function childProcessImports(path: string, text: string, wanted: ReadonlySet<string>): { source: ts.SourceFile; names: Map<string, string> } {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, path.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS);
  const names = new Map<string, string>();
  for (const s of source.statements) {
    if (!ts.isImportDeclaration(s) || !ts.isStringLiteral(s.moduleSpecifier) || !/^(node:)?child_process$/.test(s.moduleSpecifier.text)) continue;
    const bindings = s.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings)) {
      for (const e of bindings.elements) {
        const imported = (e.propertyName ?? e.name).text;
        if (wanted.has(imported)) names.set(e.name.text, imported);
      }
    }
  }
  return { source, names };
}

/** `path:line: <call> without a timeout` for each synchronous child in `text` (the file `path`) without a bound. */
export function unboundedChildren(path: string, text: string): string[] {
  if (!/\b(spawnSync|execFileSync|execSync)\b/.test(text)) return [];
  const { source, names } = childProcessImports(path, text, SYNC);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      // A name imported as one of the three, or a member call of one (`cp.execSync`, `child_process.spawnSync`).
      const name = ts.isIdentifier(callee) ? names.get(callee.text) : ts.isPropertyAccessExpression(callee) && SYNC.has(callee.name.text) ? callee.name.text : undefined;
      if (name !== undefined && !bounded(optionsOf(name, node.arguments))) {
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        found.push(`${path}:${String(line)}: ${name} without a timeout in its options (in a test: ...childBound(), tests/support/until.ts)`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const ASYNC = new Set(['spawn', 'execFile', 'exec', 'fork']);

/** Whether `node` is the first argument of a call of boundChild. */
const boundHere = (node: ts.Node): boolean =>
  ts.isCallExpression(node.parent) && node.parent.arguments[0] === node && ts.isIdentifier(node.parent.expression) && node.parent.expression.text === 'boundChild';

/** The nearest function (or the file) around `node`: where a variable holding a child lives. */
function scopeOf(node: ts.Node): ts.Node {
  let n = node.parent;
  while (!ts.isSourceFile(n) && !ts.isFunctionLike(n)) n = n.parent;
  return n;
}

/** Whether `scope` gives the variable `name` to boundChild (`boundChild(name, …)`). */
function givenToBound(scope: ts.Node, name: string): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isIdentifier(n) && n.text === name && boundHere(n)) found = true;
    else ts.forEachChild(n, visit);
  };
  visit(scope);
  return found;
}

/**
 * `path:line: <call> without a bound` for each asynchronous child in `text` (spawn, execFile, exec,
 * fork, from node:child_process) that is neither given to boundChild (tests/support/children.ts),
 * directly or through the variable it is assigned to in the same function, nor given a `timeout`
 * in its options: one that never ends outlived its test, which vitest's timer failed with "Test
 * timed out", naming no command.
 */
export function unboundedAsyncChildren(path: string, text: string): string[] {
  if (!/\b(spawn|execFile|exec|fork)\b/.test(text)) return [];
  const { source, names } = childProcessImports(path, text, ASYNC);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee) ? names.get(callee.text) : ts.isPropertyAccessExpression(callee) && ASYNC.has(callee.name.text) && ts.isIdentifier(callee.expression) && /child_process|^cp$/.test(callee.expression.text) ? callee.name.text : undefined;
      if (name !== undefined) {
        const options = node.arguments.find((a, i) => i > 0 && ts.isObjectLiteralExpression(a));
        const held = ts.isVariableDeclaration(node.parent) && ts.isIdentifier(node.parent.name) ? node.parent.name.text : undefined;
        if (!boundHere(node) && !bounded(options) && !(held !== undefined && givenToBound(scopeOf(node), held))) {
          const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
          found.push(`${path}:${String(line)}: ${name} without a bound (give the child to boundChild, tests/support/children.ts, or a timeout in its options)`);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The TypeScript and JavaScript files of the repository's `folder`, relative to it. */
function filesOf(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|mts|cts|js|mjs|cjs)$/.test(e.name) && !e.parentPath.includes('node_modules'))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

describe('a child process of a test has a time limit', () => {
  it('every spawnSync, execFileSync and execSync in tests/, bench/ and scripts/', () => {
    const files = FOLDERS.flatMap(filesOf);
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap((f) => unboundedChildren(f, readFileSync(join(ROOT, f), 'utf8')))).toEqual([]);
  });

  it('every spawn, execFile, exec and fork in tests/ is given to boundChild or has a timeout', () => {
    const files = filesOf('tests');
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap((f) => unboundedAsyncChildren(f, readFileSync(join(ROOT, f), 'utf8')))).toEqual([]);
  });

  it('an asynchronous one without is named by file and line; boundChild, directly or through its variable in the same function, or a timeout is a bound', () => {
    const text = [
      "import { spawn, execFile as run } from 'node:child_process';",
      "import * as cp from 'node:child_process';",
      "spawn('sleep', ['600']);",
      "const child = spawn('sh', []);",
      "function f() { const child = spawn('sh', []); return child; }",
      "void boundChild(child, 'sh');",
      "boundChild(spawn('sh', []), 'sh');",
      "run('node', ['-e', ''], () => {});",
      "run('node', ['-e', ''], { timeout: 1_000 }, () => {});",
      "cp.fork('x.js');",
      "// spawn('in a comment');",
    ].join('\n');
    expect(unboundedAsyncChildren('tests/x.test.ts', text).map((l) => l.replace(/ without.*/, ''))).toEqual([
      'tests/x.test.ts:3: spawn',
      'tests/x.test.ts:5: spawn',
      'tests/x.test.ts:8: execFile',
      'tests/x.test.ts:10: fork',
    ]);
  });

  it('one without is named by file and line, however it is called; a timeout or childBound() is a bound', () => {
    const text = [
      "import { execFileSync as run, spawnSync } from 'node:child_process';",
      "import * as cp from 'node:child_process';",
      "import { childBound } from '../support/until.js';",
      "spawnSync('sh', ['-c', 'sleep 600']);",
      "run('pdftotext', ['a.pdf', '-'], { encoding: 'utf8' });",
      "cp.execSync('cat', { input: 'x' });",
      "const opts = { timeout: 5 };",
      "spawnSync('sh', [], opts); // options the check cannot read: refused",
      "spawnSync('sh', [], { encoding: 'utf8', timeout: 60_000, killSignal: 'SIGKILL' });",
      "run('qpdf', ['--check', 'a.pdf'], { ...childBound() });",
      "cp.execSync('true', { 'timeout': 1 });",
      "spawnSync('sh', { timeout: 1 });",
      "// spawnSync('in a comment');",
      "const s = \"execSync('in a string')\";",
    ].join('\n');
    expect(unboundedChildren('tests/x.test.ts', text).map((l) => l.replace(/ without.*/, ''))).toEqual([
      'tests/x.test.ts:4: spawnSync',
      'tests/x.test.ts:5: execFileSync',
      'tests/x.test.ts:6: execSync',
      'tests/x.test.ts:8: spawnSync',
    ]);
    expect(unboundedChildren('scripts/x.mjs', "import { execSync } from 'child_process';\nexecSync('ls');\n")).toEqual([
      'scripts/x.mjs:2: execSync without a timeout in its options (in a test: ...childBound(), tests/support/until.ts)',
    ]);
  });
});
