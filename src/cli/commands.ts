// The commands of the `harbor` CLI and the options they take (README.md §CLI): one table that the
// help, the option checks (./args.ts) and the dispatch (src/cli.ts) all read, so a command's
// `--help` shows exactly what it takes.
import type { ParseArgsConfig } from 'node:util';

/**
 * Every option of every command, as parseArgs reads it. Which command takes which is COMMANDS'
 * `options`; `--help` and `--version` go with any command.
 */
export const OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  port: { type: 'string', short: 'p' },
  host: { type: 'string' },
  workers: { type: 'string' },
  'render-timeout': { type: 'string' },
  encoding: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;
export type OptionName = keyof typeof OPTIONS;
/** The options that take a value: those that belong to some commands and not to others. */
export type ValueOption = Exclude<OptionName, 'help' | 'version'>;

/**
 * Each command: its synopsis, one line on what it does, and the options it takes (exactly those its
 * synopsis shows: any other is refused, never silently ignored).
 */
export const COMMANDS = {
  serve: {
    synopsis: 'harbor serve [--port 3000] [--host 127.0.0.1]',
    summary: 'run the HTTP API and the web app',
    does: 'run the HTTP API and the web app, on http://127.0.0.1:3000/ unless told (configuration from the environment:\ndocs/configuration.md)',
    options: ['port', 'host'],
  },
  kinds: {
    synopsis: 'harbor kinds',
    summary: 'list the document kinds and their issue codes',
    does: 'list the document kinds (id, template version, title), each with its issue codes',
    options: [],
  },
  example: {
    synopsis: 'harbor example <kind>',
    summary: 'print a complete, valid, fictional case',
    does: 'print a complete, valid, fictional case as JSON: a start for your own',
    options: [],
  },
  check: {
    synopsis: 'harbor check <kind> <case.json|-> [--encoding utf-8]',
    summary: 'computed values and warnings as JSON',
    does:
      'computed values and warnings as one JSON result on stdout (exit 1 if the case is invalid); "-" as the case\nreads it from stdin; ' +
      '--encoding: the case file\'s text encoding when it is not UTF-8 and has no byte-order mark',
    options: ['encoding'],
  },
  render: {
    synopsis: 'harbor render <kind> <case.json|-> [--format pdf|docx] [-o out.pdf|out.docx]\n              [--encoding utf-8]',
    summary: 'render one case as a PDF or DOCX document',
    does:
      'render one document to -o (a .pdf or .docx file; the format follows its name) or to a redirected stdout;\n' +
      '"-" as the case reads it from stdin; warnings and errors go to stderr, one line each; --encoding as for check',
    options: ['format', 'output', 'encoding'],
  },
  'csv-template': {
    synopsis: 'harbor csv-template <kind>',
    summary: 'a CSV to fill in for a batch: header row of dot paths + one example row',
    does: 'a CSV header row of dot paths and one example row, for batches',
    options: [],
  },
  'xlsx-template': {
    synopsis: 'harbor xlsx-template <kind> [-o template.xlsx]',
    summary: 'the same as an Excel workbook (dropdowns, column notes)',
    does: 'the same as an Excel workbook: header row, example row, dropdowns on enum columns, a sheet explaining each column',
    options: ['output'],
  },
  batch: {
    synopsis:
      'harbor batch <kind> <cases.json|.ndjson|.csv|.xlsx> -o out.zip [--format pdf|docx|both]\n' +
      '             [--workers N] [--render-timeout 30s] [--encoding utf-8]',
    summary: 'render every record of a JSON, NDJSON, CSV or Excel file into one ZIP',
    does:
      'render every record into one ZIP with manifest.json (exit 3 if some were not rendered; 4 or 5 if not\n' +
      'one document was made; with any exit but 0, 3, 4 and 5 there is no ZIP); --workers: render threads\n' +
      '(default HARBOR_WORKERS or one per core, up to 4; 0 = this thread); --render-timeout: the time limit of\n' +
      'one document (default HARBOR_RENDER_TIMEOUT or 30s);\n' +
      '--encoding: the text encoding of a CSV, JSON or NDJSON file (default UTF-8; windows-1252 for Excel\'s plain\n' +
      '"CSV (Comma delimited)")',
    options: ['output', 'format', 'workers', 'render-timeout', 'encoding'],
  },
  'check-templates': {
    synopsis: 'harbor check-templates',
    summary: 'compile every template, every fixture to markup',
    does: 'compile every template (HARBOR_TEMPLATES too) and render every fixture to the document model',
    options: [],
  },
} as const satisfies Record<string, { synopsis: string; summary: string; does: string; options: readonly ValueOption[] }>;
export type Command = keyof typeof COMMANDS;

export const isCommand = (s: string): s is Command => Object.hasOwn(COMMANDS, s);

/**
 * The exit codes a command can end with (src/errors.ts EXIT_CODE; README.md §CLI): 1 only where
 * there is case data to be wrong, 3 only for a batch.
 */
function exitCodes(cmd?: Command): string {
  const codes = ['0 ok'];
  if (cmd === undefined || cmd === 'check' || cmd === 'render') codes.push('1 invalid case data');
  if (cmd === 'batch') codes.push('1 the batch file cannot be read as records or holds none');
  codes.push('2 usage error');
  if (cmd === undefined || cmd === 'batch') {
    codes.push(
      '3 some records of a batch not rendered, documents for others',
      '4 a batch archive with no document, every record invalid',
      '5 a batch archive with no document, Harbor failed on a record',
    );
  }
  codes.push('70 internal error');
  // serve writes no output file; its own ends are a second signal during the graceful shutdown
  // (./handlers.ts serve): 128 + the signal's number, as a shell reports it.
  if (cmd === 'serve') codes.push('129, 130 or 143 a second SIGHUP, ^C or SIGTERM while it stops');
  else codes.push('74 the output cannot be written');
  return `Exit codes: ${codes.join(', ')}.`;
}

/** `harbor --help` and `harbor help`: every command's synopsis, and under it what it is for. */
export const USAGE = [
  'Usage:',
  ...Object.values(COMMANDS).flatMap((c) => [`  ${c.synopsis.replaceAll('\n', '\n  ')}`, `      ${c.summary}`]),
  '  harbor <command> --help',
  '      what one command does and takes (also: harbor help <command>)',
  '  harbor --version',
  '',
  exitCodes(),
].join('\n');

/** `harbor <command> --help` and `harbor help <command>`: its synopsis and what it does. */
export function commandHelp(cmd: Command): string {
  const c = COMMANDS[cmd];
  // A synopsis's second line is indented to follow its first: as much again as "Usage: " takes.
  return `Usage: ${c.synopsis.replaceAll('\n', '\n       ')}\n\n${c.does}\n\n${exitCodes(cmd)}\n`;
}
