// Asking the service for a case's document (POST /v1/documents/{kind}?format=pdf|docx) and what
// came of it, as one outcome the form page (form.tsx) applies: the document, or why there is none
// in words for the status line (the service's problem, its errors by field, or the exchange's
// failure). Apart from the page's component so that it is one concept, read in one place.
import { api, fileNameOf, problemOf, type Issue } from '../api.js';
import { ANSWER_TIMEOUT_MS, Exchange, reasonText } from '../exchange.js';
import { PDF_ONLY, pdfRefusal } from './checks.js';

export type DocumentOutcome =
  /**
   * The whole document (a transfer cut half-way is a failure, never a part of one), and the
   * warnings it came with (`Harbor-Warnings`: codes and paths, no messages).
   */
  | { made: true; blob: Blob; name: string; warnings: Issue[] }
  /**
   * No document: `status` says why. `pdfOnly` holds the fields of a valid case whose PDF was
   * refused for text it cannot print (a DOCX takes them); `errors` the case's errors when it was
   * refused for them.
   */
  | { made: false; status: string; pdfOnly?: Issue[]; errors?: Issue[] };

/**
 * The warnings a document's answer lists in `Harbor-Warnings` (docs/http.md: a JSON array of
 * `{path, code}`, ASCII-safe), each as an issue with no message; none when the header is absent or
 * not such an array (a proxy may drop or cut a header: the document itself is still good).
 */
function headerWarnings(res: Response): Issue[] {
  const h = res.headers.get('Harbor-Warnings');
  if (h === null) return [];
  let v: unknown;
  try {
    v = JSON.parse(h);
  } catch {
    return [];
  }
  if (!Array.isArray(v)) return [];
  const out: Issue[] = [];
  for (const w of v as unknown[]) {
    const { path, code } = (w ?? {}) as { path?: unknown; code?: unknown };
    if (typeof path === 'string' && typeof code === 'string') out.push({ path, code, message: '' });
  }
  return out;
}

/** The document of `payload` (the request's body) in `format`, or why it was not made. */
export async function requestDocument(kindId: string, format: 'pdf' | 'docx', payload: string): Promise<DocumentOutcome> {
  const what = format.toUpperCase();
  const ex = new Exchange(ANSWER_TIMEOUT_MS);
  try {
    const res = await api(`/v1/documents/${encodeURIComponent(kindId)}?format=${format}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: payload,
      signal: ex.signal,
    });
    if (!res.ok) {
      const p = await problemOf(res);
      // Text a PDF cannot print (docs/http-errors.md: unsupported-character, unsupported-script) in a case
      // that is valid: the check's verdict and summary stand, and the fields are shown as the PDF's
      // problems. As an invalid case, the summary went and "1 problem to fix" stood over a case
      // whose DOCX could be made.
      if (format === 'pdf' && p.errors && PDF_ONLY.has(p.code ?? '')) return { made: false, status: pdfRefusal(p.errors), pdfOnly: p.errors };
      return { made: false, status: `The document could not be made: ${p.detail ?? p.title}${p.errors ? ' (see the list of problems)' : ''}`, errors: p.errors };
    }
    const blob = await res.blob(); // the whole body: a transfer cut half-way rejects here
    return { made: true, blob, name: fileNameOf(res, `${kindId}.${format}`), warnings: headerWarnings(res) };
  } catch (e) {
    return { made: false, status: `The ${what} was not made: ${reasonText(ex.why(e))}. No ${what} was saved; your case is still on this page. Try again.` };
  } finally {
    ex.done();
  }
}
