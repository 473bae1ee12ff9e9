// Reading a batch (docs/batch.md §Encodings), before any record is rendered: how its bytes are
// decoded (CSV, JSON, NDJSON), what refuses a whole file for its encoding with an error that says
// where, and files joined into one. Split from tests/batch/input.test.ts (the header and rows).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fromBytes, fromChunks, type InputType } from '../../src/batch/input.js';
import { ENCODINGS, encodingFor, unknownEncodingMessage, type TextInput } from '../../src/encodings.js';
import { readRecords } from '../../src/batch/run.js';
import { rejection } from '../support/errors.js';
import { exampleCase } from '../../src/kinds/fixtures.js';
import { getKind } from '../../src/kinds/index.js';
import { readCsv, refusal } from './read-csv.js';

describe('CSV encoding', () => {
  it('a UTF-8 CSV whose letters were lost before it was saved (U+FFFD in a cell) is refused before any record, naming the row and column', async () => {
    const csv = 'child.givenName,child.familyName,child.dateOfBirth\r\nAna,Ruiz,2012-04-01\r\nXimena Belén,Castillo Mejía,2011-02-03\r\n';
    const e = await refusal(Buffer.from(csv.replace('é', '\uFFFD'), 'utf8'));
    expect(e.code).toBe('malformed-input');
    expect(e.message).toBe(
      'The CSV has lost letters: row 3, column child.givenName (A) holds U+FFFD (\uFFFD), the mark of letters (é, ñ …) lost when the file was saved in another encoding; save the file as UTF-8 (in Excel: "CSV UTF-8"), or send the text as UTF-8, and try again',
    );
    expect(e.message).not.toContain('Ximena');
    // The same text saved as UTF-8 is read, accents and all.
    const { records } = await readCsv(Buffer.from(csv, 'utf8'));
    expect((records[1] as { value: any }).value.child.givenName).toBe('Ximena Belén');
  });
});

describe('text encodings of a batch (CSV, JSON, NDJSON)', () => {
  const rfa = getKind('rfa');
  const how = (encoding?: string): TextInput => ({ encoding, name: 'The batch', howToGive: (e) => `charset=${e}` });
  /** The records of a batch given as bytes, cut into pieces of `piece` bytes (an HTTP body's chunks). */
  async function read(type: InputType, bytes: Buffer, encoding?: string, piece = 1000): Promise<unknown[]> {
    const chunks: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += piece) chunks.push(bytes.subarray(i, i + piece));
    const src = await readRecords(type, fromChunks(chunks), rfa, 100, undefined, how(encoding));
    const out: unknown[] = [];
    for await (const r of src.records) out.push('value' in r ? r.value : 'json' in r ? JSON.parse(r.json.text as string) : r.errors);
    return out;
  }
  const refused = rejection;
  // "José Peña" as Excel on Windows saves it: é = E9, ñ = F1, one byte each (Windows-1252).
  const jose = Buffer.from([0x4a, 0x6f, 0x73, 0xe9, 0x2c, 0x50, 0x65, 0xf1, 0x61]);
  const csv1252 = Buffer.concat([Buffer.from('child.givenName,child.familyName\r\nAna,Ruiz\r\n'), jose, Buffer.from('\r\n')]);

  it('a CSV of its header alone is told so in every encoding read, never "The CSV is empty" nor a bare "no records"', async () => {
    const header = 'child.givenName,child.familyName\r\n';
    const le = Buffer.from(header, 'utf16le');
    const be = Buffer.from(le).swap16();
    const files: Array<[string, Buffer, string | undefined]> = [
      ['UTF-8', Buffer.from(header), undefined],
      ['UTF-8 with its mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(header)]), undefined],
      ['UTF-16LE with its mark', Buffer.concat([Buffer.from([0xff, 0xfe]), le]), undefined],
      ['UTF-16LE without', le, undefined],
      ['UTF-16LE given', le, 'utf-16le'],
      ['UTF-16BE with its mark', Buffer.concat([Buffer.from([0xfe, 0xff]), be]), undefined],
      ['UTF-16BE given', be, 'utf-16be'],
      ['Windows-1252 given', Buffer.from(header), 'windows-1252'],
    ];
    for (const [what, bytes, encoding] of files) {
      for (const piece of [1, 3, 1000]) {
        const e = await refused(read('csv', bytes, encoding, piece));
        expect(e.code).toBe('malformed-input');
        expect(e.message, `${what}, pieces of ${piece}`).toBe(
          'The CSV has its header row and no row under it, so no records; each row under the header is one case (harbor csv-template prints the header and an example row)',
        );
      }
    }
    // Rows with no value under it (what a spreadsheet saves under a table) are counted as such.
    const blanks = Buffer.from(`${header},\r\n,\r\n`, 'utf16le');
    expect((await refused(read('csv', blanks))).message).toBe(
      'The CSV has its header row and only 2 rows with no value under it, so no records; each row under the header is one case (harbor csv-template prints the header and an example row)',
    );
    // An empty file is still the empty file, in UTF-16 too (its mark alone).
    expect((await refused(read('csv', Buffer.from([0xff, 0xfe])))).message).toBe('The CSV is empty; its first row names the fields by dot path');
  });

  it('an unlabelled Windows-1252 CSV is refused once, naming the line and byte offset of its first byte that is not UTF-8, and how to give its encoding', async () => {
    for (const piece of [1000, 1, 3]) {
      const e = await refused(read('csv', csv1252, undefined, piece));
      expect(e.code).toBe('malformed-input');
      // The E9 of "José": 34 bytes of header, 10 of "Ana,Ruiz\r\n", then "Jos".
      expect(e.message, `pieces of ${piece}`).toBe(
        'The batch is not UTF-8 text: line 3 (byte offset 47) has a byte that is not UTF-8, as in a file saved in another encoding (Excel\'s plain "CSV" is Windows-1252); save it as UTF-8 (in Excel: "CSV UTF-8"), or give its encoding: charset=windows-1252',
      );
      expect(e.issues).toEqual([{ path: '', code: 'malformed-input', message: e.message }]);
    }
    // The same names in UTF-8, their two-byte letters cut between pieces, are read whole.
    const utf8 = Buffer.from('child.givenName,child.familyName\r\nAna,Ruiz\r\nJosé,Peña\r\n');
    for (const piece of [1, 2, 3]) expect(await read('csv', utf8, undefined, piece)).toEqual([{ child: { givenName: 'Ana', familyName: 'Ruiz' } }, { child: { givenName: 'José', familyName: 'Peña' } }]);
  });

  it('JSON and NDJSON batches in Windows-1252 are one error for the file, not one invalid-character per record', async () => {
    const cases = ['{"child":{"givenName":"', '"}}'];
    const ndjson = Buffer.concat([Buffer.from(`${cases[0]}Ana${cases[1]}\n${cases[0]}`), jose, Buffer.from(`${cases[1]}\n${cases[0]}`), jose, Buffer.from(`${cases[1]}\n`)]);
    expect((await refused(read('ndjson', ndjson))).message).toMatch(/^The batch is not UTF-8 text: line 2 \(byte offset 56\) has a byte that is not UTF-8/);
    const json = Buffer.concat([Buffer.from(`[${cases[0]}`), jose, Buffer.from(`${cases[1]},\n ${cases[0]}`), jose, Buffer.from(`${cases[1]}]`)]);
    expect((await refused(read('json', json))).message).toMatch(/^The batch is not UTF-8 text: line 1 \(byte offset 27\) has a byte/);
    // Labelled, both are read, accents and all.
    expect(await read('ndjson', ndjson, 'windows-1252')).toEqual([{ child: { givenName: 'Ana' } }, { child: { givenName: 'José,Peña' } }, { child: { givenName: 'José,Peña' } }]);
    expect(await read('json', json, 'windows-1252', 5)).toEqual([{ child: { givenName: 'José,Peña' } }, { child: { givenName: 'José,Peña' } }]);
  });

  it('a CSV with its encoding given is decoded, whatever label names it; a UTF-8 or UTF-16 byte-order mark wins over the label', async () => {
    const rows = [{ child: { givenName: 'Ana', familyName: 'Ruiz' } }, { child: { givenName: 'José', familyName: 'Peña' } }];
    for (const label of ['windows-1252', 'Latin1', ' ISO-8859-1 ', 'cp1252']) {
      expect(await read('csv', csv1252, encodingFor(label), 4), label).toEqual(rows);
    }
    const text = 'child.givenName,child.familyName\r\nAna,Ruiz\r\nJosé,Peña\r\n';
    expect(await read('csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'windows-1252')).toEqual(rows);
    expect(await read('csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), undefined, 3)).toEqual(rows);
    expect(await read('csv', Buffer.from(text, 'utf16le'), 'utf-16le', 3)).toEqual(rows);
    expect(await read('csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual(rows);
  });

  it('bytes that are not in the encoding given, or a character cut off at the end, are named where they begin', async () => {
    const cut = Buffer.concat([Buffer.from('child.givenName\nAna\nJos'), Buffer.from([0xc3])]);
    expect((await refused(read('csv', cut, undefined, 2))).message).toMatch(/^The batch is not UTF-8 text: line 3 \(byte offset 23\)/);
    // Shift_JIS: 82 A0 is あ; 82 followed by a line break is no character.
    const sjis = Buffer.from([0x41, 0x0a, 0x82, 0xa0, 0x0a, 0x82, 0x0a]);
    expect((await refused(read('ndjson', sjis, 'shift_jis', 2))).message).toBe(
      'The batch is not shift_jis text (given as shift_jis): line 3 (byte offset 5) has bytes that are not shift_jis; give the encoding it was saved in, or save it as UTF-8',
    );
    // Windows-1255 (Hebrew) has no character at 0xCA; Windows-1252 has one at every byte.
    const hebrew = Buffer.from([0x7b, 0x7d, 0x0a, 0x7b, 0xca, 0x7d, 0x0a]);
    expect((await refused(read('ndjson', hebrew, 'windows-1255'))).message).toMatch(/^The batch is not windows-1255 text \(given as windows-1255\): line 2 \(byte offset 4\)/);
    const high = Buffer.from(Array.from({ length: 128 }, (_, i) => 0x80 + i));
    const [record] = (await read('ndjson', Buffer.concat([Buffer.from('{"x":"'), high, Buffer.from('"}\n')]), 'windows-1252')) as Array<{ x: string }>;
    expect(record!.x).toHaveLength(128);
    const lone = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('child.givenName\nAna\n', 'utf16le'), Buffer.from([0x00, 0xd8, 0x41, 0x00])]);
    expect((await refused(read('csv', lone, undefined, 3))).message).toMatch(/^The batch is not utf-16le text \(its byte-order mark says utf-16le\): line 3 \(byte offset 42\)/);
  });

  it('labels are those of the WHATWG Encoding Standard; docs/batch.md lists every encoding Harbor reads', () => {
    expect(encodingFor('UTF8')).toBe('utf-8');
    expect(encodingFor('latin1')).toBe('windows-1252');
    expect(encodingFor('utf-16')).toBe('utf-16le');
    expect(encodingFor('sjis')).toBe('shift_jis');
    for (const no of ['koi9', 'replacement', 'iso-2022-kr', 'x-user-defined', '', 'utf-8; x']) expect(encodingFor(no), no).toBeUndefined();
    expect(unknownEncodingMessage('--encoding', 'koi9\u00e9"')).toMatch(/^--encoding "koi9\?\?" is not an encoding Harbor reads; give one of: utf-8, utf-16le, utf-16be, windows-1252, /);
    const doc = readFileSync(new URL('../../docs/batch.md', import.meta.url), 'utf8');
    const listed = /^## Encodings\n[\s\S]*?Harbor reads: ([^.]*)\./m.exec(doc)?.[1];
    expect(listed?.replace(/\s+/g, ' ').split(', ').map((n) => n.replace(/`/g, ''))).toEqual(ENCODINGS);
  });
});

describe('files joined into one (a byte-order mark past the start)', () => {
  const rfa = getKind('rfa');
  const c = exampleCase('rfa');
  const line = JSON.stringify(c);

  it('NDJSON files joined with cat: the mark that starts each file is dropped at any line, and every record is read', async () => {
    const joined = Buffer.from(`\uFEFF${line}\n${line}\n\uFEFF${line}\r\n`);
    const src = await readRecords('ndjson', fromBytes(joined), rfa, 100);
    const texts: string[] = [];
    for await (const r of src.records) texts.push('json' in r ? (r.json.text as string) : 'not json');
    expect(src.total).toBe(3);
    // Each is the JSON text itself, which parses: "line 3 is not valid JSON" before, the mark invisible.
    expect(texts.map((t) => JSON.parse(t))).toEqual([c, c, c]);
  });

  it('CSV files joined with cat: refused once, naming the row where the second file starts, never a record of its header that fails in every column', async () => {
    const header = 'child.givenName,child.familyName';
    const csv = `\uFEFF${header}\r\nAna,Ruiz\r\n\uFEFF${header}\r\nLuz,Mora\r\n`;
    const e = await refusal(csv);
    expect(e.code).toBe('malformed-input');
    expect(e.message).toBe("The CSV has a byte-order mark at the start of row 3, as only a file's start has: two CSV files joined into one? Remove the mark, and the second file's header row if it is there");
    // The file's own mark, at its start, is no problem.
    expect((await readCsv(`\uFEFF${header}\r\nAna,Ruiz\r\n`)).total).toBe(1);
  });
});
