// The form page's status line (what a button started: "Making the PDF…", a download made or not),
// stuck to the top of the screen with the document's buttons (toolbars.tsx), and its short form on
// a phone. A document refused for the case's problems said so in a sentence that took three to
// five lines of a 390 px screen, stuck there over the form the person was to correct; on a phone
// the line now says how many problems there are, with a button to the first (the list of problems,
// where the focus went, says the rest). On a wide screen the sentence stays whole. Each of the two
// is a live region, and only the one on the screen is read (the other is not displayed). Each
// status set is said anew, as a text of its own (a new node in the live region): the same sentence
// set again (a JSON applied twice and refused twice, a draft saved twice in a second) changed
// nothing in the page, and a screen reader said nothing of the second press.
import { Fragment, type ReactElement, type ReactNode } from 'react';
import type { Issue } from '../problem.js';
import { goTo } from './problems.js';
import { namePieces } from '../name-breaks.js';

/** The line under the toolbar: what the page is doing or did; `failed` shows it as an error. */
export interface Status {
  text: string;
  failed?: boolean;
  /** The problems a refused document was refused for (the page's list, in its order): the phone's short form counts them. */
  problems?: Issue[];
  /**
   * What a screen reader is told in place of `text`, when the two differ: a download's words (its
   * kind, format and pages) for the file's name, whose 16-digit code was spelled letter by letter.
   */
  spoken?: string;
  /** Which status this is, counted as they are set: each one a text of its own (above). */
  n: number;
}

export function StatusLine({ status, busy }: { status: Status; busy: boolean }): ReactElement {
  const problems = status.problems ?? [];
  const short = problems.length > 0;
  return (
    <>
      <p id="status" role="status" aria-live="polite" className={[status.failed ? 'failed' : '', short ? 'has-short' : ''].join(' ').trim() || undefined}>
        {busy && <progress id="progress" aria-label="Working" />}
        <span key={status.n} aria-hidden={status.spoken === undefined ? undefined : true}>
          {withNameBreaks(status.text)}
        </span>
      </p>
      {/* The words told for a status shown otherwise: a live region of its own, so the line above reads as shown. */}
      <p id="status-spoken" className="visually-hidden" role="status" aria-live="polite">
        {status.spoken !== undefined && <span key={status.n}>{status.spoken}</span>}
      </p>
      {short && (
        <p id="status-short" role="status" aria-live="polite" className="failed">
          <span key={status.n}>{`Not made: ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}. `}</span>
          <button type="button" className="link" onClick={() => goTo(problems[0]!.path)}>
            First problem
          </button>
        </p>
      )}
    </>
  );
}

/** The status's text with a line break allowed after each separator of a file's name in it, and nowhere else in the name (name-breaks.ts). */
export function withNameBreaks(text: string): ReactNode {
  return namePieces(text).map((run, k) =>
    typeof run === 'string' ? (
      run
    ) : (
      <Fragment key={k}>
        {run.map((piece, i) => (
          <Fragment key={i}>
            {i > 0 && <wbr />}
            {piece}
          </Fragment>
        ))}
      </Fragment>
    ),
  );
}
