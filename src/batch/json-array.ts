// A JSON array read as a stream, one element at a time (issue 16, defect 4): a 64 MB batch parsed
// whole by JSON.parse held the main thread for a second and its objects for hundreds of MB.
//
// This scanner only finds where each top-level element begins and ends (tracking strings,
// escapes and nesting depth with a counter, never recursion); each element's text is then given
// to JSON.parse, so the values are exactly what JSON.parse makes (a `__proto__` key stays a
// plain key, which a hand-written object builder or a SAX assembler assigning `o[k] = v` would
// turn into a prototype). An element longer than `maxElementChars` is not kept: it is reported
// as too large, so memory stays bounded by one case.
import type { Readable } from 'node:stream';
import { cutShortWhy } from '../validate.js';

export type ArrayElement = { index: number; text: string } | { index: number; tooLarge: true };

/** Thrown when the text is not one JSON array; `message` never quotes the text. */
export class NotAnArray extends Error {}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

/**
 * The elements of the JSON array in `src` (text or UTF-8 bytes), as texts. `pause` is awaited
 * between chunks, so a caller can give the event loop its turn.
 */
export async function* jsonArrayElements(src: Readable, maxElementChars: number, pause: () => Promise<void>): AsyncGenerator<ArrayElement> {
  src.setEncoding('utf8');
  let state: 'before' | 'open' | 'after' = 'before';
  let depth = 0; // nesting inside the current element
  let inString = false;
  let escaped = false;
  let parts: string[] = []; // the current element's text, when kept
  let size = 0;
  let started = false; // an element has begun (a non-space character after '[' or ',')
  let index = 0;
  let first = true;
  let chars = 0; // characters read (UTF-16 code units, its byte-order mark not counted), for a text cut short

  for await (const chunk of src) {
    let text = chunk as string;
    if (first) {
      text = text.replace(/^\uFEFF/, '');
      first = false;
    }
    chars += text.length;
    let from = 0; // start of the part of `text` that belongs to the current element
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (state === 'before') {
        if (WS.has(c)) continue;
        if (c !== 0x5b /* [ */) throw new NotAnArray('A JSON batch is an array of cases');
        state = 'open';
        from = i + 1;
        continue;
      }
      if (state === 'after') {
        if (!WS.has(c)) throw new NotAnArray('The batch has text after the end of its JSON array');
        continue;
      }
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 0x5c /* \ */) escaped = true;
        else if (c === 0x22 /* " */) inString = false;
        continue;
      }
      if (!started) {
        if (WS.has(c)) {
          from = i + 1;
          continue;
        }
        if (c === 0x5d /* ] */ && index === 0 && depth === 0) {
          state = 'after'; // []
          continue;
        }
        if (c === 0x2c /* , */ || c === 0x5d) throw new NotAnArray('The JSON array has an empty element');
        started = true;
        from = i;
      }
      if (c === 0x22) inString = true;
      else if (c === 0x5b || c === 0x7b) depth++;
      else if (c === 0x5d || c === 0x7d) {
        if (depth > 0) depth--;
        else if (c === 0x5d) {
          // The end of the array: the last element ends here.
          yield finish(text.slice(from, i));
          state = 'after';
        } else throw new NotAnArray('The JSON array is not well formed');
      } else if (c === 0x2c && depth === 0) {
        yield finish(text.slice(from, i));
        from = i + 1;
      }
    }
    if (state === 'open' && started) keep(text.slice(from));
    await pause();
  }
  const end = state as 'before' | 'open' | 'after';
  if (end === 'before') throw new NotAnArray('The batch is empty; send a JSON array of cases');
  // Text that ends inside its array was cut short (a download, copy or request that stopped): said
  // as every entry point says it of a case (src/validate.ts notJsonWhy), no longer "The JSON array
  // is not closed", which named the fault in words of its own.
  if (end === 'open') throw new NotAnArray(`The batch is ${cutShortWhy(chars)}`);

  function keep(piece: string): void {
    size += piece.length;
    if (size <= maxElementChars) parts.push(piece);
    else parts = [];
  }
  function finish(last: string): ArrayElement {
    keep(last);
    const el: ArrayElement = size > maxElementChars ? { index, tooLarge: true } : { index, text: parts.join('').trim() };
    index++;
    parts = [];
    size = 0;
    started = false;
    return el;
  }
}
