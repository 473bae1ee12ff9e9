// The room the running header and footer may take on a page, and the field named when they take
// more (docs/architecture.md §Rendering).
//
// A running part repeats on every page, so a case value printed in it (a child's name in the
// memo's header, the declarant's in the T-visa declaration's) that is thousands of characters
// long, a narrative pasted into the name's column, took its height on every page: the PDF's
// header ran over the footer and, once taller than the page, left the body no room at all (the
// document's text was not printed), and the DOCX's top margin grew past the page. Such a case is
// refused, naming the field, as the layout measures it: both formats take their body area from
// it (src/render/pdf/layout.ts bodyArea).
import { HarborError, type Issue } from '../errors.js';
import type { Block, HarborDocument, Inline } from '../model/types.js';
import { dotPath } from '../validate.js';

/** Points of the page between its 1-inch margins (US Letter: 11 in - 2 in = 648 pt). */
const TEXT_AREA = 792 - 2 * 72;
/**
 * The most the running header (banner included) and footer may take together, in points: half
 * the page between its margins (324 pt, some 24 lines of 10 pt running text), so a page always
 * holds at least half its usual text. Harbor's own headers and footers take 2 to 4 lines.
 */
export const MAX_RUNNING_HEIGHT = TEXT_AREA / 2;

/** The issue's path before the pipeline names the field (no case is known to the layout). */
const RUNNING = '(running header)';

/** The error for running parts `height` points tall (layout.ts measures them). */
export function runningTooTall(height: number): HarborError {
  const lines = Math.round(height / 13); // 10 pt running text, 1.3 leading
  const message = `is printed in the header or footer of every page and is too long for it: they would take about ${lines} lines of each page, more than half of it (at most ${Math.floor(MAX_RUNNING_HEIGHT / 13)}); shorten it`;
  return new HarborError('invalid-case', 'The running header or footer is too long for a page', [{ path: RUNNING, code: 'too-big', message }]);
}

/** Whitespace collapsed as the markup collapses it (docs/markup.md), so a value and its printed text compare. */
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

function inlineText(ns: Inline[]): string {
  let s = '';
  for (const n of ns) if (n.type === 'text') s += n.text;
  return s;
}

function blocksText(bs: Block[]): string {
  let s = '';
  for (const b of bs) {
    if (b.type === 'paragraph' || b.type === 'heading') s += ' ' + inlineText(b.children);
    else if (b.type === 'keep') s += ' ' + blocksText(b.children);
  }
  return s;
}

/** The longest string of `v` found in `text`: its path and length. */
function longestIn(v: unknown, text: string, path: PropertyKey[], best: { path: PropertyKey[]; length: number }): void {
  if (typeof v === 'string') {
    const s = squash(v);
    if (s.length > best.length && text.includes(s)) {
      best.path = [...path];
      best.length = s.length;
    }
  } else if (Array.isArray(v)) {
    v.forEach((x, i) => longestIn(x, text, [...path, i], best));
  } else if (v !== null && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) longestIn(x, text, [...path, k], best);
  }
}

/**
 * `e` with the field named, when it is the layout's runningTooTall: the longest value of the
 * validated case `data` printed in the running header, banner or footer of `doc` (where the
 * case's text is; the path is '(case)' should none be found). Any other error is returned as is.
 */
export function nameRunningField(e: unknown, data: unknown, doc: HarborDocument): unknown {
  if (!(e instanceof HarborError) || e.code !== 'invalid-case' || e.issues?.[0]?.path !== RUNNING) return e;
  const text = squash(`${doc.banner ?? ''} ${blocksText(doc.header)} ${blocksText(doc.footer)}`);
  const best = { path: [] as PropertyKey[], length: 0 };
  longestIn(data, text, [], best);
  const issues: Issue[] = e.issues.map((i) => ({ ...i, path: best.length > 0 ? dotPath(best.path) : '(case)' }));
  return new HarborError(e.code, e.message, issues);
}
