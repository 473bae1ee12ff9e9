// "Advanced: the case as JSON", the form page's escape hatch: the form's case shown as JSON, edited
// and applied to the form (read as a draft is read, draft.ts, and refused whole the same way), and
// the checks' issues as the API reports them (path, code, the service's words), for a developer:
// the rest of the page words them for a caseworker (plain.ts).
import { useState, type ReactElement } from 'react';
import type { Issue } from '../problem.js';
import { EnteredNote } from './paste.js';
import { Disclosure } from './disclosure.js';

export interface AdvancedProps {
  /** The form's case as JSON text, as it is sent. */
  caseText: () => string;
  /** Apply the edited text to the form (the page parses it and says what came of it). */
  onApply: (text: string) => void;
  /** The issues the page shows, as the service (or the page, for a date typed in part) reported them. */
  issues: Issue[];
}

export function AdvancedJson({ caseText, onApply, issues }: AdvancedProps): ReactElement {
  const [text, setText] = useState('');
  return (
    <Disclosure className="advanced" summary="Advanced: the case as JSON">
      <label htmlFor="advanced-json">Case data (JSON). Edit and apply to fill the form.</label>
      {/* JSON pasted from a file or a mail has a paste's invisibles taken out, as every box has (paste.tsx). */}
      {/* The whole case: not kept in the page's session history on disk (autocomplete off, as the form's boxes: form.tsx). */}
      <textarea id="advanced-json" rows={12} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} autoComplete="off" aria-describedby="advanced-json__pasted" />
      <EnteredNote id="advanced-json__pasted" />
      <button type="button" onClick={() => setText(caseText())}>
        Show the form’s case
      </button>
      <button type="button" onClick={() => onApply(text)}>
        Apply to the form
      </button>
      {issues.length > 0 && (
        <>
          <h3 id="api-issues-title">The checks as the API reports them</h3>
          <ul className="api-issues" aria-labelledby="api-issues-title">
            {issues.map((i, n) => (
              <li key={n}>
                <code>{i.path === '' ? '(case)' : i.path}</code> <code>[{i.code}]</code> {i.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </Disclosure>
  );
}
