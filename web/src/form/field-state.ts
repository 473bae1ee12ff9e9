// What the form's fields read of the page that changes as the person works: the issues at each
// field (the server's errors and warnings, the page's own date issues), the case's time zone and
// the one loaded date that says its order. None of it is in the form library's formContext, which
// it memoises every field on: a check's answer that changed one warning (a new Map of issues in
// formContext) drew all 176 fields of the T-visa again, and each key typed into the requester's
// time zone drew every field of the RFA. Each field now subscribes to its own path of a store
// (useIssuesAt), and is drawn again only when its own issues change; the two facts are a React
// context, read by the date boxes alone (as the case is: section-required.tsx CaseData).
import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import { IssueStore, NONE, type IssuesAt } from './issue-store.js';

export { IssueStore, type IssuesAt } from './issue-store.js';

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
