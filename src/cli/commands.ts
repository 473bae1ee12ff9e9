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
export type Command = keyof typeof COMMANDS;

export const isCommand = (s: string): s is Command => Object.hasOwn(COMMANDS, s);

const EXIT_CODES = 'Exit codes: 0 ok, 1 invalid case data, 2 usage error, 3 partial batch failure, 70 internal error, 74 cannot write stdout.';

/** `harbor --help` and `harbor help`: every command's synopsis. */
export const USAGE = [
  'Usage:',
  ...Object.values(COMMANDS).map((c) => `  ${c.synopsis.replaceAll('\n', '\n  ')}`),
  '  harbor <command> --help                          what one command does',
  '  harbor --version',
  '',
  EXIT_CODES,
].join('\n');

/** `harbor <command> --help` and `harbor help <command>`: its synopsis and what it does. */
export function commandHelp(cmd: Command): string {
  const c = COMMANDS[cmd];
  return `Usage: ${c.synopsis}\n\n${c.does}\n\n${EXIT_CODES}\n`;
}
