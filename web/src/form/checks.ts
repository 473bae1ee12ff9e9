// The checks' outcome as the form page shows and tells it: the state of the live check (POST
// …/check, as the person types), its verdict in one sentence, and the status line of a document
// refused. Apart from the page's component (form.tsx) so that the verdict's wording is one
// function, read by the visible line and by what a screen reader is told; no DOM here (the unit
// tests read it without a browser).
import type { Issue } from '../problem.js';

/** The codes of a PDF refused for its text alone (docs/http-errors.md), which a DOCX takes. */
export const PDF_ONLY = new Set(['unsupported-character', 'unsupported-script']);

/**
 * The warnings of a document itself, which the check of its case cannot know (it is not told the
 * format): a DOCX's text in a script no font the file carries has (`script-not-embedded`,
 * docs/fields.md). They come with the document (its `Harbor-Warnings` header) and are told in the
 * status line when it is downloaded: a Devanagari name downloaded in a DOCX said nothing, and
 * LibreOffice without such a font printed it as empty boxes.
 */
export const DOCUMENT_ONLY = new Set(['script-not-embedded']);

/** What script-not-embedded means for the reader of the file, said at the field and in the status line alike. */
const SHOWN_ONLY_WITH_FONT = 'Word or LibreOffice shows it only on a computer with such a font, and as empty boxes elsewhere';

/**
 * A downloaded DOCX's own warnings (codes and paths from `Harbor-Warnings`, no messages) as issues
 * the page lists with the case's under Checks and at their fields, worded here: told only in the
 * download's status line, they were gone with its next status.
 */
export function docxWarnings(warnings: Issue[]): Issue[] {
  const seen = new Set<string>();
  return warnings
    .filter((w) => DOCUMENT_ONLY.has(w.code) && !seen.has(w.path) && (seen.add(w.path), true))
    .map((w) => ({
      path: w.path,
      code: w.code,
      message: `holds text in a script the file carries no font for: ${SHOWN_ONLY_WITH_FONT}; open the file where it will be printed and check this field`,
    }));
}

/** What a document's own warnings say, by the labels of the fields they name; empty without any. */
function scriptSentence(scriptLabels: string[]): string {
  if (scriptLabels.length === 0) return '';
  const one = scriptLabels.length === 1;
  return ` ${one ? 'One field holds' : `${scriptLabels.length} fields hold`} text in a script the file carries no font for (${scriptLabels.join('; ')}): ${SHOWN_ONLY_WITH_FONT}. Open the file where it will be printed and check ${one ? 'that field' : 'those fields'}.`;
}

/** The status line of a document downloaded, as shown: its name, then the fields (by their labels) its own warnings name. */
export function downloadedStatus(name: string, scriptLabels: string[]): string {
  return `${name} downloaded.${scriptSentence(scriptLabels)}`;
}

/**
 * The same status as a screen reader is told it: what was downloaded in words, the kind's title, the
 * format and (a PDF's) pages. The file's name ends in the case's 16-digit fingerprint
 * (rfa-9c5644608f5466e6.pdf), which a screen reader spelled letter by letter; it stays on the screen.
 */
export function downloadedSpoken(title: string, format: 'pdf' | 'docx', pages: number | undefined, scriptLabels: string[]): string {
  const what = format === 'pdf' ? 'PDF' : 'Word document (DOCX)';
  const count = pages === undefined ? '' : `, ${pages} ${pages === 1 ? 'page' : 'pages'}`;
  return `Downloaded: ${title}, ${what}${count}.${scriptSentence(scriptLabels)}`;
}

/**
 * The number of pages of a PDF Harbor wrote, from its page tree's root (`/Type /Pages … /Count n`,
 * written uncompressed by the PDF renderer); undefined when it is not found (the status then says
 * no number rather than a wrong one).
 */
export function pdfPages(bytes: Uint8Array): number | undefined {
  // Latin-1 keeps one character a byte, so the dictionary's keys read as written.
  const text = new TextDecoder('latin1').decode(bytes);
  let most: number | undefined;
  for (const m of text.matchAll(/<<((?:(?!>>)[^])*?\/Type\s*\/Pages\b(?:(?!>>)[^])*)>>/g)) {
    const n = /\/Count\s+(\d+)/.exec(m[1]!);
    if (n) most = Math.max(most ?? 0, Number(n[1]));
  }
  return most;
}

export interface CheckState {
  state: 'idle' | 'checking' | 'valid' | 'invalid' | 'failed';
  errors: Issue[];
  warnings: Issue[];
  computed?: Record<string, unknown>;
  message?: string;
}

/**
 * The case's errors as the page shows them: a date typed in part or not held as typed (dates.tsx,
 * the page's own issues) first, then the server's, less the server's on a field whose date is typed in part ("is
 * required" there is the same problem, counted and shown once).
 */
export function caseErrors(errors: Issue[], incomplete: Issue[]): Issue[] {
  if (incomplete.length === 0) return errors;
  const partly = new Set(incomplete.map((i) => i.path));
  return [...incomplete, ...errors.filter((e) => !partly.has(e.path))];
}

const n = (count: number, what: string): string => `${count} ${what}${count === 1 ? '' : 's'}`;

/** "1 field has" / "2 fields have": the fields a PDF was refused for (one issue per field and code). */
function fieldsHave(pdfIssues: Issue[]): string {
  const k = new Set(pdfIssues.map((i) => i.path)).size;
  return `${n(k, 'field')} ${k === 1 ? 'has' : 'have'}`;
}

/**
 * The status line when a PDF is refused for text no font of the PDF prints (PDF_ONLY): what was
 * not made, why in the person's words, and the two ways on. "The DOCX can be: Download DOCX."
 * after the server's "Some text cannot be printed in a PDF" read as a fragment.
 */
export function pdfRefusal(pdfIssues: Issue[]): string {
  const those = new Set(pdfIssues.map((i) => i.path)).size === 1 ? 'that field' : 'those fields';
  return `The PDF could not be made: ${fieldsHave(pdfIssues)} text a PDF cannot print (listed under Checks). The DOCX can be made: use Download DOCX, or change ${those}.`;
}

/**
 * What the checks say of the case, in one sentence ("7 problems to fix."). A valid case whose PDF
 * was refused for its text (`pdfIssues`, from the last PDF asked for: the check itself cannot know)
 * says so too: "The case is valid." stood alone above "Error in a PDF: …", and it is this sentence
 * that a screen reader reads when the refusal moves the focus to the checks.
 */
export function checkSentence(check: CheckState, pdfIssues: Issue[] = [], incomplete: Issue[] = []): string {
  // A date typed in part or not held as typed is a problem the page finds itself (dates.tsx),
  // counted once with the server's error on the same field (caseErrors). Before a check and over a
  // valid case, the sentence is about those dates alone.
  const onlyDates = incomplete.length ? `${n(incomplete.length, 'problem')} to fix: ${datesPhrase(incomplete)}.` : undefined;
  switch (check.state) {
    case 'idle':
      return onlyDates ?? 'Fill in the form; it is checked as you type.';
    case 'checking':
      return 'Checking…';
    case 'valid': {
      if (onlyDates) return onlyDates;
      const verdict = check.warnings.length === 0 ? 'The case is valid' : `The case is valid, with ${n(check.warnings.length, 'warning')}`;
      if (pdfIssues.length === 0) return `${verdict}.`;
      return `${verdict}, but its PDF cannot be made: ${fieldsHave(pdfIssues)} text a PDF cannot print. Its DOCX can be made.`;
    }
    case 'invalid':
      return `${n(caseErrors(check.errors, incomplete).length, 'problem')} to fix${check.warnings.length ? `, ${check.warnings.length} warnings` : ''}.`;
    case 'failed':
      return `The check failed: ${check.message ?? ''}.`;
  }
}

/** The page's own date issues (dates.tsx) by kind: typed in part, or not held as typed. */
function dateKinds(incomplete: Issue[]): { partly: number; changed: number } {
  const changed = incomplete.filter((i) => i.code === 'date-not-as-typed').length;
  return { partly: incomplete.length - changed, changed };
}

/** "a date is incomplete", "2 dates were not taken as typed", "3 dates to finish or type again". */
function datesPhrase(incomplete: Issue[]): string {
  const { partly, changed } = dateKinds(incomplete);
  const one = incomplete.length === 1;
  if (changed === 0) return one ? 'a date is incomplete' : `${partly} dates are incomplete`;
  if (partly === 0) return one ? 'a date was not taken as typed' : `${changed} dates were not taken as typed`;
  return `${incomplete.length} dates to finish or type again`;
}

/** The status line when a document is not asked for because a date is typed in part or not held as typed. */
export function incompleteRefusal(what: string, incomplete: Issue[]): string {
  const one = incomplete.length === 1;
  const { partly, changed } = dateKinds(incomplete);
  const fix =
    changed === 0 ? `Finish ${one ? 'it' : 'them'} or clear ${one ? 'it' : 'them'}` : partly === 0 ? `Type ${one ? 'it' : 'them'} again as ${one ? 'its message says' : 'their messages say'}` : 'Fix them as their messages say';
  return `The ${what} was not made: ${datesPhrase(incomplete)} (listed under Checks). ${fix}, then try again.`;
}

/**
 * What the status adds when a draft is saved without the dates the page refused in date boxes
 * (typed in part, or changed by the box as typed), named by their labels: " It leaves out a date
 * not finished or not taken as typed (Child › Date of birth): type it again after opening the
 * draft." Empty when there are none.
 */
export function draftLeavesOut(labels: string[]): string {
  if (labels.length === 0) return '';
  const one = labels.length === 1;
  return ` It leaves out ${one ? 'a date' : `${labels.length} dates`} not finished or not taken as typed (${labels.join('; ')}): type ${one ? 'it' : 'them'} again after opening the draft.`;
}
