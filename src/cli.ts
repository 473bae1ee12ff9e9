// The `harbor` CLI (README.md §CLI): a thin caller of the pipeline.
//
// Exit codes: 0 success, 1 invalid case data, 2 usage error, 3 partial batch failure, 70 internal,
// 74 stdout cannot be written (src/errors.ts EXIT_CODE; 141 when its reader has gone: stdioFailure).
// `check` always prints one JSON result on stdout; other commands report problems on stderr, one
// line each (`path: message [code]`). Nothing here prints case data except the documents asked for.
//
// `main(argv, io)` is the whole CLI: `bin/harbor.js` calls it with the process's streams, tests
// call it in-process with their own (tests/support/cli.ts).
import { isUtf8 } from 'node:buffer';
import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { isatty } from 'node:tty';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { EXIT_CODE, HarborError, formatIssueLines, unreadableReason, type Issue } from './errors.js';
import { KIND_SUMMARIES } from './kinds/catalog.js';
import { kindCodes } from './kinds/kind.js';
import type { Format, parseFormat as ParseFormat } from './pipeline.js';
import type { StopTrim } from './batch/heap-trim.js';
import { tempFileFor, type TempFile } from './batch/outfile.js';
import { HARBOR_VERSION } from './version.js';
import { editDistance, withoutDuplicateKeys } from './validate.js';
// What only some commands need loads in those commands (issue 18: `harbor kinds` and `harbor check`
// start in well under 0.2 s): the kinds themselves (zod schemas, rules, views: `harbor kinds` reads
// src/kinds/catalog.ts), the pipeline's templates (Handlebars) and markup parser (htmlparser2)
// for render and check-templates, the renderers on a render (src/pipeline.ts), the HTTP stack for
// serve, the batch machinery, ExcelJS.

/** What the CLI reads and writes: the process's streams, or a test's. The exit code is main's result. */
export interface Io {
  stdout: (s: string | Uint8Array) => void;
  stderr: (s: string) => void;
  stdin: () => Buffer;
  /** Whether stdin is a terminal: then nothing is piped to "-", and reading it would wait for typing. Unset: no. */
  stdinIsTty?: boolean;
  stdoutIsTty: boolean;
  stderrIsTty: boolean;
  env: NodeJS.ProcessEnv;
  /** Folder that relative file names are relative to (default: the process's). */
  cwd?: string;
  /**
   * `harbor batch` on render threads: starts giving this thread's young generation back and
   * returns how to stop. Only the `harbor` process itself does (`processIo`: its main thread only
   * coordinates, and holds little code for the collection to drop: src/batch/heap-trim.ts); `main`
   * called inside another program does not unless asked, since each trim throws away the
   * compiled code of everything that program runs (in a test process: 6 records in 31 s, not 3).
   */
  trimHeap?: () => Promise<StopTrim>;
}

export const processIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdin: () => readFileSync(0),
  // isatty, not process.stdin.isTTY: that getter would open stdin as a stream for every command.
  stdinIsTty: isatty(0),
  stdoutIsTty: !!process.stdout.isTTY,
  stderrIsTty: !!process.stderr.isTTY,
  env: process.env,
  // Loaded only for a batch on threads, like the rest of the batch machinery.
  trimHeap: async () => (await import('./batch/heap-trim.js')).trimWhileRunning(),
};

/**
 * Every option of every command, as parseArgs reads it. Which command takes which is COMMANDS'
 * `options`; `--help` and `--version` go with any command.
 */
const OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  port: { type: 'string', short: 'p' },
  host: { type: 'string' },
  workers: { type: 'string' },
  'render-timeout': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;
type OptionName = keyof typeof OPTIONS;
/** The options that take a value: those that belong to some commands and not to others. */
type ValueOption = Exclude<OptionName, 'help' | 'version'>;

/**
 * Each command: its synopsis, one line on what it does, and the options it takes (exactly those its
 * synopsis shows: any other is refused, never silently ignored).
 */
const COMMANDS = {
  serve: {
    synopsis: 'harbor serve [--port 3000] [--host 127.0.0.1]',
    does: 'run the HTTP API (configuration from the environment: docs/http.md)',
    options: ['port', 'host'],
  },
  kinds: { synopsis: 'harbor kinds', does: 'list the document kinds (id, template version, title), each with its issue codes', options: [] },
  example: { synopsis: 'harbor example <kind>', does: 'print a complete, valid, fictional case as JSON', options: [] },
  check: {
    synopsis: 'harbor check <kind> <case.json|->',
    does: 'computed values and warnings as one JSON result on stdout (exit 1 if the case is invalid)',
    options: [],
  },
  render: {
    synopsis: 'harbor render <kind> <case.json|-> [--format pdf|docx] [-o out.pdf|out.docx]',
    does: 'render one document to -o (a .pdf or .docx file; the format follows its name) or to a redirected stdout',
    options: ['format', 'output'],
  },
  'csv-template': { synopsis: 'harbor csv-template <kind>', does: 'a CSV header row of dot paths and one example row, for batches', options: [] },
  'xlsx-template': {
    synopsis: 'harbor xlsx-template <kind> [-o template.xlsx]',
    does: 'the same as an Excel workbook: header row, example row, dropdowns on enum columns, a sheet explaining each column',
    options: ['output'],
  },
  batch: {
    synopsis:
      'harbor batch <kind> <cases.json|.ndjson|.csv|.xlsx> -o out.zip [--format pdf|docx|both]\n' +
      '             [--workers N] [--render-timeout 30s]',
    does:
      'render every record into one ZIP with manifest.json (exit 3 if some were not rendered); --workers: render\n' +
      'threads (default HARBOR_WORKERS or one per core, up to 4; 0 = this thread); --render-timeout: the time limit\n' +
      'of one document (default HARBOR_RENDER_TIMEOUT or 30s)',
    options: ['output', 'format', 'workers', 'render-timeout'],
  },
  'check-templates': { synopsis: 'harbor check-templates', does: 'compile every template and render every fixture to the document model', options: [] },
} as const satisfies Record<string, { synopsis: string; does: string; options: readonly ValueOption[] }>;
type Command = keyof typeof COMMANDS;

const isCommand = (s: string): s is Command => Object.hasOwn(COMMANDS, s);

const EXIT_CODES = 'Exit codes: 0 ok, 1 invalid case data, 2 usage error, 3 partial batch failure, 70 internal error, 74 cannot write stdout.';

const USAGE = [
  'Usage:',
  ...Object.values(COMMANDS).map((c) => `  ${c.synopsis.replaceAll('\n', '\n  ')}`),
  '  harbor <command> --help                          what one command does',
  '  harbor --version',
  '',
  EXIT_CODES,
].join('\n');

function commandHelp(cmd: Command): string {
  const c = COMMANDS[cmd];
  return `Usage: ${c.synopsis}\n\n${c.does}\n\n${EXIT_CODES}\n`;
}

/** A usage error: one line on stderr naming the problem (and where the usage is), exit 2. */
function usage(message: string): HarborError {
  return new HarborError('usage', `${message} (usage: harbor --help)`);
}

const shortOf = (name: OptionName): string | undefined => (OPTIONS as Record<OptionName, { short?: string }>)[name].short;

/** An option as the help spells it: `-o/--output`, `--workers`. */
function flag(name: OptionName): string {
  const short = shortOf(name);
  return short === undefined ? `--${name}` : `-${short}/--${name}`;
}

/**
 * The option a mistyped one most likely meant, among those the command takes: a short option in
 * the other case (`-O`), a long one within two edits (one for short names) or its beginning (`--out`).
 */
function meant(rawName: string, takes: readonly OptionName[]): OptionName | undefined {
  const typed = rawName.replace(/^--?/, '').toLowerCase();
  if (!rawName.startsWith('--') && typed.length === 1) {
    return takes.find((n) => shortOf(n)?.toLowerCase() === typed);
  }
  const near = takes
    // Edits as field names count them (src/validate.ts: a swap of neighbours is one, `fromat` →
    // `format`); anything past two is "too far".
    .map((n) => ({ n, d: n.startsWith(typed) && typed.length >= 3 ? 0 : editDistance(typed, n, 3) }))
    .filter(({ n, d }) => d <= (n.length <= 4 ? 1 : 2))
    .sort((x, y) => x.d - y.d);
  return near[0]?.n;
}

/** The command line as given: positionals, and options checked later against the command. */
interface CommandLine {
  positionals: string[];
  /** Each argument as parseArgs read it (a positional, an option with its value, `--`), in order. */
  tokens: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; strict: false; allowPositionals: true; tokens: true }>>['tokens'];
  help: boolean;
  version: boolean;
}

/**
 * Read the command line without judging its options: which options a command takes is known only
 * once the command is (it may come after them), and parseArgs' own errors are Node's words, not
 * ours (checkOptions says what is wrong).
 */
function readCommandLine(argv: string[]): CommandLine {
  const { positionals, tokens } = parseArgs({ args: argv, options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const given = (name: OptionName): boolean => tokens.some((t) => t.kind === 'option' && t.name === name);
  return { positionals, tokens, help: given('help'), version: given('version') };
}

/** Options given to `harbor <cmd>` that take a value, by name: checked against what the command takes. */
type OptionValues = Partial<Record<ValueOption, string>>;

/**
 * The options of a command line, checked: each one known, taken by this command (`cmd`; undefined
 * when no command was given), and given a value where it needs one. The first that is not is a
 * usage error naming it, what was probably meant, and what the command takes.
 */
function checkOptions(line: CommandLine, cmd: Command | 'help' | undefined): OptionValues {
  const takes: readonly ValueOption[] = cmd === undefined || cmd === 'help' ? [] : COMMANDS[cmd].options;
  const who = cmd === undefined ? 'harbor' : `harbor ${cmd}`;
  const listed = cmd === undefined ? 'with no command, harbor takes only --help and --version' : takes.length === 0 ? 'it takes no options' : `it takes ${takes.map(flag).join(', ')}`;
  const values: OptionValues = {};
  for (const t of line.tokens) {
    if (t.kind !== 'option' || t.name === 'help' || t.name === 'version') continue;
    if (!Object.hasOwn(OPTIONS, t.name)) {
      const guess = meant(t.rawName, [...takes, 'help', 'version']);
      // Meant as typed: `-O` meant `-o`, `--fromat` meant `--format`.
      const shown = guess === undefined ? undefined : t.rawName.startsWith('--') || shortOf(guess) === undefined ? `--${guess}` : `-${shortOf(guess)}`;
      throw new HarborError('usage', `unknown option ${t.rawName} for "${who}"${shown ? `; did you mean ${shown}?` : ''} (${listed})`);
    }
    const name = t.name as ValueOption;
    if (cmd === undefined) throw usage('no command given');
    if (!takes.includes(name)) throw new HarborError('usage', `"${who}" takes no option ${flag(name)} (${listed})`);
    if (t.value === undefined) throw usage(`${flag(name)} needs a value`);
    // parseArgs takes the next argument whatever it is: `-o --format pdf` would write a file named
    // "--format". A negative number is a value (`--workers -1`), for its own check to refuse.
    if (!t.inlineValue && t.value.startsWith('-') && t.value !== '-' && !/^-\d/.test(t.value)) {
      throw usage(`${flag(name)} needs a value, and "${t.value}" is an option; a value that begins with "-" is written --${name}=<value>`);
    }
    values[name] = t.value;
  }
  return values;
}

/** A file name as the user gave it → the name to open (relative to `io.cwd` when one is given). */
function at(file: string, io: Io): string {
  return io.cwd === undefined ? file : resolve(io.cwd, file);
}

/**
 * The first line (from 1) of `bytes` that is not UTF-8, or undefined when all of it is. Line by
 * line because no UTF-8 sequence holds a line-feed byte (nor does Windows-1252 or Latin-1 use one
 * for a letter), and a line is what a person can find in a file.
 */
function firstLineNotUtf8(bytes: Buffer): number | undefined {
  if (isUtf8(bytes)) return undefined;
  let line = 1;
  for (let start = 0; start < bytes.length; line++) {
    const nl = bytes.indexOf(0x0a, start);
    const end = nl === -1 ? bytes.length : nl;
    if (!isUtf8(bytes.subarray(start, end))) return line;
    start = end + 1;
  }
  return undefined;
}

/**
 * Read and parse a case file (or stdin for "-"); the content is never echoed in errors. A file that
 * is not UTF-8 (a case saved as Windows-1252: Belén as the byte E9) is refused here, naming its
 * line: decoded, each such letter would become U+FFFD, which validation refuses field by field.
 */
function readCase(file: string, io: Io): unknown {
  // A terminal on stdin: reading it would wait, silently, for a case typed and ended with ^D.
  if (file === '-' && io.stdinIsTty) throw usage('nothing is piped to -; give a file, or pipe the case in');
  let bytes: Buffer;
  try {
    bytes = file === '-' ? io.stdin() : readFileSync(at(file, io));
  } catch (e) {
    throw usage(file === '-' ? `cannot read standard input: ${unreadableReason(e)}` : `cannot read the case file "${file}": ${unreadableReason(e)}`);
  }
  const notUtf8 = firstLineNotUtf8(bytes);
  if (notUtf8 !== undefined) {
    const what = file === '-' ? 'the case on stdin' : `the case file "${file}"`;
    const message = `${what} is not UTF-8 text: line ${notUtf8} has bytes that are not UTF-8 (a letter such as é or ñ saved in another encoding, e.g. Windows-1252); save the file as UTF-8 and try again`;
    throw new HarborError('malformed-input', message, [{ path: '', code: 'malformed-input', message }]);
  }
  const text = bytes.toString('utf8');
  // Nothing at all (`</dev/null`, an empty file) is told apart from broken JSON: a different mistake.
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    const empty = file === '-' ? 'the input is empty' : 'the case file is empty';
    throw new HarborError('malformed-input', empty, [{ path: '', code: 'malformed-input', message: empty }]);
  }
  const json = text.replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(json) as unknown;
  } catch (e) {
    const pos = /position (\d+)/.exec(String((e as Error).message));
    throw new HarborError('malformed-input', `the case file is not valid JSON${pos ? ` (at character ${pos[1]})` : ''}`, [
      { path: '', code: 'malformed-input', message: `not valid JSON${pos ? ` (at character ${pos[1]})` : ''}` },
    ]);
  }
  // A field given twice: JSON.parse keeps the last silently (src/validate.ts duplicateKeyPaths).
  return withoutDuplicateKeys(json, value);
}

function printWarnings(warnings: Issue[], io: Io): void {
  for (const w of warnings) io.stderr(`warning: ${w.path || '(case)'}: ${w.message} [${w.code}]\n`);
}

/**
 * Refuse an output file that cannot be written before any work starts, with one line naming the
 * problem: its folder missing or not writable, or the name of a folder. Nothing is written.
 */
function checkOutputFile(out: string, io: Io): void {
  const folder = dirname(at(out, io));
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
    if (isFolder) accessSync(folder, constants.W_OK);
  } catch {
    throw usage(isFolder ? `cannot write "${out}": its folder is not writable` : `cannot write "${out}": the folder "${dirname(out)}" does not exist`);
  }
  if (!isFolder) throw usage(`cannot write "${out}": "${dirname(out)}" is not a folder`);
  try {
    if (statSync(at(out, io)).isDirectory()) throw usage(`cannot write "${out}": it is a folder`);
  } catch (e) {
    if (e instanceof HarborError) throw e; // otherwise it does not exist yet: fine
  }
}

/**
 * The format of `harbor render`: from --format, else from the name of -o. A file named for one
 * format never receives the other, and only .pdf and .docx files are written.
 */
function renderFormat(given: string | undefined, out: string | undefined, parseFormat: typeof ParseFormat): Format {
  const format = given === undefined ? undefined : parseFormat(given);
  if (out === undefined || out === '-') return format ?? 'pdf';
  const ext = extname(out).slice(1).toLowerCase();
  if (ext !== 'pdf' && ext !== 'docx') {
    throw usage(`-o "${out}": the output file must be named .pdf or .docx${format ? ` (here: .${format})` : ''}`);
  }
  if (format !== undefined && format !== ext) throw usage(`-o "${out}" is a .${ext} file but --format is ${format}: give one or make them agree`);
  return ext;
}

/**
 * Write bytes atomically: an exclusive, unpredictable, mode-0600 temp file beside the target,
 * renamed into place (never half-written, never through a planted link: src/batch/outfile.ts).
 */
function writeAtomic(target: string, bytes: Uint8Array, io: Io): void {
  let tmp: TempFile | undefined;
  try {
    tmp = tempFileFor(at(target, io));
    tmp.write(bytes);
    tmp.commit();
  } catch (e) {
    tmp?.discard();
    const why = `cannot write "${target}": ${(e as NodeJS.ErrnoException).code ?? 'write failed'}`;
    // A file that cannot be created is the command line's fault (2); one that fails while it is
    // written (a full disk, a file-size limit) is an I/O error (74), as for stdout and `batch -o`.
    throw tmp === undefined ? usage(why) : new HarborError('io-error', why);
  }
}

async function run(argv: string[], io: Io): Promise<number> {
  const line = readCommandLine(argv);
  const [name, ...rest] = line.positionals;
  // --version and --help win wherever they are, over anything else wrong on the line.
  if (line.version) {
    io.stdout(`harbor ${HARBOR_VERSION}\n`);
    return 0;
  }
  if (name === 'help') {
    // `harbor help` and `harbor help <command>`.
    checkOptions(line, 'help');
    const topic = rest[0];
    if (topic === undefined) io.stdout(USAGE + '\n');
    else if (isCommand(topic)) io.stdout(commandHelp(topic));
    else throw usage(`unknown command "${topic}"`);
    return 0;
  }
  if (name === undefined) {
    if (line.help) {
      io.stdout(USAGE + '\n');
      return 0;
    }
    checkOptions(line, undefined);
    throw usage('no command given');
  }
  if (!isCommand(name)) {
    // `harbor --fromat pdf render …`: the unknown option took no value, so "pdf" looks like the
    // command. An unknown option before the first positional is the mistake to name.
    const first = line.tokens.findIndex((t) => t.kind === 'positional');
    if (line.tokens.slice(0, first).some((t) => t.kind === 'option' && !Object.hasOwn(OPTIONS, t.name))) checkOptions(line, undefined);
    throw usage(`unknown command "${name}"`);
  }
  const cmd: Command = name;
  if (line.help) {
    io.stdout(commandHelp(cmd));
    return 0;
  }
  const values = checkOptions(line, cmd);
  // The kinds (their schemas, rules and views) for every command but `kinds`.
  const kinds = async () => {
    const [{ getKind }, { exampleCase }, { checkCase }] = await Promise.all([import('./kinds/index.js'), import('./kinds/fixtures.js'), import('./check.js')]);
    return { getKind, exampleCase, checkCase };
  };
  const templates = async () => (await import('./templates/env.js')).templatesFrom(io.env.HARBOR_TEMPLATES);
  const need = (n: number): void => {
    if (rest.length !== n) throw new HarborError('usage', `wrong arguments; usage: ${COMMANDS[cmd].synopsis.replace(/\s*\n\s*/g, ' ')}`);
  };

  switch (cmd) {
    case 'kinds': {
      need(0);
      // One line per kind, then its issue codes indented (the kind's own, then the common ones).
      for (const k of KIND_SUMMARIES) {
        io.stdout(`${k.id}\t${k.version}\t${k.title}\n`);
        const codes = Object.entries(kindCodes(k)).sort(([, a], [, b]) => Number(a.common) - Number(b.common));
        for (const [code, c] of codes) io.stdout(`  ${code}\t${c.level}\t${c.common ? '(common) ' : ''}${c.rule}\n`);
      }
      return 0;
    }
    case 'example': {
      need(1);
      const { getKind, exampleCase } = await kinds();
      const kind = getKind(rest[0]!);
      const example = exampleCase(kind.id);
      if (example === undefined) throw new HarborError('internal', `no example case is shipped for ${kind.id}`);
      io.stdout(JSON.stringify(example, null, 2) + '\n');
      return 0;
    }
    case 'check': {
      need(2);
      const { getKind, checkCase } = await kinds();
      getKind(rest[0]!); // unknown kind: usage error on stderr, not a JSON result
      let result;
      try {
        result = checkCase(rest[0]!, readCase(rest[1]!, io));
      } catch (e) {
        if (e instanceof HarborError && (e.code === 'malformed-input' || e.code === 'invalid-case')) result = { ok: false as const, errors: e.issues };
        else throw e;
      }
      io.stdout(JSON.stringify(result, null, 2) + '\n');
      return result.ok ? 0 : 1;
    }
    case 'render': {
      need(2);
      const out = values.output;
      const { generate, parseFormat } = await import('./pipeline.js');
      const format = renderFormat(values.format, out, parseFormat);
      if (out === undefined && io.stdoutIsTty) throw usage('refusing to write a document to a terminal: give -o <file> or redirect stdout');
      if (out !== undefined && out !== '-') checkOutputFile(out, io);
      const g = await generate({ kind: rest[0]!, input: readCase(rest[1]!, io), format, templates: await templates() });
      printWarnings(g.warnings, io);
      if (out === undefined || out === '-') io.stdout(g.bytes);
      else writeAtomic(out, g.bytes, io);
      return 0;
    }
    case 'serve': {
      need(0);
      const port = values.port === undefined ? undefined : Number(values.port);
      if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536)) throw usage('--port must be a port number');
      const { serve } = await import('./http/server.js');
      const close = await serve({ port, host: values.host, env: io.env, log: (line) => io.stderr(line + '\n') });
      await new Promise<void>((done) => {
        const stop = (): void => void close().then(done);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      return 0;
    }
    case 'csv-template': {
      need(1);
      const { getKind, exampleCase } = await kinds();
      const kind = getKind(rest[0]!);
      const example = exampleCase(kind.id);
      if (example === undefined) throw new HarborError('internal', `no example case is shipped for ${kind.id}`);
      const { csvTemplate } = await import('./batch/run.js');
      io.stdout(csvTemplate(example));
      return 0;
    }
    case 'xlsx-template': {
      need(1);
      const { getKind, exampleCase } = await kinds();
      const kind = getKind(rest[0]!);
      const example = exampleCase(kind.id);
      if (example === undefined) throw new HarborError('internal', `no example case is shipped for ${kind.id}`);
      const out = values.output;
      if ((out === undefined || out === '-') && io.stdoutIsTty) throw usage('refusing to write a workbook to a terminal: give -o <file> or redirect stdout');
      if (out !== undefined && out !== '-') {
        if (extname(out).toLowerCase() !== '.xlsx') throw usage(`-o "${out}": a workbook is written to a .xlsx file`);
        checkOutputFile(out, io);
      }
      const [{ xlsxTemplate }, { caseJsonSchema }] = await Promise.all([import('./batch/xlsx.js'), import('./kinds/json-schema.js')]);
      const bytes = await xlsxTemplate(kind.title, caseJsonSchema(kind), example);
      if (out === undefined || out === '-') io.stdout(bytes);
      else writeAtomic(out, bytes, io);
      return 0;
    }
    case 'batch': {
      need(2);
      const { getKind } = await kinds();
      const kind = getKind(rest[0]!);
      // The batch machinery (render threads, CSV parser, ZIP writer) loads only for a batch.
      const [{ batchCommand, batchInputType }, { parseBatchFormat }] = await Promise.all([import('./batch/command.js'), import('./batch/run.js')]);
      batchInputType(rest[1]!, usage);
      const out = values.output;
      if (out === undefined || out === '-') throw usage('a batch needs -o <out.zip>');
      if (extname(out).toLowerCase() !== '.zip') throw usage(`-o "${out}": a batch is written to a .zip file`);
      const format = parseBatchFormat(values.format);
      checkOutputFile(out, io);
      return batchCommand(
        { kind, file: at(rest[1]!, io), out: at(out, io), format, workers: values.workers, renderTimeout: values['render-timeout'] },
        io,
        usage,
      );
    }
    case 'check-templates': {
      need(0);
      const [{ checkTemplates }, { verifiedTemplates }] = await Promise.all([import('./pipeline.js'), import('./templates/env.js')]);
      const report = checkTemplates(verifiedTemplates(io.env.HARBOR_TEMPLATES));
      io.stdout(`ok: ${report.templates.length} templates compiled, ${report.rendered.length} fixtures rendered to markup\n`);
      return 0;
    }
  }
}

/**
 * What the `harbor` process does when a write to its stdout or stderr fails (bin/harbor.js, on the
 * stream's 'error' event: the writes themselves do not throw): the line to print on stderr, if
 * any, and the exit code. A reader that stopped early (`harbor render … | head -c 100`, EPIPE):
 * quietly, with the status of a process ended by SIGPIPE (128 + 13), like any Unix filter. Any
 * other failure (a full disk: ENOSPC) is one line and the I/O exit code, not a stack and exit 1,
 * which would say the case data was invalid; when stderr itself fails, there is no line.
 */
export function stdioFailure(stream: 'stdout' | 'stderr', err: NodeJS.ErrnoException): { line?: string; exitCode: number } {
  if (err.code === 'EPIPE') return { exitCode: 141 };
  const e = new HarborError('io-error', `cannot write to standard ${stream === 'stdout' ? 'output' : 'error'}: ${err.code ?? 'write failed'}`);
  return { line: stream === 'stdout' ? `harbor: ${e.message}\n` : undefined, exitCode: e.exitCode };
}

/** Run the CLI; returns the exit code. Errors never print case data. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (e) {
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
}
