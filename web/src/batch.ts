// Batch page for clinics: upload a CSV or an Excel workbook of cases, watch the progress, download
// the ZIP; the manifest's invalid rows are shown as a table (spreadsheet row, column, rule) so the
// clinic can fix its sheet. The file is sent to this server only; nothing is kept in the browser.
import { unzipSync, strFromU8 } from 'fflate';
import { api, fileNameOf, problemOf, saveBlob, type Issue, type KindInfo } from './api.js';

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

/** Streams the response body, reporting bytes received; returns it whole. */
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
      cell(tr, e.path || '(whole row)');
      cell(tr, e.message);
      cell(tr, e.code);
      body.append(tr);
    }
  }
  $('bad-rows').hidden = bad.length === 0;
}

async function main(): Promise<void> {
  const kinds = $<HTMLSelectElement>('kind');
  const res = await api('/v1/documents');
  if (res.ok) {
    for (const k of (await res.json()) as KindInfo[]) kinds.append(new Option(k.title, k.id));
  }
  // The templates come through api() (the key, when the service needs one), then as a download.
  for (const [id, what] of [['csv-template', 'csv'], ['xlsx-template', 'xlsx']] as const) {
    $(id).addEventListener('click', () => {
      void (async () => {
        const r = await api(`/v1/documents/${encodeURIComponent(kinds.value)}/${what}-template`);
        if (r.ok) saveBlob(await r.blob(), fileNameOf(r, `template.${what}`));
        else $('status').textContent = `Could not get the template: ${(await problemOf(r)).title}`;
      })();
    });
  }

  let zip: { blob: Blob; name: string } | undefined;
  $('download').addEventListener('click', () => {
    if (zip) saveBlob(zip.blob, zip.name);
  });

  $<HTMLFormElement>('batch-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    void run();
  });

  async function run(): Promise<void> {
    const file = $<HTMLInputElement>('file').files?.[0];
    const status = $('status');
    const progress = $<HTMLProgressElement>('progress');
    if (!file) {
      status.textContent = 'Choose a CSV or Excel file first.';
      return;
    }
    const type = /\.xlsx$/i.test(file.name) ? XLSX : /\.csv$/i.test(file.name) ? 'text/csv' : undefined;
    if (!type) {
      status.textContent = 'The file must be a .csv or an .xlsx workbook.';
      return;
    }
    zip = undefined;
    $('download').hidden = true;
    $('bad-rows').hidden = true;
    $('summary').textContent = '';
    progress.hidden = false;
    progress.removeAttribute('value');
    status.textContent = `Sending ${file.name}…`;
    const format = $<HTMLSelectElement>('format').value;
    // A CSV's encoding, as the clinic says it was saved (docs/batch.md §Encodings): never guessed.
    const charset = $<HTMLSelectElement>('encoding').value;
    const r = await api(`/v1/batches/${encodeURIComponent(kinds.value)}?format=${encodeURIComponent(format)}`, {
      method: 'POST',
      headers: { 'Content-Type': type === 'text/csv' && charset ? `${type}; charset=${charset}` : type },
      body: file,
    });
    if (!r.ok) {
      progress.hidden = true;
      const p = await problemOf(r);
      status.textContent = `The batch was refused: ${p.detail ?? p.title}`;
      return;
    }
    status.textContent = 'Making the documents…';
    const bytes = await readWithProgress(r, (n) => (status.textContent = `Making the documents… ${(n / 1024).toFixed(0)} KB received`));
    progress.max = 1;
    progress.value = 1;
    const name = fileNameOf(r, 'batch.zip');
    zip = { blob: new Blob([bytes], { type: 'application/zip' }), name };
    const files = unzipSync(bytes, { filter: (f) => f.name === 'manifest.json' });
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as Manifest;
    status.textContent = 'Done.';
    $('summary').textContent = `${manifest.rendered} of ${manifest.total} cases made; ${manifest.failed} not made${manifest.failed > 0 ? ' (see the table below)' : ''}.`;
    showProblems(manifest);
    $('download').hidden = false;
    $('download').textContent = `Download ${name}`;
  }
}

void main();
