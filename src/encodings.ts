// Text encodings of the input Harbor reads as text (docs/batch.md §Encodings): a batch's CSV, JSON
// or NDJSON, a single route's JSON body, the case file of `harbor check` and `harbor render`. Text is
// UTF-8 unless its encoding is given (`charset=windows-1252` in a Content-Type, `--encoding
// windows-1252` in the CLI) or a byte-order mark says otherwise. Clinics export spreadsheets from
// Excel on Windows, whose plain "CSV (Comma delimited)" is Windows-1252, and Windows editors save
// "Unicode" text as UTF-16.
//
// Every byte is checked before anything is read from the text: input that is not in its encoding
// is refused with one error naming its first bad byte (line, byte offset) and what to do, never
// one `invalid-character` per field or record. The batch's streamed reading is src/batch/encoding.ts;
// one case, whole in memory, is `decodeCaseText` here (lowest layer: the render threads parse a
// single route's body with it, src/validate.ts parseCaseJson).
//
// Decoding is the WHATWG Encoding Standard's (TextDecoder, Node's full ICU): its labels
// (`latin1`, `iso-8859-1`, `cp1252` all name windows-1252), and a byte-order mark wins over a label.
import { figure } from './domain/format.js';
import { isUtf8 } from 'node:buffer';
import { HarborError } from './errors.js';

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
 * Labels of UTF-32 (IANA's character-set names and their common spellings): no encoding of the
 * WHATWG Encoding Standard, so `encodingFor` knows none of them, but a label that names what the
 * text is in, which the refusal names rather than listing the encodings Harbor reads as for a typo.
 */
const UTF32_LABEL = /^(?:utf-?32(?:le|be)?|ucs-?4|iso-10646-ucs-4|csucs4)$/;

/**
 * Why a label is refused (`given`: how it was given, `Content-Type charset` or `--encoding`), and
 * what is taken: the caller makes it a 415 (HTTP) or a usage error (CLI). A UTF-32 label is told
 * as such (the text is in an encoding Harbor does not read, not misspelled).
 */
export function unknownEncodingMessage(given: string, label: string): string {
  if (UTF32_LABEL.test(label.trim().toLowerCase())) {
    return `${given} ${quoted(label)} says the text is UTF-32, which Harbor does not read: save it as UTF-8 (or UTF-16), and give it again`;
  }
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
  /**
   * What the refusal of text that is not UTF-8 says of where such text comes from, and how to
   * save it again; default: a spreadsheet's (Excel's plain "CSV" is Windows-1252).
   */
  notUtf8?: { example: string; save: string };
}

/**
 * UTF-32 text, which Harbor does not read (the WHATWG Encoding Standard has no UTF-32, so no
 * TextDecoder does; Unicode deprecates it for exchange): by its byte-order mark (`FF FE 00 00`,
 * little-endian: read by the UTF-16LE mark's rule it became a NUL before every letter, so a CSV's
 * every column was "unknown"; `00 00 FE FF`, big-endian, refused as "not UTF-8 at byte 2"), or by
 * its first four bytes: text that begins with an ASCII character (a JSON text, a CSV header's dot
 * path) is `xx 00 00 00` in UTF-32LE and `00 00 00 xx` in UTF-32BE, which no text Harbor reads
 * begins with in any encoding, given or not (a NUL is no character of a case: until 2026-12-06 a
 * body labelled `charset=utf-8` in these bytes was "not valid JSON at character 1").
 */
export function utf32Of(b: Uint8Array): { name: 'UTF-32LE' | 'UTF-32BE'; bom: boolean } | undefined {
  if (b.length < 4) return undefined;
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return { name: 'UTF-32LE', bom: true };
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return { name: 'UTF-32BE', bom: true };
  if (b[0] !== 0 && b[0]! < 0x80 && b[1] === 0 && b[2] === 0 && b[3] === 0) return { name: 'UTF-32LE', bom: false };
  if (b[0] === 0 && b[1] === 0 && b[2] === 0 && b[3] !== 0 && b[3]! < 0x80) return { name: 'UTF-32BE', bom: false };
  return undefined;
}

/** The refusal of UTF-32 text (`utf32Of`), naming it and how to save it as text Harbor reads. */
export function utf32Refused(found: { name: string; bom: boolean }, how: TextInput): HarborError {
  const why = found.bom ? `its byte-order mark says ${found.name}` : `its first bytes are ${found.name}'s, three zero bytes with each letter`;
  const message = `${how.name} is ${found.name} text (${why}), which Harbor does not read: save it as UTF-8 (or UTF-16), and give it again`;
  return new HarborError('malformed-input', message, [{ path: '', code: 'malformed-input', message }]);
}

/** The encoding a byte-order mark at the start of `b` announces (WHATWG "BOM sniff"). */
export function bomEncoding(b: Uint8Array): string | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return undefined;
}

export const lineBreaks = (s: string): number => {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
};

/**
 * Whether every byte of a single-byte encoding is a character (windows-1252, iso-8859-15,
 * macintosh, koi8-r…): such input always decodes, and is not checked. Not so for windows-1253
 * (0xD2, 0xFF), windows-1255, iso-8859-3, iso-8859-8 and a few others, nor for any multi-byte one.
 */
export function everyByteDecodes(encoding: string): boolean {
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
export function utf8Tail(b: Uint8Array): number {
  for (let k = 1; k <= Math.min(3, b.length); k++) {
    const c = b[b.length - k]!;
    if ((c & 0xc0) === 0x80) continue; // a continuation byte
    if (c < 0xc0) return 0; // ASCII
    const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
    return k < need ? k : 0;
  }
  return 0;
}

export interface Where {
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
export function locate(history: Buffer, piece: Buffer, offset: number, lines: number, encoding: string, atEnd: boolean): Where {
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

export function notDecodable(where: Where, encoding: string, how: TextInput, fromBom: boolean, detected = false): HarborError {
  const at = `line ${String(where.line)} (byte offset ${figure(where.byte)})`;
  let message: string;
  if (detected) {
    message = `${how.name} is not ${encoding} text (its first bytes are UTF-16's, and it has no byte-order mark): ${at} has bytes that are not ${encoding}; save it as UTF-8, or give its encoding: ${how.howToGive('utf-8')}`;
  } else if (encoding === 'utf-8' && how.encoding === undefined && !fromBom) {
    const words = how.notUtf8 ?? { example: `Excel's plain "CSV" is Windows-1252`, save: 'save it as UTF-8 (in Excel: "CSV UTF-8")' };
    message = `${how.name} is not UTF-8 text: ${at} has a byte that is not UTF-8, as in a file saved in another encoding (${words.example}); ${words.save}, or give its encoding: ${how.howToGive('windows-1252')}`;
  } else {
    const said = fromBom ? `its byte-order mark says ${encoding}` : `given as ${encoding}`;
    message = `${how.name} is not ${encoding} text (${said}): ${at} has bytes that are not ${encoding}; give the encoding it was saved in, or save it as UTF-8`;
  }
  return new HarborError('malformed-input', message, [{ path: '', code: 'malformed-input', message }]);
}

/**
 * The encoding of JSON text without a byte-order mark whose first two bytes say UTF-16: JSON text
 * begins with an ASCII character (whitespace, `{` or `[`), and UTF-8 JSON never holds a NUL byte,
 * so `00 xx` is UTF-16BE and `xx 00` UTF-16LE (RFC 4627 §3; what Windows editors save as
 * "Unicode" once the mark is lost). Undefined for anything else.
 */
export function utf16WithoutBom(b: Uint8Array): string | undefined {
  if (b.length < 2) return undefined;
  if (b[0] === 0 && b[1] !== 0) return 'utf-16be';
  if (b[0] !== 0 && b[1] === 0) return 'utf-16le';
  return undefined;
}

/**
 * Text given in one encoding (`how.encoding`) whose first bytes are UTF-16's in another order or
 * width (utf16WithoutBom): a body labelled `charset=utf-8`, or `--encoding windows-1252`, that is
 * UTF-16 without its mark. Read as given, its second byte is a NUL (or, UTF-16 of the other order,
 * its first character is no ASCII one), so it was refused as "not valid JSON at character 1" or its
 * every CSV column unknown: the refusal names what the bytes are and how to give it.
 */
export function givenButUtf16(found: string, how: TextInput & { encoding: string }): HarborError {
  const order = found === 'utf-16le' ? 'a zero byte after each ASCII letter' : 'a zero byte before each ASCII letter';
  const message =
    `${how.name} is given as ${how.encoding}, but its first bytes are ${found.toUpperCase()}'s (${order}, as Windows saves "Unicode" text): ` +
    `give its encoding, ${how.howToGive(found)}, or save it as UTF-8`;
  return new HarborError('malformed-input', message, [{ path: '', code: 'malformed-input', message }]);
}

/**
 * The encoding text is read in, from its first bytes (at least four; a case's whole text or a
 * batch's head): the one its byte-order mark names, else the one given (`how.encoding`), else
 * UTF-16 where its first bytes say so (utf16WithoutBom), else UTF-8. UTF-32 is refused naming it
 * (utf32Of), and so is UTF-16 without its mark given as another encoding (givenButUtf16): the
 * first bytes of JSON or CSV text are an ASCII character's, which tells these widths and orders
 * apart whatever was said of them. `fromBom` and `detected` say how it was decided, for the
 * refusal's advice (notDecodable). One rule for a single case (decodeCaseText) and a batch
 * (batch/encoding.ts).
 */
export function encodingOf(first: Uint8Array, how: TextInput): { encoding: string; fromBom: boolean; detected: boolean } {
  const wide = utf32Of(first);
  if (wide !== undefined) throw utf32Refused(wide, how);
  const bom = bomEncoding(first);
  if (bom !== undefined) return { encoding: bom, fromBom: true, detected: false };
  const shape = utf16WithoutBom(first);
  if (how.encoding !== undefined) {
    if (shape !== undefined && shape !== how.encoding) throw givenButUtf16(shape, { ...how, encoding: how.encoding });
    return { encoding: how.encoding, fromBom: false, detected: false };
  }
  return { encoding: shape ?? 'utf-8', fromBom: false, detected: shape !== undefined };
}

/**
 * One case's JSON text from its bytes (a single route's body, `harbor check`'s or `render`'s file),
 * as a batch's text is read: in the encoding its byte-order mark names (the mark dropped), else the
 * one given (`how.encoding`), else UTF-16 where its first bytes say so (utf16WithoutBom), else
 * UTF-8. Throws `malformed-input` once, at the first byte that does not decode, naming its line and
 * byte offset and how to give the encoding: never text with U+FFFD where letters were, which
 * validation would refuse field by field as if each field were wrong.
 */
export function decodeCaseText(bytes: Uint8Array, how: TextInput): string {
  const { encoding, fromBom, detected } = encodingOf(bytes, how);
  if (encoding === 'utf-8') {
    const body = fromBom ? bytes.subarray(3) : bytes;
    if (isUtf8(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  } else {
    try {
      // Decoded as a stream that ends here, never in one call: Node 20's one-call decode of
      // windows-1252 takes a Latin-1 shortcut (0x92 gave U+0092, a control character, for ’;
      // Excel's and Word's apostrophe: "Children’s" was refused as invalid-character), where the
      // streaming decoder is the Encoding Standard's (U+2019). TextDecoder drops a byte-order mark
      // of its own encoding.
      const decoder = new TextDecoder(encoding, { fatal: true });
      return decoder.decode(bytes, { stream: true }) + decoder.decode();
    } catch {
      // located below
    }
  }
  const all = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  throw notDecodable(locate(Buffer.alloc(0), all, 0, 0, encoding, false), encoding, how, fromBom, detected);
}
