// The streamed reading of a batch's text (docs/batch.md §Encodings): every byte of a CSV, JSON or
// NDJSON batch checked against its encoding before any record is read, then decoded as it is read.
// The encodings, their labels and the words of a refusal are src/encodings.ts's, shared with the
// single routes' bodies and the CLI's case file. An Excel workbook is not text (its XML is UTF-8
// by definition): none of this applies to it.
import { isUtf8 } from 'node:buffer';
import { Readable } from 'node:stream';
import { encodingOf, everyByteDecodes, lineBreaks, locate, notDecodable, utf8Tail, type TextInput } from '../encodings.js';
import { slicer, type TextSource } from './input.js';

const bytesOf = (c: unknown): Buffer => (Buffer.isBuffer(c) ? c : typeof c === 'string' ? Buffer.from(c, 'utf8') : Buffer.from(c as Uint8Array));

/** The first 4 bytes of a source (fewer if it is shorter): a byte-order mark, or UTF-16's or UTF-32's first character. */
async function head(open: TextSource): Promise<Buffer> {
  const src = open();
  const got: Buffer[] = [];
  let n = 0;
  try {
    for await (const c of src) {
      const b = bytesOf(c);
      got.push(b);
      n += b.length;
      if (n >= 4) break;
    }
  } finally {
    src.destroy();
  }
  return Buffer.concat(got).subarray(0, 4);
}

/**
 * The input as UTF-8 text for the readers of ./input.ts, once every byte of it is known to decode:
 * in the encoding its byte-order mark names, else the one given, else UTF-16 where its first bytes
 * say so (a CSV header, a JSON array and an NDJSON line begin with an ASCII character:
 * utf16WithoutBom), else UTF-8, by the rule a single route's body is read by (encodingOf). UTF-32
 * is refused naming it. Throws `malformed-input` at the first byte that does not decode (./input.ts's
 * readers then never see it). UTF-8 input is handed on as it is (the readers drop its byte-order
 * mark); any other is decoded as it is read. Until 2026-12-06 UTF-16 without its mark was refused
 * as "not UTF-8" advising windows-1252, and UTF-32 as "not UTF-8 at byte 2" or read as UTF-16.
 */
export async function decodedInput(open: TextSource, how: TextInput): Promise<TextSource> {
  const { encoding, fromBom, detected } = encodingOf(await head(open), how);
  await checkDecodes(open, encoding, how, fromBom, detected);
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
async function checkDecodes(open: TextSource, encoding: string, how: TextInput, fromBom: boolean, detected: boolean): Promise<void> {
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
      if (breaks === false) throw notDecodable(locate(history, piece, offset, await linesBefore(offset), encoding, false), encoding, how, fromBom, detected);
      lines += breaks ?? 0;
      history = Buffer.concat([history, piece.subarray(Math.max(0, piece.length - HISTORY))]);
      history = Buffer.from(history.subarray(Math.max(0, history.length - HISTORY)));
      offset += piece.length;
      await pause();
    }
    // The input ends inside a character.
    if (!strict.end()) throw notDecodable(locate(history, Buffer.alloc(0), offset, await linesBefore(offset), encoding, true), encoding, how, fromBom, detected);
  } finally {
    src.destroy();
  }
}

