// Stray opening quotes in a batch CSV (docs/batch.md §Input): a quote typed at the start of a cell
// (`"Bea,Ruiz,…`, `"Jo" Ruiz,…`) opens a quoted cell to csv-parse (RFC 4180 §2.5), which then
// reads on, across rows, to the next quote in the file. Either that quote is not followed by a comma
// or a row's end (csv-parse's CSV_INVALID_CLOSING_QUOTE) or there is none (CSV_QUOTE_NOT_CLOSED),
// and the file was refused; or it is (`5'2",`), and the rows between came out as one cell of one
// row of the wrong width, the records in them neither read nor listed. ./csv-rows.ts finds the
// quote that cannot have opened a cell here, reads it as text (its byte turned into NUL, which
// marks that row: it is listed `invalid`, never read), and parses again from the start of that row,
// so each row after it is read, or listed, at its own number.
import { Readable } from 'node:stream';
import { slicer, type TextSource } from './input.js';

const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;

/**
 * The scan gives the event loop its turn (a `slicer` pause, every 5 ms of work) at each 64 KiB
 * boundary of the bytes it passes: a row may be megabytes long, read on the thread that answers
 * requests (docs/http-errors.md, "Where the work runs").
 */
const STEP = 0xffff;
type Pause = () => Promise<void>;

/** Bytes after the start of a failed row that are looked at for its stray quote, per character a row may hold. */
export const SCAN_BYTES_PER_CHAR = 4;

/** A quote that opens a cell but cannot have: its offset in the bytes looked at, and its cell's column (0-based). */
export interface StrayOpening {
  at: number;
  column: number;
}

/**
 * True when a whole row of `width` cells lies inside the quoted cell from `open` to `close` (a line
 * of it, between two line breaks, with width - 1 commas): a row the quote took, not a cell's lines.
 */
async function holdsRow(buf: Uint8Array, open: number, close: number, width: number, pause: Pause): Promise<boolean> {
  let commas = -1; // -1: before the cell's first line break
  for (let i = open + 1; i < close; i++) {
    if ((i & STEP) === 0) await pause();
    if (buf[i] === CR || buf[i] === LF) {
      if (commas === width - 1) return true;
      commas = 0;
    } else if (buf[i] === COMMA && commas >= 0) commas++;
  }
  return false;
}

/**
 * True when a cell across a row's end, closed at `close` and not in the last column, reads as one
 * row taken whole: its first line is a row of `width` cells (the caller knows) and its last line
 * holds `column` commas, the cells of the next row before its own quote (`"Bea,Ruiz,2012-04-01,x` /
 * `Eva 5'2",Ruiz,…`). With no whole row inside (`holdsRow`), that record came out of the header's
 * width and the next row's record was gone unlisted. A real multi-line cell in a column before the
 * last reads so only when its first line holds exactly as many commas as columns follow it and its
 * last line as many as precede it; it is then listed invalid, never read wrong.
 */
function tookOneRow(buf: Uint8Array, close: number, column: number, width: number): boolean {
  if (column >= width - 1) return false; // a narrative in the last column: holdsRow decides
  let commas = 0;
  for (let i = close - 1; i >= 0 && buf[i] !== CR && buf[i] !== LF; i--) if (buf[i] === COMMA) commas++;
  return commas === column;
}

/** The cells of the row a quote at `open` (in cell `column`) begins, if that quote is text: up to the first row end after it. */
async function widthAsText(buf: Uint8Array, open: number, column: number, pause: Pause): Promise<number> {
  let cells = column + 1;
  for (let i = open + 1; i < buf.length && buf[i] !== CR && buf[i] !== LF; i++) {
    if ((i & STEP) === 0) await pause();
    if (buf[i] === COMMA) cells++;
  }
  return cells;
}

/**
 * The first quote in `buf` (a CSV's bytes from the start of a row that csv-parse could not read as
 * a row of `width` cells; `atEof` when they run to the file's end) that opens a cell but cannot
 * have, read as RFC 4180 reads it:
 * - its cell ends on its own row (no line break inside), and its closing quote is followed by
 *   something else than a comma or the row's end (`"Jo" Ruiz`), or it never closes (the last row);
 * - or its cell runs across a row's end, and its row, were the quote text, has `width` cells: a
 *   row that was whole until a quote at the start of a cell took the rows after it. A cell with
 *   real line breaks begins such a row too when it is the last column and its first line holds no
 *   comma (a narrative), so a cell that closes as it should is taken for a stray quote only when a
 *   whole row of `width` cells lies inside it (`wholeRowInside`), or when the row it ends is of
 *   another width than the header's (`wholeRowInside` false: the caller knows).
 * `undefined` when there is none; 'more' when `buf` ends before that is known.
 */
export async function strayOpeningQuote(buf: Uint8Array, width: number, atEof: boolean, wholeRowInside = true, pause: Pause = slicer()): Promise<StrayOpening | undefined | 'more'> {
  const n = buf.length;
  const end = (): undefined | 'more' => (atEof ? undefined : 'more');
  let i = 0;
  let column = 0;
  while (i < n) {
    // Blank lines, a row end's rest.
    if (column === 0) {
      while (i < n && (buf[i] === CR || buf[i] === LF)) {
        if ((i & STEP) === 0) await pause();
        i++;
      }
    }
    if (i >= n) return end();
    if (buf[i] === QUOTE) {
      const open = i;
      let j = i + 1;
      let close = -1;
      let crosses = false;
      while (j < n) {
        if ((j & STEP) === 0) await pause();
        if (buf[j] === QUOTE) {
          if (j + 1 >= n && !atEof) return 'more';
          if (buf[j + 1] === QUOTE) {
            j += 2; // a doubled quote: one quote of the cell's text
            continue;
          }
          close = j;
          break;
        }
        if (buf[j] === CR || buf[j] === LF) crosses = true;
        j++;
      }
      if (crosses) {
        const closes = close !== -1 && (close + 1 >= n || buf[close + 1] === COMMA || buf[close + 1] === CR || buf[close + 1] === LF);
        if ((await widthAsText(buf, open, column, pause)) === width && (!closes || !wholeRowInside || tookOneRow(buf, close, column, width) || (await holdsRow(buf, open, close, width, pause)))) return { at: open, column };
      } else if (close === -1) {
        return atEof ? { at: open, column } : 'more';
      } else if (close + 1 < n && buf[close + 1] !== COMMA && buf[close + 1] !== CR && buf[close + 1] !== LF) {
        return { at: open, column };
      }
      if (close === -1) return end();
      i = close + 1;
    }
    // The rest of the cell (text after a closing quote that is not stray, or a cell not in quotes).
    while (i < n && buf[i] !== COMMA && buf[i] !== CR && buf[i] !== LF) {
      if ((i & STEP) === 0) await pause();
      i++;
    }
    if (i >= n) return end();
    if (buf[i] === COMMA) {
      column++;
      i++;
    } else column = 0;
  }
  return end();
}

/** A chunk of a source as bytes (a decoded source gives strings: csv-parse counts their UTF-8 bytes as these). */
function bytesOf(chunk: unknown): Buffer {
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk), 'utf8');
}

/**
 * The source's bytes from byte `from` on, each byte at an offset in `asText` (a stray opening quote,
 * always `"`) turned into NUL: text to csv-parse, and a mark of its row, since a NUL is refused in
 * any field (src/validate.ts) and that row is listed without reading it. `until`: the byte it stops
 * before (the start of a row longer than a case may be, which is stepped over: ./csv-rows.ts).
 */
export function sourceFrom(open: TextSource, from: number, asText: readonly number[], until = Infinity): TextSource {
  return () =>
    Readable.from(
      (async function* () {
        let at = 0;
        for await (const chunk of open()) {
          const b = bytesOf(chunk);
          const start = at;
          at += b.length;
          if (at <= from) continue;
          if (start >= until) break;
          let piece = start < from ? b.subarray(from - start) : b;
          if (at > until) piece = piece.subarray(0, piece.length - (at - until));
          const base = Math.max(start, from);
          const hits = asText.filter((q) => q >= base && q < at);
          if (hits.length > 0) {
            piece = Buffer.from(piece); // a copy: the source's own bytes are read again by the next pass
            for (const q of hits) piece[q - base] = 0;
          }
          yield piece;
        }
      })(),
      { objectMode: false },
    );
}

/**
 * The stray opening quote (`strayOpeningQuote`) in the source from byte `from` on (the start of a
 * row csv-parse could not read), its `at` an offset of the source; looked for in the first
 * `limit` bytes at most, read in growing pieces so that a quote near the row's start costs little.
 */
export async function findStrayOpening(open: TextSource, from: number, asText: readonly number[], width: number, limit: number, wholeRowInside = true): Promise<StrayOpening | undefined> {
  const src = sourceFrom(open, from, asText)();
  const pieces: Buffer[] = [];
  let size = 0;
  let next = 64 * 1024;
  try {
    for await (const chunk of src) {
      const b = bytesOf(chunk);
      pieces.push(b);
      size += b.length;
      if (size >= next || size >= limit) {
        const found = await strayOpeningQuote(Buffer.concat(pieces).subarray(0, limit), width, false, wholeRowInside);
        if (found !== 'more') return found && { at: from + found.at, column: found.column };
        if (size >= limit) return undefined;
        next = size * 2;
      }
    }
    const found = await strayOpeningQuote(Buffer.concat(pieces), width, true, wholeRowInside);
    return found === 'more' || found === undefined ? undefined : { at: from + found.at, column: found.column };
  } finally {
    src.destroy();
  }
}

/**
 * Where the row that begins at byte `from` of the source ends (blank lines before it stepped
 * over), read as RFC 4180 reads it: a quote that begins a cell opens it, a doubled quote in it is
 * text, the next quote closes it, and a CR or LF outside quotes ends the row, with the rest of its
 * line break (CR LF, CR CR LF: the delimiters of ./csv-rows.ts). `end` is the byte after that
 * line break (the file's end after a last row without one); `undefined` when a quote opened in
 * the row never closes, so that no row after it can be told apart. One streamed pass, nothing kept:
 * a row longer than a case may be (./csv-rows.ts) is stepped over, never held.
 */
export async function rowEnd(open: TextSource, from: number, asText: readonly number[]): Promise<{ end: number } | undefined> {
  const src = sourceFrom(open, from, asText)();
  const pause = slicer();
  let at = from; // offset of the byte looked at
  let started = false; // past the blank lines before the row
  let cellStart = true;
  let quoted = false;
  let quoteSeen = false; // in quotes, a quote just read: closing, or the first of a doubled one
  let ending: number[] | undefined; // the line break's bytes read so far
  try {
    for await (const chunk of src) {
      const b = bytesOf(chunk);
      for (let i = 0; i < b.length; i++, at++) {
        const c = b[i]!;
        if (ending) {
          // CR LF and CR CR LF are one line break; anything else begins the next row.
          const seq = [...ending, c];
          if ((seq.length === 2 && (c === LF || c === CR) && ending[0] === CR) || (seq.length === 3 && c === LF && ending[1] === CR)) {
            if (c === LF) return { end: at + 1 };
            ending = seq;
            continue;
          }
          // A lone CR then a CR that is not followed by LF: the first CR ended the row.
          return { end: ending.length === 2 ? at - 1 : at };
        }
        if (!started) {
          if (c === CR || c === LF) continue;
          started = true;
        }
        if (quoted) {
          if (quoteSeen) {
            quoteSeen = false;
            if (c === QUOTE) continue; // a doubled quote
            quoted = false; // the quote before closed the cell; this byte is read outside quotes
          } else {
            if (c === QUOTE) quoteSeen = true;
            continue;
          }
        }
        if (c === QUOTE && cellStart) {
          quoted = true;
          cellStart = false;
        } else if (c === COMMA) cellStart = true;
        else if (c === LF) return { end: at + 1 };
        else if (c === CR) ending = [CR];
        else cellStart = false;
      }
      await pause();
    }
  } finally {
    src.destroy();
  }
  if (quoted && !quoteSeen) return undefined;
  return { end: ending && ending.length === 2 ? at - 1 : at };
}
