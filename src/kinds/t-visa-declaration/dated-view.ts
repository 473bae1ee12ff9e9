// A dated paragraph of a declaration as its template context (templates/partials/t-visa-declaration-dated.hbs):
// an act, a means, the escape, a departure, a law-enforcement contact, a hardship factor, a
// parent's or supporting declarant's observation or disclosure. Each opens with a bold lead (its
// date, or the means in plain words) and may hold a list typed or pasted into its text, which
// prints as a list with its nesting (docs/markup.md, "Typed lists"), as the other narratives'
// lists do through `paragraphs`: printed as lines, trimmed, a sub-list lost its indent and read as
// more items of its parent.
import { listsJoined, pieces } from '../../templates/pasted-lists.js';
import { isTypedHeading } from '../../templates/typed-headings.js';
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
  /**
   * When the first paragraph is a heading typed on a line of its own ("Our first session", then the
   * text: docs/markup.md, "Typed headings"), the heading and the text after it, which the partial
   * prints as the item's bold italic first line, then the bold lead opening the paragraph after it;
   * null otherwise. After the lead, "March 3, 2024. Our first session" read as the first sentence
   * of what happened that day, and the heading then stood over nothing. `openingText`,
   * `openingList` and `furtherText` above stay those of the whole text (the heading after the
   * lead, as before), for a clinic's partial written before this field (HARBOR_TEMPLATES): it
   * prints every line, as it did.
   */
  headed: { heading: string; openingText: string; openingList: string; furtherText: string } | null;
}

/** The first paragraph's lines before its first typed list, and the rest from the list on (pasted-lists.ts keeps one text line a row). */
function opened(lines: readonly string[]): { openingText: string; openingList: string } {
  const head = pieces(lines.join('\n'))[0];
  const n = head && 'lines' in head ? head.lines.length : 0;
  return { openingText: lines.slice(0, n).join('\n'), openingList: lines.slice(n).join('\n') };
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
  const paragraphs = typed.map((p) => p.join('\n'));
  const heading = typed.length > 1 && isTypedHeading(paragraphs[0]!, true) ? paragraphs[0]!.trim() : null;
  return {
    lead,
    opening: opening.join('\n'),
    ...opened(opening),
    further: paragraphs.slice(1),
    furtherText: paragraphs.slice(1).join('\n\n'),
    first: trimmed[0] ?? [],
    rest: trimmed.slice(1),
    headed: heading === null ? null : { heading, ...opened(typed[1]!), furtherText: paragraphs.slice(2).join('\n\n') },
  };
}
