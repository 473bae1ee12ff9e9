// What a failed `harbor` command prints on stderr and exits with (README.md §CLI): a usage error as
// one `harbor: …` line (exit 2); data errors one line per issue, labelled with what they are about;
// a bug by its name only (exit 70), since its message may quote case data.
import { EXIT_CODE, HarborError, formatIssueLines } from '../errors.js';
import type { Io } from './io.js';

/** Print what went wrong on stderr; returns the exit code. */
export function reportFailure(e: unknown, io: Io): number {
  if (e instanceof HarborError) {
    // Every usage error (exit 2: an unknown kind or format too) is one line with the same prefix.
    if (e.code === 'usage' || (e.exitCode === EXIT_CODE.usage && e.issues.length === 0)) io.stderr(`harbor: ${e.message}\n`);
    else for (const line of formatIssueLines(e)) io.stderr(`${line}\n`);
    return e.exitCode;
  }
  // A bug. Its message may quote data, so only the type goes out unless debugging is asked for.
  io.stderr(`harbor: internal error (${(e as Error)?.name ?? 'unknown'}); set HARBOR_DEBUG=1 for the stack\n`);
  if (io.env.HARBOR_DEBUG === '1') io.stderr(`${(e as Error)?.stack ?? String(e)}\n`);
  return 70;
}
