// Test support: the CLI as a user meets it, two ways.
// - `harbor()`: `main(argv, io)` called in this process with captured streams: the same argument
//   parsing, files, output and exit codes as the command, without ~2 s of Node and tsx start-up
//   per call. Per-fixture checks use this.
// - `runCli()`: the real command (`node bin/harbor.js`) in a child process, for the handful of
//   end-to-end tests in tests/cli/ (the bin script, real stdin/stdout, signals).
import { spawnSync } from 'node:child_process';
import { expect } from 'vitest';
import { fileURLToPath } from 'node:url';
import { main, type Io } from '../../src/cli.js';
import { childBound } from './until.js';

const BIN = fileURLToPath(new URL('../../bin/harbor.js', import.meta.url));

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
  stdoutBytes: Buffer;
}

export interface CliOptions {
  /** What the command reads on stdin (for "-"). */
  input?: string | Buffer;
  /** Added to (in-process: instead of) the environment. */
  env?: Record<string, string>;
  /** Folder that relative file names are relative to. */
  cwd?: string;
  /** Pretend stderr (the progress line), stdout or stdin is a terminal (in-process only). */
  stderrIsTty?: boolean;
  stdoutIsTty?: boolean;
  stdinIsTty?: boolean;
}

/** Run `harbor <args>` in this process; resolves when the command has finished. */
export async function harbor(args: string[], opts: CliOptions = {}): Promise<CliResult> {
  const out: Buffer[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: (s) => void out.push(typeof s === 'string' ? Buffer.from(s, 'utf8') : Buffer.from(s)),
    stderr: (s) => void err.push(s),
    stdin: (max) => {
      // Reading a terminal would wait for the user to type: a test that does so has failed.
      if (opts.stdinIsTty) throw new Error('stdin is a terminal: reading it would hang');
      // At most `max` bytes, as the process's own stdin reads (src/cli/io.ts readAtMost).
      return opts.input === undefined ? Buffer.alloc(0) : Buffer.from(opts.input).subarray(0, max);
    },
    stdinIsTty: opts.stdinIsTty ?? false,
    stdoutIsTty: opts.stdoutIsTty ?? false,
    stderrIsTty: opts.stderrIsTty ?? false,
    env: { ...opts.env },
    cwd: opts.cwd,
  };
  const status = await main(args, io);
  const stdoutBytes = Buffer.concat(out);
  return { status, stdout: stdoutBytes.toString('utf8'), stderr: err.join(''), stdoutBytes };
}

/**
 * Run the real `node bin/harbor.js <args>` as a child process (as another user: `uid`, when root).
 * spawnSync blocks this process, vitest's timer with it, so it is bounded by the test's own time
 * limit (`childBound`; by SIGKILL, as harbor answers SIGTERM with a graceful stop that may wait): a
 * command that hangs fails the test with ETIMEDOUT just before it, not long after. Give a test
 * with more than a start or two of harbor PROCESS_TEST_MS: each start is a few seconds on a
 * loaded machine, more when the sources are newer than the build (tsx).
 */
export function runCli(args: string[], opts: Omit<CliOptions, 'stderrIsTty' | 'stdoutIsTty' | 'stdinIsTty'> & { uid?: number } = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: opts.input,
    cwd: opts.cwd,
    ...(opts.uid !== undefined ? { uid: opts.uid, gid: opts.uid } : {}),
    env: { ...process.env, ...opts.env },
    maxBuffer: 256 * 1024 * 1024,
    ...childBound(),
  });
  if (r.error) throw r.error;
  return { status: r.status ?? -1, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8'), stdoutBytes: r.stdout };
}

export interface CheckJson {
  ok: boolean;
  computed?: any;
  warnings?: any[];
  errors?: any[];
}

/**
 * `harbor <args>` as a user the file system can refuse: in-process, or, when the tests run as root
 * (which reads any file whatever its mode), the real command as `nobody` (uid 65534).
 */
export async function harborUnprivileged(args: string[]): Promise<CliResult> {
  return process.getuid?.() === 0 ? runCli(args, { uid: 65534 }) : harbor(args);
}

/** `harbor check <kind> <file>` (in-process), its stdout parsed as JSON, with its exit code. */
export async function cliCheck(kind: string, file: string): Promise<{ status: number; json: CheckJson }> {
  const r = await harbor(['check', kind, file]);
  return { status: r.status, json: JSON.parse(r.stdout) as CheckJson };
}

/** A usage error: exit 2, nothing on stdout, exactly one line on stderr that says `what`. */
export function expectOneLineUsageError(r: { status: number; stdout: string; stderr: string }, what: string | RegExp): void {
  expect(r.status, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.split('\n')).toEqual([expect.stringMatching(/^harbor: /), '']);
  expect(r.stderr).toMatch(what);
}
