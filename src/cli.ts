// The `harbor` CLI (README.md §CLI): a thin caller of the pipeline. This file is its entry point:
// the dispatch of a command line to help, version or a command, and what a failure prints and
// exits with. The rest is in src/cli/: the command table and help (commands.ts), the command line
// and its options (args.ts), the case and output files (files.ts), each command (handlers.ts), the
// streams (io.ts), what a failure prints (report.ts).
//
// Exit codes: 0 success, 1 invalid case data, 2 usage error, 3 a batch with some records not
// rendered and documents for others, 4 or 5 a batch archive with no document in it (every record
// invalid; Harbor failed on one), 70 internal,
// 74 the output cannot be written (src/errors.ts EXIT_CODE; 141 when its reader has gone: stdioFailure).
// `check` always prints one JSON result on stdout; other commands report problems on stderr, one
// line each (`path: message [code]`). Nothing here prints case data except the documents asked for.
//
// `main(argv, io)` is the whole CLI: `bin/harbor.js` calls it with the process's streams, tests
// call it in-process with their own (tests/support/cli.ts).
import { checkEnvironment, environmentProblems, likelyMeant } from './environment.js';
import { terminalLine } from './terminal.js';
import { HarborError, writeReason } from './errors.js';
import { HARBOR_VERSION } from './version.js';
import { checkOptions, closest, didYouMean, readCommandLine, unknownOptionFirst, usage } from './cli/args.js';
import { COMMANDS, USAGE, commandHelp, isCommand, type Command } from './cli/commands.js';
import { HANDLERS } from './cli/handlers.js';
import { isOutputKept, processIo, type Io } from './cli/io.js';
import { reportFailure } from './cli/report.js';

export { processIo, type Io };

/**
 * The commands whose output no variable changes: they print what Harbor ships (its kinds, an
 * example case, a template). With a misspelt variable or a bad HARBOR_DEBUG they run all the same,
 * as help and --version do, and say what is wrong on stderr (`warnEnvironment`): an operator
 * looking for what went wrong can read the help and list the kinds, and still sees the typo.
 * Every other command (serve, check, render, batch, check-templates: what the configuration
 * changes) refuses to start, exit 2, before any work.
 */
const READS_NO_CONFIGURATION: ReadonlySet<Command> = new Set<Command>(['kinds', 'example', 'csv-template', 'xlsx-template']);

/** Each problem of the environment as one warning line on stderr (never on stdout, which may be piped on). */
function warnEnvironment(io: Io): void {
  for (const e of environmentProblems(io.env)) io.stderr(terminalLine(`harbor: warning: ${e.message}`));
}

/** What a command line asks for, judged before the environment: a text to print, or a command to run. */
type Asked = { print: string } | { cmd: Command; rest: string[]; values: ReturnType<typeof checkOptions> };

function asked(argv: string[]): Asked {
  const line = readCommandLine(argv);
  const [name, ...rest] = line.positionals;
  // --version and --help win wherever they are, over anything else wrong on the line.
  if (line.version) return { print: `harbor ${HARBOR_VERSION}\n` };
  if (name === 'help') {
    // `harbor help` and `harbor help <command>`.
    checkOptions(line, 'help');
    const [topic, ...extra] = rest;
    if (extra.length > 0) throw usage(`unexpected argument${extra.length > 1 ? 's' : ''} ${extra.map((a) => `"${a}"`).join(' ')}: "harbor help" takes one command at most`);
    if (topic === undefined) return { print: USAGE + '\n' };
    if (isCommand(topic)) return { print: commandHelp(topic) };
    throw usage(`unknown command "${topic}"${didYouMean(closest(topic, Object.keys(COMMANDS)))}`);
  }
  if (name === undefined) {
    if (line.help) return { print: USAGE + '\n' };
    checkOptions(line, undefined);
    throw usage('no command given');
  }
  if (!isCommand(name)) {
    // `harbor --fromat pdf render …`: the unknown option took no value, so "pdf" looks like the
    // command. An unknown option before the first positional is the mistake to name.
    if (unknownOptionFirst(line)) checkOptions(line, undefined);
    throw usage(`unknown command "${name}"${didYouMean(closest(name, Object.keys(COMMANDS)))}`);
  }
  if (line.help) return { print: commandHelp(name) };
  return { cmd: name, rest, values: checkOptions(line, name) };
}

async function run(argv: string[], io: Io): Promise<number> {
  const a = asked(argv);
  // The environment every command reads (src/environment.ts), looked at once, here: named as
  // warnings by help, --version and the commands that read no configuration; refused before any
  // work, as a bad command line is, by a command whose work it changes. A command line that is
  // wrong is told first, alone.
  if ('print' in a || READS_NO_CONFIGURATION.has(a.cmd)) warnEnvironment(io);
  else checkEnvironment(io.env);
  // A variable that looks meant for one Harbor reads but is too far to refuse: named by a command
  // that reads the one meant (HARBOR_HOST by serve alone: the registry's jobs set it too).
  for (const line of likelyMeant(io.env, 'print' in a ? undefined : a.cmd)) io.stderr(terminalLine(`harbor: warning: ${line}`));
  if ('print' in a) {
    io.stdout(a.print);
    return 0;
  }
  return HANDLERS[a.cmd]({ rest: a.rest, values: a.values, io });
}

/**
 * What the `harbor` process does when a write to its stdout or stderr fails (bin/harbor.js, on the
 * stream's 'error' event: the writes themselves do not throw): the line to print on stderr, if
 * any, and the exit code. A reader that stopped early (`harbor render … | head -c 100`, EPIPE):
 * quietly, with the status of a process ended by SIGPIPE (128 + 13), like any Unix filter. Any
 * other failure (a full disk: ENOSPC) is one line and the I/O exit code, not a stack and exit 1,
 * which would say the case data was invalid; when stderr itself fails, there is no line.
 */
export function stdioFailure(stream: 'stdout' | 'stderr', err: NodeJS.ErrnoException): { line?: string; exitCode: number } | undefined {
  // Once a file -o names is in place, its code stands (Io.kept): a batch's lines about the records
  // that cannot be said leave the archive and its manifest, which say it all, and the code that
  // tells a script the archive is there. undefined: carry on.
  if (stream === 'stderr' && isOutputKept()) return undefined;
  if (err.code === 'EPIPE') return { exitCode: 141 };
  const e = new HarborError('io-error', `cannot write to standard ${stream === 'stdout' ? 'output' : 'error'}: ${writeReason(err.code)}`);
  return { line: stream === 'stdout' ? `harbor: ${e.message}\n` : undefined, exitCode: e.exitCode };
}

/** Run the CLI; returns the exit code. Errors never print case data. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (e) {
    return reportFailure(e, io);
  }
}
