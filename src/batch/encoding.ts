// Text encodings of batch input (docs/batch.md §Encodings): a CSV, JSON or NDJSON batch is UTF-8
// unless its encoding is given (`Content-Type: text/csv; charset=windows-1252` over HTTP,
// `harbor batch --encoding windows-1252`) or a byte-order mark says otherwise. Clinics export
// spreadsheets from Excel on Windows, whose plain "CSV (Comma delimited)" is Windows-1252.
//
// Every byte is checked before any record is read, once for the whole input: a file that is not
// in its encoding (an unlabelled Windows-1252 file read as UTF-8) is refused with one error naming
// its first bad byte (line, byte offset) and what to do, never one `invalid-character` per record.
// An Excel workbook is not text (its XML is UTF-8 by definition): none of this applies to it.
//
// Decoding is the WHATWG Encoding Standard's (TextDecoder, Node's full ICU): its labels
// (`latin1`, `iso-8859-1`, `cp1252` all name windows-1252), and a byte-order mark wins over a label.
import { isUtf8 } from 'node:buffer';
import { Readable } from 'node:stream';
import { HarborError } from '../errors.js';
import { slicer, type TextSource } from './input.js';

/**
 * The encodings of the WHATWG Encoding Standard (§4.2, canonical names), the common ones first;
 * `ENCODINGS` keeps those this Node decodes (Node 20's ICU lacks iso-8859-16). Not listed:
 * `replacement` and `x-user-defined`, which are no text encodings.
 */
const WHATWG = [
  'utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'iso-8859-15', 'macintosh', 'windows-1250', 'windows-1251',
  'windows-1253', 'windows-1254', 'windows-1255', 'windows-1256', 'windows-1257', 'windows-1258', 'windows-874',
  'iso-8859-2', 'iso-8859-3', 'iso-8859-4', 'iso-8859-5', 'iso-8859-6', 'iso-8859-7', 'iso-8859-8', 'iso-8859-8-i',
  'iso-8859-10', 'iso-8859-13', 'iso-8859-14', 'iso-8859-16', 'ibm866', 'koi8-r', 'koi8-u', 'x-mac-cyrillic',
  'gbk', 'gb18030', 'big5', 'euc-jp', 'iso-2022-jp', 'shift_jis', 'euc-kr',
] as const;

function decodes(name: string): boolean {
  try {
    return new TextDecoder(name).encoding === name;
  } catch {
    return false;
  }
}

/** The encodings a batch (and a single route's JSON body) may be in, by canonical name. */
export const ENCODINGS: readonly string[] = WHATWG.filter(decodes);

/**
 * The canonical name of the encoding a label names (`Latin1` → `windows-1252`, `utf8` → `utf-8`;
 * case and surrounding spaces do not matter), or undefined when Harbor does not read it.
 */
export function encodingFor(label: string): string | undefined {
  let name: string;
  try {
    name = new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
  return ENCODINGS.includes(name) ? name : undefined;
}

/** A label as a message may quote it: printable ASCII, at most 32 characters. */
const quoted = (v: string): string => `"${v.replace(/[^\x20-\x7e]|"/g, '?').slice(0, 32)}"`;

/**
 * Why a label is refused (`given`: how it was given, `Content-Type charset` or `--encoding`), and
 * what is taken: the caller makes it a 415 (HTTP) or a usage error (CLI).
 */
export function unknownEncodingMessage(given: string, label: string): string {
  return (
    `${given} ${quoted(label)} is not an encoding Harbor reads; give one of: ${ENCODINGS.join(', ')} ` +
    '(or another label of one of them in the WHATWG Encoding Standard: latin1 and iso-8859-1 name windows-1252)'
  );
}

/** How the caller's input is named and its encoding given, for the words of an error. */
export interface TextInput {
  /** The encoding given (a canonical name, `encodingFor`); none: UTF-8. */
  encoding?: string;
  /** The input as a sentence starts with it: `The batch`, `the batch file "cases.csv"`. */
  name: string;
  /** How the user gives an encoding: `--encoding windows-1252`, `Content-Type: text/csv; charset=windows-1252`. */
  howToGive: (encoding: string) => string;
}

/** The encoding a byte-order mark at the start of `b` announces (WHATWG "BOM sniff"). */
function bomEncoding(b: Uint8Array): string | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return undefined;
}

const bytesOf = (c: unknown): Buffer => (Buffer.isBuffer(c) ? c : typeof c === 'string' ? Buffer.from(c, 'utf8') : Buffer.from(c as Uint8Array));

/** The first 3 bytes of a source (fewer if it is shorter). */
async function head(open: TextSource): Promise<Buffer> {
  const src = open();
  const got: Buffer[] = [];
  let n = 0;
  try {
    for await (const c of src) {
      const b = bytesOf(c);
      got.push(b);
      n += b.length;
      if (n >= 3) break;
    }
  } finally {
    src.destroy();
  }
  return Buffer.concat(got).subarray(0, 3);
}

/**
 * The input as UTF-8 text for the readers of ./input.ts, once every byte of it is known to decode:
 * in the encoding its byte-order mark names, else the one given, else UTF-8. Throws
 * `malformed-input` at the first byte that does not decode (./input.ts's readers then never see
 * it). UTF-8 input is handed on as it is (the readers drop its byte-order mark); any other is
 * decoded as it is read.
 */
export async function decodedInput(open: TextSource, how: TextInput): Promise<TextSource> {
  const bom = bomEncoding(await head(open));
  const encoding = bom ?? how.encoding ?? 'utf-8';
  await checkDecodes(open, encoding, how, bom !== undefined);
  if (encoding === 'utf-8') return open;
  return () => Readable.from(decodeChunks(open, encoding), { objectMode: false });
}

/** The text of a source in `encoding`, piece by piece (a byte-order mark dropped). */
async function* decodeChunks(open: TextSource, encoding: string): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding);
  const src = open();
  const pause = slicer();
  try {
    for await (const c of src) {
      const text = decoder.decode(bytesOf(c), { stream: true });
      if (text !== '') yield text;
      await pause();
    }
    const rest = decoder.decode();
    if (rest !== '') yield rest;
  } finally {
    src.destroy();
  }
}

/** Bytes before a piece kept to find where in it decoding failed (a sequence may begin in them). */
const HISTORY = 64;

const lineBreaks = (s: string): number => {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
};

/**
 * Whether every byte of a single-byte encoding is a character (windows-1252, iso-8859-15,
 * macintosh, koi8-r…): such input always decodes, and is not checked. Not so for windows-1253
 * (0xD2, 0xFF), windows-1255, iso-8859-3, iso-8859-8 and a few others, nor for any multi-byte one.
 */
function everyByteDecodes(encoding: string): boolean {
  if (encoding === 'utf-8' || encoding.startsWith('utf-16')) return false;
  const all = Uint8Array.from({ length: 256 }, (_, i) => i);
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(all).length === 256;
  } catch {
    return false;
  }
}

/**
 * How long an unfinished UTF-8 sequence at the end of `b` is (0 to 3 bytes): the bytes a strict
 * decoder holds until the next piece. Anything else (complete, or invalid) is left to isUtf8.
 */
function utf8Tail(b: Uint8Array): number {
  for (let k = 1; k <= Math.min(3, b.length); k++) {
    const c = b[b.length - k]!;
    if ((c & 0xc0) === 0x80) continue; // a continuation byte
    if (c < 0xc0) return 0; // ASCII
    const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
    return k < need ? k : 0;
  }
  return 0;
}

/** The 0x0A bytes (UTF-8's line breaks) in the first `end` bytes of a source. */
async function lineFeedsBefore(open: TextSource, end: number): Promise<number> {
  const src = open();
  const pause = slicer();
  let n = 0;
  let at = 0;
  try {
    for await (const c of src) {
      const b = bytesOf(c).subarray(0, Math.max(0, end - at));
      for (let i = 0; i < b.length; i++) if (b[i] === 0x0a) n++;
      at += b.length;
      if (at >= end) break;
      await pause();
    }
  } finally {
    src.destroy();
  }
  return n;
}

/**
 * A strict decoder of one piece at a time: the text's line breaks (undefined: not counted), or
 * false where a byte does not decode. UTF-8 (nearly every batch) is checked by `isUtf8` (simdutf,
 * no string made), the pieces' seams by hand, and its lines are counted only when a byte fails
 * (a call per line feed costs more than the check); the others go through TextDecoder, which for
 * a streamed strict UTF-8 decode would take ICU's path, ~35 MB/s.
 */
function strictPieces(encoding: string): { piece: (b: Buffer) => number | undefined | false; end: () => boolean } {
  if (encoding === 'utf-8') {
    let carry = Buffer.alloc(0); // an unfinished sequence from the last piece
    return {
      piece: (b) => {
        const all = carry.length > 0 ? Buffer.concat([carry, b]) : b;
        const body = all.subarray(0, all.length - utf8Tail(all));
        if (!isUtf8(body)) return false;
        carry = Buffer.from(all.subarray(body.length));
        return undefined;
      },
      end: () => carry.length === 0,
    };
  }
  const decoder = new TextDecoder(encoding, { fatal: true });
  return {
    piece: (b) => {
      try {
        return lineBreaks(decoder.decode(b, { stream: true }));
      } catch {
        return false;
      }
    },
    end: () => {
      try {
        decoder.decode();
        return true;
      } catch {
        return false;
      }
    },
  };
}

/** Read the whole source once through a strict decoder; throw at the first byte that does not decode. */
async function checkDecodes(open: TextSource, encoding: string, how: TextInput, fromBom: boolean): Promise<void> {
  if (everyByteDecodes(encoding)) return;
  const strict = strictPieces(encoding);
  const src = open();
  const pause = slicer();
  let offset = 0; // bytes before this piece
  let lines = 0; // line breaks decoded before this piece (UTF-8: counted when needed)
  let history = Buffer.alloc(0);
  const linesBefore = async (end: number): Promise<number> => (encoding === 'utf-8' ? lineFeedsBefore(open, end) : lines);
  try {
    for await (const c of src) {
      const piece = bytesOf(c);
      const breaks = strict.piece(piece);
      if (breaks === false) throw notDecodable(locate(history, piece, offset, await linesBefore(offset), encoding, false), encoding, how, fromBom);
      lines += breaks ?? 0;
      history = Buffer.concat([history, piece.subarray(Math.max(0, piece.length - HISTORY))]);
      history = Buffer.from(history.subarray(Math.max(0, history.length - HISTORY)));
      offset += piece.length;
      await pause();
    }
    // The input ends inside a character.
    if (!strict.end()) throw notDecodable(locate(history, Buffer.alloc(0), offset, await linesBefore(offset), encoding, true), encoding, how, fromBom);
  } finally {
    src.destroy();
  }
}

interface Where {
  /** The line of the first byte that does not decode, from 1. */
  line: number;
  /** Its offset in the input, from 0. */
  byte: number;
}

/**
 * Where in `piece` (or, `atEnd`, at the end of the input) a strict decoder failed: the first byte of
 * the sequence it could not decode (for UTF-8 "Jos\xE9," the E9, not the comma that showed it).
 * The decoder's state is replayed from a few bytes of `history` (the bytes before the piece) where
 * it decodes cleanly, then found by bisection: the longest prefix that decodes, and the shortest
 * one that gives as much text. `lines` counts the line breaks decoded before the piece.
 */
function locate(history: Buffer, piece: Buffer, offset: number, lines: number, encoding: string, atEnd: boolean): Where {
  const w = Buffer.concat([history, piece]);
  const h = history.length;
  const base = offset - h; // offset of w[0] in the input
  const unit = encoding.startsWith('utf-16') ? 2 : 1;
  const decodeFrom =
    (s: number) =>
    (end: number): string | undefined => {
      try {
        return new TextDecoder(encoding, { fatal: true }).decode(w.subarray(s, end), { stream: true });
      } catch {
        return undefined;
      }
    };
  // A start in the history where decoding is in step (the start of a character).
  let s = h;
  for (let t = 0; t <= Math.min(8, h); t++) {
    if ((base + t) % unit === 0 && decodeFrom(t)(h) !== undefined) {
      s = t;
      break;
    }
  }
  const decode = decodeFrom(s);
  const before = lineBreaks(decode(h) ?? '');
  const at = (j: number): Where => ({ line: lines - before + lineBreaks(decode(j) ?? '') + 1, byte: base + j });
  // The longest prefix that decodes (all of it when the input ends inside a character).
  let ok = h;
  let bad = w.length;
  if (!atEnd) {
    // The replay does not fail where the decoder did (a stateful encoding): name the piece.
    if (decode(bad) !== undefined) return at(h);
    while (bad - ok > 1) {
      const mid = (ok + bad) >> 1;
      if (decode(mid) === undefined) bad = mid;
      else ok = mid;
    }
  } else ok = w.length;
  // The shortest prefix that gives as much text: where the undecodable sequence begins.
  const text = (decode(ok) ?? '').length;
  let lo = s;
  let hi = ok;
  if ((decode(lo) ?? '').length === text) return at(lo);
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((decode(mid) ?? '').length === text) hi = mid;
    else lo = mid;
  }
  return at(hi);
}

function notDecodable(where: Where, encoding: string, how: TextInput, fromBom: boolean): HarborError {
  const at = `line ${where.line} (byte offset ${where.byte.toLocaleString('en-US')})`;
  let message: string;
  if (encoding === 'utf-8' && how.encoding === undefined && !fromBom) {
    message =
      `${how.name} is not UTF-8 text: ${at} has a byte that is not UTF-8, as in a file saved in another encoding ` +
      `(Excel's plain "CSV" is Windows-1252); save it as UTF-8 (in Excel: "CSV UTF-8"), or give its encoding: ${how.howToGive('windows-1252')}`;
  } else {
    const said = fromBom ? `its byte-order mark says ${encoding}` : `given as ${encoding}`;
    message = `${how.name} is not ${encoding} text (${said}): ${at} has bytes that are not ${encoding}; give the encoding it was saved in, or save it as UTF-8`;
  }
  return new HarborError('malformed-input', message, [{ path: '', code: 'malformed-input', message }]);
}
