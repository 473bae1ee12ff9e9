// Test support: run the real CLI (`node bin/harbor.js`) as a user would.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/harbor.js', import.meta.url));

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
  stdoutBytes: Buffer;
}

export function runCli(args: string[], opts: { input?: string | Buffer; env?: Record<string, string> } = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: opts.input,
    env: { ...process.env, ...opts.env },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { status: r.status ?? -1, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8'), stdoutBytes: r.stdout };
}

/** `harbor check <kind> <file>` parsed as JSON, with its exit code. */
export function cliCheck(kind: string, file: string): { status: number; json: { ok: boolean; computed?: any; warnings?: any[]; errors?: any[] } } {
  const r = runCli(['check', kind, file]);
  return { status: r.status, json: JSON.parse(r.stdout) };
}
