// An NDJSON batch's lines are held only up to the limit of one case while they are read
// (src/batch/input.ts ndjsonLines): readline held each line whole before its length was looked
// at, so one multi-gigabyte line in a file given to `harbor batch` took memory without bound. The
// over-long line is its own record's error at its line; the lines around it are read as before.
import { describe, expect, it } from 'vitest';
import { fromBytes, fromChunks, ndjsonLines, type NdjsonLine } from '../../src/batch/input.js';
import { recordPlace } from '../../src/batch/manifest.js';
import { readRecords } from '../../src/batch/run.js';
import { exampleCase } from '../../src/kinds/fixtures.js';
import { getKind } from '../../src/kinds/index.js';

/** Pieces of text as a file's stream gives them: 64 KiB each. */
const PIECE = 64 * 1024;

describe('NDJSON lines, bounded while they are read', () => {
  it('a line of 40 MiB with a limit of 1 MiB: never more than the limit of it is held, and it is given as too long at its line', async () => {
    const max = 1024 * 1024;
    const x = 'x'.repeat(PIECE);
    // 640 pieces of one line, then the next lines in one piece: what the reader holds is reported after each piece.
    async function* pieces(): AsyncGenerator<string> {
      for (let i = 0; i < 640; i++) yield x;
      yield '\n{"a":1}\r\n\n\uFEFF{"b":2}';
    }
    let most = 0;
    const got: NdjsonLine[] = [];
    for await (const l of ndjsonLines(pieces(), max, (chars) => (most = Math.max(most, chars)))) got.push(l);
    expect(got).toEqual([
      { n: 1, tooLong: true, blank: false },
      { n: 2, text: '{"a":1}' },
      { n: 3, text: '' },
      { n: 4, text: '{"b":2}' }, // the byte-order mark of a file joined with cat dropped
    ]);
    // 40 MiB went by; at most the limit of it was kept at any time (readline kept all of it).
    expect(most).toBeLessThanOrEqual(max);
  });

  it('a line exactly at the limit is read whole; one character more is too long; a mark at its start is not counted', async () => {
    const at = (text: string) => (async function* () {
      yield text;
    })();
    const read = async (text: string): Promise<NdjsonLine[]> => {
      const out: NdjsonLine[] = [];
      for await (const l of ndjsonLines(at(text), 5)) out.push(l);
      return out;
    };
    expect(await read('12345\n')).toEqual([{ n: 1, text: '12345' }]);
    expect(await read('\uFEFF12345')).toEqual([{ n: 1, text: '12345' }]);
    expect(await read('123456\n7')).toEqual([{ n: 1, tooLong: true, blank: false }, { n: 2, text: '7' }]);
    // Line ends as readline's with crlfDelay Infinity: LF, CR LF, CR alone.
    expect(await read('a\rb\r\nc\nd')).toEqual(['a', 'b', 'c', 'd'].map((text, i) => ({ n: i + 1, text })));
  });

  it('in a batch: the long line is its own record, "longer than the limit", at its line; a long blank line is no record; the others are read', async () => {
    const line = JSON.stringify(exampleCase('rfa'));
    const max = line.length + 10;
    const long = `{"note":"${'y'.repeat(3 * max)}"}`;
    const text = `${line}\n${long}\n${' '.repeat(3 * max)}\n${line}\n`;
    for (const open of [fromBytes(Buffer.from(text)), fromChunks([Buffer.from(text)])]) {
      const src = await readRecords('ndjson', open, getKind('rfa'), 100, max);
      expect(src.total).toBe(3);
      const got: [string, string][] = [];
      for await (const r of src.records) got.push([recordPlace(r), 'errors' in r ? r.errors.map((e) => e.message).join() : 'json' in r ? 'json' : 'value']);
      expect(got).toEqual([
        ['line 1', 'json'],
        ['line 2', `is longer than the limit of ${max.toLocaleString('en-US')} characters for one case (HARBOR_BODY_LIMIT)`],
        ['line 4', 'json'],
      ]);
    }
  });
});
