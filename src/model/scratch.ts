// Memo tables that live for one render (issue 18): a table repeats its short texts down the
// columns (amounts, hours, dates), so line breaking, the unit rules and column fitting remember
// their results for texts they have already seen. The keys are the case's own words (names,
// amounts), so nothing may outlive the document it came from: the renderers clear every table
// when a render ends (renderPdf, renderDocx), and a render never finds what another case left —
// neither its words in memory nor a speed-up that would tell one caller what another rendered.
const tables: Array<Map<string, unknown>> = [];

/** Longest text remembered (code units): table cells, headings; a paragraph is not worth keeping. */
const SHORT_TEXT = 64;
/** Entries a table holds within one render before it starts over. */
const MAX_ENTRIES = 20_000;

/** A memo table emptied at the end of every render (clearRenderMemos). */
export class RenderMemo<V> {
  private readonly table = new Map<string, V>();

  constructor() {
    tables.push(this.table);
  }

  /**
   * `compute()`, remembered under `key` for the rest of the render when `text` (what the key
   * stands for) is short; `key` defaults to `text`. `compute` must depend only on the key.
   */
  of(text: string, compute: () => V, key = text): V {
    if (text.length > SHORT_TEXT) return compute();
    let v = this.table.get(key);
    if (v === undefined) {
      v = compute();
      if (this.table.size >= MAX_ENTRIES) this.table.clear();
      this.table.set(key, v);
    }
    return v;
  }
}

/** Empty every render memo: called by each renderer when its render ends, however it ends. */
export function clearRenderMemos(): void {
  for (const t of tables) t.clear();
}

/** Entries held by the render memos (tests: zero once a render has ended). */
export function renderMemoEntries(): number {
  let n = 0;
  for (const t of tables) n += t.size;
  return n;
}
