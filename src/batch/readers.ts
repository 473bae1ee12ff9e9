// The reader of each batch input format (docs/batch.md §Input): the seam a new format plugs into.
// Kept apart from ./input.ts, which the readers themselves import, so no module imports itself
// back.
import { csvRecords } from './csv-input.js';
import { jsonArrayRecords, ndjsonRecords, workbookRecords, type InputReader, type InputType } from './input.js';

export const INPUT_READERS: Record<InputType, InputReader> = {
  json: jsonArrayRecords,
  ndjson: ndjsonRecords,
  csv: csvRecords,
  xlsx: workbookRecords,
};
