// Warning `typed-heading`: each line of a narrative that prints as an unnumbered sub-heading
// (src/templates/typed-headings.ts; README, "Typed headings"). The rule reads a line alone between
// blank lines with no closing punctuation as a heading ("What happened in Houston"); a statement
// typed without its period ("My grandmother's name is Chen") reads the same, and would print
// without the number counsel and the officer cite it by. The warning names each, so counsel adds
// the period or keeps the heading.
import { textParagraphs } from '../../templates/pasted-lists.js';
import { typedHeadings } from '../../templates/typed-headings.js';
import { andList } from '../kit/index.js';
import type { TVisaIssue } from './codes.js';
import type { TVisaCase } from './schema.js';

/** The narratives printed as numbered paragraphs of their own (`paragraphs … "li" series="decl"` in the templates), by path. */
function narratives(c: TVisaCase): [string, string | null | undefined][] {
  return [
    ['background', c.background],
    ['trafficking.narrative', c.trafficking?.narrative],
    ['trafficking.entry', c.trafficking?.entry],
    ['presence.narrative', c.presence?.narrative],
    ['lawEnforcement.traumaException.narrative', c.lawEnforcement?.traumaException?.narrative],
    ['closing', c.closing],
    ['declarant.qualifications', c.declarant.qualifications],
    ['declarant.relationship', c.declarant.relationship],
    ['supporting.method', c.supporting?.method],
    ['supporting.findings', c.supporting?.findings],
    ['supporting.opinion.narrative', c.supporting?.opinion?.narrative],
  ];
}

export function typedHeadingWarnings(c: TVisaCase): TVisaIssue[] {
  const out: TVisaIssue[] = [];
  for (const [path, text] of narratives(c)) {
    if (!text) continue;
    const found = typedHeadings(textParagraphs(text, true));
    if (found.length === 0) continue;
    // One warning a narrative, naming its paragraphs (a story told in five parts is one thing to check).
    const which = found.length === 1 ? `paragraph ${found[0]! + 1} is` : `paragraphs ${andList(found.map((i) => String(i + 1)))} are each`;
    out.push({
      path,
      code: 'typed-heading',
      message: `${which} one line with no closing punctuation, printed as an unnumbered sub-heading over the paragraphs after it; a statement typed without its period ends with one to print as a numbered paragraph`,
    });
  }
  return out;
}
