// A batch's manifest.json, made as its records finish (docs/batch.md §Output).
//
// The manifest is the last file of the archive, but its entries are known one by one, and a batch
// may have 100,000 records (the CLI's limit). Kept as objects until the end, each record's entry
// (its warnings above all, ~1.7 KB of JSON for a one-year worksheet) cost ~3 KB of the main
// thread's heap, and writing them out made the whole text at once and then its bytes: 10,000
// one-year worksheets grew the main thread's live heap from 10 to 39 MB and then to 70 MB at the
// end (`node --trace-gc`, issue 18 target 4). Here each entry becomes its final text when it is
// added, the text is deflated in blocks of ~256 KB (it repeats its keys and words: the 1.7 MB
// manifest of 1,000 one-year worksheets keeps 44 KB, 44 bytes a record), and the archive's
// manifest.json is those blocks as they are, between a head (the counts) and a tail deflated at the
// end (src/batch/deflated.ts). The text is exactly what `JSON.stringify(manifest, null, 2)` gave.
// Measured (10,000 one-year worksheets, two threads, RSS sampled every 0.5 s, two interleaved
// pairs): peak 338–343 MB against 377–385 MB before, and the RSS at the end 315–319 against
// 324–326 MB. Written without inflating the blocks again (src/batch/deflated.ts), the same batch
// peaked at 314–316 MB against 335–336 (two interleaved pairs, getrusage's maximum RSS).
import { deflatePiece, joinPieces, type DeflatedText } from './deflated.js';
import type { Issue } from '../errors.js';
import type { Format } from '../pipeline.js';

export interface ManifestRecord {
  index: number;
  /** CSV and Excel input: the spreadsheet row (header = row 1). */
  row?: number;
  /** NDJSON input: the file's line (from 1; blank lines are counted, and are no record). */
  line?: number;
  id?: string;
  status: 'rendered' | 'invalid' | 'failed';
  /** The record's documents in the archive: a rendered record's, or the DOCX of an `invalid` one whose PDF could not print its text (format=both). */
  files?: string[];
  fingerprint?: string;
  warnings?: Issue[];
  errors?: Issue[];
}

/**
 * Where a record is, said once for it (docs/batch.md §Output): its spreadsheet `row`, its NDJSON
 * `line`, or else its number in the batch (from 1). The CLI begins each of the record's lines with
 * it and the manifest gives it as the entry's field; the record's messages never say it again
 * ("row 3: (case): is longer than …", where it said "row 3: (case): row 3 is longer than …").
 */
export function recordPlace(r: { index: number; row?: number; line?: number }): string {
  if (r.row !== undefined) return `row ${String(r.row)}`;
  if (r.line !== undefined) return `line ${String(r.line)}`;
  return `record ${String(r.index + 1)}`;
}

/** The formats of a batch: one, or both (a PDF and a DOCX of each record). */
export type BatchFormat = Format | 'both';

/** The whole manifest.json (its shape: what a reader of the archive parses). */
export interface Manifest {
  kind: string;
  format: BatchFormat;
  total: number;
  rendered: number;
  failed: number;
  records: ManifestRecord[];
}

/** What a batch tells its caller: the manifest's counts, and the records that were not rendered. */
export type BatchSummary = Omit<Manifest, 'records'> & {
  /** The entries of the records not rendered (invalid or failed), in record order, with their errors. */
  notRendered: ManifestRecord[];
};

/** Text of entries gathered before it is deflated as one block, in UTF-16 units (~256 KB of ASCII). */
const BLOCK_CHARS = 256 * 1024;
/** The manifest's entries sit two levels deep in the file: each of their lines is indented by 4 spaces. */
const ENTRY_INDENT = '    ';

export class ManifestBuilder {
  private rendered = 0;
  private failed = 0;
  private readonly notRendered: ManifestRecord[] = [];
  /**
   * Deflated blocks of entry text, each whole entries joined by ",\n" (and, after the first, starting
   * with the ",\n" that joins it to the one before): pieces of manifest.json's DEFLATE stream.
   */
  private readonly blocks: ReturnType<typeof deflatePiece>[] = [];
  private pending: string[] = [];
  private pendingChars = 0;

  constructor(
    private readonly kind: string,
    private readonly format: BatchFormat,
    private readonly total: number,
  ) {}

  /** Records added so far. */
  get size(): number {
    return this.rendered + this.failed;
  }

  /** Records added so far that were rendered. */
  get renderedCount(): number {
    return this.rendered;
  }

  /** Records added so far that were not (invalid or failed). */
  get failedCount(): number {
    return this.failed;
  }

  /** Add the next record's entry (records are added in record order). */
  add(entry: ManifestRecord): void {
    if (entry.status === 'rendered') this.rendered++;
    else {
      this.failed++;
      this.notRendered.push(entry);
    }
    // JSON.stringify escapes every line break inside a string, so each "\n" here ends a line.
    const text = ENTRY_INDENT + JSON.stringify(entry, null, 2).replaceAll('\n', `\n${ENTRY_INDENT}`);
    this.pending.push(text);
    this.pendingChars += text.length;
    if (this.pendingChars >= BLOCK_CHARS) this.seal();
  }

  summary(): BatchSummary {
    return { kind: this.kind, format: this.format, total: this.total, rendered: this.rendered, failed: this.failed, notRendered: this.notRendered };
  }

  /**
   * manifest.json (UTF-8), deflated: the head with the counts, the entries' blocks as they were
   * deflated, then the end. Inflated, byte for byte `JSON.stringify(manifest, null, 2) + "\n"` of
   * the same manifest.
   */
  deflated(): DeflatedText {
    this.seal();
    const { notRendered: _, ...head } = this.summary(); // the manifest's fields before its records, in order
    const fields = JSON.stringify(head, null, 2).slice(0, -2); // without its closing "\n}"
    if (this.size === 0) return joinPieces([deflatePiece(Buffer.from(`${fields},\n  "records": []\n}\n`), true)]);
    return joinPieces([deflatePiece(Buffer.from(`${fields},\n  "records": [\n`), false), ...this.blocks, deflatePiece(Buffer.from('\n  ]\n}\n'), true)]);
  }

  private seal(): void {
    if (this.pending.length === 0) return;
    const text = (this.blocks.length > 0 ? ',\n' : '') + this.pending.join(',\n');
    this.blocks.push(deflatePiece(Buffer.from(text), false));
    this.pending = [];
    this.pendingChars = 0;
  }
}
