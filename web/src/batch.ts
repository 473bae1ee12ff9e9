// Batch page for clinics: upload a CSV or an Excel workbook of cases, watch the progress, download
// the ZIP; the manifest's invalid rows are shown as a table (spreadsheet row, column, rule) so the
// clinic can fix its sheet. The file is sent to this server only; nothing is kept in the browser.
import { unzipSync, strFromU8 } from 'fflate';
import { api, fileNameOf, problemOf, saveBlob, type Issue, type KindInfo } from './api.js';
import { ANSWER_TIMEOUT_MS, Exchange, reasonText, unreadableFile } from './exchange.js';
import { started } from './started.js';
import { setTextWithNameBreaks } from './name-breaks.js';
import { spreadsheetUnsafe } from '../../src/errors.js';

interface ManifestRecord {
  index: number;
  row?: number;
  status: 'rendered' | 'invalid' | 'failed';
  errors?: Issue[];
  warnings?: Issue[];
}
interface Manifest {
  total: number;
  rendered: number;
  failed: number;
  records: ManifestRecord[];
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

/** Streams the response body, reporting bytes received; returns it whole (rejects when the transfer is cut). */
async function readWithProgress(res: Response, onBytes: (n: number) => void): Promise<Uint8Array<ArrayBuffer>> {
  const reader = res.body!.getReader();
  const chunks: Uint8Array[] = [];
  let n = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    n += value.byteLength;
    onBytes(n);
  }
  const out = new Uint8Array(n);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** An amount received: "312 bytes", "5,823 KB". */
const kb = (n: number): string => (n < 1024 ? `${n} bytes` : `${Math.round(n / 1024).toLocaleString('en-US')} KB`);

/**
 * A button that waits while what it started runs: `aria-disabled`, its clicks ignored, never
 * `disabled`, which drops the keyboard's focus to the page's body (the next Tab starts again at the
 * site's links, far from Stop and from the ZIP).
 */
function wait(button: HTMLElement, on: boolean): void {
  if (on) button.setAttribute('aria-disabled', 'true');
  else button.removeAttribute('aria-disabled');
}
const waiting = (button: HTMLElement): boolean => button.getAttribute('aria-disabled') === 'true';

/**
 * The status line: what the page is doing, or (failed) why it stopped, shown as an error; and, told
 * a screen reader, `told` (the same text unless given). The line shown is no live region (review,
 * round r53): a screen reader was told each piece of a file's name broken for the screen ("one-",
 * "bad.", "csv") and every count of bytes received, a dozen a batch; it is told each step once, as
 * one text (`#status-told`, atomic), the bytes left on the screen.
 */
function say(text: string, failed = false, told: string | null = text): void {
  const status = $('status');
  // A file's name in it (the file sent, the ZIP) breaks only between its parts (name-breaks.ts):
  // on a narrow screen "rfa-batch-….zip" stuck out past the edge, the page scrolling sideways.
  setTextWithNameBreaks(status, text);
  status.classList.toggle('failed', failed);
  if (told !== null) tell(told); // null: shown only (a count of bytes)
}

/** A text told a screen reader, a node of its own each time (the same words again are still told). */
function tell(text: string): void {
  const line = document.createElement('span');
  line.textContent = text;
  $('status-told').replaceChildren(line);
}

/**
 * The rows not made, said in words for the summary: "row 3 (child.dateOfBirth)", the first three
 * and how many more, so a screen reader user learns which rows and where to look without reading
 * the table first; each rule is in the table.
 */
function rowsNotMade(m: Manifest): string {
  const bad = m.records.filter((r) => r.status !== 'rendered');
  const named = bad.slice(0, 3).map((r) => {
    const where = r.row !== undefined ? `row ${r.row}` : `record ${r.index + 1}`;
    const columns = [...new Set((r.errors ?? []).map((e) => (e.path ? spreadsheetUnsafe(e.path) : 'the whole row')))];
    return columns.length > 0 ? `${where} (${columns.join(', ')})` : where;
  });
  const more = bad.length > 3 ? ` and ${bad.length - 3} more` : '';
  return `${named.join('; ')}${more}`;
}

function cell(tr: HTMLTableRowElement, text: string, header = false): void {
  const c = document.createElement(header ? 'th' : 'td');
  if (header) c.scope = 'row';
  c.textContent = text;
  tr.append(c);
}

function showProblems(m: Manifest): void {
  const body = $<HTMLTableSectionElement>('bad-rows-body');
  body.replaceChildren();
  const bad = m.records.filter((r) => r.status !== 'rendered');
  for (const r of bad) {
    for (const e of r.errors ?? [{ path: '', code: r.status, message: r.status }]) {
      const tr = document.createElement('tr');
      cell(tr, r.row !== undefined ? String(r.row) : `record ${r.index + 1}`, true);
      // The column as the file names it: the manifest guards a path that starts like a formula
      // with an apostrophe for a spreadsheet (src/errors.ts spreadsheetSafe), which a page need not.
      cell(tr, e.path ? spreadsheetUnsafe(e.path) : '(whole row)');
      cell(tr, e.message);
      cell(tr, e.code);
      body.append(tr);
    }
  }
  $('bad-rows').hidden = bad.length === 0;
}

async function main(): Promise<void> {
  const kinds = $<HTMLSelectElement>('kind');
  const controls = [$<HTMLButtonElement>('run'), $<HTMLButtonElement>('csv-template'), $<HTMLButtonElement>('xlsx-template')];
  // Without the list of kinds nothing on the page can work: then it says so, and offers nothing to press.
  const loading = new Exchange(ANSWER_TIMEOUT_MS);
  let failure: string | undefined;
  try {
    const res = await api('/v1/documents', { signal: loading.signal });
    if (res.ok) for (const k of (await res.json()) as KindInfo[]) kinds.append(new Option(k.title, k.id));
    else failure = (await problemOf(res)).title;
  } catch (e) {
    failure = reasonText(loading.why(e));
  } finally {
    loading.done();
  }
  if (failure !== undefined) {
    for (const b of controls) b.disabled = true;
    return say(`The document kinds could not be loaded: ${failure}. Reload the page to try again.`, true);
  }

  // The templates come through api() (the key, when the service needs one), then as a download.
  for (const [id, what] of [['csv-template', 'csv'], ['xlsx-template', 'xlsx']] as const) {
    const button = $<HTMLButtonElement>(id);
    button.addEventListener('click', () => {
      if (waiting(button)) return;
      started(
        (async () => {
          wait(button, true);
          const ex = new Exchange(ANSWER_TIMEOUT_MS);
          const name = what === 'csv' ? 'CSV' : 'Excel';
          try {
            const r = await api(`/v1/documents/${encodeURIComponent(kinds.value)}/${what}-template`, { signal: ex.signal });
            if (!r.ok) return say(`Could not get the ${name} template: ${(await problemOf(r)).title}`, true);
            const blob = await r.blob(); // whole, or rejected: a cut template is never saved
            saveBlob(blob, fileNameOf(r, `template.${what}`));
            say('');
          } catch (e) {
            say(`The ${name} template was not downloaded: ${reasonText(ex.why(e))}. Nothing was saved; try again.`, true);
          } finally {
            ex.done();
            wait(button, false);
          }
        })(),
      );
    });
  }

  let zip: { blob: Blob; name: string } | undefined;
  $('download').addEventListener('click', () => {
    if (zip) saveBlob(zip.blob, zip.name);
  });

  // The batch being made, which Stop ends.
  let current: Exchange | undefined;
  $('stop').addEventListener('click', () => current?.stop());

  $<HTMLFormElement>('batch-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (current) return;
    const ex = new Exchange(); // no time limit: a large batch takes as long as it takes; Stop ends it
    current = ex;
    wait($('run'), true);
    $('stop').hidden = false;
    started(
      run(ex).finally(() => {
        ex.done();
        current = undefined;
        wait($('run'), false);
        $('stop').hidden = true;
        if (!zip) $('progress').hidden = true; // a finished batch keeps its full bar
      }),
    );
  });

  /** One batch, start to end; every way it ends leaves a message, and a ZIP only when it is whole. */
  async function run(ex: Exchange): Promise<void> {
    const file = $<HTMLInputElement>('file').files?.[0];
    const progress = $<HTMLProgressElement>('progress');
    zip = undefined;
    $('download').hidden = true;
    $('bad-rows').hidden = true;
    $('summary').textContent = '';
    if (!file) return say('Choose a CSV or Excel file first.', true);
    const type = /\.xlsx$/i.test(file.name) ? XLSX : /\.csv$/i.test(file.name) ? 'text/csv' : undefined;
    if (!type) return say('The file must be a .csv or an .xlsx workbook.', true);
    progress.hidden = false;
    progress.removeAttribute('value');
    say(`Reading ${file.name}…`);
    // Read before it is sent: a file moved, changed or deleted since it was chosen fails here, with
    // its own message, rather than as a request that "could not reach the server".
    let content: ArrayBuffer;
    try {
      content = await file.arrayBuffer();
    } catch {
      return say(unreadableFile(file.name), true);
    }
    say(`Sending ${file.name}…`);
    const format = $<HTMLSelectElement>('format').value;
    // A CSV's encoding, as the clinic says it was saved (docs/batch.md §Encodings): never guessed.
    const charset = $<HTMLSelectElement>('encoding').value;
    let r: Response;
    try {
      r = await api(`/v1/batches/${encodeURIComponent(kinds.value)}?format=${encodeURIComponent(format)}`, {
        method: 'POST',
        headers: { 'Content-Type': type === 'text/csv' && charset ? `${type}; charset=${charset}` : type },
        body: content,
        signal: ex.signal,
      });
    } catch (e) {
      const why = ex.why(e);
      if (why === 'stopped') return say(`Stopped: ${file.name} was not sent, and no documents were made.`);
      return say(`${file.name} was not sent: ${reasonText(why)}. No documents were made; try again.`, true);
    }
    if (!r.ok) {
      const p = await problemOf(r);
      return say(`The batch was refused: ${p.detail ?? p.title}`, true);
    }
    say('Making the documents…');
    let received = 0;
    let bytes: Uint8Array<ArrayBuffer>;
    try {
      bytes = await readWithProgress(r, (n) => {
        received = n;
        say(`Making the documents… ${kb(n)} received`, false, null);
      });
    } catch (e) {
      // docs/http.md: a cut connection is how the service says a batch failed after its 200. What
      // came is not kept: a ZIP cut short lacks documents and its manifest.
      const why = ex.why(e);
      const noZip = 'No ZIP was saved: a cut one would lack documents and the list of what was made.';
      if (why === 'stopped') return say(`Stopped before the ZIP was complete (${kb(received)} received). ${noZip}`);
      return say(`The batch stopped before the ZIP was complete (${kb(received)} received): ${reasonText(why)}. ${noZip} Make the documents again to retry.`, true);
    }
    let manifest: Manifest;
    try {
      const files = unzipSync(bytes, { filter: (f) => f.name === 'manifest.json' });
      manifest = JSON.parse(strFromU8(files['manifest.json']!)) as Manifest;
    } catch {
      return say('The ZIP that arrived is damaged (its manifest cannot be read), so it is not offered. Make the documents again to retry.', true);
    }
    progress.max = 1;
    progress.value = 1;
    const name = fileNameOf(r, 'batch.zip');
    zip = { blob: new Blob([bytes], { type: 'application/zip' }), name };
    const summary = `${manifest.rendered} of ${manifest.total} cases made; ${manifest.failed} not made${manifest.failed > 0 ? `: ${rowsNotMade(manifest)}. Each rule is in the table “Rows to fix” below` : ''}.`;
    say('Done.', false, `Done. ${summary}`);
    $('summary').textContent = summary;
    showProblems(manifest);
    $('download').hidden = false;
    setTextWithNameBreaks($('download'), `Download ${name}`);
  }
}

started(main());
