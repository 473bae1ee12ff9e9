// A text drawn with each part of a legal citation in it kept on one line (citations.ts citationParts),
// in the summary's terms and values and in a field's help: the browser broke "214.202(c)" from its
// "(1)" and a help's "29 U.S.C. §" from its "213(b)(21)" (review, round r58). Spans of their own
// (app.css .cite), so the text a screen reader reads, and the element's text, are unchanged.
import type { ReactElement } from 'react';
import { citationParts } from '../citations.js';

/** `text` with each part of a citation in it drawn on one line (citations.ts citationParts; app.css .cite). */
export function Cited({ text }: { text: string }): ReactElement {
  return (
    <>
      {citationParts(text).map((p, i) =>
        p.kept ? (
          <span key={i} className="cite">
            {p.text}
          </span>
        ) : (
          p.text
        ),
      )}
    </>
  );
}

