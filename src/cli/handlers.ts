// What each `harbor` command does once its command line has been checked (README.md §CLI): one
// handler per command, each returning the exit code. Problems are thrown as HarborError, printed
// by ./report.ts; a line that says what was given by mistake (./hints.ts) is printed first, here.
//
// What only some commands need loads in those commands (issue 18: `harbor kinds` and `harbor check`
// start in well under 0.2 s): the kinds themselves (zod schemas, rules, views: `harbor kinds` reads
// src/kinds/catalog.ts), and of them only the kind a command names (src/kinds/load.ts), the
// pipeline's templates (Handlebars) and markup parser (htmlparser2) for render and
// check-templates, the renderers on a render (src/generate.ts), the HTTP stack for serve, the
// batch machinery, ExcelJS.
import { figure } from '../domain/format.js';
import { lstatSync } from 'node:fs';
import { extname } from 'node:path';
import { templatesDirOf } from '../environment.js';
import { HarborError, shownIssues, type Issue } from '../errors.js';
import { KIND_SUMMARIES } from '../kinds/catalog.js';
import { kindCodes } from '../kinds/kind.js';
import { jsonForTerminal, terminalLine } from '../terminal.js';
import type { Format, parseFormat as ParseFormat } from '../generate.js';
import { parseWholeNumber, wholeNumberRule } from '../workers/settings.js';
import { closest, didYouMean, flag, needArguments, usage, type OptionValues } from './args.js';
import type { Command } from './commands.js';
import { checkOutputFile, fileStart, readCase, withOutput, writeOutput } from './files.js';
import { at, type Io } from './io.js';
import { batchFileLine, oneCaseLine, otherKindLine, otherKindsOf } from './hints.js';
import { aboutBatchFile } from './report.js';

/** A command's checked command line: its positional arguments after the command, its options. */
export interface Invocation {
  rest: string[];
  values: OptionValues;
  io: Io;
}

type Handler = (c: Invocation) => Promise<number>;

/** Whether a name is taken (a file, a folder, a link even if broken). */
function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * The kind a command names, with its own modules alone (src/kinds/load.ts: a cold `harbor check
 * rfa` compiles no other kind's rules and views); an unknown one is refused naming the kind
 * probably meant (`t-visa`, `RFA`).
 */
async function kindNamed(name: string) {
  const { loadKind } = await import('../kinds/load.js');
  try {
    return await loadKind(name);
  } catch (e) {
    if (!(e instanceof HarborError && e.code === 'unknown-kind')) throw e;
    throw new HarborError('unknown-kind', `${e.message}${didYouMean(closest(name, KIND_SUMMARIES.map((k) => k.id)))}`);
  }
}

/** The templates a render uses: the shipped ones, or a clinic's folder (HARBOR_TEMPLATES). */
async function templates(io: Io) {
  return (await import('../templates/env.js')).templatesFrom(templatesDirOf(io.env));
}

/** A kind's shipped example case (the CLI's templates are made from it). */
async function exampleOf(kindName: string) {
  const kind = await kindNamed(kindName);
  // ../kinds/files.ts, not ../kinds/fixtures.ts: by the kind itself, so no registry (every kind).
  const { kindExample } = await import('../kinds/files.js');
  const example = kindExample(kind);
  if (example === undefined) throw new HarborError('internal', `no example case is shipped for ${kind.id}`);
  return { kind, example };
}

/**
 * Before the errors of a case refused as a whole, one line when what was given is the mistake: a
 * batch file, or a case of another kind (./hints.ts). `input` is the case as read, undefined when it
 * did not parse. The kinds' schemas are read only here, on that refusal.
 */
async function tellWhy(command: string, kind: string, file: string, input: unknown, issues: readonly Issue[], io: Io): Promise<void> {
  const batch = batchFileLine(kind, file, input);
  if (batch !== undefined) return void io.stderr(terminalLine(batch));
  if (!issues.some((i) => i.code === 'unrecognized-keys')) return;
  const [{ KINDS }, { caseJsonSchema }] = await Promise.all([import('../kinds/index.js'), import('../kinds/json-schema.js')]);
  const fields = KINDS.map((k) => ({ id: k.id, fields: Object.keys((caseJsonSchema(k).properties ?? {}) as object) }));
  const others = otherKindsOf(input, kind, issues, fields);
  if (others.length > 0) io.stderr(terminalLine(otherKindLine(command, kind, others)));
}

function printWarnings(warnings: Issue[], io: Io): void {
  for (const w of warnings) io.stderr(terminalLine(`warning: ${w.path || '(case)'}: ${w.message} [${w.code}]`));
}

/**
 * --format's value read by `parse` (the command's formats), or refused as every other option's
 * value is: naming the option, the value, what it takes (and the one probably meant), and where the
 * usage is. Until 2026-12-07 it was the HTTP wording alone, `Unknown format "xml"; use one of: pdf,
 * docx`, which named no option and gave no pointer (tests/cli/usage.test.ts).
 */
function formatOption<F extends string>(given: string, parse: (s: string) => F, cmd: Command): F {
  try {
    return parse(given);
  } catch (e) {
    if (!(e instanceof HarborError && e.code === 'unknown-format')) throw e;
    const accepted = cmd === 'batch' ? ['pdf', 'docx', 'both'] : ['pdf', 'docx'];
    const shown = given.length > 40 ? `${given.slice(0, 40)}…` : given;
    throw new HarborError('unknown-format', `${flag('format')} "${shown}" is not a format "harbor ${cmd}" writes; give one of: ${accepted.join(', ')}${didYouMean(closest(given, accepted))} (usage: harbor --help)`);
  }
}

/**
 * The format of `harbor render`: from --format, else from the name of -o. A file named for one
 * format never receives the other, and only .pdf and .docx files are written.
 */
function renderFormat(given: string | undefined, out: string | undefined, parseFormat: typeof ParseFormat): Format {
  const format = given === undefined ? undefined : formatOption(given, parseFormat, 'render');
  if (out === undefined || out === '-') return format ?? 'pdf';
  const ext = extname(out).slice(1).toLowerCase();
  if (ext !== 'pdf' && ext !== 'docx') {
    throw usage(`-o "${out}": the output file must be named .pdf or .docx${format ? ` (here: .${format})` : ''}`);
  }
  if (format !== undefined && format !== ext) throw usage(`-o "${out}" is a .${ext} file but --format is ${format}: give one or make them agree`);
  return ext;
}

/**
 * The signals that stop `harbor serve` gracefully (docs/configuration.md, Stopping), each with the
 * exit code of a second one while it stops: 128 + the signal's number, as a shell reports it.
 */
const STOP_CODES: Readonly<Record<string, number>> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };

export const HANDLERS: Record<Command, Handler> = {
  kinds: async ({ rest, io }) => {
    needArguments('kinds', rest, 0);
    // One line per kind, then its issue codes indented (the kind's own, then the common ones).
    for (const k of KIND_SUMMARIES) {
      io.stdout(`${k.id}\t${k.version}\t${k.title}\n`);
      const codes = Object.entries(kindCodes(k)).sort(([, a], [, b]) => Number(a.common) - Number(b.common));
      for (const [code, c] of codes) io.stdout(`  ${code}\t${c.level}\t${c.common ? '(common) ' : ''}${c.rule}\n`);
    }
    return 0;
  },

  example: async ({ rest, io }) => {
    needArguments('example', rest, 1);
    const { example } = await exampleOf(rest[0]!);
    io.stdout(JSON.stringify(example, null, 2) + '\n');
    return 0;
  },

  check: async ({ rest, values, io }) => {
    needArguments('check', rest, 2);
    // An unknown kind: usage error on stderr, not a JSON result.
    const [kind, { checkKindCase }] = await Promise.all([kindNamed(rest[0]!), import('../check-kind.js')]);
    let result;
    let input: unknown;
    try {
      input = await readCase(rest[1]!, io, values.encoding);
      result = checkKindCase(kind, input);
    } catch (e) {
      // Data that cannot be a case (not JSON, over the size limit) is a result too: one JSON on stdout.
      if (e instanceof HarborError && (e.code === 'malformed-input' || e.code === 'invalid-case' || e.code === 'payload-too-large')) result = { ok: false as const, errors: e.issues };
      else throw e;
    }
    if (!result.ok) await tellWhy('check', rest[0]!, rest[1]!, input, result.errors, io);
    // Field names in messages come from the case (an unknown key is named): shown escaped, as a
    // problem over HTTP shows them (src/errors.ts shownIssues); the paths keep their value, and
    // the JSON text holds no raw C1 or bidi control.
    const shown = result.ok ? result : { ...result, errors: shownIssues(result.errors) };
    io.stdout(jsonForTerminal(JSON.stringify(shown, null, 2)) + '\n');
    return result.ok ? 0 : 1;
  },

  render: async ({ rest, values, io }) => {
    needArguments('render', rest, 2);
    await kindNamed(rest[0]!); // before the case file is read: the arguments in their order
    const out = values.output;
    const { generate, parseFormat } = await import('../generate.js');
    if (out !== undefined && out !== '-') checkOutputFile(out, io);
    const format = renderFormat(values.format, out, parseFormat);
    if (out === undefined && io.stdoutIsTty) throw usage('refusing to write a document to a terminal: give -o <file> or redirect stdout');
    // A clinic's templates folder that is not one is refused before the case is read.
    const set = await templates(io);
    // The output file is taken (its lock and temporary file made) before the case is read: what
    // only the file system refuses (a name too long for it) is said before the document is made.
    return withOutput(out, io, async (tmp) => {
      let input: unknown;
      let g;
      try {
        input = await readCase(rest[1]!, io, values.encoding);
        g = await generate({ kind: rest[0]!, input, format, templates: set });
      } catch (e) {
        if (e instanceof HarborError && (e.code === 'invalid-case' || e.code === 'malformed-input')) await tellWhy('render', rest[0]!, rest[1]!, input, e.issues, io);
        throw e;
      }
      printWarnings(g.warnings, io);
      if (tmp === undefined) io.stdout(g.bytes);
      else await writeOutput(tmp, out!, g.bytes, io);
      return 0;
    });
  },

  serve: async ({ rest, values, io }) => {
    needArguments('serve', rest, 0);
    const port = values.port === undefined ? undefined : parseWholeNumber(values.port, 0, 65535);
    if (values.port !== undefined && port === undefined) throw usage(`${flag('port')} ${wholeNumberRule(0, 65535, 3000)}`);
    // An empty --host (`--host=`, `--host "$UNSET"`) is no address: before 2026-12-07 it reached
    // the no-keys check as "refusing to listen on  without API keys", an address of nothing.
    if (values.host !== undefined && values.host.trim() === '') throw usage(`${flag('host')} needs an address to listen on, like 127.0.0.1, and "${values.host}" is none`);
    const { serve } = await import('../http/server.js');
    // The lines are the "listening" line and pino's JSON (request paths are the clients'): C1 and
    // bidi controls as JSON escapes, the same value to a log reader, nothing for a terminal to act on.
    const close = await serve({ port, host: values.host, env: io.env, log: (line) => io.stderr(jsonForTerminal(line) + '\n') });
    // The first SIGINT, SIGTERM or SIGHUP starts the graceful shutdown (docs/configuration.md,
    // Stopping); a second of any, while it waits on requests in flight, ends the process at once
    // with the signal's code (`STOP_CODES`), as an operator pressing ^C again expects. Before, each signal had
    // its own `once` listener: after SIGTERM a ^C ran the shutdown again, which waits, so only a
    // second SIGTERM (Node's default) could end a stuck shutdown. One listener stays on both for
    // the whole run, counting: removing a signal's last listener gives the signal back to its
    // default action (death) until another is added.
    // A close that fails (a connection that would not end) is the command's error, not an
    // unhandled rejection.
    let signals = 0;
    await new Promise<void>((done, fail) => {
      const onSignal = (signal: NodeJS.Signals): void => {
        if (signals++ === 0) {
          close().then(done, fail);
          return;
        }
        io.stderr(`harbor serve: ${signal} again: stopping now, without waiting for the requests in flight\n`);
        process.exit(STOP_CODES[signal] ?? 143);
      };
      // SIGHUP (the terminal or SSH session of a `harbor serve` closed, or an operator's `kill
      // -HUP` asking for a reload) stops it as SIGTERM does: there is nothing to reload, the
      // configuration being the environment read at start. Node's default for it ended the
      // process at once, the requests in flight cut and a batch's archive broken (until 2026-12-07).
      for (const signal of Object.keys(STOP_CODES)) process.on(signal, onSignal);
    });
    return 0;
  },

  'csv-template': async ({ rest, io }) => {
    needArguments('csv-template', rest, 1);
    const { kind, example } = await exampleOf(rest[0]!);
    const [{ csvTemplate }, { caseJsonSchema }] = await Promise.all([import('../batch/run.js'), import('../kinds/json-schema.js')]);
    io.stdout(csvTemplate(caseJsonSchema(kind), example));
    return 0;
  },

  'xlsx-template': async ({ rest, values, io }) => {
    needArguments('xlsx-template', rest, 1);
    const { kind, example } = await exampleOf(rest[0]!);
    const out = values.output;
    if ((out === undefined || out === '-') && io.stdoutIsTty) throw usage('refusing to write a workbook to a terminal: give -o <file> or redirect stdout');
    if (out !== undefined && out !== '-') {
      checkOutputFile(out, io);
      if (extname(out).toLowerCase() !== '.xlsx') throw usage(`-o "${out}": a workbook is written to a .xlsx file`);
      // A template is where a clinic types its cases: one run again with the same -o would replace
      // a filled workbook, perhaps the only copy of those cases, with an empty one. Documents and
      // archives (render, batch) are made again from their input; a workbook is not.
      if (exists(at(out, io))) throw usage(`"${out}" exists: a template never replaces a workbook (cases may have been typed into it); remove it or give another -o`);
    }
    return withOutput(out, io, async (tmp) => {
      const [{ xlsxTemplate }, { caseJsonSchema }] = await Promise.all([import('../batch/xlsx.js'), import('../kinds/json-schema.js')]);
      const bytes = await xlsxTemplate(kind.title, caseJsonSchema(kind), example);
      if (tmp === undefined) io.stdout(bytes);
      else await writeOutput(tmp, out!, bytes, io);
      return 0;
    });
  },

  batch: async ({ rest, values, io }) => {
    needArguments('batch', rest, 2);
    const kind = await kindNamed(rest[0]!);
    // The batch machinery (render threads, CSV parser, ZIP writer) loads only for a batch.
    const [{ batchCommand, batchInputType }, { parseBatchFormat }] = await Promise.all([import('../batch/command.js'), import('../batch/run.js')]);
    batchInputType(rest[1]!, usage);
    const out = values.output;
    if (out === undefined || out === '-') throw usage('a batch needs -o <out.zip>');
    checkOutputFile(out, io);
    if (extname(out).toLowerCase() !== '.zip') throw usage(`-o "${out}": a batch is written to a .zip file`);
    const format = values.format === undefined ? parseBatchFormat(undefined) : formatOption(values.format, parseBatchFormat, 'batch');
    try {
      return await batchCommand(
        { kind, file: at(rest[1]!, io), out: at(out, io), format, workers: values.workers, renderTimeout: values['render-timeout'], encoding: values.encoding },
        io,
        usage,
      );
    } catch (e) {
      if (e instanceof HarborError && e.code === 'malformed-input') {
        const line = oneCaseLine(kind.id, rest[1]!, fileStart(rest[1]!, io));
        if (line !== undefined) io.stderr(terminalLine(line));
      }
      // An error about the batch file as a whole names it, never "(case)" (./report.ts).
      throw aboutBatchFile(e, rest[1]!);
    }
  },

  'check-templates': async ({ rest, io }) => {
    needArguments('check-templates', rest, 0);
    const [{ checkTemplates, loadMarkupLibrary }, { verifiedTemplates }] = await Promise.all([import('../pipeline.js'), import('../templates/env.js')]);
    await loadMarkupLibrary(); // an override folder's markup may need htmlparser2 (src/markup/parse.ts)
    const report = checkTemplates(verifiedTemplates(templatesDirOf(io.env)));
    io.stdout(`ok: ${figure(report.templates.length)} templates compiled, ${figure(report.rendered.length)} fixtures rendered to markup\n`);
    return 0;
  },
};
