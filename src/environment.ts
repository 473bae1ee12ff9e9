// The environment variables Harbor reads (docs/configuration.md), and the rules of those read by
// more than one command: every name, so that a misspelt one (the S of HARBOR_WORKERS or
// HARBOR_API_KEYS left out) is refused at start instead of ignored without a word; HARBOR_DEBUG,
// read by every command; HARBOR_TEMPLATES, read by `serve`, `render`, `batch` and
// `check-templates`. Each command checks the others it reads where it reads them
// (HARBOR_BODY_LIMIT: src/limits.ts; HARBOR_WORKERS, HARBOR_RENDER_TIMEOUT:
// src/workers/settings.ts; the service's own: src/http/config.ts). A refusal is a `usage` error
// (exit 2) naming the variable and its rule (a warning line instead for help, --version and the
// commands no variable changes: src/cli.ts); it never quotes a value that could be a secret (an
// API key), only a folder's path.
import { statSync } from 'node:fs';
import { HarborError } from './errors.js';
import { closeMatch } from './near-names.js';

/** Every HARBOR_* variable Harbor reads (the service's and the CLI's), each documented in docs/configuration.md. */
export const VARIABLES = [
  'HARBOR_API_KEYS',
  'HARBOR_ALLOW_NO_AUTH',
  'HARBOR_BODY_LIMIT',
  'HARBOR_MAX_BATCH',
  'HARBOR_MAX_BATCHES',
  'HARBOR_MAX_BATCHES_PER_KEY',
  'HARBOR_TEMPLATES',
  'HARBOR_WORKERS',
  'HARBOR_RENDER_NICE',
  'HARBOR_RENDER_TIMEOUT',
  'HARBOR_TRUST_PROXY',
  'HARBOR_RATE_LIMIT',
  'HARBOR_MAX_CONNECTIONS_PER_ADDRESS',
  'HARBOR_MAX_CONNECTIONS',
  'HARBOR_DEBUG',
  'HARBOR_HEALTHCHECK_TIMEOUT', // bin/healthcheck.js, the Docker image's HEALTHCHECK
] as const;

const configError = (message: string): HarborError => new HarborError('usage', `configuration: ${message}`);

// An empty variable (`HARBOR_DEBUG=`, or only spaces) means "not set", as shells and compose files
// produce them (src/http/config.ts reads every variable so).
const given = (v: string | undefined): string | undefined => (v === undefined || v.trim() === '' ? undefined : v);

/**
 * Whether HARBOR_DEBUG asks for a bug's stack on stderr: `1` yes, `0` or unset no. Anything else
 * (`yes`, `true`, ` 1`) is refused, as HARBOR_ALLOW_NO_AUTH's `yes` is, rather than read as no
 * and the stack asked for never shown.
 */
export function debugOf(env: NodeJS.ProcessEnv): boolean {
  const v = given(env.HARBOR_DEBUG);
  if (v === undefined || v === '0') return false;
  if (v === '1') return true;
  throw configError('HARBOR_DEBUG must be 1 or 0 (1: an internal error’s stack on stderr)');
}

/**
 * The folder of a clinic's own templates (HARBOR_TEMPLATES), or undefined when unset. One that
 * is not a folder (missing, a file) is refused, by every command that reads it, as `harbor serve`
 * refuses it: before, `harbor render` rendered with the shipped templates without a word when the
 * folder was missing, and failed as a bug (exit 70) when it was a file.
 */
export function templatesDirOf(env: NodeJS.ProcessEnv): string | undefined {
  const dir = given(env.HARBOR_TEMPLATES);
  if (dir === undefined) return undefined;
  let folder = false;
  try {
    folder = statSync(dir).isDirectory();
  } catch {
    folder = false;
  }
  if (!folder) throw configError(`HARBOR_TEMPLATES: "${dir}" is not a folder`);
  return dir;
}

/**
 * The variables named like one of Harbor's but not one (HARBOR_WORKERS without its S, or in lower
 * case), each as the error that refuses it: the value meant for the real one would be lost
 * without a word (src/near-names.ts: the same letters in another case, or within two edits).
 * Other names of the prefix (another program's: a registry's URL) are not Harbor's business and
 * are left alone.
 */
function misspeltNames(env: NodeJS.ProcessEnv): HarborError[] {
  const found: HarborError[] = [];
  for (const name of Object.keys(env)) {
    if (!/^harbor_/i.test(name) || (VARIABLES as readonly string[]).includes(name)) continue;
    const meant = closeMatch(name, VARIABLES);
    if (meant !== undefined) found.push(configError(`${name} is not a variable Harbor reads; did you mean ${meant}? (rename it, or unset it)`));
  }
  return found;
}

/** The variables Harbor reads without its prefix (docs/configuration.md), which `HARBOR_PORT` and the like stand for. */
const UNPREFIXED = ['PORT', 'HOST'] as const;

/**
 * The variables each command reads (docs/configuration.md §Configuration), for `likelyMeant`:
 * `serve` reads the service's (PORT and HOST among them), `batch` its threads' and the case limit,
 * `check` and `render` the case limit; every command reads HARBOR_DEBUG. A command not listed
 * (help, `kinds`, `example`, the templates) reads none that changes what it does.
 */
const READ_BY: Readonly<Record<string, readonly string[]>> = {
  serve: [...VARIABLES.filter((v) => v !== 'HARBOR_HEALTHCHECK_TIMEOUT'), ...UNPREFIXED],
  check: ['HARBOR_DEBUG', 'HARBOR_BODY_LIMIT'],
  render: ['HARBOR_DEBUG', 'HARBOR_BODY_LIMIT', 'HARBOR_TEMPLATES'],
  batch: ['HARBOR_DEBUG', 'HARBOR_BODY_LIMIT', 'HARBOR_TEMPLATES', 'HARBOR_WORKERS', 'HARBOR_RENDER_TIMEOUT'],
  'check-templates': ['HARBOR_DEBUG', 'HARBOR_TEMPLATES'],
};

/**
 * Words an operator writes for a word of Harbor's names (other tools call render workers threads or
 * concurrency, and a proxy list "trusted proxies"): HARBOR_THREADS=4 is meant for HARBOR_WORKERS.
 * Until 2026-12-07 it, and HARBOR_THREDS, were left without a word, the service on its default threads.
 */
const SYNONYMS: Readonly<Record<string, string>> = {
  THREADS: 'WORKERS',
  THREAD: 'WORKERS',
  CONCURRENCY: 'WORKERS',
  TRUSTED: 'TRUST',
  PROXIES: 'PROXY',
};

/** The words of Harbor's names after the prefix (`WORKERS`, `RENDER`, …), and the synonyms'. */
const NAME_WORDS: readonly string[] = [...new Set([...VARIABLES.flatMap((v) => v.split('_').slice(1)), ...Object.keys(SYNONYMS)])];

/**
 * The word of Harbor's names that `word` stands for: itself, its synonym's, or, for a word of five
 * letters or more, the one it misspells (src/near-names.ts: `THREDS` is THREADS, so WORKERS).
 * Shorter words are taken as they are: a fuzzy match of `URL` or `USER` would be a guess.
 */
function wordMeant(word: string): string {
  const near = word.length >= 5 ? (closeMatch(word, NAME_WORDS) ?? word) : word;
  return SYNONYMS[near] ?? near;
}

/**
 * The variables of Harbor's prefix that look meant for one the command reads (`command`; none: help
 * and --version) but are too far from it to refuse (`misspeltNames`), each as the line that names
 * the one probably meant: `HARBOR_PORT` and `HARBOR_HOST` for `serve` (the port and address are
 * PORT and HOST), and a name whose words are all words of one of Harbor's (`HARBOR_KEYS`:
 * HARBOR_API_KEYS; one word shared by two names, both), misspelt or said as other tools say them
 * (`HARBOR_THREADS`, `HARBOR_THREDS`: HARBOR_WORKERS; `wordMeant`). Their value was lost without a word:
 * `HARBOR_HOST=0.0.0.0 harbor serve` listened on 127.0.0.1, `HARBOR_KEYS=…` served without keys.
 * Named, never refused, and only by a command that reads the variable meant: the prefix is also
 * the Harbor container registry's (its CI jobs set HARBOR_HOST, HARBOR_URL, HARBOR_ADMIN_PASSWORD
 * …), and until 2026-12-06 every command (`harbor check`, `harbor kinds`, `--help`) named its
 * HARBOR_HOST, where only `serve` reads an address. src/cli.ts prints each as a warning.
 */
export function likelyMeant(env: NodeJS.ProcessEnv, command?: string): string[] {
  const reads = (command !== undefined && Object.hasOwn(READ_BY, command) ? READ_BY[command] : undefined) ?? [];
  const lines: string[] = [];
  for (const name of Object.keys(env)) {
    if (!/^harbor_/i.test(name) || (VARIABLES as readonly string[]).includes(name) || closeMatch(name, VARIABLES) !== undefined) continue;
    const rest = name.slice('HARBOR_'.length).toUpperCase();
    let meant: string[] = UNPREFIXED.filter((u) => u === rest);
    if (meant.length === 0) {
      const words = rest.split('_').filter((w) => w !== '').map(wordMeant);
      meant = words.length === 0 ? [] : VARIABLES.filter((v) => words.every((w) => v.split('_').slice(1).includes(w)));
    }
    meant = meant.filter((m) => reads.includes(m));
    if (meant.length > 0) lines.push(`configuration: ${name} is not a variable Harbor reads, and is left alone; if it was meant for ${meant.join(' or ')}, set that instead`);
  }
  return lines;
}

/** Refuse the first misspelt variable (`misspeltNames`). */
export function checkVariableNames(env: NodeJS.ProcessEnv): void {
  const [first] = misspeltNames(env);
  if (first) throw first;
}

/**
 * What is wrong with the environment every command reads (the names, and HARBOR_DEBUG), each as
 * its `usage` error: none when all is well.
 */
export function environmentProblems(env: NodeJS.ProcessEnv): HarborError[] {
  const found = misspeltNames(env);
  try {
    debugOf(env);
  } catch (e) {
    found.push(e as HarborError);
  }
  return found;
}

/** What every command that reads the configuration checks of the environment at start (src/cli.ts). */
export function checkEnvironment(env: NodeJS.ProcessEnv): void {
  const [first] = environmentProblems(env);
  if (first) throw first;
}
