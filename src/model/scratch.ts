// Memo tables that live for one render (issue 18): a table repeats its short texts down the
// columns (amounts, hours, dates), so line breaking, the unit rules and column fitting remember
// their results for texts they have already seen. The keys are the case's own words (names,
// amounts), so nothing may outlive the document it came from: the renderers clear every table
// when a render ends (renderPdf, renderDocx), and a render never finds what another case left —
// neither its words in memory nor a speed-up that would tell one caller what another rendered.
const tables: Array<Map<unknown, unknown>> = [];

/** A memo table emptied at the end of every render (clearRenderMemos). */
export function renderMemo<K, V>(): Map<K, V> {
  const m = new Map<K, V>();
  tables.push(m as Map<unknown, unknown>);
  return m;
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
