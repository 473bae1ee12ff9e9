// What a failed `harbor` command prints on stderr and exits with (README.md §CLI): a usage error as
// one `harbor: …` line (exit 2); data errors one line per issue, labelled with what they are about;
// a bug by its name only (exit 70), since its message may quote case data.
//
// The label says what an issue is about (src/errors.ts formatIssueLines): a field of the case
// (`child.dateOfBirth: …`), the case as a whole (`(case): …`, check and render), one record of a
// batch (`row 3: …`, src/batch/command.ts), or a whole batch file (`cases.csv: …`: empty, not an
// array, an unknown column, too many records), which is no case at all.
//
// Every line goes out through terminalLine (src/terminal.ts): the file names, kinds, option values
// and column names messages echo never reach the terminal as escape sequences.
import { EXIT_CODE, HarborError, formatIssueLines } from '../errors.js';
import { terminalLine } from '../terminal.js';
import type { Io } from './io.js';

/** An error about a whole input file, not one case: its lines begin with the file's name. */
export class InputFileError extends HarborError {
  /** The file as the user named it, or `stdin`. */
  readonly about: string;
  constructor(e: HarborError, about: string) {
    super(e.code, e.message, e.issues, { cause: e });
    this.about = about;
  }
}

/** The name of an input in an error line: the file as the user gave it, `stdin` for "-". */
export const inputName = (file: string): string => (file === '-' ? 'stdin' : file);

/**
 * A batch's error, labelled for what it is about: one that says the batch file's data is wrong
 * (exit 1: it cannot be read as records, has none or too many) names the file. Others already name
 * what they are about (a usage error, the archive that cannot be written) or are Harbor's own.
 */
export function aboutBatchFile(e: unknown, file: string): unknown {
  return e instanceof HarborError && e.exitCode === EXIT_CODE['invalid-case'] ? new InputFileError(e, inputName(file)) : e;
}

/** Print what went wrong on stderr; returns the exit code. */
export function reportFailure(e: unknown, io: Io): number {
  if (e instanceof HarborError) {
    // Every usage error (exit 2: an unknown kind or format too) is one line with the same prefix,
    // and so is an output that cannot be written (exit 74), as a standard output that cannot be
    // (src/cli.ts): Harbor's own words about the command, not about the case.
    const ownLine = e.code === 'usage' || e.code === 'io-error' || (e.exitCode === EXIT_CODE.usage && e.issues.length === 0);
    if (ownLine) io.stderr(terminalLine(`harbor: ${e.message}`));
    else for (const line of formatIssueLines(e, e instanceof InputFileError ? e.about : undefined)) io.stderr(terminalLine(line));
    return e.exitCode;
  }
  // A bug. Its message may quote data, so only the type goes out unless debugging is asked for.
  io.stderr(terminalLine(`harbor: internal error (${String((e as Error)?.name ?? 'unknown')}); set HARBOR_DEBUG=1 for the stack`));
  if (io.env.HARBOR_DEBUG === '1') for (const line of String((e as Error)?.stack ?? e).split('\n')) io.stderr(terminalLine(line));
  return 70;
}
