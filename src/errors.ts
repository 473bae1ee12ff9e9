// One error type with a closed set of codes. HTTP status and CLI exit code are looked up in one
// table each (below); validation issues stay structured (`issues`), never flattened into prose.
//
// Messages of HarborError never quote case data (names, narratives): they name fields (paths),
// rules and template positions. Errors thrown by Handlebars can quote data, so they are wrapped
// here and their message is never logged.

import { figure } from './domain/format.js';
import { forTerminal } from './terminal.js';

/** A problem with one field of the case, or a warning about it. `path` is a dot path. */
export interface Issue {
  path: string;
  code: string;
  message: string;
  /** Only on the `more-issues` entry that ends a capped list: how many issues it stands for. */
  count?: number;
}

/**
 * Text as a spreadsheet cell may hold it without running it: a leading `=`, `+`, `-`, `@`, tab or
 * carriage return makes Excel, LibreOffice and Google Sheets read a cell as a formula (one that can
 * run a command through DDE, or send the sheet's data to a web address), so such text is prefixed
 * with an apostrophe, which the spreadsheet shows as text (OWASP, "CSV Injection"). For what
 * Harbor writes that a spreadsheet opens and that begins with the user's text: a cell of a CSV it
 * writes (src/batch/dotpaths.ts csvCell) and an issue's `path` (a JSON key or a batch header as
 * given: src/validate.ts dotPath, dotpaths.ts unknownColumn), which a problem, a `check` answer and
 * a batch's manifest carry, and which a clinic's export of them puts at the start of a cell.
 * Messages begin with Harbor's own words, and quote such text only inside them.
 */
export function spreadsheetSafe(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}

/** Most characters of a name the sender gave (a key, a CSV header) that an error shows back. */
export const SHOWN_NAME_CHARS = 96;

/**
 * A name the sender gave, as an error shows it back: at most SHOWN_NAME_CHARS characters (whole
 * code points), then "…". A JSON key or a header cell may be as long as its body allows (megabytes),
 * and was echoed whole: until 2026-12-07 a case with an unknown 5 MB key was answered with that key
 * in its issue's path, 5 MB over HTTP, on the CLI's stdout and in a batch manifest's entry.
 */
export function shownName(name: string): string {
  if (name.length <= SHOWN_NAME_CHARS) return name;
  let end = 0;
  for (let n = 0; n < SHOWN_NAME_CHARS && end < name.length; n++) end += name.codePointAt(end)! > 0xffff ? 2 : 1;
  return end >= name.length ? name : `${name.slice(0, end)}…`;
}

/** What makes a spreadsheet read a cell as a formula: its first character (spreadsheetSafe). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * spreadsheetSafe undone, for a CSV Harbor wrote and reads back (a filled-in `csv-template`): the
 * apostrophe is dropped where spreadsheetSafe put one, before the same characters, so each value
 * reads back as it was written ("'+1 555…" → "+1 555…"; until 2026-12-06 the reader's own pattern
 * left the apostrophe on a value that began with a tab or a carriage return).
 */
export function spreadsheetUnsafe(s: string): string {
  return s.startsWith("'") && FORMULA_START.test(s.slice(1)) ? s.slice(1) : s;
}

export const ERROR_CODES = [
  'invalid-case', // the case data fails the kind's schema or legal rules (issues attached)
  'malformed-input', // the body/file is not parseable JSON/NDJSON/CSV
  'unknown-kind',
  'unknown-format',
  'usage', // CLI usage error
  'unsupported-media-type',
  'payload-too-large',
  'unauthorized',
  'not-found',
  'template-error', // a template uses an unknown helper, a missing field, or fails to compile
  'markup-error', // a template produced markup outside the Harbor element set
  'unsupported-character', // a character no embedded font can show (issues name the field)
  'unsupported-script', // a right-to-left script the PDF renderer refuses (all but Hebrew and Arabic), naming the field
  'rate-limited', // HTTP only: too many requests from one key or address in the window
  'busy', // HTTP only: every render worker is busy and the queue is full; retry later
  'render-timeout', // one document took longer than the render time limit (its worker is stopped)
  'io-error', // CLI only: its output (stdout, an -o file, a batch archive) fails while written (a full disk)
  // HTTP only, answered by the server before the app sees a request (src/http/server.ts):
  'request-timeout', // the headers or the whole request did not arrive within their time limits
  'headers-too-large', // the request's headers are over Node's limit
  'expectation-failed', // an Expect header other than 100-continue
  'method-not-allowed', // HTTP only: a method a known route does not answer (405 with Allow), or CONNECT
  'not-implemented', // HTTP only: a request's Transfer-Encoding names a coding other than chunked (gzip, chunked)
  'not-built', // HTTP only: the web app's build is missing from this installation
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** HTTP status of each code (docs/architecture.md §Errors). */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  'invalid-case': 422,
  'malformed-input': 400,
  'unknown-kind': 404,
  'unknown-format': 406,
  usage: 400,
  'unsupported-media-type': 415,
  'payload-too-large': 413,
  unauthorized: 401,
  'not-found': 404,
  'template-error': 500,
  'markup-error': 500,
  'unsupported-character': 422,
  'unsupported-script': 422,
  'rate-limited': 429,
  busy: 503,
  'render-timeout': 503,
  'io-error': 500, // never met over HTTP: a failed response is a closed connection, not an answer
  'request-timeout': 408,
  'headers-too-large': 431,
  'expectation-failed': 417,
  'method-not-allowed': 405,
  'not-implemented': 501,
  'not-built': 503,
  internal: 500,
};

/** CLI exit code of each code (docs/architecture.md §Errors: 1 invalid data, 2 usage, 70 internal, 74 I/O). */
export const EXIT_CODE: Record<ErrorCode, number> = {
  'invalid-case': 1,
  'malformed-input': 1,
  'unknown-kind': 2,
  'unknown-format': 2,
  usage: 2,
  'unsupported-media-type': 2,
  'payload-too-large': 1,
  unauthorized: 2,
  'not-found': 2,
  'template-error': 70,
  'markup-error': 70,
  'unsupported-character': 1,
  'unsupported-script': 1,
  // The CLI never meets the first two (HTTP only); a render past its time limit is Harbor's failure.
  'rate-limited': 70,
  busy: 70,
  'render-timeout': 70,
  // EX_IOERR of sysexits.h: not the data (1), not the command line (2), not a bug in Harbor (70).
  'io-error': 74,
  // HTTP only too: a client's request the server refused, never met by the CLI.
  'request-timeout': 2,
  'headers-too-large': 2,
  'expectation-failed': 2,
  'method-not-allowed': 2,
  'not-implemented': 2,
  'not-built': 70,
  internal: 70,
};

/**
 * The exit codes that are no error's: `harbor batch` ran to its end and wrote its archive, but not
 * every record was rendered (manifest.json says which and why; docs/architecture.md §Errors,
 * docs/batch.md §CLI, src/batch/command.ts `batchExitCode`). An archive is on disk exactly when a
 * batch exits 0 or one of these; with any other code (1, 2, 70, 74, a signal's 128 + n) there is
 * none. Before, a batch in which not one record rendered exited 1 or 70 with its archive written,
 * the codes of a batch refused whole, which leave none: a script could not tell the two apart
 * without looking for the file.
 *
 * - 3: some records not rendered, and documents in the archive for others: documents to pass on.
 * - 4: not one document in the archive (its manifest only), every record refused for its data
 *   (`invalid`): the records to send back to who typed them.
 * - 5: not one document in the archive (its manifest only), and Harbor failed on a record
 *   (`failed`: a bug, a render past its time limit): Harbor's fault, to report.
 */
export const EXIT_SOME_NOT_RENDERED = 3;
export const EXIT_NONE_RENDERED_INVALID = 4;
export const EXIT_NONE_RENDERED_FAILED = 5;
/** The exit codes of a batch that leave its archive on disk. */
export const BATCH_ARCHIVE_EXITS: readonly number[] = [0, EXIT_SOME_NOT_RENDERED, EXIT_NONE_RENDERED_INVALID, EXIT_NONE_RENDERED_FAILED];

/** Short human titles for problem+json `title`. */
export const TITLES: Record<ErrorCode, string> = {
  'invalid-case': 'The case data is not valid',
  'malformed-input': 'The input could not be parsed',
  'unknown-kind': 'Unknown document kind',
  'unknown-format': 'Unknown output format',
  usage: 'Usage error',
  'unsupported-media-type': 'Unsupported media type',
  'payload-too-large': 'Input too large',
  unauthorized: 'Missing or invalid API key',
  'not-found': 'Not found',
  'template-error': 'Template error',
  'markup-error': 'Template produced invalid markup',
  'unsupported-character': 'Text contains characters Harbor cannot print',
  'unsupported-script': 'Text is in a script the PDF renderer does not support',
  'rate-limited': 'Too many requests',
  busy: 'The service is busy',
  'render-timeout': 'The document took too long to render',
  'io-error': 'The output cannot be written',
  'request-timeout': 'The request took too long to arrive',
  'headers-too-large': 'Request headers too large',
  'expectation-failed': 'Expectation not supported',
  'method-not-allowed': 'Method not allowed',
  'not-implemented': 'Transfer coding not implemented',
  'not-built': 'The web app is not built',
  internal: 'Internal error',
};

/**
 * Most issues (errors or warnings) reported for one document. A real case has a handful; a
 * hostile one had 347,000 (a 29 MB answer, a 5 GB batch manifest). Past the cap, one
 * `more-issues` issue gives the count of the rest, so nothing is dropped silently.
 */
export const MAX_ISSUES = 100;

const MORE_ISSUES = 'more-issues';

const isMoreIssues = (i: Issue): boolean => i.code === MORE_ISSUES && i.path === '';

/** How many issues a `more-issues` entry stands for (at least one, if it lost its count). */
const unlisted = (i: Issue): number => (typeof i.count === 'number' && Number.isSafeInteger(i.count) && i.count > 0 ? i.count : 1);

function moreIssues(count: number): Issue {
  const n = figure(count);
  return { path: '', code: MORE_ISSUES, message: `${n} more ${count === 1 ? 'issue is' : 'issues are'} not listed; fix the first ${figure(MAX_ISSUES)} and check again`, count };
}

/**
 * The first MAX_ISSUES issues, then `{path: "", code: "more-issues", count}` standing for the
 * rest. Idempotent, and it carries the true total: a list capped before (on a render thread, then
 * again when the error is rebuilt here) keeps its listed issues and adds its `more-issues` count
 * to what this cap drops, so "90 more" stays 90, never "1 more".
 */
export function capIssues(issues: Issue[]): Issue[] {
  if (issues.length <= MAX_ISSUES && !issues.some(isMoreIssues)) return issues;
  const listed: Issue[] = [];
  let rest = 0;
  for (const i of issues) {
    if (isMoreIssues(i)) rest += unlisted(i);
    else if (listed.length < MAX_ISSUES) listed.push(i);
    else rest++;
  }
  return rest > 0 ? [...listed, moreIssues(rest)] : listed;
}

/** The issues a list stands for: those listed, and those its `more-issues` entry counts. */
export function issueCount(issues: readonly Issue[]): number {
  return issues.reduce((n, i) => n + (isMoreIssues(i) ? unlisted(i) : 1), 0);
}

/** The listed issues of a capped list, without its `more-issues` entry. */
export function listedIssues(issues: readonly Issue[]): Issue[] {
  return issues.filter((i) => !isMoreIssues(i));
}

/**
 * What an error message may echo of a client's own value (a format, a query parameter's name, a
 * charset label): 32 characters at most, then "…".
 */
export function cut(s: string): string {
  return s.length > 32 ? `${s.slice(0, 32)}…` : s;
}

/** A code point as an error message names it: "U+D55C" (never the character itself: it is case data). */
export function codePointName(cp: number): string {
  return 'U+' + cp.toString(16).toUpperCase().padStart(4, '0');
}

export class HarborError extends Error {
  readonly code: ErrorCode;
  readonly issues: Issue[];
  constructor(code: ErrorCode, message: string, issues: Issue[] = [], options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'HarborError';
    this.code = code;
    // Capped here, once, so every error of every route, command and manifest is bounded.
    this.issues = capIssues(issues);
  }
  get httpStatus(): number {
    return HTTP_STATUS[this.code];
  }
  get exitCode(): number {
    return EXIT_CODE[this.code];
  }
}

/**
 * What an errno code means, in words a clinic's operator reads, for reading an input and writing an
 * output alike: one table, so the same cause is said the same way wherever it is met (until
 * 2026-12-06 reading and writing each had a table, and said EACCES and EPERM in both). A code not
 * listed is given as it is.
 */
export const ERRNO_WORDS: Readonly<Record<string, string>> = {
  ENOENT: 'it does not exist',
  ENOTDIR: 'a name in its path is a file, not a folder',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ELOOP: 'its path has too many symbolic links (a loop)',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EFBIG: "the file is larger than this system lets a file be (ulimit -f, or the file system's limit)",
  EIO: 'the device reported an error',
  EMFILE: 'too many files are open in this process',
  ENFILE: 'too many files are open on this system',
};

/**
 * Why a file could not be read or written: the words, then the errno code a search or a script
 * finds (`the disk is full (ENOSPC)`, `it does not exist (ENOENT)`); until 2026-12-06 a write
 * gave the code alone (`cannot write "out.zip": EFBIG`), which an operator had to look up.
 * `fallback`: what is said when there is no code at all.
 */
function errnoReason(code: string | undefined, fallback: string): string {
  if (code === undefined) return fallback;
  return Object.hasOwn(ERRNO_WORDS, code) ? `${ERRNO_WORDS[code]} (${code})` : code;
}

/** Why a case or batch file could not be read (`e`: what the read threw; ERRNO_WORDS). */
export function unreadableReason(e: unknown): string {
  // Node's errno error, typed by its one field read here, so that this module needs no Node types
  // (the web app's pages take Issue and the issue cap from it: web/src/problem.ts).
  return errnoReason((e as { code?: string } | undefined)?.code, 'read failed');
}

/**
 * Errno codes of a disk or system that cannot take a file, whatever the command line says: no
 * space (ENOSPC), a quota (EDQUOT), a file-size limit (EFBIG), a failing device (EIO), no file
 * descriptor left (EMFILE, ENFILE).
 */
const IO_CONDITIONS = new Set(['ENOSPC', 'EDQUOT', 'EFBIG', 'EIO', 'EMFILE', 'ENFILE']);

/** Why an output could not be written (`code`: the errno code; ERRNO_WORDS). */
export function writeReason(code: string | undefined): string {
  return errnoReason(code, 'write failed');
}

/**
 * The error of an output file (`-o`) that could not be written: `io-error` (exit 74) once writing
 * began (`begun`) or whenever the cause is the disk's (IO_CONDITIONS: a full disk refuses even the
 * temporary file's creation), else `usage` (exit 2: the file named cannot be made there). A script
 * can then tell a disk to free from a command line to fix; until 2026-12-05 a full disk met when
 * the temporary file was created was exit 2, and the same full disk met a moment later exit 74.
 */
export function cannotWrite(target: string, e: unknown, begun: boolean): HarborError {
  const code = (e as { code?: string } | undefined)?.code; // a Node errno error (no Node types here: the web app takes this module)
  // A file system whose names are shorter than the 255 bytes `-o` checks (eCryptfs: 143; some
  // network and FUSE file systems): met when the lock or temporary file beside the target is made,
  // before any work (src/cli/handlers.ts, src/batch/command.ts), and said in words, the name cut.
  if (code === 'ENAMETOOLONG' && !begun) {
    const chars = Array.from(target);
    const shown = chars.length <= 64 ? target : `${chars.slice(0, 60).join('')}…`;
    return new HarborError(
      'usage',
      `-o "${shown}": the file system of its folder refuses a name this long (ENAMETOOLONG), for the file or for those written beside it while it is made (its lock, 13 bytes longer; its temporary file, 30 bytes longer; each at most 255); give a shorter name`,
    );
  }
  const message = `cannot write "${target}": ${writeReason(code)}`;
  return new HarborError(begun || (code !== undefined && IO_CONDITIONS.has(code)) ? 'io-error' : 'usage', message);
}

/** Wrap anything thrown into a HarborError without exposing its (possibly data-bearing) message. */
export function asHarborError(e: unknown): HarborError {
  if (e instanceof HarborError) return e;
  return new HarborError('internal', 'Internal error while generating the document', [], { cause: e });
}

/**
 * Name and stack frames of a bug, without its message (which can quote case data): all that a log
 * line or a render thread's reply carries about an error that is not a HarborError.
 */
export function describeBug(e: unknown): { error: string; frames: string[] } {
  const err = e as { name?: unknown; stack?: unknown };
  const name = typeof err?.name === 'string' ? err.name : typeof e;
  const frames = typeof err?.stack === 'string' ? err.stack.split('\n').filter((l) => /^\s+at /.test(l)).slice(0, 8).map((l) => l.trim()) : [];
  return { error: name, frames };
}

/**
 * RFC 9457 problem details body (docs/http-errors.md). Its detail and each issue's message are
 * prose that echoes what the client sent (an unknown CSV column, kind, query parameter or field):
 * escaped as the CLI's stderr lines are (src/terminal.ts forTerminal: `\e[31m`, `\u202e`), so a
 * client that prints or logs them shows the one line the CLI does, never an escape sequence a
 * terminal acts on or text an override reverses. Until 2026-12-06 an unknown CSV header's ESC
 * and U+202E went out raw over HTTP where the CLI escaped them. An issue's path is data (the
 * field or column as given), kept, as `harbor check` keeps it; the JSON text carries none of
 * those characters raw either (src/http/problems.ts writes it through jsonForTerminal).
 */
export function toProblem(e: HarborError): Record<string, unknown> {
  const body: Record<string, unknown> = {
    type: `https://harbor.invalid/problems/${e.code}`,
    title: TITLES[e.code],
    status: e.httpStatus,
    detail: forTerminal(e.message),
    code: e.code,
  };
  if (e.issues.length > 0) body.errors = shownIssues(e.issues);
  return body;
}

/**
 * Issues as an error's JSON gives them (the problem's `errors`, `harbor check`'s): each message
 * escaped as src/terminal.ts forTerminal shows it, the one way both show an unknown field's or
 * column's name in words; the path kept.
 */
export function shownIssues(issues: readonly Issue[]): Issue[] {
  return issues.map((i) => ({ ...i, message: forTerminal(i.message) }));
}

/**
 * One line per issue for CLI stderr: `path: message [code]`, the whole case's own issues (no path)
 * as `(case): …`. An error about a whole input file instead of one case (a batch file that is
 * empty, has an unknown column or too many records) gives `about`, the file's name (or `stdin`):
 * each line then begins with it, `cases.csv: child.anumber: …`, `cases.json: no records [code]`.
 */
export function formatIssueLines(e: HarborError, about?: string): string[] {
  const begin = about === undefined ? '' : `${about}: `;
  if (e.issues.length === 0) return [`${begin}${e.message} [${e.code}]`];
  return e.issues.map((i) => `${begin}${i.path ? `${i.path}: ` : about === undefined ? '(case): ' : ''}${i.message} [${i.code}]`);
}
