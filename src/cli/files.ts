// The files of the `harbor` CLI (README.md §CLI): the case it reads (a file or stdin, refused with
// one line saying why when it cannot be read, is over the size limit of one case, is empty, is not
// UTF-8 or not JSON; its content never echoed) and the output it writes (checked before any work
// starts, then written atomically).
import { figure } from '../domain/format.js';
import { accessSync, closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { Socket } from 'node:net';
import { basename, dirname } from 'node:path';
import { isatty } from 'node:tty';
import { longestBesidePathBytes, NAME_MAX_BYTES, TargetBusy, tempFileFor, type TempFile } from '../batch/outfile.js';
import { encodingFor, decodeCaseText, unknownEncodingMessage } from '../encodings.js';
import { cannotWrite, ERRNO_WORDS, HarborError, unreadableReason } from '../errors.js';
import { BODY_LIMIT_RULE, caseLimitOf, MAX_JSON_DEPTH, textTooDeep } from '../limits.js';
import { caseTooDeep, notJsonWhy } from '../validate.js';
import { asWritten } from '../json-text.js';
import { firstUnsafe, forTerminal } from '../terminal.js';
import { fileError, usage } from './args.js';
import { at, readAtMost, streamAtMost, type Io } from './io.js';

/** A size in bytes as a message says it: "1 MB (1,048,576 bytes)". */
function sizeInWords(bytes: number): string {
  const exact = `${figure(bytes)} bytes`;
  return bytes % 2 ** 20 === 0 ? `${figure(bytes / 2 ** 20)} MB (${exact})` : exact;
}

/**
 * Up to `max` bytes of the case file `file` (as the user named it): a regular file, or a pipe or
 * device read as a stream (`<(jq …)`, /dev/stdin), bounded all the same (/dev/zero costs `max`
 * bytes). A terminal is refused as "-" on a terminal is: reading it would wait, silently, for typing.
 *
 * Opened with O_NONBLOCK, and a pipe (a named FIFO, `<(…)`, /dev/stdin on a pipe) read through the
 * event loop as "-" is (./io.ts streamAtMost): open(2) of a FIFO with no writer waits for one, and
 * a blocking read waits for its data, both holding the main thread, so `harbor render rfa fifo -o
 * out.pdf` ignored SIGTERM and ^C until a writer came (the handler that removes -o's temporary
 * file never ran). A non-blocking open of a FIFO returns at once (POSIX open(2), O_NONBLOCK), and
 * Linux reports its end only once a writer has come and gone, so a writer that comes later is
 * still read whole.
 */
async function readCaseFile(file: string, io: Io, max: number): Promise<Buffer> {
  const fd = openSync(at(file, io), constants.O_RDONLY | constants.O_NONBLOCK);
  let streamed = false;
  try {
    if (isatty(fd)) throw fileError(`the case file "${file}" is a terminal; give a file, or pipe the case in with -`);
    if (fstatSync(fd).isFIFO()) {
      // The socket owns the descriptor from here: destroyed (and so closed) by streamAtMost.
      streamed = true;
      return await streamAtMost(new Socket({ fd, readable: true, writable: false }), max);
    }
    return readAtMost(fd, max);
  } finally {
    if (!streamed) closeSync(fd);
  }
}

/**
 * The largest case the CLI reads, in bytes: HARBOR_BODY_LIMIT's, as the service's (src/limits.ts
 * caseLimitOf; 1 MB unset), so a case one of them takes the other does too. A value that breaks
 * the rule is refused as the service refuses it at start-up (exit 2, naming the variable).
 */
export function cliCaseLimit(io: Pick<Io, 'env'>): number {
  const limit = caseLimitOf(io.env.HARBOR_BODY_LIMIT);
  if (limit === undefined) throw new HarborError('usage', `configuration: HARBOR_BODY_LIMIT ${BODY_LIMIT_RULE}`);
  return limit;
}

/**
 * Read and parse a case file (or stdin for "-"); the content is never echoed in errors. Its text
 * is decoded as a single route's body is (src/encodings.ts decodeCaseText): the encoding its
 * byte-order mark names, else `--encoding`'s (`label`), else UTF-16 where its first bytes say so,
 * else UTF-8. A file that is not in it (a case saved as Windows-1252: Belén as the byte E9) is
 * refused here, naming its line and byte offset: decoded, each such letter would become U+FFFD,
 * which validation refuses field by field.
 */
export async function readCase(file: string, io: Io, label?: string): Promise<unknown> {
  // Judged before anything is read: a label Harbor does not read is the command line's mistake.
  const encoding = label === undefined ? undefined : encodingFor(label);
  if (label !== undefined && encoding === undefined) throw usage(unknownEncodingMessage('--encoding', label));
  const limit = cliCaseLimit(io);
  // A terminal on stdin: reading it would wait, silently, for a case typed and ended with ^D.
  if (file === '-' && io.stdinIsTty) throw usage('nothing is piped to -; give a file, or pipe the case in');
  // One byte past the limit is read, never more: enough to know the case is too large.
  let bytes: Buffer;
  try {
    bytes = file === '-' ? await io.stdin(limit + 1) : await readCaseFile(file, io, limit + 1);
  } catch (e) {
    if (e instanceof HarborError) throw e;
    throw fileError(file === '-' ? `cannot read standard input: ${unreadableReason(e)}` : `cannot read the case file "${file}": ${unreadableReason(e)}`);
  }
  if (bytes.length > limit) {
    const what = file === '-' ? 'the case on stdin' : `the case file "${file}"`;
    const message = `${what} is larger than ${sizeInWords(limit)}, the most one case may be (HARBOR_BODY_LIMIT, as over HTTP)`;
    throw new HarborError('payload-too-large', message, [{ path: '', code: 'payload-too-large', message }]);
  }
  const text = decodeCaseText(bytes, {
    encoding,
    name: file === '-' ? 'the case on stdin' : `the case file "${file}"`,
    howToGive: (e) => `--encoding ${e}`,
    notUtf8: { example: 'a letter such as é or ñ saved as Windows-1252, as Windows programs save "ANSI" text', save: 'save the file as UTF-8' },
  });
  // Nothing at all (`</dev/null`, an empty file) is told apart from broken JSON: a different mistake.
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    const empty = file === '-' ? 'the input is empty' : 'the case file is empty';
    throw new HarborError('malformed-input', empty, [{ path: '', code: 'malformed-input', message: empty }]);
  }
  const json = text.replace(/^\uFEFF/, '');
  // The depth rule on the text, before parsing, as over HTTP and in a batch (src/validate.ts caseTooDeep).
  if (textTooDeep(json, MAX_JSON_DEPTH)) throw caseTooDeep();
  let value: unknown;
  try {
    value = JSON.parse(json) as unknown;
  } catch (e) {
    // In the words of every entry point (src/validate.ts notJsonWhy): cut short, or where it broke.
    const why = notJsonWhy(e, json);
    throw new HarborError('malformed-input', `${file === '-' ? 'the case on stdin' : 'the case file'} is ${why}`, [{ path: '', code: 'malformed-input', message: why }]);
  }
  // A field given twice: JSON.parse keeps the last silently; a number with more digits than it keeps (src/json-text.ts).
  return asWritten(json, value);
}

/**
 * Refuse an output file that cannot be written before any work starts, with one line naming the
 * problem: no name, the name of a folder (one that exists, `.`, or any name ending in "/", which
 * only a folder can have: path.dirname and extname read past the slash, so `out/x.pdf/` looked
 * like a file in `out/` until the final rename failed with ENOTDIR), its folder missing, not a
 * folder or not writable. Nothing is written. Called before the name's extension is judged, so the
 * line says what is really wrong.
 */
export function checkOutputFile(out: string, io: Io): void {
  if (out === '') throw usage('-o needs the name of a file to write, and "" is none');
  const last = basename(out);
  checkOutputName(out, last, io);
  if (/\/$/.test(out) || last === '.' || last === '..') throw usage(`cannot write "${out}": it names a folder; give the name of a file to write in it`);
  const folder = dirname(at(out, io));
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
    if (isFolder) accessSync(folder, constants.W_OK);
  } catch (e) {
    if (isFolder) throw fileError(`cannot write "${out}": its folder is not writable`);
    // ENOTDIR: some part of the folder's path is a file (`case.json/out/x.pdf`).
    if ((e as NodeJS.ErrnoException).code === 'ENOTDIR') throw fileError(`cannot write "${out}": "${dirname(out)}" is not a folder (a part of it is a file)`);
    throw fileError(`cannot write "${out}": the folder "${dirname(out)}" does not exist`);
  }
  if (!isFolder) throw fileError(`cannot write "${out}": "${dirname(out)}" is not a folder`);
  try {
    if (statSync(at(out, io)).isDirectory()) throw fileError(`cannot write "${out}": ${ERRNO_WORDS.EISDIR}`);
  } catch (e) {
    if (e instanceof HarborError) throw e; // otherwise it does not exist yet: fine
  }
  // A file there that its owner made read-only (chmod a-w, as a filed draft is kept) is refused,
  // as `cp` and a shell's `>` refuse it: the temporary file's rename replaces whatever the folder
  // lets it, so until 2026-12-06 the protected file was replaced without a word. A symbolic link
  // there is replaced, never written through (README §CLI), so it is not looked through.
  let readOnly = false;
  try {
    if (lstatSync(at(out, io)).isFile()) {
      try {
        accessSync(at(out, io), constants.W_OK);
      } catch {
        readOnly = true;
      }
    }
  } catch {
    // it does not exist yet: fine
  }
  if (readOnly) throw fileError(`cannot write "${out}": the file there is read-only; make it writable (chmod u+w) to replace it, or give another name`);
  checkLookAlike(out, last, folder);
}

/** The longest path the kernel opens, in bytes: Linux's PATH_MAX (4096) less its closing NUL. */
const PATH_MAX_BYTES = 4095;

/** A name as a message shows it: whole up to 64 characters, else its first 60 and "…". */
function shownName(out: string): string {
  const chars = Array.from(out);
  return chars.length <= 64 ? out : `${chars.slice(0, 60).join('')}…`;
}

/**
 * The rules of the name `-o` gives (`last`: its file name), before any work (README.md §CLI):
 * - no control or text-direction character in the file name (a line break, a tab, an escape,
 *   U+202E…): the class a terminal acts on (src/terminal.ts). A name with a line break was written
 *   as given, breaking every listing read line by line, and one with U+202E shows as another
 *   name ("draft\u202efdp.exe" reads "draftexe.pdf");
 * - the same of every folder's name in the path;
 * - a file name of at most NAME_MAX_BYTES (255) bytes in UTF-8, a path of at most 4,095, and so
 *   the temporary file's beside it: a longer one was refused ENAMETOOLONG only once the document
 *   had been made, the whole name echoed. A file system whose names are shorter than 255 bytes
 *   refuses the lock or temporary file, made before the work (`openOutput`).
 */
function checkOutputName(out: string, last: string, io: Io): void {
  const unsafe = firstUnsafe(last);
  if (unsafe) {
    throw usage(`-o "${shownName(out)}": a file name may not hold a control or text-direction character (${unsafe.shown}, character ${String(unsafe.at)} of the name): it would break a listing's lines or show as another name; give the name without it`);
  }
  // The folders' names too: the path is shown whole in every message and listing that names the file.
  for (const folder of dirname(out).split('/')) {
    const bad = firstUnsafe(folder);
    if (bad) {
      throw usage(`-o "${shownName(out)}": a folder's name in the path may not hold a control or text-direction character (${bad.shown}, character ${String(bad.at)} of the folder "${forTerminal(shownName(folder))}"): it would break a listing's lines or show as another path; give a path without it`);
    }
  }
  const nameBytes = Buffer.byteLength(last);
  if (nameBytes > NAME_MAX_BYTES) {
    throw usage(`-o "${shownName(out)}": the file name is ${figure(nameBytes)} bytes long (UTF-8); a file name may be at most ${figure(NAME_MAX_BYTES)} bytes (NAME_MAX of Linux's and macOS's file systems); give a shorter one`);
  }
  const target = at(out, io);
  const pathBytes = Buffer.byteLength(target);
  if (pathBytes > PATH_MAX_BYTES) {
    throw usage(`-o "${shownName(out)}": the path is ${figure(pathBytes)} bytes long (UTF-8, from /); a path may be at most ${figure(PATH_MAX_BYTES)} bytes (PATH_MAX of Linux); give a shorter one`);
  }
  // The temporary file written beside it is up to 30 bytes longer: a path within 30 bytes of the
  // limit was refused ENAMETOOLONG only once the document had been made.
  const besideBytes = longestBesidePathBytes(target);
  if (besideBytes > PATH_MAX_BYTES) {
    throw usage(`-o "${shownName(out)}": the path is ${figure(pathBytes)} bytes long (UTF-8, from /), and the temporary file written beside it while it is made ${figure(besideBytes)}; a path may be at most ${figure(PATH_MAX_BYTES)} bytes (PATH_MAX of Linux); give a shorter one`);
  }
}

/**
 * Refuse a name that another file in the folder already has in another Unicode form ("Belén.pdf"
 * with é as one code point, NFC, or as e and a combining accent, NFD, as macOS and some keyboards
 * give it). Linux's file systems keep both as different files that show as one name: a draft made
 * again beside the older one instead of replacing it, two "Belén.pdf" in one folder. Only a name
 * with a character outside ASCII can have two forms; a folder that cannot be listed is not judged.
 */
function checkLookAlike(out: string, last: string, folder: string): void {
  if (!/[^\x00-\x7f]/.test(last)) return;
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  const key = last.normalize('NFC');
  const other = names.find((n) => n !== last && n.normalize('NFC') === key);
  if (other !== undefined) {
    throw usage(`-o "${shownName(out)}": the folder already holds "${shownName(other)}", the same name with its letters encoded otherwise (Unicode NFC and NFD): both would show as one name; to replace that file, give its name as it is written there (copy it from a listing), or give another name`);
  }
}

/**
 * Take the output file before any work (README.md §CLI): its lock and an exclusive, unpredictable,
 * mode-0600 temporary file beside it (src/batch/outfile.ts), so that what only the file system can
 * refuse (a name longer than it takes, another harbor writing the same file, a full disk) is said
 * before the document is made. `writeOutput` then writes it and renames it into place; a caller
 * that fails before that discards it.
 */
export function openOutput(target: string, io: Io): TempFile {
  try {
    // Stopped before the file is whole (a case on stdin that never came, ^C, `timeout`): said, as a batch says it.
    return tempFileFor(at(target, io), (signal) => io.stderr(`${forTerminal(`harbor: stopped (${signal}): "${target}" was not written`)}\n`));
  } catch (e) {
    if (e instanceof TargetBusy) throw fileError(`cannot write "${target}": ${e.message}; wait for it to end, or give another -o`);
    // A file that cannot be created is the command line's fault (2), unless the disk is (full: 74).
    throw cannotWrite(target, e, false);
  }
}

/**
 * Write `bytes` to the file `openOutput` took and rename it onto `target`: never half-written.
 * What was said on stderr before (a render's warnings) is answered first (Io.settled): a stderr
 * that cannot be written ends the command with 74 and no file, not 74 beside a file in place.
 */
export async function writeOutput(tmp: TempFile, target: string, bytes: Uint8Array, io: Io): Promise<void> {
  await io.settled?.();
  try {
    tmp.write(bytes);
    tmp.commit();
  } catch (e) {
    tmp.discard();
    // One that fails while it is written is an I/O error (74), as for stdout and `batch -o`.
    throw cannotWrite(target, e, true);
  }
  io.kept?.();
}

/** Run `work` with the output file `out` taken first (`openOutput`; none for stdout), discarding it when the work fails. */
export async function withOutput<T>(out: string | undefined, io: Io, work: (tmp: TempFile | undefined) => Promise<T>): Promise<T> {
  const tmp = out === undefined || out === '-' ? undefined : openOutput(out, io);
  try {
    return await work(tmp);
  } catch (e) {
    tmp?.discard();
    throw e;
  }
}

/** The first `n` bytes of a file as text (less when it is shorter), or '' when it cannot be read. */
export function fileStart(file: string, io: Io, n = 256): string {
  let fd: number | undefined;
  try {
    fd = openSync(at(file, io), 'r');
    const buf = Buffer.alloc(n);
    return buf.subarray(0, readSync(fd, buf, 0, n, 0)).toString('utf8');
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
