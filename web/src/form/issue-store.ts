// The issues at each field of the form, by dot path (field-state.ts says who reads them and why
// each field subscribes to its own path). Apart from the React hooks, so that its unit test
// (tests/web/field-state.test.ts) loads no React and no DOM types, as problem.ts is apart from api.ts.
import type { Issue } from '../problem.js';

/** A field's issues: what its list under the input shows. */
export interface IssuesAt {
  errors: Issue[];
  warnings: Issue[];
}

export const NONE: IssuesAt = Object.freeze({ errors: [], warnings: [] }) as IssuesAt;

const same = (a: IssuesAt, b: IssuesAt): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Whether an issue at `path` is shown, given the paths the person has touched: the path itself, or a
 * field inside it (a section's "is required: fill in its Name, …" once one of its fields is touched).
 */
export function touchedAt(path: string, touched: ReadonlySet<string>): boolean {
  if (touched.has(path)) return true;
  for (const t of touched) if (path === '' || t.startsWith(`${path}.`)) return true;
  return false;
}

/**
 * A path inside a list re-ordered or cut: `to` gives each item's new index (undefined: removed). The
 * path itself when it is not inside `list`; undefined when its item was removed.
 */
export function relisted(path: string, list: string, to: (index: number) => number | undefined): string | undefined {
  const head = list === '' ? '' : `${list}.`;
  if (!path.startsWith(head)) return path;
  const m = /^(\d+)(\..*)?$/.exec(path.slice(head.length));
  if (!m) return path;
  const now = to(Number(m[1]));
  return now === undefined ? undefined : `${head}${now}${m[2] ?? ''}`;
}

/**
 * The issues by field path, each path with its own subscribers: `set` tells only the paths whose
 * issues changed, and a path's snapshot keeps its identity while they do not (useSyncExternalStore
 * draws a reader again when its snapshot is a new object).
 *
 * Made with `untilTouched`, a field's errors and warnings are shown only once the person has
 * touched it (typed into it or left it: `touch`) or asked for everything (`touchAll`: a document
 * asked for, a case loaded). The first key typed into a new form showed "is required" under every
 * required field of it, and a list's item just added under each of its fields, before the person
 * had typed anything there (review, round r55). Warnings follow the same rule (review, round r56):
 * shown at once, a warning under a field the person had not reached read as a fault of a field
 * never typed in, beside its neighbours' errors still held back. The list of problems at the top
 * still counts them all (what a document needs), and its entry touches the field it goes to.
 *
 * The marks are kept by path, and a list's item is known by its index: `relist` moves them with
 * their items when a list is re-ordered or an item removed (lists.tsx), or a removed item's marks
 * passed to the item that took its place (review, round r56).
 */
export class IssueStore {
  private now = new Map<string, IssuesAt>();
  private all = new Map<string, IssuesAt>(); // every issue given, shown or not
  private touched: Set<string> | 'all';
  private readonly listeners = new Map<string, Set<() => void>>();

  constructor(options: { untilTouched?: boolean } = {}) {
    this.touched = options.untilTouched ? new Set() : 'all';
  }

  /** The issues of every path with any; the paths not in `next` have none. */
  set(next: ReadonlyMap<string, IssuesAt>): void {
    this.all = new Map(next);
    this.show();
  }

  /** The person has touched the field at `path`: its errors and warnings are shown from now on. */
  touch(path: string): void {
    if (this.touched === 'all' || this.touched.has(path)) return;
    this.touched.add(path);
    this.show();
  }

  /**
   * The items of the list at `list` moved (`to`: each item's new index) or removed (undefined): each
   * touched mark, and each issue until the next check answers, follows its item.
   */
  relist(list: string, to: (index: number) => number | undefined): void {
    const move = <T>(m: Map<string, T>, fix: (v: T, path: string) => T = (v) => v): Map<string, T> => {
      const next = new Map<string, T>();
      for (const [path, v] of m) {
        const now = relisted(path, list, to);
        if (now !== undefined) next.set(now, now === path ? v : fix(v, now));
      }
      return next;
    };
    if (this.touched !== 'all') this.touched = new Set(move(new Map([...this.touched].map((p) => [p, p]))).keys());
    this.all = move(this.all, (at, path) => ({ errors: at.errors.map((e) => ({ ...e, path })), warnings: at.warnings.map((w) => ({ ...w, path })) }));
    this.show();
  }

  /** Every field's errors and warnings shown from now on (a document asked for, a case loaded). */
  touchAll(): void {
    if (this.touched === 'all') return;
    this.touched = 'all';
    this.show();
  }

  /** Draws the fields whose shown issues changed. */
  private show(): void {
    const merged = new Map<string, IssuesAt>();
    const changed: string[] = [];
    for (const [path, given] of this.all) {
      if (this.touched !== 'all' && !touchedAt(path, this.touched)) continue;
      const here = given;
      if (here.errors.length === 0 && here.warnings.length === 0) continue;
      const was = this.now.get(path);
      const keep = was !== undefined && same(was, here);
      merged.set(path, keep ? was : here);
      if (!keep) changed.push(path);
    }
    for (const path of this.now.keys()) if (!merged.has(path)) changed.push(path);
    this.now = merged;
    for (const path of changed) for (const tell of this.listeners.get(path) ?? []) tell();
  }

  /** The issues at a dot path (none: the same empty object every time). */
  get(path: string): IssuesAt {
    return this.now.get(path) ?? NONE;
  }

  /**
   * Tells `tell` whenever the issues at `path` change, until the function returned is called. A
   * stop removes its own subscription and nothing else, however often it is called: each
   * subscription is an entry of its own (the same function subscribed twice is told until both
   * stop), and the path's Set is removed only while it is still the one this subscription joined
   * (a stop called again after the path's last reader left and a new reader came, with a new Set,
   * removed the new reader's Set, and that field was never told of its issues again).
   */
  subscribe(path: string, tell: () => void): () => void {
    const set = this.listeners.get(path) ?? new Set();
    this.listeners.set(path, set);
    const entry = (): void => tell();
    set.add(entry);
    return () => {
      set.delete(entry);
      if (set.size === 0 && this.listeners.get(path) === set) this.listeners.delete(path);
    };
  }
}
