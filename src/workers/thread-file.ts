// Which module a worker thread (or a child process) starts: the built bundle in dist/ or, from the sources, a small
// .mjs that registers tsx first (a worker thread cannot load TypeScript by itself). Shared by the
// render threads (./pool.ts) and the workbook parse processes (src/batch/xlsx-parser.ts).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { rootPath, rootUrl } from '../paths.js';

/**
 * The module a thread starts: `dist/<built>` when the caller runs from dist/ (its own URL ends in
 * .js: the `npm ci` build that `harbor` and `npm start` run), or from the sources when no file
 * under src/ is newer than the build (the rule bin/harbor.js follows: a thread loading the
 * TypeScript through tsx costs ~1.7 s more CPU to start, measured 2.7 s against 1.0 s); else
 * `source`, the .mjs that loads the TypeScript through tsx.
 */
export function threadModule(callerUrl: string, built: string, source: URL): URL {
  if (callerUrl.endsWith('.js')) return rootUrl(`dist/${built}`);
  return builtIfFresh(built) ?? source;
}

function builtIfFresh(built: string): URL | undefined {
  const stamp = rootUrl('dist/.built');
  const task = rootUrl(`dist/${built}`);
  if (!existsSync(stamp) || !existsSync(task)) return undefined;
  const src = rootPath('src/');
  let newest = 0;
  for (const e of readdirSync(src, { withFileTypes: true, recursive: true })) if (e.isFile()) newest = Math.max(newest, statSync(join(e.parentPath, e.name)).mtimeMs);
  return newest <= statSync(stamp).mtimeMs ? task : undefined;
}
