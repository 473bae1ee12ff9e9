// "Advanced: the case as JSON", the form page's escape hatch: the form's case shown as JSON, edited
// and applied to the form (read as a draft is read, draft.ts, and refused whole the same way).
import { useState, type ReactElement } from 'react';

export interface AdvancedProps {
  /** The form's case as JSON text, as it is sent. */
  caseText: () => string;
  /** Apply the edited text to the form (the page parses it and says what came of it). */
  onApply: (text: string) => void;
}

export function AdvancedJson({ caseText, onApply }: AdvancedProps): ReactElement {
  const [text, setText] = useState('');
  return (
    <details className="advanced">
      <summary>Advanced: the case as JSON</summary>
      <label htmlFor="advanced-json">Case data (JSON). Edit and apply to fill the form.</label>
      <textarea id="advanced-json" rows={12} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} />
      <button type="button" onClick={() => setText(caseText())}>
        Show the form’s case
      </button>
      <button type="button" onClick={() => onApply(text)}>
        Apply to the form
      </button>
    </details>
  );
}
