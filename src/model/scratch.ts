// Memo tables that live for one render (issue 18): a table repeats its short texts down the
// columns (amounts, hours, dates), so line breaking, the unit rules and column fitting remember
// their results for texts they have already seen. The keys are the case's own words (names,
// amounts), so nothing may outlive the document it came from: the renderers clear every table
// when a render ends (renderPdf, renderDocx), and a render never finds what another case left —
// neither its words in memory nor a speed-up that would tell one caller what another rendered.
//
// A render's end gives each memo a new, empty Map rather than clearing the one it has. V8's
// `Map.prototype.clear()` allocates the replacement hash table in the generation the old table is
// in (OrderedHashTable::Clear, v8/src/objects/ordered-hash-table.cc), and these memos live for
// the process: once a table had been promoted, every later render's table was born in the old
// generation, each text and break array put in it was an old-to-young reference, and all of them
// survived every young-generation collection and were promoted, to wait for a full one. Measured
// (issue 18; `node --trace-gc-nvp`, 300 one-year worksheets): promoted at each scavenge 0.47 MB
// before, 0.08 after (as with no memo at all); copied 1.6 MB before, 1.0 after.
const memos: Array<RenderMemo<unknown>> = [];

/** Longest text remembered (code units): table cells, headings; a paragraph is not worth keeping. */
const SHORT_TEXT = 64;
/**
 * Longest text remembered by the memos that column fitting and the line breaker share (the unit
 * rules, UAX #14 break opportunities) when the caller does not say the text is a table cell's: a
 * heading or a short paragraph. A cell's text is remembered whatever its length (`of`'s `cell`):
 * column fitting works out both for every cell text before the layout breaks the same text into
 * lines, and a cell line past this length (rfa's 263 code units, the memo's 266, a long
 * description or reason) was worked out twice.
 */
export const CELL_TEXT = 256;
/** Entries a table holds within one render before it starts over. */
const MAX_ENTRIES = 20_000;

/** A memo table emptied at the end of every render (clearRenderMemos). */
export class RenderMemo<V> {
  private table = new Map<string, V>();
  /** Entries longer than `longest` (cells'): while none, a long text is not even looked up. */
  private long = 0;

  /** `longest`: the longest text remembered (code units), SHORT_TEXT unless the memo says why. */
  constructor(private readonly longest = SHORT_TEXT) {
    memos.push(this);
  }

  /** Forget everything: a new Map (see the header for why not `clear()`). */
  reset(): void {
    this.table = new Map();
    this.long = 0;
  }

  /** Entries held now. */
  get size(): number {
    return this.table.size;
  }

  /**
   * `compute()`, remembered under `key` for the rest of the render when `text` (what the key
   * stands for) is short, or whatever its length when `cell` (a table cell's text, which column
   * fitting works out before the line breaker asks again); `key` defaults to `text`. A longer
   * text asked without `cell` (a paragraph) is found when a cell left it, and not kept otherwise.
   * `compute` must depend only on the key.
   */
  of(text: string, compute: () => V, key = text, cell = false): V {
    const long = text.length > this.longest;
    if (long && !cell && this.long === 0) return compute();
    let v = this.table.get(key);
    if (v === undefined) {
      v = compute();
      if (long && !cell) return v;
      if (this.table.size >= MAX_ENTRIES) this.reset();
      this.table.set(key, v);
      if (long) this.long++;
    }
    return v;
  }
}

/** Empty every render memo: called by each renderer when its render ends, however it ends. */
export function clearRenderMemos(): void {
  for (const m of memos) m.reset();
}

/** Entries held by the render memos (tests: zero once a render has ended). */
export function renderMemoEntries(): number {
  let n = 0;
  for (const m of memos) n += m.size;
  return n;
}
