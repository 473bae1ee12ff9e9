// Where the repository's files are (templates/, fixtures/, data/, assets/, package.json, dist/),
// for every module that reads one at run time.
//
// This module is at depth one below the root in both layouts Harbor runs: src/paths.ts from the
// sources (tsx, vitest), and from the build (scripts/build.mjs) whichever flat dist/*.js file
// esbuild put this code in: the build writes every entry and chunk directly into dist/ (no
// subfolders) and checks it, so `..` from this code's own URL is the repository root in both.
// A module elsewhere in src/ must not compute the root from its own import.meta.url: bundled, its
// code moves into a chunk whose URL is not its source's.
import { fileURLToPath } from 'node:url';

/** The repository root, as a URL ending in `/`. */
export const ROOT_URL = new URL('../', import.meta.url);

/** The repository root, as a path ending in the separator. */
export const REPOSITORY_ROOT = fileURLToPath(ROOT_URL);

/** A file or folder of the repository (`rootUrl('assets/fonts/')`), as a URL. */
export function rootUrl(relative: string): URL {
  return new URL(relative, ROOT_URL);
}

/** The same as a path. */
export function rootPath(relative: string): string {
  return fileURLToPath(rootUrl(relative));
}
