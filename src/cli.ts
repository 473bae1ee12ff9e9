// The `harbor` CLI (design §6): a thin caller of the pipeline.
//
// Exit codes: 0 success, 1 invalid case data, 2 usage error, 3 partial batch failure, 70 internal.
// `check` always prints one JSON result on stdout; other commands report problems on stderr, one
// line each (`path: message [code]`). Nothing here prints case data except the documents asked for.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { HarborError, formatIssueLines, type Issue } from './errors.js';
import { exampleCase } from './kinds/fixtures.js';
import { KINDS, getKind } from './kinds/index.js';
import { kindCodes } from './kinds/kind.js';
import { checkCase, checkTemplates, generate, parseFormat, type Format } from './pipeline.js';
import { batchCommand, batchInputType } from './batch/command.js';
import { csvTemplate, parseBatchFormat } from './batch/run.js';
import { templatesFrom } from './templates/env.js';

export interface Io {
  stdout: (s: string | Uint8Array) => void;
  stderr: (s: string) => void;
  stdin: () => Buffer;
  stdoutIsTty: boolean;
  stderrIsTty: boolean;
  env: NodeJS.ProcessEnv;
}

const processIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdin: () => readFileSync(0),
  stdoutIsTty: !!process.stdout.isTTY,
  stderrIsTty: !!process.stderr.isTTY,
  env: process.env,
};

const USAGE = `Usage:
  harbor serve [--port 3000] [--host 127.0.0.1]    run the HTTP API (design §5)
  harbor kinds                                     list the document kinds and their issue codes
  harbor example <kind>                            print a complete, valid, fictional case
  harbor check <kind> <case.json|->                computed values and warnings as JSON (exit 1 if invalid)
  harbor render <kind> <case.json|-> [--format pdf|docx] [-o out]
  harbor csv-template <kind>                       header row of dot paths + one example row
  harbor batch <kind> <cases.json|.ndjson|.csv> -o out.zip [--format pdf|docx|both]
               [--workers N] [--render-timeout 30s]  render threads (default HARBOR_WORKERS or
                                                     one per core, up to 4; 0 = this thread), the time
                                                     limit of one document (HARBOR_RENDER_TIMEOUT)
  harbor check-templates                           compile every template and render every fixture

Exit codes: 0 ok, 1 invalid case data, 2 usage error, 3 partial batch failure, 70 internal error.`;

function usage(message: string): HarborError {
  return new HarborError('usage', `${message}\n\n${USAGE}`);
}

/** Read and parse a case file (or stdin for "-"); the content is never echoed in errors. */
function readCase(file: string, io: Io): unknown {
  let text: string;
  try {
    text = file === '-' ? io.stdin().toString('utf8') : readFileSync(file, 'utf8');
  } catch {
    throw usage(`cannot read the case file "${file}"`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (e) {
    const at = /position (\d+)/.exec(String((e as Error).message));
    throw new HarborError('malformed-input', `the case file is not valid JSON${at ? ` (at character ${at[1]})` : ''}`, [
      { path: '', code: 'malformed-input', message: `not valid JSON${at ? ` (at character ${at[1]})` : ''}` },
    ]);
  }
}

function printWarnings(warnings: Issue[], io: Io): void {
  for (const w of warnings) io.stderr(`warning: ${w.path || '(case)'}: ${w.message} [${w.code}]\n`);
}

/** Write bytes atomically: a temp file beside the target, renamed into place (never half-written). */
function writeAtomic(target: string, bytes: Uint8Array): void {
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, bytes);
    renameSync(tmp, target);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw usage(`cannot write "${target}": ${(e as NodeJS.ErrnoException).code ?? 'write failed'}`);
  }
}

async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = (() => {
    try {
      return parseArgs({
        args: argv,
        allowPositionals: true,
        options: {
          format: { type: 'string', short: 'f' },
          output: { type: 'string', short: 'o' },
          help: { type: 'boolean', short: 'h' },
          port: { type: 'string', short: 'p' },
          host: { type: 'string' },
          workers: { type: 'string' },
          'render-timeout': { type: 'string' },
        },
      });
    } catch (e) {
      throw usage((e as Error).message);
    }
  })();
  const [cmd, ...rest] = positionals;
  if (values.help || cmd === 'help') {
    io.stdout(USAGE + '\n');
    return 0;
  }
  if (cmd === undefined) throw usage('no command given');
  const templates = () => templatesFrom(io.env.HARBOR_TEMPLATES);
  const need = (n: number, what: string): void => {
    if (rest.length !== n) throw usage(`"harbor ${cmd}" takes ${what}`);
  };

  switch (cmd) {
    case 'kinds': {
      need(0, 'no arguments');
      // One line per kind, then its issue codes indented (the kind's own, then the common ones).
      for (const k of KINDS) {
        io.stdout(`${k.id}\t${k.version}\t${k.title}\n`);
        const codes = Object.entries(kindCodes(k)).sort(([, a], [, b]) => Number(a.common) - Number(b.common));
        for (const [code, c] of codes) io.stdout(`  ${code}\t${c.level}\t${c.common ? '(common) ' : ''}${c.rule}\n`);
      }
      return 0;
    }
    case 'example': {
      need(1, '<kind>');
      const kind = getKind(rest[0]!);
      const example = exampleCase(kind.id);
      if (example === undefined) throw new HarborError('internal', `no example case is shipped for ${kind.id}`);
      io.stdout(JSON.stringify(example, null, 2) + '\n');
      return 0;
    }
    case 'check': {
      need(2, '<kind> <case.json|->');
      getKind(rest[0]!); // unknown kind: usage error on stderr, not a JSON result
      let result;
      try {
        result = checkCase(rest[0]!, readCase(rest[1]!, io));
      } catch (e) {
        if (e instanceof HarborError && e.code === 'malformed-input') result = { ok: false as const, errors: e.issues };
        else throw e;
      }
      io.stdout(JSON.stringify(result, null, 2) + '\n');
      return result.ok ? 0 : 1;
    }
    case 'render': {
      need(2, '<kind> <case.json|-> [--format pdf|docx] [-o out]');
      const out = values.output;
      const fromExt = out?.match(/\.(pdf|docx)$/i)?.[1];
      const format: Format = parseFormat(values.format ?? fromExt ?? 'pdf');
      if (out === undefined && io.stdoutIsTty) throw usage('refusing to write a document to a terminal: give -o <file> or redirect stdout');
      const g = await generate({ kind: rest[0]!, input: readCase(rest[1]!, io), format, templates: templates() });
      printWarnings(g.warnings, io);
      if (out === undefined || out === '-') io.stdout(g.bytes);
      else writeAtomic(out, g.bytes);
      return 0;
    }
    case 'serve': {
      need(0, 'no arguments (options: --port, --host)');
      const port = values.port === undefined ? undefined : Number(values.port);
      if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536)) throw usage('--port must be a port number');
      const { serve } = await import('./http/server.js');
      const close = await serve({ port, host: values.host, env: io.env, log: (line) => io.stderr(line + '\n') });
      await new Promise<void>((resolve) => {
        const stop = (): void => void close().then(resolve);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      return 0;
    }
    case 'csv-template': {
      need(1, '<kind>');
      const kind = getKind(rest[0]!);
      const example = exampleCase(kind.id);
      if (example === undefined) throw new HarborError('internal', `no example case is shipped for ${kind.id}`);
      io.stdout(csvTemplate(example));
      return 0;
    }
    case 'batch': {
      need(2, '<kind> <cases.json|.ndjson|.csv> -o out.zip [--format pdf|docx|both] [--workers N] [--render-timeout 30s]');
      const kind = getKind(rest[0]!);
      batchInputType(rest[1]!, usage);
      const out = values.output;
      if (out === undefined || out === '-') throw usage('a batch needs -o <out.zip>');
      const format = parseBatchFormat(values.format);
      return batchCommand({ kind, file: rest[1]!, out, format, workers: values.workers, renderTimeout: values['render-timeout'] }, io, usage);
    }
    case 'check-templates': {
      need(0, 'no arguments');
      const report = checkTemplates(templates());
      io.stdout(`ok: ${report.templates.length} templates compiled, ${report.rendered.length} fixtures rendered to markup\n`);
      return 0;
    }
    default:
      throw usage(`unknown command "${cmd}"`);
  }
}

/** Run the CLI; returns the exit code. Errors never print case data. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (e) {
    if (e instanceof HarborError) {
      if (e.code === 'usage') io.stderr(`harbor: ${e.message}\n`);
      else for (const line of formatIssueLines(e)) io.stderr(`${line}\n`);
      return e.exitCode;
    }
    // A bug. Its message may quote data, so only the type goes out unless debugging is asked for.
    io.stderr(`harbor: internal error (${(e as Error)?.name ?? 'unknown'}); set HARBOR_DEBUG=1 for the stack\n`);
    if (io.env.HARBOR_DEBUG === '1') io.stderr(`${(e as Error)?.stack ?? String(e)}\n`);
    return 70;
  }
}
