// A stray opening quote in a batch CSV (src/batch/csv-quotes.ts, docs/batch.md §Input): a quote typed
// at the start of a cell opened a quoted cell to the parser, which read on across rows to the next
// quote in the file, and either refused the whole file or took the rows between into one cell of one
// row of the wrong width, those records neither read nor listed. Now that row alone is invalid,
// naming its column, and every row after it is read, or listed, at its own number.
import { describe, expect, it } from 'vitest';
import { csvRecords } from '../../src/batch/csv-input.js';
import { strayOpeningQuote } from '../../src/batch/csv-quotes.js';
import { fromChunks, fromText, type BatchRecord, type TextSource } from '../../src/batch/input.js';
import { getKind } from '../../src/kinds/index.js';
import { caseJsonSchema } from '../../src/kinds/json-schema.js';
import { HarborError } from '../../src/errors.js';
import { rejection } from '../support/errors.js';

const header = 'child.givenName,child.familyName,child.dateOfBirth,concern.narrative\r\n';

async function read(open: TextSource): Promise<{ total: number; records: BatchRecord[] }> {
  const src = await csvRecords(open, 100, caseJsonSchema(getKind('rfa')));
  const records: BatchRecord[] = [];
  for await (const r of src.records) records.push(r);
  return { total: src.total, records };
}

/** [row, given name or the start of its error] of each record, read whole and a byte at a time (the same). */
async function rowsOf(csv: string): Promise<{ total: number; rows: [number | undefined, string][] }> {
  const shape = (rs: BatchRecord[]): [number | undefined, string][] =>
    rs.map((r) => [r.row, 'errors' in r ? quoteError(r.errors[0]!.message) : String((r as { value: { child: { givenName: string } } }).value.child.givenName)]);
  const whole = await read(fromText(csv));
  const bytes = Buffer.from(csv);
  const bit = await read(fromChunks([...bytes].map((b) => Buffer.from([b]))));
  expect(shape(bit.records)).toEqual(shape(whole.records));
  expect(bit.total).toBe(whole.total);
  return { total: whole.total, rows: shape(whole.records) };
}

const OPENS = 'invalid: column A begins with a quote';
const INSIDE = 'invalid: column A has a quote inside';
function quoteError(message: string): string {
  const m = /^the row could not be read: its cell in column ([A-Z]+) \([^)]*\) (begins with a quote|has a quote \("\) inside)/.exec(message);
  return m ? `invalid: column ${m[1]} ${m[2] === 'begins with a quote' ? 'begins with a quote' : 'has a quote inside'}` : `invalid: ${message}`;
}

describe('a stray opening quote in a CSV', () => {
  it('closed later by a quote before a comma: the rows it took are read each at its row (before: one row of the wrong width, the records in it unlisted)', async () => {
    // Row 3's given name begins with a quote; the next quote in the file ends row 6's given name,
    // followed by a comma, so rows 3 to 6 were one row of 10 cells.
    const csv = `${header}Ana,Ruiz,2012-04-01,x\r\n"Bea,Ruiz,2012-04-01,x\r\nCruz,Ruiz,2012-04-01,x\r\nDora,Ruiz,2012-04-01,x\r\nEva 5'2",Ruiz,2012-04-01,x\r\nFlor,Ruiz,2012-04-01,x\r\n`;
    const { total, rows } = await rowsOf(csv);
    expect(total).toBe(6);
    expect(rows).toEqual([
      [2, 'Ana'],
      [3, OPENS],
      [4, 'Cruz'],
      [5, 'Dora'],
      [6, INSIDE],
      [7, 'Flor'],
    ]);
    const { records } = await read(fromText(csv));
    const bea = records[1] as { errors: { path: string; code: string; message: string }[] };
    expect(bea.errors).toEqual([
      {
        path: '',
        code: 'malformed-input',
        message:
          'the row could not be read: its cell in column A (child.givenName) begins with a quote (") that does not close it (one that opens a cell closes it, followed by a comma or the row\'s end), so where its cells end is not known, and the rows after it were read on their own; a cell that holds a quote (") or a comma goes in quotes, each quote in it doubled ("a ""quoted"" word")',
      },
    ]);
    expect((records[4] as { errors: { message: string }[] }).errors[0]!.message).toMatch(/has a quote \("\) inside it but does not begin with one/);
    // Never a cell's text: it is case data.
    expect(JSON.stringify(records.filter((r) => 'errors' in r))).not.toMatch(/Bea|Eva|5'2/);
  });

  it('closed in the next row, before a comma: both rows listed at their numbers (before: one record of the header\'s width, the next row gone unlisted)', async () => {
    // Row 3's given name opens a quote that row 4's closes ("Eva 5'2\","): the cell across them,
    // with the rest of row 4, made a record of four cells, Bea's name holding Eva's row.
    for (const [bea, eva] of [
      ['"Bea,Ruiz,2012-04-01,x', `Eva 5'2",Ruiz,2012-04-01,x`],
      ['Bea,"Ruiz,2012-04-01,x', `Eva,5'2",2012-04-01,x`],
    ]) {
      const csv = `${header}Ana,Ruiz,2012-04-01,x\r\n${bea}\r\n${eva}\r\nFlor,Ruiz,2012-04-01,x\r\n`;
      const { total, rows } = await rowsOf(csv);
      expect(total).toBe(4);
      expect(rows.map(([row]) => row)).toEqual([2, 3, 4, 5]);
      expect(rows[0]![1]).toBe('Ana');
      expect(rows[1]![1]).toMatch(/^invalid: column [AB] begins with a quote/);
      expect(rows[2]![1]).toMatch(/^invalid: column [AB] has a quote inside/);
      expect(rows[3]![1]).toBe('Flor');
    }
    // A real multi-line cell before the last column still reads, its lines not a row's worth.
    const address = `${header}"Ana\r\nMaría",Ruiz,2012-04-01,x\r\nCruz,Ruiz,2012-04-01,x\r\n`;
    expect(await rowsOf(address)).toEqual({ total: 2, rows: [[2, 'Ana\r\nMaría'], [3, 'Cruz']] });
  });

  it('closed by the opening quote of a later quoted cell, or never closed: that row alone, where the file was refused', async () => {
    // Row 4's narrative is a quoted cell with a line break; its opening quote "closed" row 3's stray one.
    const later = `${header}Ana,Ruiz,2012-04-01,x\r\n"Bea,Ruiz,2012-04-01,x\r\nCruz,Ruiz,2012-04-01,"two\r\nlines"\r\nDora,Ruiz,2012-04-01,x\r\n`;
    expect(await rowsOf(later)).toEqual({ total: 4, rows: [[2, 'Ana'], [3, OPENS], [4, 'Cruz'], [5, 'Dora']] });
    const never = `${header}Ana,Ruiz,2012-04-01,x\r\n"Bea,Ruiz,2012-04-01,x\r\nCruz,Ruiz,2012-04-01,x\r\n`;
    expect(await rowsOf(never)).toEqual({ total: 3, rows: [[2, 'Ana'], [3, OPENS], [4, 'Cruz']] });
    // Letters of two and three bytes before it (the file is read again from a byte offset).
    const accents = `${header}Belén,Muñoz,2012-04-01,“x”\r\n"Bea,Ñúñez,2012-04-01,x\r\nCruz,Peña,2012-04-01,"dos\r\nlíneas"\r\nDora,Ruiz,2012-04-01,x\r\n`;
    expect(await rowsOf(accents)).toEqual({ total: 4, rows: [[2, 'Belén'], [3, OPENS], [4, 'Cruz'], [5, 'Dora']] });
    // A nickname in quotes at the start of a cell: the quote closes before a space, on its own row.
    const nick = `${header}"Jo" Ana,Ruiz,2012-04-01,"a\r\nb"\r\nCruz,Ruiz,2012-04-01,x\r\n`;
    expect(await rowsOf(nick)).toEqual({ total: 2, rows: [[2, OPENS], [3, 'Cruz']] });
  });

  it('several in one file, after rows stepped over for a quote inside a cell, and before a blank line: each row keeps its number', async () => {
    const csv = `${header}Al "x" y,Ruiz,2012-04-01,x\r\n"Bea,Ruiz,2012-04-01,x\r\n\r\nCruz,Ruiz,2012-04-01,x\r\n"Di,Ruiz,2012-04-01,x\r\nEd,Ruiz,2012-04-01,x\r\n`;
    expect(await rowsOf(csv)).toEqual({ total: 5, rows: [[2, INSIDE], [3, OPENS], [5, 'Cruz'], [6, OPENS], [7, 'Ed']] });
  });

  it('more than 32 in one file refuse it, saying so (its quoting is broken throughout), where 32 are each their row', async () => {
    const rows = (n: number): string => header + Array.from({ length: 2 * n + 1 }, (_, i) => (i % 2 === 0 ? `"x,Ruiz,2012-04-01,x` : `Ok,Ruiz,2012-04-01,x`)).join('\r\n') + '\r\n';
    const { total, records } = await read(fromText(rows(16)));
    expect(total).toBe(33);
    expect(records.filter((r) => 'errors' in r && /begins with a quote/.test(r.errors[0]!.message)).map((r) => r.row)).toEqual(Array.from({ length: 17 }, (_, i) => 2 + 2 * i));
    expect((await rejection(read(fromText(rows(40))))).message).toMatch(/^The CSV could not be parsed: more than 32 of its rows have a quote \("\) at the start of a cell that does not close it, the last in row 6\d, so its quoting is broken throughout/);
  });

  it('a quoted cell with real line breaks is not taken for one, and a quote the header cannot be read past still refuses the file', async () => {
    const csv = `${header}Ana,Ruiz,2012-04-01,"one,\r\ntwo"\r\nCruz,Ruiz,2012-04-01,x\r\n`;
    expect(await rowsOf(csv)).toEqual({ total: 2, rows: [[2, 'Ana'], [3, 'Cruz']] });
    const e = await rejection(read(fromText(`child.givenName,"child.familyName\r\nAna,Ruiz\r\n`)));
    expect(e).toBeInstanceOf(HarborError);
    expect(e.message).toMatch(/^The CSV could not be parsed/);
  });

  it('strayOpeningQuote: which quote could not have opened its cell', async () => {
    const b = (s: string): Buffer => Buffer.from(s);
    expect(await strayOpeningQuote(b('a,"b,c\r\nd,e,f\r\n'), 3, true)).toEqual({ at: 2, column: 1 });
    expect(await strayOpeningQuote(b('"Jo" x,b,c\r\n'), 3, true)).toEqual({ at: 0, column: 0 });
    // A well-formed quoted cell, on its row or across rows, is no stray quote.
    expect(await strayOpeningQuote(b('"a,b",c,d\r\n"x\r\ny",1,2\r\n'), 3, true)).toBeUndefined();
    // A narrative in the last column whose first line holds no comma: a stray quote only when a whole
    // row lies inside it, or when the caller knows its row came out of another width.
    expect(await strayOpeningQuote(b('a,b,c,"two\r\nlines"\r\n'), 4, true)).toBeUndefined();
    expect(await strayOpeningQuote(b('a,b,c,"two\r\nlines"\r\n'), 4, true, false)).toEqual({ at: 6, column: 3 });
    expect(await strayOpeningQuote(b('a,b,c,"two\r\nd,e,f,g\r\nh"\r\n'), 4, true)).toEqual({ at: 6, column: 3 });
    // Unknown until more of the file is seen.
    expect(await strayOpeningQuote(b('a,"b'), 3, false)).toBe('more');
  });
});
