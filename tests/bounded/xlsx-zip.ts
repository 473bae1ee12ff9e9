// Zips written by hand for the workbook tests (tests/bounded/xlsx-*.test.ts), so that an entry can
// declare a size it does not have, or hold hundreds of MB of whitespace made without ever holding it.
import { constants, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { flatten } from '../../src/batch/dotpaths.js';
import { exampleCase } from '../../src/kinds/fixtures.js';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
export function crc32(b: Uint8Array): number {
  let c = 0xffffffff;
  for (const x of b) c = CRC_TABLE[(c ^ x) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface Entry {
  name: string;
  /** The bytes as stored in the zip. */
  data: Uint8Array;
  method: 0 | 8;
  /** The unpacked size and CRC the entry declares (true or not). */
  size: number;
  crc: number;
}

export const stored = (name: string, data: Uint8Array): Entry => ({ name, data, method: 0, size: data.length, crc: crc32(data) });

/** A zip of `entries` (APPNOTE: local headers and data, central directory, end record). */
export function zipOf(entries: Entry[]): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(e.method, 10);
    dir.writeUInt32LE(e.crc, 16);
    dir.writeUInt32LE(e.data.length, 20);
    dir.writeUInt32LE(e.size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    chunks.push(local, name, Buffer.from(e.data));
    central.push(dir, name);
    offset += 30 + name.length + e.data.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, dirBytes, end]));
}

/**
 * Raw DEFLATE data that inflates to `mb` MiB of spaces, made without ever holding them: one MiB
 * deflated with a full flush (byte-aligned, no reference to what came before) laid end to end
 * `mb` times, then an empty final block. ~1 KB a MiB.
 */
export function deflatedSpaces(mb: number): Uint8Array {
  const piece = deflateRawSync(Buffer.alloc(1024 * 1024, 0x20), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  return new Uint8Array(Buffer.concat([...Array.from({ length: mb }, () => piece), deflateRawSync(Buffer.alloc(0))]));
}


/**
 * An honest sheet entry: `xml` (a real sheet) with `mb` MiB of spaces before </sheetData>, deflated
 * piece by piece as deflatedSpaces does, declaring its true size (the CRC is not checked by JSZip).
 */
export function paddedSheet(xml: Uint8Array, mb: number): Entry {
  const text = Buffer.from(xml).toString('utf8');
  const at = text.indexOf('</sheetData>');
  const head = Buffer.from(text.slice(0, at));
  const tail = Buffer.from(text.slice(at));
  const flush = { finishFlush: constants.Z_FULL_FLUSH };
  const spaces = deflatedSpaces(mb);
  const data = Buffer.concat([deflateRawSync(head, flush), spaces.subarray(0, spaces.length - deflateRawSync(Buffer.alloc(0)).length), deflateRawSync(tail)]);
  return { name: 'xl/worksheets/sheet1.xml', data, method: 8, size: head.length + mb * 1024 * 1024 + tail.length, crc: 0 };
}

/** A real workbook of one RFA case whose sheet is padded with `mb` MiB of spaces (sizes declared truly). */
export async function paddedWorkbook(mb: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Cases');
  const example = flatten(exampleCase('rfa'));
  const header = Object.keys(example);
  ws.getRow(1).values = header;
  ws.getRow(2).values = header.map((h) => example[h]);
  const parts = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
  return zipOf(Object.entries(parts).map(([name, data]) => (name === 'xl/worksheets/sheet1.xml' ? paddedSheet(data, mb) : stored(name, data))));
}
