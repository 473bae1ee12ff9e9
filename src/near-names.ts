// The name a person most likely meant when they typed one Harbor does not know: a field of a case
// (src/validate.ts), a column of a batch (src/batch/dotpaths.ts), a query parameter
// (src/http/query.ts), a command-line option (src/cli/args.ts). One measure for all of them, so
// "did you mean" answers alike wherever a name is mistyped.

/**
 * The known field `name` most likely stands for, or undefined: one that differs only in case
 * (`anumber` → `aNumber`), else the closest within two edits (a letter left out, added, changed
 * or two swapped: `aNumbr`, `dateOfBrith`), but never more edits than the name is long minus one
 * (`x` is not a misspelled `id`). The first such field in `known`'s order wins a tie. Names that
 * differ in length by more than two are never compared, so a long name costs nothing.
 */
export function closeMatch(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  for (const k of known) if (k.toLowerCase() === lower) return k;
  let best: string | undefined;
  let bestDistance = Math.min(2, lower.length - 1) + 1;
  for (const k of known) {
    if (Math.abs(k.length - lower.length) >= bestDistance) continue;
    const d = editDistance(lower, k.toLowerCase(), bestDistance);
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * Edits (insert, delete, substitute, swap two neighbours: optimal string alignment) from `a` to
 * `b`; any answer ≥ `cap` means "too far" (the rows stop early once every cell is at `cap`).
 */
export function editDistance(a: string, b: string, cap: number): number {
  let before: number[] = [];
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
      least = Math.min(least, d);
    }
    if (least >= cap) return cap;
    before = prev;
    prev = row;
  }
  return prev[b.length]!;
}
