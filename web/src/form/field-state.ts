// What the form's fields read of the page that changes as the person works: the issues at each
// field (the server's errors and warnings, the page's own date issues), the case's time zone and
// the one loaded date that says its order. None of it is in the form library's formContext, which
// it memoises every field on: a check's answer that changed one warning (a new Map of issues in
// formContext) drew all 176 fields of the T-visa again, and each key typed into the requester's
// time zone drew every field of the RFA. Each field now subscribes to its own path of a store
// (useIssuesAt), and is drawn again only when its own issues change; the two facts are a React
// context, read by the date boxes alone (as the case is: section-required.tsx CaseData).
import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import type { Issue } from '../api.js';

/** A field's issues: what its list under the input shows. */
export interface IssuesAt {
  errors: Issue[];
  warnings: Issue[];
}

const NONE: IssuesAt = Object.freeze({ errors: [], warnings: [] }) as IssuesAt;

const same = (a: IssuesAt, b: IssuesAt): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * The issues by field path, each path with its own subscribers: `set` tells only the paths whose
 * issues changed, and a path's snapshot keeps its identity while they do not (useSyncExternalStore
 * draws a reader again when its snapshot is a new object).
 */
export class IssueStore {
  private now = new Map<string, IssuesAt>();
  private readonly listeners = new Map<string, Set<() => void>>();

  /** The issues of every path with any; the paths not in `next` have none. */
  set(next: ReadonlyMap<string, IssuesAt>): void {
    const merged = new Map<string, IssuesAt>();
    const changed: string[] = [];
    for (const [path, here] of next) {
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

/** The issues at one path of the store, the reader drawn again when they change (and only then). */
export function useIssuesAt(store: IssueStore | undefined, path: string): IssuesAt {
  const subscribe = useCallback((tell: () => void) => store?.subscribe(path, tell) ?? (() => undefined), [store, path]);
  const snapshot = (): IssuesAt => store?.get(path) ?? NONE;
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

/** What the date boxes read of the case besides their own value. */
export interface PageFacts {
  /** The case's time zone (requester.timeZone), whose offsets a date-time's offset box follows (templates.tsx offsetAt). */
  timeZone?: string;
  /** The path of the one date of a loaded case that says which part its box reads first (typed-dates.ts firstBothWays). */
  orderNoteAt?: string;
}

export const PageFactsContext = createContext<PageFacts>({});

/** The page's facts (above), for a date box. */
export const usePageFacts = (): PageFacts => useContext(PageFactsContext);
