// What a screen reader is told of a field the person has just left: the errors and warnings shown
// at it once it is left (issue-store.ts shows a field's issues once it is touched). They are drawn
// under the field and named by its aria-describedby, which a screen reader reads when the focus
// comes back, not when they appear: a caseworker who typed an impossible date of birth and pressed
// Tab heard the next field's name and nothing of the error (review, round r59). They are now said
// once, in a polite live region of their own, as they appear.
//
// Without a flood: only a field the person changed (typed into, chose in) and then left is told,
// never one passed through with Tab (an empty form tabbed through would say "is required" at every
// field), nor the fields a check's answer changes elsewhere, nor a loaded case's. A field left while
// its check is still to come is told once that check has answered, with what it found (not what the
// previous answer said of a value typed over); one left with nothing wrong says nothing.
import { useEffect, useRef } from 'react';
import type { IssueStore } from './issue-store.js';
import { plainMessage } from './plain.js';
import { labelOf, type Json } from './schema.js';
import { liveRegion, sayIn } from './live-region.js';

/** The id of the live region that says a field's issues as it is left. */
export const LEFT_SAID = 'left-said';

/** The form's element id → the path of the field it belongs to (a date-time's offset box, a radio's option: its field's). */
export type PathOfElement = (el: Element) => string | undefined;

export interface LeftToldInputs {
  store: IssueStore;
  schema: Json;
  /** The case as the form holds it now, for the field's label (a list's item named by what it holds). */
  data: () => unknown;
  /** Whether a check of the case is scheduled or under way: a field left meanwhile waits for its answer. */
  checkPending: () => boolean;
  pathOf: PathOfElement;
  /** The check's state, a new one each time a check starts or answers: the fields waiting are told once it has answered. */
  check: unknown;
  /** The page's own date issues (dates.tsx), found as a date box is left: told as they come. */
  incomplete: unknown;
}

/** The sentence told of the issues at `path`: each "Error:" or "Warning:", the field's label and what is wrong, as shown at it. */
export function leftSentence(store: IssueStore, schema: Json, path: string, data: unknown): string {
  const here = store.get(path);
  const label = labelOf(schema, path, data);
  return [...here.errors.map((e) => `Error: ${label}: ${plainMessage(e, schema)}`), ...here.warnings.map((w) => `Warning: ${label}: ${plainMessage(w, schema)}`)].join(' ');
}

/** Tells each field the person changed and left of its issues, once they are known (above). */
export function useLeftTold({ store, schema, data, checkPending, pathOf, check, incomplete }: LeftToldInputs): void {
  const waiting = useRef(new Set<string>());
  const latest = useRef({ store, schema, data, checkPending });
  latest.current = { store, schema, data, checkPending };

  /** Says the issues of the fields waiting, unless a check is still to answer for them. */
  const flush = useRef((): void => {
    const { store: s, schema: root, data: d, checkPending: pending } = latest.current;
    if (pending() || waiting.current.size === 0) return;
    const text = [...waiting.current]
      .map((p) => leftSentence(s, root, p, d()))
      .filter((t) => t !== '')
      .join(' ');
    waiting.current.clear();
    if (text !== '') sayIn(LEFT_SAID, text);
  });

  useEffect(() => {
    const form = document.getElementById('app');
    if (!form) return;
    liveRegion(LEFT_SAID); // in the page before anything is said in it
    const changed = new Set<string>(); // fields changed since the focus came to them
    const onChange = (e: Event): void => {
      const p = e.target instanceof Element ? pathOf(e.target) : undefined;
      if (p !== undefined) changed.add(p);
    };
    const onIn = (e: FocusEvent): void => {
      const p = e.target instanceof Element ? pathOf(e.target) : undefined;
      // Back at a field: its description reads its issues now.
      if (p !== undefined) waiting.current.delete(p);
    };
    const onOut = (e: FocusEvent): void => {
      const p = e.target instanceof Element ? pathOf(e.target) : undefined;
      if (p === undefined || !changed.has(p)) return;
      // Within one field (a date-time's date to its offset): not left yet.
      if (e.relatedTarget instanceof Element && pathOf(e.relatedTarget) === p) return;
      changed.delete(p);
      waiting.current.add(p);
      // After the page has drawn what leaving does (a date typed in part is the page's own error, dates.tsx).
      setTimeout(() => flush.current(), 0);
    };
    form.addEventListener('input', onChange);
    form.addEventListener('change', onChange);
    form.addEventListener('focusin', onIn);
    form.addEventListener('focusout', onOut);
    return () => {
      form.removeEventListener('input', onChange);
      form.removeEventListener('change', onChange);
      form.removeEventListener('focusin', onIn);
      form.removeEventListener('focusout', onOut);
    };
  }, [pathOf]);

  // A check answered (or the page's own date issues changed): the fields waiting for it are told.
  useEffect(() => flush.current(), [check, incomplete]);
}
