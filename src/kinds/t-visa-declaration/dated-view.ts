// A dated paragraph of a declaration as its template context (templates/partials/t-visa-declaration-dated.hbs):
// an act, a means, the escape, a departure, a law-enforcement contact, a hardship factor, a
// parent's or supporting declarant's observation or disclosure. Each opens with a bold lead (its
// date, or the means in plain words) and may hold a list typed or pasted into its text, which
// prints as a list with its nesting (docs/markup.md, "Typed lists"), as the other narratives'
// lists do through `paragraphs`: printed as lines, trimmed, a sub-list lost its indent and read as
// more items of its parent.
import { listsJoined, pieces } from '../../templates/pasted-lists.js';
import { exhibitCitation } from './phrasing.js';

/** Paragraphs (blank line) and lines (single newline) of a narrative, each line trimmed. */
export function splitParagraphs(text: string): string[][] {
  return text
    .split(/\n[ \t]*\n/)
    .map((p) => p.split('\n').map((l) => l.trim()).filter((l) => l.length > 0))
    .filter((p) => p.length > 0);
}

/**
 * Paragraphs (blank line) and lines (single newline) of a narrative, each line as typed but for
 * the blanks at its end: the indent is what nests a typed sub-list under its item.
 */
export function typedParagraphs(text: string): string[][] {
  return text
    .split(/\n[ \t]*\n/)
    .map((p) => p.split('\n').map((l) => l.trimEnd()).filter((l) => l.trim().length > 0))
    .filter((p) => p.length > 0);
}

export interface Dated {
  lead: string;
  /** The first paragraph, its lines (as typed) joined by newlines. */
  opening: string;
  /**
   * The first paragraph split where its first typed list begins: the lines before it, which the
   * bold lead opens (the whole paragraph when it holds no list; '' when it opens with one), and the
   * rest from the list on ('' when it holds none), which the partial prints with `paragraphs`.
   */
  openingText: string;
  openingList: string;
  /** The further paragraphs, each whole, each printed as its own numbered item (`paragraphs … "li"`). */
  further: string[];
  /**
   * The further paragraphs as one text (a blank line between them), which the partial prints with
   * `paragraphs … "li"`: a heading typed on a line of its own among them is read with the
   * paragraph after it, whose bold first line it becomes (docs/markup.md, "Typed headings"); one
   * paragraph at a time, none had a paragraph after it, and each heading took a number.
   */
  furtherText: string;
  /**
   * The same paragraphs as lists of trimmed lines, which the partial joined before the `lines`
   * helper: kept for a clinic's partial written then (HARBOR_TEMPLATES). An `{{#each}}` over a
   * field that no longer exists prints nothing rather than failing (Handlebars' strict mode does
   * not check a block helper's parameter), so dropping them would silently empty its paragraphs.
   */
  first: string[];
  rest: string[][];
}

/**
 * Close a paragraph (its lines) with the exhibits' citation: on its last line, or, when it ends
 * with a typed list, on a line of its own after the list, so "(See Exhibit B.)" closes the
 * paragraph instead of reading as part of the last item.
 */
function cite(lines: string[], citation: string): void {
  const parts = pieces(lines.join('\n'));
  if ('list' in parts[parts.length - 1]!) lines.push(citation);
  else lines[lines.length - 1] = `${lines[lines.length - 1]} ${citation}`;
}

/**
 * A dated item: the first paragraph carries the lead ("March 2019."), the rest follow as items;
 * the exhibits it cites close its last paragraph ("… (See Exhibit A.)").
 */
export function dated(lead: string, text: string, exhibits: readonly string[] = []): Dated {
  // A paragraph that is only a typed list is the list of the paragraph above it, as `paragraphs`
  // joins it in numbered paragraphs (pasted-lists.ts listsJoined): "13.  1. …" had no text.
  const typed = listsJoined(typedParagraphs(text).map((p) => p.join('\n'))).map((p) => p.split('\n'));
  const trimmed = splitParagraphs(text);
  const citation = exhibitCitation(exhibits);
  if (citation && typed.length > 0) {
    cite(typed[typed.length - 1]!, citation);
    const last = trimmed[trimmed.length - 1]!;
    last[last.length - 1] = `${last[last.length - 1]} ${citation}`;
  }
  const opening = typed[0] ?? [];
  // The first paragraph's lines before its first typed list (pasted-lists.ts keeps one text line a row).
  const head = pieces(opening.join('\n'))[0];
  const n = head && 'lines' in head ? head.lines.length : 0;
  return {
    lead,
    opening: opening.join('\n'),
    openingText: opening.slice(0, n).join('\n'),
    openingList: opening.slice(n).join('\n'),
    further: typed.slice(1).map((p) => p.join('\n')),
    furtherText: typed.slice(1).map((p) => p.join('\n')).join('\n\n'),
    first: trimmed[0] ?? [],
    rest: trimmed.slice(1),
  };
}
