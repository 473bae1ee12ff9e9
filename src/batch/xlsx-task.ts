// The work of one workbook parse process (started by ./xlsx-parser.ts, one process per workbook):
// take the workbook from the parent, read its records with exceljs (./xlsx-read.ts, the zip-bomb
// guard first), send them back in chunks, then say it is done, or why not. The process holds the
// only copy of everything exceljs makes of the workbook; it is ended once it has answered, so all
// of it goes back to the system with it.
import { toWire, type WireError } from '../workers/wire.js';
import type { BatchRecord } from './input.js';
import { xlsxRecords } from './xlsx-read.js';

export interface WorkbookTaskData {
  /** The workbook's bytes. */
  bytes: Uint8Array;
  /** Most records: one more refuses the workbook. */
  maxRecords: number;
  /** What sets maxRecords, named in that refusal (src/batch/input.ts InputLimits). */
  maxRecordsNote?: string;
  /** Most characters of one row's cell text (one case's limit, HARBOR_BODY_LIMIT's); unset: 1 MiB. */
  maxRecordChars?: number;
  /** The kind's JSON Schema (a plain value: it crosses as a copy). */
  schema: unknown;
}

/** What the process tells its parent, in this order: started, records…, then done or failed. */
export type WorkbookMessage =
  | { type: 'started' }
  | { type: 'records'; records: BatchRecord[] }
  | { type: 'done'; total: number }
  | { type: 'failed'; error: WireError };

/**
 * Records per message: each message is serialized and read back in one go (structured clone),
 * on the parent's main thread too, so it is kept small (a record of 100 cells is a few KB).
 */
const RECORDS_PER_MESSAGE = 200;

const send = (m: WorkbookMessage): void => void process.send!(m);

async function parse(data: WorkbookTaskData): Promise<void> {
  try {
    const source = await xlsxRecords(data.bytes, data.maxRecords, data.schema, undefined, data.maxRecordsNote, data.maxRecordChars);
    let chunk: BatchRecord[] = [];
    for await (const r of source.records) {
      chunk.push(r);
      if (chunk.length === RECORDS_PER_MESSAGE) {
        send({ type: 'records', records: chunk });
        chunk = [];
      }
    }
    if (chunk.length > 0) send({ type: 'records', records: chunk });
    send({ type: 'done', total: source.total });
  } catch (e) {
    send({ type: 'failed', error: toWire(e) });
  }
}

// The parent gone (its end of the channel closed) ends this process: nothing waits for the answer.
process.once('disconnect', () => process.exit(0));
// parse() tells the parent of its own failures; only a send to a parent already gone can still
// throw, and then nobody is left to tell.
process.once('message', (data: WorkbookTaskData) => {
  parse(data).catch(() => process.exit(1));
});
// Loaded (exceljs above): the parent's time limit starts now.
send({ type: 'started' });
