// The form page's "Checks" section: the checks' verdict in one sentence (with "Check again" when
// the check failed), what a screen reader is told of it, and the list of every error, PDF-only
// error and warning, each a button that takes the focus to its field. A document refused for the
// case's errors moves the focus to this section (form.tsx).
import type { ReactElement } from 'react';
import type { Issue } from '../api.js';
import { caseErrors, checkSentence, type CheckState } from './checks.js';
import { plainMessage } from './plain.js';
import { fieldId, labelOf, type Json } from './schema.js';
import { flushSync } from 'react-dom';
import { Disclosure } from './disclosure.js';

/** Put the focus on the field at a dot path (or the nearest enclosing field that is on the page). */
export function goTo(path: string): void {
  const segs = path === '' ? [] : path.split('.');
  for (let k = segs.length; k >= 0; k--) {
    const el = document.getElementById(fieldId(segs.slice(0, k).join('.')));
    if (!el) continue;
    // A field in a collapsed group (not-printed-group.tsx) cannot take the focus until it is open.
    for (let d = el.closest('details'); d; d = d.parentElement?.closest('details') ?? null) d.open = true;
    const target = el.matches('input, select, textarea, button') ? el : (el.querySelector<HTMLElement>('input, select, textarea') ?? el);
    if (target === el && !el.matches('input, select, textarea, button')) el.tabIndex = -1;
    // A section's problem ("Requester: is required: fill in its Name, …") takes the focus to its
    // first box, whose own description said nothing of it: a screen reader heard "Name, edit text"
    // and not why it was there. The box is described by the section's issues until it is left.
    const sectionIssues = document.getElementById(`${el.id}__error`);
    if (target !== el && sectionIssues) describedWhileFocused(target, sectionIssues.id);
    target.scrollIntoView({ block: 'center' });
    target.focus();
    return;
  }
}

/** `box` described first by the element `id` until the focus leaves it, then as it was. */
function describedWhileFocused(box: HTMLElement, id: string): void {
  const own = box.getAttribute('aria-describedby');
  if (own?.split(' ').includes(id)) return;
  box.setAttribute('aria-describedby', `${id} ${own ?? ''}`.trim());
  box.addEventListener(
    'blur',
    () => {
      if (own === null) box.removeAttribute('aria-describedby');
      else box.setAttribute('aria-describedby', own);
    },
    { once: true },
  );
}

export interface ProblemsProps {
  check: CheckState;
  /** What the last PDF refused that a DOCX takes (text a PDF cannot print), by field. */
  pdfIssues: Issue[];
  /** The last DOCX's own warnings (checks.ts docxWarnings), listed with the case's. */
  docxIssues: Issue[];
  /** Dates typed in part (dates.tsx): errors the page finds itself, in place of the server's on the same field. */
  incomplete: Issue[];
  /** The checks' outcome as last told to a screen reader. */
  announced: string;
  schema: Json;
  /** The case as the form holds it: a list's item is named by what it holds ("Labor period 2: Rivera Farms", schema.ts labelOf). */
  data?: unknown;
  onCheckAgain: () => void;
  /** Take a field out of the case: offered for a field Harbor does not know, which the form has no input for. */
  onRemove: (path: string) => void;
  /** An entry pressed: its field's errors are shown at the field from now on (issue-store.ts), before the focus goes there. */
  onTouch?: (path: string) => void;
}

/** The server's code of a field Harbor does not know (docs/fields.md, "Common codes"). */
const UNKNOWN_FIELD = 'unrecognized-keys';

/**
 * Whether the checks stand above the form in one column (app.css: up to 60rem), where every line of
 * a warning pushes the form's first field down: the worksheet example's five warnings took 1,358 px
 * of a 390 px phone, its first field ~2,700 px down.
 */
const ONE_COLUMN = (): boolean => typeof matchMedia === 'function' && matchMedia('(max-width: 60rem)').matches;

export function Problems({ check, pdfIssues, docxIssues, incomplete, announced, schema, data, onCheckAgain, onRemove, onTouch }: ProblemsProps): ReactElement {
  const errors = [
    ...caseErrors(check.errors, incomplete).map((i) => ({ ...i, level: 'error' as const, what: 'Error' })),
    ...pdfIssues.map((i) => ({ ...i, level: 'error' as const, what: 'Error in a PDF' })),
  ];
  const warnings = [
    ...check.warnings.map((i) => ({ ...i, level: 'warning' as const, what: 'Warning' })),
    ...docxIssues.map((i) => ({ ...i, level: 'warning' as const, what: 'Warning in the DOCX' })),
  ];
  const entry = (i: (typeof errors)[number] | (typeof warnings)[number], n: number): ReactElement => (
    <li key={n} className={`issue ${i.level}`} data-code={i.code}>
      {/* The button is described by what is wrong: a screen reader moving from button to button
          heard "Error: Prepared at, button" and not what the field needs. */}
      <button type="button" className="link" data-path={i.path} aria-describedby={`problem-${i.level}-${n}`} onClick={() => {
            // Drawn at once: a section's entry describes its first box by the section's issues (goTo).
            flushSync(() => onTouch?.(i.path));
            goTo(i.path);
          }}>
        {i.what}: {labelOf(schema, i.path, data)}
      </button>{' '}
      — <span id={`problem-${i.level}-${n}`}>{plainMessage(i, schema)}</span>
      {/* The message says "remove it", and the form has no input where it could be done. */}
      {i.level === 'error' && i.code === UNKNOWN_FIELD && i.path !== '' && (
        <>
          {' '}
          <button type="button" className="small" aria-label={`Remove ${labelOf(schema, i.path, data)} from the case`} onClick={() => onRemove(i.path)}>
            Remove it
          </button>
        </>
      )}
    </li>
  );
  const sentence = checkSentence(check, pdfIssues, incomplete);
  return (
    <section id="problems" aria-labelledby="problems-title" aria-describedby="check-state" tabIndex={-1}>
      <h2 id="problems-title">Checks</h2>
      <p className={check.state === 'failed' ? 'check-state failed' : 'check-state'}>
        {/* Once in the accessibility tree: while the live region below holds the same sentence, the
            one shown here is hidden from a screen reader, which read "2 problems to fix." twice when
            moving through the page (review, round r52). It still describes the section, which
            names it (a description reads a node it names even when hidden), and "Check again"
            beside it stays. */}
        <span id="check-state" aria-hidden={sentence === announced && announced !== '' ? true : undefined}>
          {sentence}
        </span>
        {check.state === 'failed' && ' '}
        {check.state === 'failed' && (
          <button type="button" className="small" onClick={onCheckAgain}>
            Check again
          </button>
        )}
      </p>
      {/* What a screen reader is told of the checks: their outcome, once it changes. */}
      <p id="check-announce" className="visually-hidden" aria-live="polite">
        {announced}
      </p>
      {errors.length > 0 && <ul className="problem-list">{errors.map(entry)}</ul>}
      {/* The warnings under one line that opens (a button a screen reader reads with its count and
          whether it is open): closed where the checks stand above the form, open beside it. Each
          warning is also at its field, and the verdict above counts them. The person's choice is
          kept while they change (React sets \`open\` only when its value changes). */}
      {warnings.length > 0 && (
        <Disclosure className="warning-list" open={!ONE_COLUMN()} summary={`Warnings (${warnings.length})`}>
          <ul className="problem-list">{warnings.map(entry)}</ul>
        </Disclosure>
      )}
    </section>
  );
}
